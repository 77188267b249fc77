// Commerce SQL, parameterized only.
#include "CommerceStore.h"

#include <algorithm>
#include <cstdio>

namespace ey::commerce {

using core::Row;

// Times cross the wire as epoch milliseconds (to_timestamp($n::bigint / 1000.0)) and come back as
// ISO-8601 UTC with microseconds (to_char(... AT TIME ZONE 'UTC', ...)), the paging sort key.

namespace {

// A macro so each statement using it stays one compile-time literal.
#define EY_TRANSACTION_COLUMNS                                                                     \
    "SELECT t.id, t.invoice_number, t.buyer_id, u.full_name AS buyer_name, u.email AS "            \
    "buyer_email, t.status, t.amount, t.currency, t.coupon_id, t.affiliate_id, "                   \
    "t.commission_kind, t.commission_value, t.mentor_id, t.gateway, t.gateway_invoice_id, "        \
    "t.payment_url, t.failure_reason, t.flagged, t.flag_reason, t.upgrade_from_membership_id, "    \
    "t.upgrade_mode, t.upgrade_credit, t.fee_affiliate, t.refunded_amount, t.proof_mime, "         \
    "to_char((t.proof_uploaded_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS "   \
    "proof_uploaded_at, to_char((t.pay_before) AT TIME ZONE 'UTC', "                               \
    "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS pay_before, t.seat_product_id, "                        \
    "to_char((t.created_at) AT TIME ZONE 'UTC', "                                                  \
    "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS created_at, to_char((t.paid_at) AT TIME ZONE "        \
    "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS paid_at FROM transactions t JOIN users u "     \
    "ON u.id = t.buyer_id "

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
    t.upgradeFromMembershipId = r.optStr("upgrade_from_membership_id");
    t.upgradeMode = r.optStr("upgrade_mode");
    t.upgradeCredit = r.i64("upgrade_credit");
    t.feeAffiliate = r.i64("fee_affiliate");
    t.refundedAmount = r.i64("refunded_amount");
    t.proofMime = r.optStr("proof_mime");
    t.proofUploadedAt = r.optStr("proof_uploaded_at");
    t.payBefore = r.optStr("pay_before");
    t.seatProductId = r.optStr("seat_product_id");
    return t;
}

const std::string kMembershipColumns =
    "SELECT m.id, m.user_id, m.plan_id, p.title AS plan_title, p.slug AS plan_slug, m.status, "
    "to_char((m.starts_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS "
    "starts_at, to_char((m.ends_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
    "AS ends_at, m.source_transaction_id, "
    // The duration last bought: the newest standing renewal, else the purchase that opened the
    // membership, else (granted by hand) the length of the membership itself.
    "COALESCE((SELECT ti.duration FROM membership_extensions e JOIN transaction_items ti ON "
    "ti.transaction_id = e.transaction_id AND ti.kind = 'plan' WHERE e.membership_id = m.id AND "
    "e.reverted_at IS NULL ORDER BY e.created_at DESC LIMIT 1), (SELECT ti.duration FROM "
    "transaction_items ti WHERE ti.transaction_id = m.source_transaction_id AND ti.kind = 'plan' "
    "LIMIT 1), CASE WHEN m.ends_at IS NULL THEN 'lifetime' WHEN m.ends_at >= m.starts_at + "
    "interval '359 days' THEN '12m' WHEN m.ends_at >= m.starts_at + interval '179 days' THEN '6m' "
    "WHEN m.ends_at >= m.starts_at + interval '89 days' THEN '3m' ELSE '1m' END) AS duration "
    "FROM memberships m JOIN membership_plans p ON p.id = m.plan_id ";

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
                                             std::int64_t nowMs,
                                             std::optional<std::int64_t> payBeforeMs)
{
    return tx
        .exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount, currency, "
              "coupon_id, affiliate_id, gateway, commission_kind, commission_value, mentor_id, "
              "created_at, upgrade_from_membership_id, upgrade_mode, upgrade_credit, "
              "fee_affiliate, pay_before, seat_product_id) VALUES ($1, $2, $3, $4, $5, $6, $7, "
              "$8, $9, $10, $11, to_timestamp($12::bigint / 1000.0), $13, $14, $15, $16, "
              "to_timestamp($17::bigint / 1000.0), $18) RETURNING id",
              {t.invoiceNumber, t.buyerId, t.status, t.amount, t.currency, t.couponId,
               t.affiliateId, t.gateway, t.commissionKind, t.commissionValue, t.mentorId, nowMs,
               t.upgradeFromMembershipId, t.upgradeMode, t.upgradeCredit, t.feeAffiliate,
               payBeforeMs, t.seatProductId})
        .front()
        .str("id");
}

