// SQL for catalog image keys. No rules here.
#pragma once

#include "CatalogMedia.h"

#include "Db.h"

#include <optional>
#include <string>

namespace ey::catalog {

class CatalogMediaStore
{
public:
    /// Locks the plan or product row and returns the slot's current key (outer nullopt: no such
    /// row).
    static std::optional<std::optional<std::string>> lockCurrent(core::Sql& sql, ImageSlot slot,
                                                                 const std::string& id);
    static void setKey(core::Sql& sql, ImageSlot slot, const std::string& id,
                       const std::string& key, std::int64_t nowMs);
    /// True when some plan or product shows the file `key`.
    static bool inUse(core::Sql& sql, const std::string& key);
};

} // namespace ey::catalog
