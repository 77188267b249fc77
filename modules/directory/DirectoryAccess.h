// What a member's membership tier gets from the export directories (buyers, forwarders, members).
#pragma once

#include "CommerceService.h"

#include "Db.h"
#include "Json.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// One row of directory_plan_limits: the tier is the duration of the membership the member last
/// bought ("free" without an active one). buyersPerMonth empty: unlimited.
struct PlanLimits
{
    std::string tier;
    std::optional<int> buyersPerMonth;
    bool fullContact = false;
    bool csvDownload = false;
    bool apiAccess = false;
    bool priorityListing = false;
    bool verifiedBadge = false;
    std::optional<std::string> updatedAt;
};

/// A member's plan as the directories see it.
struct MemberPlan
{
    std::string tier;
    std::optional<std::string> planTitle; ///< the membership plan's title; none on the free tier
    PlanLimits limits;
};

/// Reads a member's tier through commerce's one membership function and the tier's limits from
/// data admins edit. Thread safe. Call it before opening a transaction: commerce reads on its
/// own pooled connection.
class DirectoryAccess
{
public:
    DirectoryAccess(core::Db& db, commerce::CommerceService& commerce);

    /// "free", "1m", "3m", "6m", "12m" or "lifetime".
    std::string tierOf(const std::string& userId);
    PlanLimits limitsFor(const std::string& userId);
    PlanLimits limitsOfTier(core::Sql& sql, const std::string& tier);
    /// Tier, plan title and limits with one membership lookup (call before a transaction).
    MemberPlan planOf(const std::string& userId);

    /// Every tier's limits, free first then by duration.
    static std::vector<PlanLimits> allLimits(core::Sql& sql);
    /// Replaces a tier's limits (the tier must exist); `updatedBy` is the admin.
    static void updateLimits(core::Sql& sql, const PlanLimits& limits,
                             const std::string& updatedBy);

    static core::json::ObjectPtr toJson(const PlanLimits& limits);

private:
    core::Db& m_db;
    commerce::CommerceService& m_commerce;
};

} // namespace ey::directory
