// Commerce SQL, parameterized only.
#include "CommerceStore.h"

#include <cstdio>

namespace ey::commerce {

using core::Row;

#define EY_AT(n) "to_timestamp($" n "::bigint / 1000.0)"
#define EY_ISO(column)                                                                             \
    "to_char((" column ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

namespace {

const std::string kTransactionColumns =
    "SELECT t.id, t.invoice_number, t.buyer_id, u.full_name AS buyer_name, u.email AS buyer_email, "
    "t.status, t.amount, t.currency, t.coupon_id, t.affiliate_id, t.commission_kind, "
    "t.commission_value, t.mentor_id, t.gateway, t.gateway_invoice_id, "
    "t.payment_url, t.failure_reason, t.flagged, t.flag_reason, " EY_ISO(
        "t.created_at") " AS created_at, " EY_ISO("t.paid_at") " AS paid_at FROM transactions t "
                                                               "JOIN users u ON u.id = t.buyer_id ";

Transaction transactionFrom(const Row& r)
{
    Transaction t;
    t.id = r.str("id");
    t.invoiceNumber = r.str("invoice_number");
    t.buyerId = r.str("buyer_id");
    t.buyerName = r.str("buyer_name");
    t.buyerEmail = r.str("buyer_email");
    t.status = r.str("status");
    t.amount = r.i64("amount");
    t.currency = r.str("currency");
    t.couponId = r.optStr("coupon_id");
    t.affiliateId = r.optStr("affiliate_id");
    t.commissionKind = r.str("commission_kind");
    t.commissionValue = r.i64("commission_value");
    t.mentorId = r.optStr("mentor_id");
    t.gateway = r.str("gateway");
    t.gatewayInvoiceId = r.optStr("gateway_invoice_id");
    t.paymentUrl = r.optStr("payment_url");
    t.failureReason = r.optStr("failure_reason");
    t.flagged = r.boolean("flagged");
    t.flagReason = r.optStr("flag_reason");
    t.createdAt = r.str("created_at");
    t.paidAt = r.optStr("paid_at");
    return t;
}

const std::string kMembershipColumns =
    "SELECT m.id, m.user_id, m.plan_id, p.title AS plan_title, p.slug AS plan_slug, "
    "m.status, " EY_ISO("m.starts_at") " AS starts_at, " EY_ISO(
        "m.ends_at") " AS ends_at, "
                     "m.source_transaction_id FROM memberships m JOIN membership_plans p ON p.id = "
                     "m.plan_id ";

} // namespace

std::string CommerceStore::nextInvoiceNumber(core::Sql& tx)
{
    const auto number =
        tx.exec("UPDATE invoice_counter SET last = last + 1 RETURNING last").front().i64("last");
    char text[32];
    std::snprintf(text, sizeof text, "INV%03lld", static_cast<long long>(number));
    return text;
}

std::string CommerceStore::insertTransaction(core::Sql& tx, const Transaction& t,
                                             std::int64_t nowMs)
{
    return tx
        .exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount, currency, "
              "coupon_id, affiliate_id, gateway, commission_kind, commission_value, mentor_id, "
              "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, " EY_AT(
                  "12") ") "
                        "RETURNING id",
              {t.invoiceNumber, t.buyerId, t.status, t.amount, t.currency, t.couponId,
               t.affiliateId, t.gateway, t.commissionKind, t.commissionValue, t.mentorId, nowMs})
        .front()
        .str("id");
}

void CommerceStore::insertItem(core::Sql& tx, const std::string& transactionId,
                               const TransactionItem& item)
{
    tx.exec(
        "INSERT INTO transaction_items (transaction_id, kind, ref, title, duration, unit_price, "
        "quantity, discount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {transactionId, item.kind, item.ref, item.title, item.duration, item.unitPrice,
         item.quantity, item.discount});
}

void CommerceStore::insertHistory(core::Sql& tx, const std::string& transactionId,
                                  const std::optional<std::string>& from, const std::string& to,
                                  const std::optional<std::string>& payload,
                                  const std::optional<std::string>& note, std::int64_t nowMs)
{
    tx.exec("INSERT INTO transaction_status_history (transaction_id, from_status, to_status, "
            "payload, note, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, " EY_AT("6") ")",
            {transactionId, from, to, payload, note, nowMs});
}

