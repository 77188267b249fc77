// Follow-up SQL, parameterized only.
#include "FollowUpStore.h"

namespace ey::followup {

using core::Row;

#define EY_AT(n) "to_timestamp($" n "::bigint / 1000.0)"
#define EY_ISO(column)                                                                             \
    "to_char((" column ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_MESSAGE_COLUMNS                                                                         \
    "SELECT f.id::text AS id, f.transaction_id::text AS transaction_id, f.user_id::text AS "       \
    "user_id, f.step, " EY_ISO("f.due_at") " AS due_at, f.status, f.body, f.attempts, "            \
                                           "f.error, " EY_ISO("f.sent_at") " AS sent_at, " EY_ISO( \
                                               "f.created_at") " AS created_at, "                  \
                                                               "f.outbound_message_id::text AS "   \
                                                               "outbound_message_id, o.status AS " \
                                                               "delivery_status, "                 \
                                                               "o.last_error AS delivery_error "   \
                                                               "FROM followup_messages f "         \
                                                               "LEFT JOIN outbound_messages o ON " \
                                                               "o.id = f.outbound_message_id "

namespace {

FollowUpMessage messageFrom(const Row& r)
{
    FollowUpMessage m;
    m.id = r.str("id");
    m.transactionId = r.str("transaction_id");
    m.userId = r.str("user_id");
    m.step = static_cast<int>(r.i64("step"));
    m.dueAt = r.str("due_at");
    m.status = r.str("status");
    m.body = r.str("body");
    m.attempts = static_cast<int>(r.i64("attempts"));
    m.error = r.optStr("error");
    m.sentAt = r.optStr("sent_at");
    m.createdAt = r.str("created_at");
    m.outboundMessageId = r.optStr("outbound_message_id");
    m.deliveryStatus = r.optStr("delivery_status");
    m.deliveryError = r.optStr("delivery_error");
    return m;
}

} // namespace

bool FollowUpStore::insert(core::Sql& sql, const std::string& transactionId,
                           const std::string& userId, int step, std::int64_t dueAtMs,
                           const std::string& body, std::int64_t nowMs)
{
    return sql.exec("INSERT INTO followup_messages"
                    " (transaction_id, user_id, step, due_at, body, created_at)"
                    " VALUES ($1::uuid, $2::uuid, $3, " EY_AT("4") ", $5, " EY_AT(
                        "6") ")"
                             " ON CONFLICT (transaction_id, step) DO NOTHING",
                    {transactionId, userId, step, dueAtMs, body, nowMs})
               .affected() == 1;
}

std::int64_t FollowUpStore::cancelPending(core::Sql& sql, const std::string& transactionId)
{
    return sql
        .exec("UPDATE followup_messages SET status = 'cancelled'"
              " WHERE transaction_id = $1::uuid AND status = 'pending'",
              {transactionId})
        .affected();
}

std::vector<DueFollowUp> FollowUpStore::claimDue(core::Sql& sql, std::int64_t nowMs, int limit)
{
    static const std::string kClaim =
        "SELECT f.id::text AS id, f.transaction_id::text AS transaction_id,"
        "       f.user_id::text AS user_id, f.body,"
        "       t.invoice_number || ' follow-up ' || f.step AS subject"
        " FROM followup_messages f JOIN transactions t ON t.id = f.transaction_id"
        " WHERE f.status = 'pending' AND f.due_at <= to_timestamp($1::bigint / 1000.0)"
        " ORDER BY f.due_at, f.step, f.id LIMIT $2 FOR UPDATE OF f SKIP LOCKED";
    const auto rows = sql.exec(kClaim, {nowMs, limit});
    std::vector<DueFollowUp> due;
    for (const auto& row : rows)
        due.push_back({row.str("id"), row.str("transaction_id"), row.str("user_id"),
                       row.str("subject"), row.str("body")});
    return due;
}

void FollowUpStore::markSent(core::Sql& sql, const std::string& id,
                             const std::string& outboundMessageId, std::int64_t nowMs)
{
    sql.exec("UPDATE followup_messages SET status = 'sent', attempts = attempts + 1, error = NULL,"
             " sent_at = " EY_AT("3") ", outbound_message_id = $2::uuid WHERE id = $1::uuid",
             {id, outboundMessageId, nowMs});
}

void FollowUpStore::markFailed(core::Sql& sql, const std::string& id, const std::string& error)
{
    sql.exec("UPDATE followup_messages SET status = 'failed', attempts = attempts + 1,"
             " error = $2 WHERE id = $1::uuid",
             {id, error});
}

std::vector<FollowUpMessage> FollowUpStore::listByTransaction(core::Sql& sql,
                                                              const std::string& transactionId)
{
    std::vector<FollowUpMessage> messages;
    for (const auto& row : sql.exec(EY_MESSAGE_COLUMNS "WHERE f.transaction_id = $1::uuid"
                                                       " ORDER BY f.step",
                                    {transactionId}))
        messages.push_back(messageFrom(row));
    return messages;
}

std::optional<FollowUpMessage> FollowUpStore::find(core::Sql& sql, const std::string& id, bool lock)
{
    const auto rows =
        lock ? sql.exec(EY_MESSAGE_COLUMNS "WHERE f.id = $1::uuid FOR UPDATE OF f", {id})
             : sql.exec(EY_MESSAGE_COLUMNS "WHERE f.id = $1::uuid", {id});
    if (rows.empty())
        return std::nullopt;
    return messageFrom(rows.front());
}

std::string FollowUpStore::subjectOf(core::Sql& sql, const std::string& id)
{
    return sql
        .exec("SELECT t.invoice_number || ' follow-up ' || f.step AS subject"
              " FROM followup_messages f JOIN transactions t ON t.id = f.transaction_id"
              " WHERE f.id = $1::uuid",
              {id})
        .front()
        .str("subject");
}

} // namespace ey::followup
