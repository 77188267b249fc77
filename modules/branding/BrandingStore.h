// SQL for the branding settings row. No rules here.
#pragma once

#include "Branding.h"

#include "Db.h"

#include <cstdint>
#include <string>

namespace ey::branding {

class BrandingStore
{
public:
    /// The settings row; with `forUpdate` it stays locked until the transaction ends, so two
    /// admins saving at once are serialised and the second sees the first one's version.
    static Branding load(core::Sql& sql, bool forUpdate = false);
    /// Writes every setting and asset reference, bumps the version and stamps who and when.
    static void save(core::Sql& sql, const Branding& branding, const std::string& actorId,
                     std::int64_t nowMs);
};

} // namespace ey::branding
