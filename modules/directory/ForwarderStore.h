// Forwarder SQL: forwarders, their rates, the route comparison. No rules here.
#pragma once

#include "Forwarder.h"

#include "Db.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

class ForwarderStore
{
public:
    /// The Asia/Jakarta calendar date (YYYY-MM-DD) of a UTC instant given as ISO text.
    static std::string jakartaDate(core::Sql& sql, const std::string& nowIso);

    static std::string insert(core::Sql& sql, const Forwarder& forwarder,
                              const std::string& createdBy, const std::string& nowIso);
    static std::optional<Forwarder> byId(core::Sql& sql, const std::string& id,
                                         const std::string& today);
    static bool lock(core::Sql& sql, const std::string& id);
    /// The forwarder with that company name (case-insensitive), other than `exceptId`.
    static std::optional<std::string> idByCompany(core::Sql& sql, const std::string& company,
                                                  const std::optional<std::string>& exceptId);
    /// limit + 1 rows, by lower(company) then id.
    static std::vector<Forwarder> list(core::Sql& sql, const ForwarderFilter& filter,
                                       const core::PageRequest& page, const std::string& today);
    static void update(core::Sql& sql, const Forwarder& forwarder, const std::string& nowIso);
    static void remove(core::Sql& sql, const std::string& id);

    static std::vector<ForwarderRate> rates(core::Sql& sql, const std::string& forwarderId,
                                            bool includeExpired, const std::string& today);
    static std::optional<ForwarderRate> rate(core::Sql& sql, const std::string& forwarderId,
                                             const std::string& rateId, const std::string& today);
    static std::string insertRate(core::Sql& sql, const ForwarderRate& rate,
                                  const std::string& nowIso);
    static void updateRate(core::Sql& sql, const ForwarderRate& rate, const std::string& nowIso);
    static void removeRate(core::Sql& sql, const std::string& rateId);

    /// Rates on one route (case-insensitive, trimmed), ordered by mode, unit, currency, price,
    /// transit days (nulls last), company.
    static std::vector<ComparedRate> routeRates(core::Sql& sql, const std::string& origin,
                                                const std::string& destination,
                                                const std::optional<std::string>& mode,
                                                bool includeExpired, const std::string& today);
    static std::vector<KnownRoute> knownRoutes(core::Sql& sql, const std::string& today);
};

} // namespace ey::directory
