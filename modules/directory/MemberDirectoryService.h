// Member directory rules: one's own listing (privacy first), finding listed members by area,
// priority and badges from each member's tier.
#pragma once

#include "DirectoryAccess.h"
#include "MemberDirectoryStore.h"

#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// What a member sends with PUT /directory/me (every field; absent optional ones are cleared).
struct ListingInput
{
    std::string visibility = "hidden";
    std::optional<std::string> provinceCode;
    std::optional<std::string> regencyCode;
    std::optional<std::string> headline;
    std::optional<std::string> businessField;
    bool showWhatsapp = false;
    bool showEmail = false;
};

struct AreaSummary
{
    std::int64_t total = 0;
    std::int64_t unplaced = 0;
    std::vector<AreaCount> counts; ///< as MemberDirectoryStore::areaCounts returns them
};

/// Thread safe: every call runs its own statements. DirectoryAccess is asked before any
/// transaction opens (commerce reads on its own connection).
class MemberDirectoryService
{
public:
    /// At most this many listed members are ranked for one search; narrow by area or name
    /// beyond it.
    static constexpr int kRankedCap = 5000;

    MemberDirectoryService(core::Db& db, const core::Clock& clock,
                           std::shared_ptr<DirectoryAccess> access);

    /// The caller's listing; a member who never saved one is hidden.
    MemberListing me(const std::string& userId);
    PlanLimits limits(const std::string& userId);
    MemberListing save(const std::string& userId, ListingInput input);
    /// limit + 1 cards from the page's position: priority members first, then by name.
    std::vector<MemberCard> members(const MemberFilter& filter, const core::PageRequest& page);
    AreaSummary areas();

    static core::json::ObjectPtr toJson(const MemberListing& listing, const PlanLimits& limits);
    static core::json::ObjectPtr toJson(const MemberCard& card);
    static core::json::ObjectPtr toJson(const AreaSummary& areas);

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    std::shared_ptr<DirectoryAccess> m_access;
};

} // namespace ey::directory
