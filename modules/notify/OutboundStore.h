// SQL for the outbound message queue (email, WhatsApp, push, Pusher). No rules here.
#pragma once

#include "Notification.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::notify {

struct NewOutboundMessage
{
    std::string channel; ///< email | whatsapp | push | pusher
    std::optional<std::string> userId;
    std::optional<std::string> notificationId;
    std::string recipient;
    std::string subject;
    std::string body;
};

class OutboundStore
{
public:
    /// Queues the message and wakes the senders of every instance when the transaction commits.
    static std::string enqueue(core::Sql& sql, const NewOutboundMessage& message,
                               std::int64_t nowMs);
    /// Claims up to `limit` due messages of one channel for this sender: each becomes 'sending'
    /// with its attempt counted and a lease until `leaseUntilMs`, after which another sender may
    /// take it. Concurrent senders skip each other's rows (FOR UPDATE SKIP LOCKED).
    static std::vector<OutboundMessage> claim(core::Sql& sql, const std::string& channel,
                                              std::int64_t nowMs, std::int64_t leaseUntilMs,
                                              int limit);
    static void markSent(core::Sql& sql, const std::string& id, const std::string& provider,
                         const std::optional<std::string>& providerMessageId, std::int64_t nowMs);
    /// Back to 'queued' for another attempt at `nextAttemptMs`.
    static void markRetry(core::Sql& sql, const std::string& id, const std::string& provider,
                          const std::string& error, std::int64_t nextAttemptMs);
    static void markFailed(core::Sql& sql, const std::string& id, const std::string& provider,
                           const std::string& error);
    /// Hands a claimed message back untouched (the sender is stopping before it tried).
    static void release(core::Sql& sql, const std::string& id, std::int64_t nowMs);
    static QueueCounts counts(core::Sql& sql, const std::string& channel);
    /// The WhatsApp number on the user's profile as stored ("+62812...", "0812..."), if any.
    static std::optional<std::string> whatsappOf(core::Sql& sql, const std::string& userId);
};

} // namespace ey::notify
