// The "buyers" personal API token scope and its plan gate.
#include "BuyerApiScope.h"

#include "Problem.h"

namespace ey::directory {

namespace {

core::Text tierName(const std::string& tier)
{
    if (tier == "free")
        return {"gratis", "free"};
    if (tier == "lifetime")
        return {"seumur hidup", "lifetime"};
    // "1m", "3m", "6m", "12m"
    const auto months = tier.substr(0, tier.size() - 1);
    return {months + " bulan", months + "-month"};
}

/// "6 bulan, 12 bulan atau seumur hidup": the tiers whose limits include API access, from the
/// data admins edit, so the sentence follows their changes.
core::Text tiersWithApi(core::Sql& sql)
{
    std::vector<core::Text> names;
    for (const auto& limits : DirectoryAccess::allLimits(sql)) {
        if (limits.apiAccess)
            names.push_back(tierName(limits.tier));
    }
    core::Text joined;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const bool last = i + 1 == names.size();
        const char* idGlue = i == 0 ? "" : (last ? " atau " : ", ");
        const char* enGlue = i == 0 ? "" : (last ? " or " : ", ");
        joined.id += idGlue + names[i].id;
        joined.en += enGlue + names[i].en;
    }
    return joined;
}

} // namespace

void registerBuyerApiScope(identity::IdentityService& identity,
                           std::shared_ptr<DirectoryAccess> access)
{
    identity::TokenScope scope;
    scope.name = "buyers";
    scope.label = {"Data buyer ekspor (cari dan buka buyer, kuota bulanan yang sama)",
                   "Export buyer data (search and open buyers, the same monthly quota)"};
    scope.permissions = {"directory.buyers.browse"};
    scope.gate = [access](core::Sql& sql,
                          const std::string& userId) -> std::optional<core::Problem> {
        // tierOf reads through commerce on its own connection; we are outside any transaction.
        const auto tier = access->tierOf(userId);
        if (access->limitsOfTier(sql, tier).apiAccess)
            return std::nullopt;
        const auto yours = tierName(tier);
        const auto plans = tiersWithApi(sql);
        const core::Text offer =
            plans.id.empty() ? core::Text{"Saat ini belum ada paket yang mencakup akses API.",
                                          "No plan includes API access at the moment."}
                             : core::Text{"Akses API tersedia di membership " + plans.id +
                                              "; tingkatkan membership Anda untuk memakainya.",
                                          "API access comes with a " + plans.en +
                                              " membership; upgrade your membership to use it."};
        return core::Problem(
                   403, "https://eksporyuk.com/problems/api-access-not-in-plan",
                   {"Akses API tidak termasuk paket Anda", "API access is not in your plan"},
                   {"Paket Anda (" + yours.id + ") tidak mencakup akses API. " + offer.id,
                    "Your plan (" + yours.en + ") does not include API access. " + offer.en})
            .withMember("tier", tier);
    };
    identity.registerTokenScope(std::move(scope));
}

} // namespace ey::directory
