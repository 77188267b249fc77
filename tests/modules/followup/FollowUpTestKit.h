// Shared set-up for the follow-up suites: buyers with or without a WhatsApp number, paid
// transactions to hang sequences on, and readers for the rows a person would look at.
#pragma once

#include "TestSupport.h"

#include "Db.h"
#include "FollowUpService.h"
#include "ServerInstance.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::test::followup {

/// A member who bought something; `whatsapp` as typed on the profile ("+62812...").
inline std::string createBuyer(app::ServerInstance& server, const std::string& email,
                               const std::optional<std::string>& whatsapp,
                               const std::string& fullName = "Sari Dewi")
{
    const auto id = createUser(server, email, {"member_premium"}, fullName);
    if (whatsapp)
        server.db().exec("UPDATE users SET whatsapp = $2 WHERE id = $1::uuid", {id, *whatsapp});
    return id;
}

/// A PAID transaction of the buyer's, as checkout leaves it.
inline std::string createPaidTransaction(app::ServerInstance& server, const std::string& buyerId,
                                         const std::string& invoice, std::int64_t paidAtMs)
{
    return server.db()
        .exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount, created_at,"
              " paid_at) VALUES ($1, $2::uuid, 'PAID', 499000,"
              " to_timestamp($3::bigint / 1000.0), to_timestamp($3::bigint / 1000.0))"
              " RETURNING id::text AS id",
              {invoice, buyerId, paidAtMs})
        .front()
        .str("id");
}

inline ey::followup::PurchaseFacts facts(const std::string& transactionId,
                                         const std::string& buyerId, const std::string& invoice,
                                         std::int64_t paidAtMs)
{
    return {transactionId, invoice, buyerId, "Sari Dewi", "Membership Ekspor Pro", paidAtMs};
}

/// Schedules in its own transaction, the way commerce does on a paid callback.
inline void schedule(app::ServerInstance& server, const ey::followup::PurchaseFacts& purchase,
                     const std::vector<ey::followup::FollowUpStep>& steps)
{
    server.db().transaction(
        [&](core::Tx& tx) { server.followups().schedule(tx, purchase, steps); });
}

struct Row
{
    int step = 0;
    std::string status;
    std::int64_t dueAtMs = 0;
    std::string body;
    std::string error;
    bool hasSentAt = false;
    int attempts = 0;
    std::string outboundId;
};

inline std::vector<Row> rowsOf(app::ServerInstance& server, const std::string& transactionId)
{
    std::vector<Row> rows;
    for (const auto& r : server.db().exec(
             "SELECT step, status, (extract(epoch FROM due_at) * 1000)::bigint AS due_ms, body,"
             " COALESCE(error, '') AS error, sent_at IS NOT NULL AS has_sent_at, attempts,"
             " COALESCE(outbound_message_id::text, '') AS outbound_id"
             " FROM followup_messages WHERE transaction_id = $1::uuid ORDER BY step",
             {transactionId}))
        rows.push_back({static_cast<int>(r.i64("step")), r.str("status"), r.i64("due_ms"),
                        r.str("body"), r.str("error"), r.boolean("has_sent_at"),
                        static_cast<int>(r.i64("attempts")), r.str("outbound_id")});
    return rows;
}

inline std::int64_t whatsappQueued(app::ServerInstance& server)
{
    return server.db()
        .exec("SELECT count(*) AS n FROM outbound_messages WHERE channel = 'whatsapp'")
        .front()
        .i64("n");
}

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
/// 23 Nov 2025 10:00 WIB (03:00 UTC).
constexpr std::int64_t kPaidAtMs = 1763866800000LL;

} // namespace ey::test::followup
