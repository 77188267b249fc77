// Weekly "new buyers in your product category" alerts: members' interests, the preview, and the
// worker that tells each member once a week how many matching buyers were added.
#pragma once

#include "BuyerAlert.h"

#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "NotifyService.h"
#include "PeriodicWorker.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace ey::directory {

/// Thread safe: every call runs its own statements or transactions. A week is told at most once
/// per member, decided by the digest row's primary key in the notification's own transaction, so
/// passes may repeat and any number of server instances may run the worker.
///
/// Interests: the member's saved words / HS prefixes, or, with none saved, the products and HS
/// codes of the buyers they favourited. The saved country filter and switches apply either way.
/// The week reported is the Jakarta week (Monday 00:00 to Monday 00:00) that ended last; it is due
/// from Monday 08:00 Jakarta until the next Monday, so a server that was down on Monday still tells
/// that week, and an earlier week is never told late.
class BuyerAlertService
{
public:
    static constexpr std::int64_t kDefaultSweepSeconds = 600;
    static constexpr int kBatchSize = 100;
    static constexpr std::size_t kMaxItems = 20;
    static constexpr int kPreviewBuyers = 5;
    static constexpr std::int64_t kPreviewDays = 7;
    /// Who is a member of the buyer directory (and so may be alerted).
    static inline const std::string kBrowse = "directory.buyers.browse";

    BuyerAlertService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify);
    ~BuyerAlertService();
    BuyerAlertService(const BuyerAlertService&) = delete;
    BuyerAlertService& operator=(const BuyerAlertService&) = delete;

    /// Starts the "buyer-alerts" worker: one pass now and every `interval`. The destructor stops
    /// it.
    void startWorker(std::chrono::milliseconds interval);

    /// The member's settings, the interests in use and their source, the last digest, and a
    /// preview of the buyers that matched in the last 7 days.
    core::json::ObjectPtr settings(const std::string& userId);
    /// Replaces the member's settings (already validated) and answers like settings().
    core::json::ObjectPtr save(const std::string& userId, const BuyerAlertInput& input);

    /// The worker's pass: when the reported week is due, counts and tells every member not told
    /// yet, in batches, until done or `stopping`. Returns how many members were notified.
    int sendDue(const std::function<bool()>& stopping = [] { return false; });

private:
    BuyerInterests interestsOf(core::Sql& sql, const std::string& userId,
                               const std::optional<BuyerAlertSubscription>& subscription);
    /// Counts one member's week and, when this call records the digest, notifies them. True when
    /// a notification went out.
    bool tell(const AlertCandidate& candidate, const AlertWeek& week);

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
    std::unique_ptr<core::PeriodicWorker> m_worker; // last: stopped before anything it uses goes
};

} // namespace ey::directory
