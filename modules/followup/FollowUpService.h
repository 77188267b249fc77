// Follow-up rules: a paid purchase schedules its plan's WhatsApp sequence; a worker sends what is
// due through the notify queue; refunds cancel what is left. No HTTP here.
#pragma once

#include "FollowUp.h"

#include "Clock.h"
#include "Db.h"
#include "NotifyService.h"

#include <string>
#include <vector>

namespace ey::followup {

/// Thread safe. schedule() and cancel() run inside the caller's transaction.
class FollowUpService
{
public:
    FollowUpService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify);

    /// Schedules one message per step, due `delayDays` after payment; a repeat for the same
    /// transaction is a no-op.
    void schedule(core::Sql& sql, const PurchaseFacts& purchase,
                  const std::vector<FollowUpStep>& steps);
    /// Cancels the transaction's messages not yet sent (refund).
    void cancel(core::Sql& sql, const std::string& transactionId);

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
};

} // namespace ey::followup