void CommerceStore::setGatewayInvoice(core::Sql& tx, const std::string& id,
                                      const std::string& gatewayInvoiceId,
                                      const std::string& paymentUrl)
{
    tx.exec("UPDATE transactions SET gateway_invoice_id = $2, payment_url = $3 WHERE id = $1",
            {id, gatewayInvoiceId, paymentUrl});
}

void CommerceStore::setStatus(core::Sql& tx, const std::string& id, const std::string& status,
                              std::optional<std::int64_t> paidAtMs)
{
    tx.exec("UPDATE transactions SET status = $2, "
            "paid_at = COALESCE(" EY_AT("3") ", paid_at) WHERE id = $1",
            {id, status, paidAtMs});
}

void CommerceStore::setFailure(core::Sql& tx, const std::string& id, const std::string& reason)
{
    tx.exec("UPDATE transactions SET failure_reason = $2 WHERE id = $1", {id, reason});
}

void CommerceStore::flag(core::Sql& tx, const std::string& id, const std::string& reason)
{
    tx.exec("UPDATE transactions SET flagged = true, flag_reason = $2 WHERE id = $1", {id, reason});
}

std::optional<Transaction> CommerceStore::byInvoice(core::Sql& sql,
                                                    const std::string& invoiceNumber, bool lock)
{
    const auto rows = sql.exec(kTransactionColumns + "WHERE t.invoice_number = $1" +
                                   (lock ? " FOR UPDATE OF t" : ""),
                               {invoiceNumber});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
}

std::vector<TransactionItem> CommerceStore::items(core::Sql& sql, const std::string& transactionId)
{
    std::vector<TransactionItem> result;
    for (const auto& r :
         sql.exec("SELECT kind, ref, title, duration, unit_price, quantity, discount "
                  "FROM transaction_items WHERE transaction_id = $1 ORDER BY kind, title",
                  {transactionId})) {
        TransactionItem item;
        item.kind = r.str("kind");
        item.ref = r.str("ref");
        item.title = r.str("title");
        item.duration = r.optStr("duration");
        item.unitPrice = r.i64("unit_price");
        item.quantity = static_cast<int>(r.i64("quantity"));
        item.discount = r.i64("discount");
        result.push_back(std::move(item));
    }
    return result;
}

std::vector<StatusChange> CommerceStore::history(core::Sql& sql, const std::string& transactionId)
{
    std::vector<StatusChange> result;
    for (const auto& r :
         sql.exec("SELECT from_status, to_status, payload::text AS payload, note, " EY_ISO(
                      "created_at") " AS created_at FROM transaction_status_history "
                                    "WHERE transaction_id = $1 ORDER BY created_at, id",
                  {transactionId}))
        result.push_back({r.optStr("from_status"), r.str("to_status"), r.optStr("payload"),
                          r.optStr("note"), r.str("created_at")});
    return result;
}

std::vector<Transaction> CommerceStore::list(core::Sql& sql, const TransactionFilter& filter,
                                             const std::optional<TransactionPosition>& after,
                                             int limit)
{
    std::optional<std::string> pattern;
    if (filter.search) {
        std::string escaped;
        for (char c : *filter.search) {
            if (c == '%' || c == '_' || c == '\\')
                escaped += '\\';
            escaped += c;
        }
        pattern = "%" + escaped + "%";
    }
    const auto rows = sql.exec(
        kTransactionColumns +
            "WHERE ($1::text IS NULL OR t.status = $1) "
            "AND ($2::text IS NULL OR t.invoice_number ILIKE $2 OR u.email::text ILIKE $2) "
            "AND ($3::uuid IS NULL OR t.buyer_id = $3) "
            "AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < ($4::timestamptz, $5::uuid)) "
            "ORDER BY t.created_at DESC, t.id DESC LIMIT $6",
        {filter.status, pattern, filter.buyerId,
         after ? core::Param(after->createdAt) : core::Param(std::nullopt),
         after ? core::Param(after->id) : core::Param(std::nullopt), limit + 1});
    std::vector<Transaction> result;
    for (const auto& r : rows)
        result.push_back(transactionFrom(r));
    return result;
}