std::optional<std::string> CommerceStore::clearSeat(core::Sql& tx, const std::string& transactionId)
{
    // The pre-update row comes back through the self-join; clearing and reading are one statement,
    // so two callers can never both get the seat to return.
    const auto rows = tx.exec(
        "UPDATE transactions t SET seat_product_id = NULL FROM transactions old WHERE t.id = $1 "
        "AND old.id = t.id AND old.seat_product_id IS NOT NULL RETURNING old.seat_product_id",
        {transactionId});
    return rows.empty() ? std::nullopt : rows.front().optStr("seat_product_id");
}

std::vector<std::string> CommerceStore::overdueManualTransfers(core::Sql& sql, std::int64_t nowMs,
                                                                int limit)
{
    // A transfer whose proof is in waits for finance however late it is.
    std::vector<std::string> invoices;
    for (const auto& r :
         sql.exec("SELECT invoice_number FROM transactions WHERE status = 'PENDING' AND gateway = "
                  "'manual' AND pay_before <= to_timestamp($1::bigint / 1000.0) AND "
                  "proof_uploaded_at IS NULL ORDER BY pay_before LIMIT $2",
                  {nowMs, limit}))
        invoices.push_back(r.str("invoice_number"));
    return invoices;
}

void CommerceStore::insertItem(core::Sql& tx, const std::string& transactionId,
                               const TransactionItem& item)
{
    tx.exec("INSERT INTO transaction_items (transaction_id, kind, ref, title, duration, "
            "unit_price, quantity, discount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            {transactionId, item.kind, item.ref, item.title, item.duration, item.unitPrice,
             item.quantity, item.discount});
}

