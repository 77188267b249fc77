// SQL for personal API tokens. No rules here.
#pragma once

#include "PersonalToken.h"

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::identity {

class PersonalTokenStore
{
public:
    /// Serialises token changes of one user (counting live tokens, then inserting).
    static void lockUser(core::Sql& sql, const std::string& userId);
    static int liveCount(core::Sql& sql, const std::string& userId, std::int64_t nowMs);
    static std::string insert(core::Sql& sql, const std::string& userId, const std::string& name,
                              const std::string& scope, const std::string& prefix,
                              const std::string& tokenHash, std::int64_t nowMs,
                              std::optional<std::int64_t> expiresAtMs);
    /// The owner's tokens, newest first; one more than `page.limit` when another page follows.
    static std::vector<PersonalToken> list(core::Sql& sql, const std::string& userId,
                                           const core::PageRequest& page, std::int64_t nowMs);
    /// The token when it exists and belongs to `userId` (any state).
    static std::optional<PersonalToken> ownedBy(core::Sql& sql, const std::string& id,
                                                const std::string& userId, std::int64_t nowMs);
    /// Marks the token revoked; false when it already was.
    static bool revoke(core::Sql& sql, const std::string& id, std::int64_t nowMs);
    /// Revokes every token of the user that is not revoked yet; returns how many.
    static std::int64_t revokeAllOf(core::Sql& sql, const std::string& userId, std::int64_t nowMs);
    /// Everything a request needs about a token, in one round trip, whatever its state.
    static std::optional<TokenHolder> holder(core::Sql& sql, const std::string& tokenHash,
                                             std::int64_t nowMs);
    /// Sets last_used_at unless it was set less than `intervalMs` ago.
    static void touch(core::Sql& sql, const std::string& id, std::int64_t nowMs,
                      std::int64_t intervalMs);
};

} // namespace ey::identity
