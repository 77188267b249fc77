// Buyer directory rules: admin curation, members' monthly quota, masking, likes, reports, stats.
#pragma once

#include "Buyer.h"
#include "DirectoryAccess.h"

#include "Audit.h"
#include "Clock.h"
#include "Db.h"
#include "Http.h"
#include "Json.h"
#include "NotifyService.h"
#include "Paging.h"
#include "Problem.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace ey::directory {

/// The member (or staff) looking at the directory: staff holding directory.buyers.manage are
/// never counted, limited or masked.
struct BuyerViewer
{
    std::string userId;
    bool staff = false;
};

class BuyerService
{
public:
    BuyerService(core::Db& db, const core::Clock& clock, std::shared_ptr<DirectoryAccess> access,
                 notify::NotifyService& notify);

    /// Every field of the vocabulary + id, dates, counters and the flag emoji.
    static core::json::ObjectPtr toAdminJson(const Buyer& buyer);

    // ---- admin -------------------------------------------------------------------------------
    Buyer create(const core::Actor& actor, const BuyerInput& input);
    Buyer update(const core::Actor& actor, const std::string& id,
                 const core::json::ObjectPtr& patch);
    void remove(const core::Actor& actor, const std::string& id);
    Buyer get(const std::string& id);
    std::vector<Buyer> list(const BuyerFilter& filter, const core::PageRequest& page);
    core::json::ObjectPtr viewers(const std::string& id);
    core::json::ObjectPtr stats(int weeks);
    core::json::ObjectPtr reports(const std::optional<std::string>& status,
                                  const core::PageRequest& page);
    core::json::ObjectPtr resolveReport(const core::Actor& actor, const std::string& id,
                                        const std::string& status,
                                        const std::optional<std::string>& note);
    core::json::ObjectPtr limits();
    core::json::ObjectPtr updateLimits(const core::Actor& actor, const PlanLimits& limits);

    /// Tells the staff holding directory.buyers.manage that a buyer changed (created | updated |
    /// deleted), in the caller's transaction; imports call it too.
    void publishChange(core::Sql& tx, const std::string& id, const std::string& action);
    /// Throws the 409 problem with duplicate_id when `input` duplicates another buyer.
    static void refuseDuplicate(core::Sql& sql, const BuyerInput& input,
                                const std::optional<std::string>& excludingId);

    // ---- members -----------------------------------------------------------------------------
    core::json::ObjectPtr quota(const BuyerViewer& viewer);
    core::json::ObjectPtr search(const BuyerViewer& viewer, const BuyerFilter& filter,
                                 const core::PageRequest& page);
    /// Opens a buyer: records one view, counts it against the month's quota (403 when spent).
    core::json::ObjectPtr open(const BuyerViewer& viewer, const std::string& id);
    void like(const BuyerViewer& viewer, const std::string& id, bool liked);
    core::json::ObjectPtr favorites(const BuyerViewer& viewer, const core::PageRequest& page);
    core::json::ObjectPtr history(const BuyerViewer& viewer, const core::PageRequest& page);
    core::json::ObjectPtr report(const BuyerViewer& viewer, const std::string& id,
                                 const std::string& reason,
                                 const std::optional<std::string>& message);
    /// The writer of the CSV of buyers the member opened this month, with contact masked per
    /// plan. Throws the 403 plan-feature problem (before anything is streamed) when the plan has
    /// no CSV download.
    std::function<void(std::ostream&)> unlockedCsv(const BuyerViewer& viewer);


private:
    core::Db& m_db;
    const core::Clock& m_clock;
    std::shared_ptr<DirectoryAccess> m_access;
    notify::NotifyService& m_notify;
};

} // namespace ey::directory
