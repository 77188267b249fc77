// Shared steps of the sales suites: sales inserted straight into the commerce, follow-up and
// ledger tables (exact dates and volume), and small readers of the sales API.
#pragma once

#include "../commerce/CommerceTestKit.h"

#include "Db.h"
#include "ServerInstance.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ey::test::sales {

/// One sale as the tables would hold it after checkout (and payment, follow-ups, ledger).
struct SaleSpec
{
    std::string invoice;
    std::string buyerId;
    std::string status = "PAID";
    std::int64_t amount = 0;
    std::string createdAt; ///< ISO-8601 with offset; also paid_at for PAID
    std::string kind = "plan";
    std::string ref;
    std::string title;
    std::optional<std::string> duration = std::string("1m");
    std::optional<std::string> affiliateId;
    std::int64_t commission = 0; ///< posted to the affiliate's wallet when > 0
    int followupsSent = 0;
    int followupsTotal = 0;
};

inline std::string insertSale(core::Db& db, const SaleSpec& s)
{
    std::string id;
    db.transaction([&](core::Tx& tx) {
        id = tx.exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount,"
                     " affiliate_id, created_at, paid_at, payment_url)"
                     " VALUES ($1, $2::uuid, $3, $4, $5::uuid, $6::timestamptz,"
                     " CASE WHEN $3 IN ('PAID', 'REFUNDED') THEN $6::timestamptz END,"
                     " CASE WHEN $3 = 'PENDING' THEN 'https://checkout.xendit.co/web/' || $1 END)"
                     " RETURNING id",
                     {s.invoice, s.buyerId, s.status, s.amount, s.affiliateId, s.createdAt})
                 .front()
                 .str("id");
        tx.exec(
            "INSERT INTO transaction_items (transaction_id, kind, ref, title, duration,"
            " unit_price) VALUES ($1::uuid, $2, $3::uuid, $4, $5, $6)",
            {id, s.kind, s.ref, s.title, s.kind == "plan" ? s.duration : std::nullopt, s.amount});
        tx.exec(
            "INSERT INTO transaction_status_history (transaction_id, from_status, to_status,"
            " note, created_at) VALUES ($1::uuid, NULL, 'PENDING', 'checkout', $2::timestamptz)",
            {id, s.createdAt});
        if (s.status != "PENDING")
            tx.exec("INSERT INTO transaction_status_history (transaction_id, from_status,"
                    " to_status, payload, created_at) VALUES ($1::uuid, 'PENDING', $2,"
                    " jsonb_build_object('external_id', $3::text, 'status', $2::text,"
                    "   'payment_channel', 'MANDIRI'), $4::timestamptz + interval '1 minute')",
                    {id, s.status, s.invoice, s.createdAt});
        for (int step = 1; step <= s.followupsTotal; ++step)
            tx.exec("INSERT INTO followup_messages (transaction_id, user_id, step, due_at, status,"
                    " body, sent_at, created_at) VALUES ($1::uuid, $2::uuid, $3,"
                    " $4::timestamptz + make_interval(days => $3), $5, 'Halo, langkah ' || $3,"
                    " CASE WHEN $5 = 'sent' THEN $4::timestamptz + make_interval(days => $3) END,"
                    " $4::timestamptz)",
                    {id, s.buyerId, step, s.createdAt,
                     std::string(step <= s.followupsSent ? "sent" : "pending")});
        if (s.commission > 0 && s.affiliateId) {
            auto account = [&](const std::string& kind, core::Param owner, core::Param role) {
                tx.exec(
                    "INSERT INTO ledger_accounts (kind, owner_id, role) VALUES ($1, $2::uuid, $3)"
                    " ON CONFLICT ON CONSTRAINT ledger_accounts_identity DO NOTHING",
                    {kind, owner, role});
                return tx
                    .exec("SELECT id FROM ledger_accounts WHERE kind = $1"
                          " AND owner_id IS NOT DISTINCT FROM $2::uuid"
                          " AND role IS NOT DISTINCT FROM $3",
                          {kind, owner, role})
                    .front()
                    .str("id");
            };
            const auto wallet = account("wallet", *s.affiliateId, std::string("affiliate"));
            const auto receivable = account("customer_receivable", std::nullopt, std::nullopt);
            const auto entry = tx.exec("INSERT INTO journal_entries (kind, reference, memo,"
                                       " created_at) VALUES ('sale', $1, 'Penjualan ' || $1,"
                                       " $2::timestamptz) RETURNING id",
                                       {s.invoice, s.createdAt})
                                   .front()
                                   .str("id");
            tx.exec("INSERT INTO ledger_postings (entry_id, account_id, amount) VALUES"
                    " ($1::uuid, $2::uuid, $4), ($1::uuid, $3::uuid, -$4::bigint)",
                    {entry, wallet, receivable, s.commission});
        }
    });
    return id;
}

/// Invoice numbers of every page of a list query (`query` without limit/cursor), following
/// next_cursor with the given page size.
inline std::vector<std::string> allInvoices(const HttpClient& http, const std::string& query,
                                            int limit = 200)
{
    std::vector<std::string> out;
    std::string cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        std::string path = "/api/v1/admin/sales?limit=" + std::to_string(limit);
        if (!query.empty())
            path += "&" + query;
        if (!cursor.empty())
            path += "&cursor=" + cursor;
        const auto page = http.get(path);
        if (page.status != 200)
            throw std::runtime_error("list failed: " + page.body);
        const auto body = page.json();
        const auto items = body->getArray("items");
        for (std::size_t i = 0; i < items->size(); ++i)
            out.push_back(items->getObject(static_cast<unsigned>(i))
                              ->getValue<std::string>("invoice_number"));
        if (body->isNull("next_cursor"))
            return out;
        cursor = body->getValue<std::string>("next_cursor");
    }
    throw std::runtime_error("too many pages");
}

inline std::set<std::string> asSet(const std::vector<std::string>& list)
{
    return {list.begin(), list.end()};
}

/// "INV900001,INV900002" → a set (for _data() tables).
inline std::set<std::string> invoiceSet(const std::string& commaList)
{
    std::set<std::string> out;
    std::size_t start = 0;
    while (start < commaList.size()) {
        const auto comma = commaList.find(',', start);
        const auto end = comma == std::string::npos ? commaList.size() : comma;
        out.insert(commaList.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

inline std::string join(const std::set<std::string>& values)
{
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : ",") + v;
    return out;
}

} // namespace ey::test::sales
