// Outbound queue SQL.
#include "OutboundStore.h"

namespace ey::notify {

std::string OutboundStore::enqueue(core::Sql& sql, const NewOutboundMessage& message,
                                   std::int64_t nowMs)
{
    const auto id =
        sql.exec("INSERT INTO outbound_messages"
                 " (channel, user_id, notification_id, recipient, subject, body, next_attempt_at, "
                 "created_at)"
                 " VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6, to_timestamp($7::bigint / 1000.0),"
                 "         to_timestamp($7::bigint / 1000.0))"
                 " RETURNING id::text AS id",
                 {message.channel, message.userId, message.notificationId, message.recipient,
                  message.subject, message.body, nowMs})
            .front()
            .str("id");
    sql.exec("SELECT pg_notify('ey_outbound', $1)", {message.channel});
    return id;
}

std::vector<OutboundMessage> OutboundStore::claim(core::Sql& sql, const std::string& channel,
                                                  std::int64_t nowMs, std::int64_t leaseUntilMs,
                                                  int limit)
{
    const auto rows = sql.exec(
        "UPDATE outbound_messages m SET status = 'sending', attempts = m.attempts + 1,"
        "       next_attempt_at = to_timestamp($3::bigint / 1000.0)"
        " FROM (SELECT id FROM outbound_messages"
        "        WHERE channel = $1 AND status IN ('queued', 'sending')"
        "          AND next_attempt_at <= to_timestamp($2::bigint / 1000.0)"
        "        ORDER BY next_attempt_at, created_at LIMIT $4 FOR UPDATE SKIP LOCKED) due"
        " WHERE m.id = due.id"
        " RETURNING m.id::text AS id, m.channel, m.recipient, m.subject, m.body, m.attempts",
        {channel, nowMs, leaseUntilMs, limit});
    std::vector<OutboundMessage> messages;
    for (const auto& row : rows) {
        OutboundMessage m;
        m.id = row.str("id");
        m.channel = row.str("channel");
        m.recipient = row.str("recipient");
        m.subject = row.str("subject");
        m.body = row.str("body");
        m.attempts = static_cast<int>(row.i64("attempts")) - 1;
        messages.push_back(std::move(m));
    }
    return messages;
}

void OutboundStore::markSent(core::Sql& sql, const std::string& id, const std::string& provider,
                             const std::optional<std::string>& providerMessageId,
                             std::int64_t nowMs)
{
    sql.exec(
        "UPDATE outbound_messages SET status = 'sent', provider = $2, provider_message_id = $3,"
        " sent_at = to_timestamp($4::bigint / 1000.0), last_error = NULL WHERE id = $1::uuid",
        {id, provider, providerMessageId, nowMs});
}

void OutboundStore::markRetry(core::Sql& sql, const std::string& id, const std::string& provider,
                              const std::string& error, std::int64_t nextAttemptMs)
{
    sql.exec("UPDATE outbound_messages SET status = 'queued', provider = $2, last_error = $3,"
             " next_attempt_at = to_timestamp($4::bigint / 1000.0) WHERE id = $1::uuid",
             {id, provider, error, nextAttemptMs});
}

void OutboundStore::markFailed(core::Sql& sql, const std::string& id, const std::string& provider,
                               const std::string& error)
{
    sql.exec("UPDATE outbound_messages SET status = 'failed', provider = $2, last_error = $3"
             " WHERE id = $1::uuid",
             {id, provider, error});
}

void OutboundStore::release(core::Sql& sql, const std::string& id, std::int64_t nowMs)
{
    sql.exec("UPDATE outbound_messages SET status = 'queued', attempts = attempts - 1,"
             " next_attempt_at = to_timestamp($2::bigint / 1000.0) WHERE id = $1::uuid AND status "
             "= 'sending'",
             {id, nowMs});
}

QueueCounts OutboundStore::counts(core::Sql& sql, const std::string& channel)
{
    const auto rows =
        sql.exec("SELECT count(*) FILTER (WHERE status IN ('queued', 'sending')) AS queued,"
                 "       count(*) FILTER (WHERE status = 'failed') AS failed,"
                 "       count(*) FILTER (WHERE status = 'sent') AS sent"
                 " FROM outbound_messages WHERE channel = $1",
                 {channel});
    const auto row = rows.front();
    return {row.i64("queued"), row.i64("failed"), row.i64("sent")};
}

std::optional<std::string> OutboundStore::whatsappOf(core::Sql& sql, const std::string& userId)
{
    const auto rows =
        sql.exec("SELECT whatsapp FROM users WHERE id = $1::uuid AND whatsapp IS NOT NULL"
                 " AND whatsapp <> ''",
                 {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("whatsapp");
}

} // namespace ey::notify
