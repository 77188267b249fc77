// SQL for follow-up messages. No rules here.
#pragma once

#include "FollowUp.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::followup {

class FollowUpStore
{
public:
    /// Adds one step unless the transaction already has it; true when a row was added.
    static bool insert(core::Sql& sql, const std::string& transactionId, const std::string& userId,
                       int step, std::int64_t dueAtMs, const std::string& body, std::int64_t nowMs);
    /// Pending messages of the transaction become 'cancelled'; returns how many.
    static std::int64_t cancelPending(core::Sql& sql, const std::string& transactionId);
    /// Locks up to `limit` pending messages due at `nowMs`, oldest first, skipping rows another
    /// sender holds (FOR UPDATE SKIP LOCKED), for the rest of the caller's transaction.
    static std::vector<DueFollowUp> claimDue(core::Sql& sql, std::int64_t nowMs, int limit);
    /// Handed to the WhatsApp queue as `outboundMessageId`: status 'sent', one more attempt.
    static void markSent(core::Sql& sql, const std::string& id,
                         const std::string& outboundMessageId, std::int64_t nowMs);
    /// Could not be handed over (no number): status 'failed' with the reason, one more attempt.
    static void markFailed(core::Sql& sql, const std::string& id, const std::string& error);
    /// The transaction's messages by step, with their queue rows' delivery state.
    static std::vector<FollowUpMessage> listByTransaction(core::Sql& sql,
                                                          const std::string& transactionId);
    /// One message, locked for update when `lock` (a resend); nothing for unknown ids.
    static std::optional<FollowUpMessage> find(core::Sql& sql, const std::string& id, bool lock);
    /// The subject its queue rows carry ("INV001 follow-up 2").
    static std::string subjectOf(core::Sql& sql, const std::string& id);
};

} // namespace ey::followup
