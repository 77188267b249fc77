// Member directory SQL: a member's own listing, the listed members, counts per area. No rules.
#pragma once

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// One member's listing settings (member_directory_profiles) with the area names.
struct MemberListing
{
    std::string userId;
    std::string visibility = "hidden";
    std::optional<std::string> provinceCode;
    std::optional<std::string> provinceName;
    std::optional<std::string> regencyCode;
    std::optional<std::string> regencyName;
    std::optional<std::string> headline;
    std::optional<std::string> businessField;
    bool showWhatsapp = false;
    bool showEmail = false;
    std::optional<std::string> updatedAt; ///< none: never saved
};

/// A listed member as others see them; contact fields already filtered by their show_* choice.
struct MemberCard
{
    std::string userId;
    std::string fullName;
    std::optional<std::string> headline;
    std::optional<std::string> businessField;
    std::optional<std::string> provinceCode;
    std::optional<std::string> provinceName;
    std::optional<std::string> regencyCode;
    std::optional<std::string> regencyName;
    std::optional<std::string> whatsapp;
    std::optional<std::string> email;
    bool priority = false;
    bool verifiedBadge = false;
    std::string sortKey; ///< priority flag + lower(full_name), the page order
};

struct MemberFilter
{
    std::optional<std::string> province;
    std::optional<std::string> regency;
    std::optional<std::string> search;
};

struct AreaCount
{
    std::string provinceCode;
    std::string provinceName;
    std::optional<std::string> regencyCode;
    std::optional<std::string> regencyName;
    std::int64_t members = 0;
};

class MemberDirectoryStore
{
public:
    static std::optional<MemberListing> listing(core::Sql& sql, const std::string& userId);
    static void save(core::Sql& sql, const MemberListing& listing, const std::string& nowIso);
    /// Listed (visibility = members), active members matching the filter, by lower(full_name),
    /// at most `cap` of them.
    static std::vector<MemberCard> listed(core::Sql& sql, const MemberFilter& filter, int cap);
    /// Listed members per (province, regency); regency empty for those placed only by province.
    static std::vector<AreaCount> areaCounts(core::Sql& sql);
    static std::int64_t unplaced(core::Sql& sql);
};

} // namespace ey::directory
