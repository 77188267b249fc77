// Follow-up rules: a paid purchase schedules its plan's WhatsApp sequence; a worker sends what is
// due through the notify queue; refunds cancel what is left. No HTTP here.
#pragma once

#include "FollowUp.h"

#include "Clock.h"
#include "Db.h"
#include "NotifyService.h"
#include "PeriodicWorker.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ey::followup {

/// Thread safe. schedule() and cancel() run inside the caller's transaction. Owns the sender
/// thread once startWorker() ran; it stops when the service is destroyed.
class FollowUpService
{
public:
    static constexpr int kBatchSize = 50;
    static constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

    FollowUpService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify);
    ~FollowUpService();
    FollowUpService(const FollowUpService&) = delete;
    FollowUpService& operator=(const FollowUpService&) = delete;

    /// Schedules one message per step, due `delayDays` after payment; a repeat for the same
    /// transaction is a no-op.
    void schedule(core::Sql& sql, const PurchaseFacts& purchase,
                  const std::vector<FollowUpStep>& steps);
    /// Cancels the transaction's messages not yet sent (refund).
    void cancel(core::Sql& sql, const std::string& transactionId);

    /// Hands every message due at `nowMs` to the WhatsApp queue (status 'sent'), or marks it
    /// 'failed' when the buyer has no WhatsApp number. Concurrent calls, here or on other
    /// instances, never hand a message over twice. Returns how many were handed over.
    int sendDue(std::int64_t nowMs);
    /// Starts the thread that calls sendDue() now and then every `interval`.
    void startWorker(std::chrono::milliseconds interval);

    /// The transaction's messages by step (422 problem for a malformed id).
    std::vector<FollowUpMessage> list(const std::string& transactionId);
    /// Queues the message's text again now, whatever its state, except a cancelled one (409) or
    /// a buyer without a WhatsApp number (409); 404 for an unknown id. Writes the audit row.
    FollowUpMessage resend(const std::string& actorId, const std::string& clientIp,
                           const std::string& id);

private:
    int sendDueWhile(std::int64_t nowMs, const std::function<bool()>& stopping);

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
    std::unique_ptr<core::PeriodicWorker> m_worker; // last: stopped before anything it uses goes
};

} // namespace ey::followup
