// SQL over the area tables: lists by parent, chains by code, and the ranked search.
#pragma once

#include "Area.h"
#include "Regions.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::regions {

/// Parameterized statements only; no rules. Static functions taking the caller's core::Sql.
class AreaStore
{
public:
    static std::vector<Area> provinces(core::Sql& sql);
    /// The areas one level below `parentLevel` whose parent is `parentCode`, by code.
    static std::vector<Area> children(core::Sql& sql, AreaLevel parentLevel,
                                      const std::string& parentCode);
    static bool exists(core::Sql& sql, AreaLevel level, const std::string& code);
    static std::optional<AreaPath> path(core::Sql& sql, AreaLevel level, const std::string& code);
    /// Areas whose search key contains `key` (already folded by AreaNames::searchKey): exact
    /// names first, then names starting with it, then a word starting with it, then the rest;
    /// higher levels before lower ones, shorter names before longer.
    static std::vector<AreaPath> search(core::Sql& sql, const std::string& key,
                                        std::optional<AreaLevel> level, int limit);
    /// The checksum of the loaded data (empty when nothing is loaded).
    static std::string loadedChecksum(core::Sql& sql);
};

} // namespace ey::regions
