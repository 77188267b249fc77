// Keyset pagination: ?limit=&cursor= in, { items, next_cursor } out.
#pragma once

#include "Http.h"

#include <optional>
#include <string>

namespace ey::core {

/// The page a client asked for. The cursor is opaque to clients: base64url of "<sort key>|<id>".
struct PageRequest
{
    int limit = 50;
    std::optional<std::string> afterKey;
    std::optional<std::string> afterId;

    /// Reads limit (1..200, default 50) and cursor; a malformed cursor is a 400 problem.
    static PageRequest from(const Request& request, int defaultLimit = 50);
};

std::string encodeCursor(const std::string& sortKey, const std::string& id);

} // namespace ey::core
