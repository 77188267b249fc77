// Forwarder rules: validation, the 409 on a duplicate company, audit rows, contact masking,
// the route comparison (grouping and min/median/max).
#pragma once

#include "DirectoryAccess.h"
#include "Forwarder.h"

#include "Audit.h"
#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Who looks at forwarders: staff (forwarders.manage) always see full contacts.
struct ForwarderViewer
{
    std::string userId;
    bool staff = false;
};

/// Thread safe: every call runs its own statements or transaction.
class ForwarderService
{
public:
    ForwarderService(core::Db& db, const core::Clock& clock,
                     std::shared_ptr<DirectoryAccess> access);

    /// Whether this viewer gets masked contacts (their tier has no full_contact).
    bool contactMasked(const ForwarderViewer& viewer);

    /// limit + 1 rows (the caller writes the page).
    std::vector<Forwarder> list(const ForwarderFilter& filter, const core::PageRequest& page);
    Forwarder get(const std::string& id);
    Forwarder create(ForwarderInput input, const core::Actor& actor);
    Forwarder update(const std::string& id, ForwarderInput input, const core::Actor& actor);
    void remove(const std::string& id, const core::Actor& actor);

    std::vector<ForwarderRate> rates(const std::string& forwarderId, bool includeExpired);
    ForwarderRate addRate(const std::string& forwarderId, RateInput input,
                          const core::Actor& actor);
    ForwarderRate updateRate(const std::string& forwarderId, const std::string& rateId,
                             RateInput input, const core::Actor& actor);
    void removeRate(const std::string& forwarderId, const std::string& rateId,
                    const core::Actor& actor);

    RouteComparison compare(const std::string& origin, const std::string& destination,
                            const std::optional<std::string>& mode, bool includeExpired);
    std::vector<KnownRoute> routes();

    static core::json::ObjectPtr toJson(const Forwarder& forwarder, bool masked);
    static core::json::ObjectPtr toJson(const ForwarderRate& rate);
    static core::json::ObjectPtr toJson(const RouteComparison& comparison);
    static core::json::ObjectPtr toJson(const KnownRoute& route);

    static const std::vector<std::string>& services();
    static const std::vector<std::string>& modes();
    static const std::vector<std::string>& units();
    static const std::vector<std::string>& currencies();

private:
    std::string nowIso() const;
    std::string today(core::Sql& sql) const;
    /// Applies `input` to `forwarder` after normalising it; 422 naming every bad field.
    static void apply(Forwarder& forwarder, ForwarderInput& input);
    static void apply(ForwarderRate& rate, RateInput& input);
    void checkUnique(core::Sql& sql, const Forwarder& forwarder,
                     const std::optional<std::string>& exceptId);

    core::Db& m_db;
    const core::Clock& m_clock;
    std::shared_ptr<DirectoryAccess> m_access;
};

} // namespace ey::directory