void CommerceStore::insertHistory(core::Sql& tx, const std::string& transactionId,
                                  const std::optional<std::string>& from, const std::string& to,
                                  const std::optional<std::string>& payload,
                                  const std::optional<std::string>& note, std::int64_t nowMs)
{
    tx.exec("INSERT INTO transaction_status_history (transaction_id, from_status, to_status, "
            "payload, note, created_at) VALUES ($1, $2, $3, $4::jsonb, $5, to_timestamp($6::bigint "
            "/ 1000.0))",
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
    tx.exec("UPDATE transactions SET status = $2, paid_at = COALESCE(to_timestamp($3::bigint / "
            "1000.0), paid_at) WHERE id = $1",
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
    const auto rows =
        sql.exec(lock ? EY_TRANSACTION_COLUMNS "WHERE t.invoice_number = $1 FOR UPDATE OF t"
                      : EY_TRANSACTION_COLUMNS "WHERE t.invoice_number = $1",
                 {invoiceNumber});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
}

std::vector<TransactionItem> CommerceStore::items(core::Sql& sql, const std::string& transactionId)
{
    std::vector<TransactionItem> result;
    for (const auto& r :
         sql.exec("SELECT kind, ref, title, duration, unit_price, quantity, discount FROM "
                  "transaction_items WHERE transaction_id = $1 ORDER BY kind, title",
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
    for (const auto& r : sql.exec(
             "SELECT from_status, to_status, payload::text AS payload, note, "
             "to_char((created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS "
             "created_at FROM transaction_status_history WHERE transaction_id = $1 ORDER BY "
             "created_at, id",
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
    const auto rows =
        sql.exec(EY_TRANSACTION_COLUMNS
                 "WHERE ($1::text IS NULL OR t.status = $1) AND ($2::text IS NULL OR "
                 "t.invoice_number ILIKE $2 OR u.email::text ILIKE $2) AND ($3::uuid IS NULL OR "
                 "t.buyer_id = $3) AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < "
                 "($4::timestamptz, $5::uuid)) ORDER BY t.created_at DESC, t.id DESC LIMIT $6",
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
    const auto rows =
        tx.exec("INSERT INTO payment_events (provider, event_key, payload, received_at) VALUES "
                "($1, $2, $3::jsonb, to_timestamp($4::bigint / 1000.0)) ON CONFLICT (provider, "
                "event_key) DO NOTHING RETURNING id",
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
    const auto rows = sql.exec(
        kMembershipColumns +
            "WHERE m.user_id = $1 AND m.status = 'active' AND ($2::bigint IS NULL OR m.ends_at "
            "IS NULL OR m.ends_at > to_timestamp($2::bigint / 1000.0))" +
            (lock ? " FOR UPDATE OF m" : ""),
        {userId, validAtMs});
    if (rows.empty())
        return std::nullopt;
    const auto r = rows.front();
    return Membership{r.str("id"),         r.str("user_id"),    r.str("plan_id"),
                      r.str("plan_title"), r.str("plan_slug"),  r.str("status"),
                      r.str("starts_at"),  r.optStr("ends_at"), r.optStr("source_transaction_id"),
                      r.str("duration")};
}

void CommerceStore::lockBuyer(core::Sql& tx, const std::string& userId)
{
    tx.exec("SELECT id FROM users WHERE id = $1 FOR UPDATE", {userId});
}

void CommerceStore::extendMembership(core::Sql& tx, const std::string& id, int months,
                                     const std::string& transactionId, std::int64_t nowMs)
{
    // What the renewal added is written down in the same statement, for a refund to take back.
    tx.exec("WITH changed AS (UPDATE memberships m SET ends_at = GREATEST(m.ends_at, "
            "to_timestamp($3::bigint / 1000.0)) + make_interval(months => $2::int), updated_at = "
            "to_timestamp($3::bigint / 1000.0) FROM memberships old WHERE m.id = $1 AND old.id = "
            "m.id AND m.ends_at IS NOT NULL RETURNING m.id, old.ends_at AS previous_ends_at, "
            "m.ends_at AS new_ends_at) INSERT INTO membership_extensions (membership_id, "
            "transaction_id, previous_ends_at, new_ends_at, created_at) SELECT id, $4, "
            "previous_ends_at, new_ends_at, to_timestamp($3::bigint / 1000.0) FROM changed",
            {id, months, nowMs, transactionId});
}

void CommerceStore::makeLifetime(core::Sql& tx, const std::string& id,
                                 const std::string& transactionId, std::int64_t nowMs)
{
    tx.exec("WITH changed AS (UPDATE memberships m SET ends_at = NULL, updated_at = "
            "to_timestamp($2::bigint / 1000.0) FROM memberships old WHERE m.id = $1 AND old.id = "
            "m.id AND m.ends_at IS NOT NULL RETURNING m.id, old.ends_at AS previous_ends_at) "
            "INSERT INTO membership_extensions (membership_id, transaction_id, previous_ends_at, "
            "new_ends_at, created_at) SELECT id, $3, previous_ends_at, NULL, "
            "to_timestamp($2::bigint / 1000.0) FROM changed",
            {id, nowMs, transactionId});
}

std::optional<std::string> CommerceStore::revertExtension(core::Sql& tx,
                                                          const std::string& transactionId,
                                                          std::int64_t nowMs)
{
    // Takes back exactly the time the renewal added, wherever the end has moved since; a later
    // lifetime purchase stays lifetime. The result never ends before the membership started.
    const auto rows = tx.exec(
        "WITH ext AS (UPDATE membership_extensions SET reverted_at = to_timestamp($2::bigint / "
        "1000.0) WHERE transaction_id = $1 AND reverted_at IS NULL RETURNING membership_id, "
        "previous_ends_at, new_ends_at) UPDATE memberships m SET ends_at = CASE WHEN "
        "ext.new_ends_at IS NULL THEN GREATEST(ext.previous_ends_at, m.starts_at + interval '1 "
        "millisecond') WHEN m.ends_at IS NULL THEN NULL ELSE GREATEST(m.ends_at - "
        "(ext.new_ends_at - ext.previous_ends_at), m.starts_at + interval '1 millisecond') END, "
        "updated_at = to_timestamp($2::bigint / 1000.0) FROM ext WHERE m.id = ext.membership_id "
        "RETURNING m.id",
        {transactionId, nowMs});
    return rows.empty() ? std::nullopt : rows.front().optStr("id");
}

void CommerceStore::expireMembership(core::Sql& tx, const std::string& id, std::int64_t nowMs)
{
    tx.exec("UPDATE memberships SET status = 'expired', ends_at = CASE WHEN ends_at IS NULL OR "
            "ends_at > to_timestamp($2::bigint / 1000.0) THEN GREATEST(to_timestamp($2::bigint / "
            "1000.0), starts_at + interval '1 millisecond') ELSE ends_at END, updated_at = "
            "to_timestamp($2::bigint / 1000.0) WHERE id = $1",
            {id, nowMs});
}

std::string CommerceStore::insertMembership(core::Sql& tx, const std::string& userId,
                                            const std::string& planId, int months,
                                            const std::string& sourceTransactionId,
                                            std::int64_t nowMs)
{
    return tx
        .exec("INSERT INTO memberships (user_id, plan_id, status, starts_at, ends_at, "
              "source_transaction_id, created_at, updated_at) VALUES ($1, $2, 'active', "
              "to_timestamp($5::bigint / 1000.0), CASE WHEN $3::int = 0 THEN NULL ELSE "
              "to_timestamp($5::bigint / 1000.0) + make_interval(months => $3::int) END, $4, "
              "to_timestamp($5::bigint / 1000.0), to_timestamp($5::bigint / 1000.0)) RETURNING id",
              {userId, planId, months, sourceTransactionId, nowMs})
        .front()
        .str("id");
}

CommerceStore::MembershipValue
CommerceStore::membershipValue(core::Sql& sql, const Membership& membership, std::int64_t nowMs)
{
    // Rows owns the result: keep it alive while its Row is read. What was paid counts the plan's
    // PAID transactions since the period started, less what was refunded, plus the credit an
    // earlier upgrade brought in (value the member already had).
    const auto rows = sql.exec(
        "SELECT m.ends_at IS NULL AS lifetime, "
        "COALESCE((extract(epoch FROM m.ends_at - m.starts_at) * 1000)::bigint, 0) AS total_ms, "
        "COALESCE(GREATEST((extract(epoch FROM m.ends_at - to_timestamp($2::bigint / 1000.0)) "
        "* 1000)::bigint, 0), 0) AS remaining_ms, "
        "(SELECT COALESCE(sum(GREATEST(i.unit_price * i.quantity - i.discount - t.refunded_amount, "
        "0) + t.upgrade_credit), 0)::bigint FROM transactions t "
        "JOIN transaction_items i ON i.transaction_id = t.id "
        "WHERE t.buyer_id = m.user_id AND t.status = 'PAID' AND i.kind = 'plan' "
        "AND i.ref = m.plan_id AND t.paid_at >= m.starts_at) AS paid "
        "FROM memberships m WHERE m.id = $1",
        {membership.id, nowMs});
    const auto r = rows.front();
    MembershipValue value;
    value.lifetime = r.boolean("lifetime");
    value.totalMs = r.i64("total_ms");
    value.remainingMs = std::min(r.i64("remaining_ms"), value.totalMs);
    value.paid = r.i64("paid");
    return value;
}

CommerceStore::PlanFacts CommerceStore::planFacts(core::Sql& sql, const std::string& planId)
{
    PlanFacts facts;
    const auto plan =
        sql.exec("SELECT upgrade_payment_mode FROM membership_plans WHERE id = $1", {planId});
    if (!plan.empty())
        facts.upgradeMode = plan.front().str("upgrade_payment_mode");
    for (const auto& r : sql.exec(
             "SELECT kind, ref FROM membership_plan_grants WHERE plan_id = $1 ORDER BY kind, ref",
             {planId}))
        facts.grants.emplace_back(r.str("kind"), r.str("ref"));
    for (const auto& r :
         sql.exec("SELECT delay_days, template FROM membership_plan_followups WHERE plan_id = $1 "
                  "ORDER BY position",
                  {planId}))
        facts.followups.emplace_back(static_cast<int>(r.i64("delay_days")), r.str("template"));
    return facts;
}

CommerceStore::ProductFacts CommerceStore::productFacts(core::Sql& sql,
                                                        const std::string& productId)
{
    ProductFacts facts;
    const auto product = sql.exec(
        "SELECT access_days::bigint AS access_days FROM products WHERE id = $1", {productId});
    if (!product.empty())
        facts.accessDays = product.front().optI64("access_days");
    for (const auto& r :
         sql.exec("SELECT item_id FROM product_bundle_items WHERE bundle_id = $1 ORDER BY position",
                  {productId}))
        facts.bundleItemIds.push_back(r.str("item_id"));
    for (const auto& r : sql.exec(
             "SELECT DISTINCT kind, ref FROM product_grants WHERE product_id = $1 OR product_id IN "
             "(SELECT item_id FROM product_bundle_items WHERE bundle_id = $1) ORDER BY kind, ref",
             {productId}))
        facts.grants.emplace_back(r.str("kind"), r.str("ref"));
    for (const auto& r :
         sql.exec("SELECT delay_days, template FROM product_followups WHERE product_id = $1 "
                  "ORDER BY position",
                  {productId}))
        facts.followups.emplace_back(static_cast<int>(r.i64("delay_days")), r.str("template"));
    return facts;
}

void CommerceStore::grant(core::Sql& tx, const std::string& userId, const std::string& kind,
                          const std::string& ref, const std::optional<std::string>& membershipId,
                          const std::optional<std::string>& transactionId, std::int64_t nowMs,
                          std::optional<std::int64_t> endsAtMs)
{
    tx.exec("INSERT INTO user_entitlements (user_id, kind, ref, membership_id, transaction_id, "
            "starts_at, ends_at, created_at) SELECT $1, $2, $3, $4, $5, to_timestamp($6::bigint / "
            "1000.0), to_timestamp($7::bigint / 1000.0), to_timestamp($6::bigint / 1000.0) WHERE "
            "NOT EXISTS (SELECT 1 FROM user_entitlements e WHERE e.user_id = $1 AND e.kind = $2 "
            "AND e.ref = $3 AND e.revoked_at IS NULL AND e.membership_id IS NOT DISTINCT FROM "
            "$4::uuid AND e.transaction_id IS NOT DISTINCT FROM $5::uuid)",
            {userId, kind, ref, membershipId, transactionId, nowMs, endsAtMs});
}

void CommerceStore::revokeByMembership(core::Sql& tx, const std::string& membershipId,
                                       std::int64_t nowMs)
{
    tx.exec("UPDATE user_entitlements SET revoked_at = to_timestamp($2::bigint / 1000.0) WHERE "
            "membership_id = $1 AND revoked_at IS NULL",
            {membershipId, nowMs});
}

void CommerceStore::revokeByTransaction(core::Sql& tx, const std::string& transactionId,
                                        std::int64_t nowMs)
{
    tx.exec("UPDATE user_entitlements SET revoked_at = to_timestamp($2::bigint / 1000.0) WHERE "
            "transaction_id = $1 AND revoked_at IS NULL",
            {transactionId, nowMs});
}

// An entitlement lets its user in when it is not revoked, has started, has not ended, and (for
// a membership grant) its membership is active and has not ended. $2 is the moment asked about.
// A macro so each statement below stays one compile-time literal.
#define EY_ENTITLEMENT_OPEN                                                                        \
    "(e.revoked_at IS NULL AND e.starts_at <= to_timestamp($2::bigint / 1000.0) AND (e.ends_at "   \
    "IS NULL OR e.ends_at > to_timestamp($2::bigint / 1000.0)) AND (e.membership_id IS NULL OR "   \
    "(m.status = 'active' AND (m.ends_at IS NULL OR m.ends_at > to_timestamp($2::bigint / "        \
    "1000.0)))))"

std::vector<Entitlement>
CommerceStore::activeEntitlements(core::Sql& sql, const std::string& userId, std::int64_t nowMs)
{
    std::vector<Entitlement> result;
    static const char* const query =
        "SELECT e.id, e.kind, e.ref, e.membership_id, e.transaction_id, to_char((e.starts_at) "
        "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS starts_at, "
        "to_char((COALESCE(e.ends_at, m.ends_at)) AT TIME ZONE 'UTC', "
        "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS ends_at FROM user_entitlements e LEFT JOIN "
        "memberships m ON m.id = e.membership_id WHERE e.user_id = $1 AND " EY_ENTITLEMENT_OPEN
        " ORDER BY e.kind, e.ref, e.created_at";
    for (const auto& r : sql.exec(query, {userId, nowMs}))
        result.push_back({r.str("id"), r.str("kind"), r.str("ref"), r.optStr("membership_id"),
                          r.optStr("transaction_id"), r.str("starts_at"), r.optStr("ends_at")});
    return result;
}

AccessDecision CommerceStore::access(core::Sql& sql, const std::string& userId,
                                     const std::string& kind, const std::string& ref,
                                     std::int64_t nowMs)
{
    static const char* const query =
        "SELECT COALESCE(bool_or(" EY_ENTITLEMENT_OPEN
        " AND e.membership_id IS NOT NULL), false) AS by_membership, "
        "COALESCE(bool_or(" EY_ENTITLEMENT_OPEN
        " AND e.membership_id IS NULL), false) AS by_purchase, count(*) AS n, "
        "COALESCE(bool_and(e.revoked_at IS NOT NULL), false) AS all_revoked FROM "
        "user_entitlements e LEFT JOIN memberships m ON m.id = e.membership_id WHERE e.user_id "
        "= $1 AND e.kind = $3 AND e.ref = $4";
    const auto rows = sql.exec(query, {userId, nowMs, kind, ref});
    const auto r = rows.front();
    AccessDecision decision;
    if (r.boolean("by_membership")) {
        decision.allowed = true;
        decision.reason = "membership";
    } else if (r.boolean("by_purchase")) {
        decision.allowed = true;
        decision.reason = "purchase";
    } else if (r.i64("n") == 0) {
        decision.reason = "none";
    } else {
        decision.reason = r.boolean("all_revoked") ? "revoked" : "expired";
    }
    return decision;
}

std::vector<std::string> CommerceStore::membershipsStartedBy(core::Sql& sql,
                                                             const std::string& transactionId)
{
    std::vector<std::string> ids;
    for (const auto& r : sql.exec("SELECT id FROM memberships WHERE source_transaction_id = $1 AND "
                                  "status = 'active' FOR "
                                  "UPDATE",
                                  {transactionId}))
        ids.push_back(r.str("id"));
    return ids;
}

void CommerceStore::insertUpgradeLog(core::Sql& tx, const std::string& userId,
                                     const Membership& oldMembership, const std::string& newPlanId,
                                     const std::string& newMembershipId, const std::string& mode,
                                     std::int64_t totalPaid, std::int64_t credit,
                                     const std::string& transactionId, std::int64_t nowMs)
{
    tx.exec("INSERT INTO membership_upgrade_logs (user_id, old_plan_id, new_plan_id, "
            "old_membership_id, new_membership_id, upgrade_date, payment_mode, total_paid, credit, "
            "transaction_id) VALUES ($1, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0), $7, "
            "$8, $9, $10) ON CONFLICT (transaction_id) DO NOTHING",
            {userId, oldMembership.planId, newPlanId, oldMembership.id, newMembershipId, nowMs,
             mode, totalPaid, credit, transactionId});
}

std::optional<std::int64_t> CommerceStore::addRefunded(core::Sql& tx, const std::string& id,
                                                       std::int64_t amount)
{
    const auto rows =
        tx.exec("UPDATE transactions SET refunded_amount = refunded_amount + $2 WHERE id = $1 AND "
                "refunded_amount + $2 <= amount RETURNING refunded_amount",
                {id, amount});
    if (rows.empty())
        return std::nullopt;
    return rows.front().i64("refunded_amount");
}

int CommerceStore::refundCount(core::Sql& sql, const std::string& transactionId)
{
    return static_cast<int>(
        sql.exec("SELECT count(*) AS n FROM transaction_refunds WHERE transaction_id = $1",
                 {transactionId})
            .front()
            .i64("n"));
}

void CommerceStore::insertRefund(core::Sql& tx, const std::string& transactionId, int seq,
                                 std::int64_t amount, const std::string& reason, bool revokeAccess,
                                 const std::string& actorId, const std::string& journalReference,
                                 std::int64_t nowMs)
{
    tx.exec("INSERT INTO transaction_refunds (transaction_id, seq, amount, reason, revoke_access, "
            "actor_id, journal_reference, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, "
            "to_timestamp($8::bigint / 1000.0))",
            {transactionId, seq, amount, reason, revokeAccess, actorId, journalReference, nowMs});
}

void CommerceStore::setProof(core::Sql& tx, const std::string& id, const std::string& key,
                             const std::string& mime, std::int64_t nowMs)
{
    tx.exec("UPDATE transactions SET proof_key = $2, proof_mime = $3, proof_uploaded_at = "
            "to_timestamp($4::bigint / 1000.0) WHERE id = $1",
            {id, key, mime, nowMs});
}

std::optional<std::pair<std::string, std::string>>
CommerceStore::proof(core::Sql& sql, const std::string& invoiceNumber)
{
    const auto rows =
        sql.exec("SELECT proof_key, proof_mime FROM transactions WHERE invoice_number = $1 AND "
                 "proof_key IS NOT NULL",
                 {invoiceNumber});
    if (rows.empty())
        return std::nullopt;
    return std::make_pair(rows.front().str("proof_key"), rows.front().str("proof_mime"));
}

} // namespace ey::commerce