std::optional<std::string> CommerceStore::insertPaymentEvent(core::Sql& tx,
                                                             const std::string& provider,
                                                             const std::string& eventKey,
                                                             const std::string& payload,
                                                             std::int64_t nowMs)
{
    const auto rows = tx.exec(
        "INSERT INTO payment_events (provider, event_key, payload, received_at) "
        "VALUES ($1, $2, $3::jsonb, " EY_AT("4") ") ON CONFLICT (provider, event_key) DO NOTHING "
                                                 "RETURNING id",
        {provider, eventKey, payload, nowMs});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

void CommerceStore::markEvent(core::Sql& tx, const std::string& eventId,
                              const std::optional<std::string>& transactionId,
                              const std::optional<std::string>& flagReason)
{
    tx.exec("UPDATE payment_events SET transaction_id = $2, flagged = ($3::text IS NOT NULL), "
            "flag_reason = $3 WHERE id = $1",
            {eventId, transactionId, flagReason});
}

std::optional<Membership> CommerceStore::activeMembership(core::Sql& sql, const std::string& userId,
                                                          std::optional<std::int64_t> validAtMs,
                                                          bool lock)
{
    const auto rows = sql.exec(kMembershipColumns +
                                   "WHERE m.user_id = $1 AND m.status = 'active' AND ($2::bigint "
                                   "IS NULL OR m.ends_at IS NULL OR m.ends_at > " EY_AT("2") ")" +
                                   (lock ? " FOR UPDATE OF m" : ""),
                               {userId, validAtMs});
    if (rows.empty())
        return std::nullopt;
    const auto r = rows.front();
    return Membership{r.str("id"),         r.str("user_id"),    r.str("plan_id"),
                      r.str("plan_title"), r.str("plan_slug"),  r.str("status"),
                      r.str("starts_at"),  r.optStr("ends_at"), r.optStr("source_transaction_id")};
}

void CommerceStore::lockBuyer(core::Sql& tx, const std::string& userId)
{
    tx.exec("SELECT id FROM users WHERE id = $1 FOR UPDATE", {userId});
}

void CommerceStore::extendMembership(core::Sql& tx, const std::string& id, int months,
                                     std::int64_t nowMs)
{
    tx.exec("UPDATE memberships SET ends_at = GREATEST(ends_at, " EY_AT(
                "3") ") + "
                     "make_interval(months => $2::int), updated_at = " EY_AT(
                         "3") " "
                              "WHERE id = $1 AND ends_at IS NOT NULL",
            {id, months, nowMs});
}

void CommerceStore::makeLifetime(core::Sql& tx, const std::string& id, std::int64_t nowMs)
{
    tx.exec("UPDATE memberships SET ends_at = NULL, updated_at = " EY_AT("2") " WHERE id = $1",
            {id, nowMs});
}

void CommerceStore::expireMembership(core::Sql& tx, const std::string& id, std::int64_t nowMs)
{
    tx.exec("UPDATE memberships SET status = 'expired', "
            "ends_at = CASE WHEN ends_at IS NULL OR ends_at > " EY_AT("2") " THEN GREATEST(" EY_AT(
                "2") ", starts_at + interval '1 millisecond') ELSE ends_at END, "
                     "updated_at = " EY_AT("2") " WHERE id = $1",
            {id, nowMs});
}

void CommerceStore::insertMembership(core::Sql& tx, const std::string& userId,
                                     const std::string& planId, int months,
                                     const std::string& sourceTransactionId, std::int64_t nowMs)
{
    tx.exec("INSERT INTO memberships (user_id, plan_id, status, starts_at, ends_at, "
            "source_transaction_id, created_at, updated_at) VALUES ($1, $2, 'active', " EY_AT(
                "5") ", "
                     "CASE WHEN $3::int = 0 THEN NULL ELSE " EY_AT(
                         "5") " + make_interval(months => $3::int) END, "
                              "$4, " EY_AT("5") ", " EY_AT("5") ")",
            {userId, planId, months, sourceTransactionId, nowMs});
}

} // namespace ey::commerce
