// What a member's membership tier gets from the export directories.
#include "DirectoryAccess.h"

#include "Problem.h"

namespace ey::directory {

DirectoryAccess::DirectoryAccess(core::Db& db, commerce::CommerceService& commerce)
    : m_db(db), m_commerce(commerce)
{
}

std::string DirectoryAccess::tierOf(const std::string& userId)
{
    const auto membership = m_commerce.activeMembership(userId);
    return membership ? membership->duration : "free";
}

PlanLimits DirectoryAccess::limitsFor(const std::string& userId)
{
    const auto tier = tierOf(userId);
    return limitsOfTier(m_db, tier);
}

namespace {

#define EY_LIMIT_COLUMNS                                                                           \
    "SELECT tier, buyers_per_month, full_contact, csv_download, api_access, priority_listing, "    \
    "verified_badge, to_char(updated_at AT TIME ZONE 'UTC', "                                      \
    "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS updated_at FROM directory_plan_limits"

PlanLimits limitsFrom(const core::Row& r)
{
    PlanLimits limits;
    limits.tier = r.str("tier");
    if (const auto perMonth = r.optI64("buyers_per_month"))
        limits.buyersPerMonth = static_cast<int>(*perMonth);
    limits.fullContact = r.boolean("full_contact");
    limits.csvDownload = r.boolean("csv_download");
    limits.apiAccess = r.boolean("api_access");
    limits.priorityListing = r.boolean("priority_listing");
    limits.verifiedBadge = r.boolean("verified_badge");
    limits.updatedAt = r.optStr("updated_at");
    return limits;
}

} // namespace

PlanLimits DirectoryAccess::limitsOfTier(core::Sql& sql, const std::string& tier)
{
    const auto rows = sql.exec(EY_LIMIT_COLUMNS " WHERE tier = $1", {tier});
    if (rows.empty())
        throw core::Problem::notFound({"Tingkat paket ini tidak dikenal: " + tier + ".",
                                       "This plan tier is unknown: " + tier + "."});
    return limitsFrom(rows.front());
}

MemberPlan DirectoryAccess::planOf(const std::string& userId)
{
    MemberPlan plan;
    const auto membership = m_commerce.activeMembership(userId);
    plan.tier = membership ? membership->duration : "free";
    if (membership)
        plan.planTitle = membership->planTitle;
    plan.limits = limitsOfTier(m_db, plan.tier);
    return plan;
}

std::vector<PlanLimits> DirectoryAccess::allLimits(core::Sql& sql)
{
    std::vector<PlanLimits> items;
    for (const auto& row :
         sql.exec(EY_LIMIT_COLUMNS " ORDER BY array_position("
                                   "ARRAY['free', '1m', '3m', '6m', '12m', 'lifetime'], tier)"))
        items.push_back(limitsFrom(row));
    return items;
}

void DirectoryAccess::updateLimits(core::Sql& sql, const PlanLimits& limits,
                                   const std::string& updatedBy)
{
    sql.exec(
        "UPDATE directory_plan_limits SET buyers_per_month = $2::int, full_contact = $3,"
        " csv_download = $4, api_access = $5, priority_listing = $6, verified_badge = $7,"
        " updated_by = $8::uuid, updated_at = now() WHERE tier = $1",
        {limits.tier,
         limits.buyersPerMonth ? core::Param(*limits.buyersPerMonth) : core::Param(std::nullopt),
         limits.fullContact, limits.csvDownload, limits.apiAccess, limits.priorityListing,
         limits.verifiedBadge, updatedBy});
}

core::json::ObjectPtr DirectoryAccess::toJson(const PlanLimits& limits)
{
    auto object = core::json::object();
    object->set("tier", limits.tier);
    object->set("buyers_per_month", core::json::orNull(limits.buyersPerMonth));
    object->set("full_contact", limits.fullContact);
    object->set("csv_download", limits.csvDownload);
    object->set("api_access", limits.apiAccess);
    object->set("priority_listing", limits.priorityListing);
    object->set("verified_badge", limits.verifiedBadge);
    if (limits.updatedAt)
        object->set("updated_at", *limits.updatedAt);
    return object;
}

} // namespace ey::directory
