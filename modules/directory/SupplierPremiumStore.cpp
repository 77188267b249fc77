// SQL for the Premium Supplier purchase.
#include "SupplierPremiumStore.h"

namespace ey::directory {

namespace {

// clang-format off
#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_PLAN_COLUMNS                                                                            \
    "code, label, months, price, currency, active, " EY_ISO("updated_at") " AS updated_at"
#define EY_ORDER_COLUMNS                                                                           \
    "o.id::text AS id, o.number, o.supplier_id::text AS supplier_id, o.plan_code, o.months,"       \
    " o.amount, o.currency, o.status, o.xendit_invoice_id, o.invoice_url,"                         \
    " " EY_ISO("o.expires_at") " AS expires_at,"                                                   \
    " (extract(epoch FROM o.expires_at) * 1000)::bigint AS expires_at_ms, o.failure_reason,"       \
    " " EY_ISO("o.created_at") " AS created_at, " EY_ISO("o.paid_at") " AS paid_at,"               \
    " " EY_ISO("o.premium_until_after") " AS premium_until_after"
// clang-format on

PremiumPlan planFrom(const core::Row& row)
{
    PremiumPlan plan;
    plan.code = row.str("code");
    plan.label = row.str("label");
    plan.months = row.i64("months");
    plan.price = row.i64("price");
    plan.currency = row.str("currency");
    plan.active = row.boolean("active");
    plan.updatedAt = row.str("updated_at");
    return plan;
}

PremiumOrder orderFrom(const core::Row& row)
{
    PremiumOrder order;
    order.id = row.str("id");
    order.number = row.str("number");
    order.supplierId = row.str("supplier_id");
    order.planCode = row.str("plan_code");
    order.months = row.i64("months");
    order.amount = row.i64("amount");
    order.currency = row.str("currency");
    order.status = row.str("status");
    order.invoiceId = row.optStr("xendit_invoice_id");
    order.invoiceUrl = row.optStr("invoice_url");
    order.expiresAt = row.optStr("expires_at");
    order.expiresAtMs = row.optI64("expires_at_ms");
    order.failureReason = row.optStr("failure_reason");
    order.createdAt = row.str("created_at");
    order.paidAt = row.optStr("paid_at");
    order.premiumUntilAfter = row.optStr("premium_until_after");
    return order;
}

std::optional<PremiumOrder> firstOrder(const core::Rows& rows)
{
    if (rows.empty())
        return std::nullopt;
    return orderFrom(rows.front());
}

} // namespace

std::vector<PremiumPlan> SupplierPremiumStore::plans(core::Sql& sql, bool activeOnly)
{
    std::vector<PremiumPlan> plans;
    for (const auto& row : sql.exec("SELECT " EY_PLAN_COLUMNS " FROM supplier_premium_plans"
                                    " WHERE active OR NOT $1::boolean ORDER BY price, months, code",
                                    {activeOnly}))
        plans.push_back(planFrom(row));
    return plans;
}

std::optional<PremiumPlan> SupplierPremiumStore::plan(core::Sql& sql, const std::string& code)
{
    const auto rows =
        sql.exec("SELECT " EY_PLAN_COLUMNS " FROM supplier_premium_plans WHERE code = $1", {code});
    if (rows.empty())
        return std::nullopt;
    return planFrom(rows.front());
}

bool SupplierPremiumStore::savePlan(core::Sql& sql, const PremiumPlan& plan,
                                    const std::string& updatedBy, const std::string& now)
{
    // xmax = 0 only on a freshly inserted row: tells "created" from "replaced" in one statement.
    return sql
        .exec("INSERT INTO supplier_premium_plans (code, label, months, price, active,"
              " updated_by, updated_at) VALUES ($1, $2, $3::int, $4::bigint, $5::boolean,"
              " $6::uuid, $7::timestamptz)"
              " ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label,"
              " months = EXCLUDED.months, price = EXCLUDED.price, active = EXCLUDED.active,"
              " updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at"
              " RETURNING (xmax = 0) AS created",
              {plan.code, plan.label, plan.months, plan.price, plan.active,
               updatedBy.empty() ? core::Param(std::nullopt) : core::Param(updatedBy), now})
        .front()
        .boolean("created");
}

std::vector<PremiumOrder> SupplierPremiumStore::orders(core::Sql& sql,
                                                       const std::string& supplierId, int limit)
{
    std::vector<PremiumOrder> orders;
    for (const auto& row : sql.exec("SELECT " EY_ORDER_COLUMNS " FROM supplier_premium_orders o"
                                    " WHERE o.supplier_id = $1::uuid"
                                    " ORDER BY o.created_at DESC, o.number DESC LIMIT $2::int",
                                    {supplierId, limit}))
        orders.push_back(orderFrom(row));
    return orders;
}

std::optional<PremiumOrder> SupplierPremiumStore::order(core::Sql& sql, const std::string& id)
{
    return firstOrder(sql.exec(
        "SELECT " EY_ORDER_COLUMNS " FROM supplier_premium_orders o WHERE o.id = $1::uuid", {id}));
}

std::optional<PremiumOrder> SupplierPremiumStore::lockByNumber(core::Sql& sql,
                                                               const std::string& number)
{
    return firstOrder(sql.exec("SELECT " EY_ORDER_COLUMNS " FROM supplier_premium_orders o"
                               " WHERE o.number = $1 FOR UPDATE",
                               {number}));
}

std::optional<PremiumOrder> SupplierPremiumStore::pending(core::Sql& sql,
                                                          const std::string& supplierId,
                                                          const std::string& planCode,
                                                          std::int64_t amount, std::int64_t months)
{
    return firstOrder(sql.exec("SELECT " EY_ORDER_COLUMNS " FROM supplier_premium_orders o"
                               " WHERE o.supplier_id = $1::uuid AND o.plan_code = $2"
                               " AND o.amount = $3::bigint AND o.months = $4::int"
                               " AND o.status = 'pending'",
                               {supplierId, planCode, amount, months}));
}

void SupplierPremiumStore::expireLapsed(core::Sql& sql, const std::string& supplierId,
                                        const std::string& now)
{
    sql.exec("UPDATE supplier_premium_orders SET status = 'expired'"
             " WHERE supplier_id = $1::uuid AND status = 'pending'"
             " AND expires_at <= $2::timestamptz",
             {supplierId, now});
}

std::string SupplierPremiumStore::insertOrder(core::Sql& sql, const NewPremiumOrder& order)
{
    return sql
        .exec("INSERT INTO supplier_premium_orders (number, supplier_id, plan_code, months,"
              " amount, created_by, created_at)"
              " SELECT 'SP-' || to_char($6::timestamptz AT TIME ZONE 'Asia/Jakarta', 'YYYYMMDD')"
              "   || '-' || lpad(n::text, greatest(4, length(n::text)), '0'),"
              " $1::uuid, $2, $3::int, $4::bigint, $5::uuid, $6::timestamptz"
              " FROM (SELECT nextval('supplier_premium_order_number_seq') AS n) s"
              " RETURNING id::text AS id",
              {order.supplierId, order.planCode, order.months, order.amount,
               order.createdBy.empty() ? core::Param(std::nullopt) : core::Param(order.createdBy),
               order.createdAt})
        .front()
        .str("id");
}

void SupplierPremiumStore::setInvoice(core::Sql& sql, const std::string& id,
                                      const std::string& invoiceId, const std::string& url,
                                      const std::string& expiresAt)
{
    sql.exec("UPDATE supplier_premium_orders SET xendit_invoice_id = $2, invoice_url = $3,"
             " expires_at = $4::timestamptz WHERE id = $1::uuid AND status = 'pending'",
             {id, invoiceId, url, expiresAt});
}

bool SupplierPremiumStore::markFailed(core::Sql& sql, const std::string& id,
                                      const std::string& reason)
{
    return sql.exec("UPDATE supplier_premium_orders SET status = 'failed', failure_reason = $2"
                    " WHERE id = $1::uuid AND status = 'pending'",
                    {id, reason})
               .affected() == 1;
}

bool SupplierPremiumStore::markExpired(core::Sql& sql, const std::string& id)
{
    return sql.exec("UPDATE supplier_premium_orders SET status = 'expired'"
                    " WHERE id = $1::uuid AND status = 'pending'",
                    {id})
               .affected() == 1;
}

bool SupplierPremiumStore::markPaid(core::Sql& sql, const std::string& id,
                                    const std::string& paidAt, const std::string& payload,
                                    const PremiumExtension& extension)
{
    return sql.exec("UPDATE supplier_premium_orders SET status = 'paid',"
                    " paid_at = $2::timestamptz, callback_payload = $3::jsonb,"
                    " premium_until_before = $4::timestamptz,"
                    " premium_until_after = $5::timestamptz"
                    " WHERE id = $1::uuid AND status = 'pending'",
                    {id, paidAt, payload, extension.before, extension.after})
               .affected() == 1;
}

PremiumExtension SupplierPremiumStore::extension(core::Sql& sql, const std::string& supplierId,
                                                 std::int64_t months, const std::string& now)
{
    // Jakarta has no daylight saving, so adding months to the Jakarta wall time and reading it
    // back is exact; PostgreSQL clamps the day to the month's end (31 Jan + 1 month = 28 Feb).
    // clang-format off
    static const std::string kSql =
        "WITH e AS ("
        "  SELECT s.premium_until AS before,"
        "   CASE WHEN s.tier = 'premium' AND s.premium_until IS NULL THEN NULL"
        "   ELSE ((CASE WHEN s.tier = 'premium' AND s.premium_until > $2::timestamptz"
        "               THEN s.premium_until ELSE $2::timestamptz END"
        "          AT TIME ZONE 'Asia/Jakarta') + make_interval(months => $3::int))"
        "        AT TIME ZONE 'Asia/Jakarta' END AS after"
        "  FROM suppliers s WHERE s.id = $1::uuid)"
        " SELECT " EY_ISO("e.before") " AS before, " EY_ISO("e.after") " AS after,"
        " (extract(epoch FROM e.after) * 1000)::bigint AS after_ms FROM e";
    // clang-format on
    const auto row = sql.exec(kSql, {supplierId, now, months}).front();
    return {row.optStr("before"), row.optStr("after"), row.optI64("after_ms")};
}

std::vector<DueReminder> SupplierPremiumStore::dueReminders(core::Sql& sql, const std::string& now,
                                                            int limit)
{
    // clang-format off
    static const std::string kSql =
        "SELECT d.supplier_id, d.user_id, " EY_ISO("d.premium_until") " AS premium_until,"
        " (extract(epoch FROM d.premium_until) * 1000)::bigint AS premium_until_ms,"
        " d.days_before FROM ("
        "  SELECT s.id AS supplier_id, s.user_id, s.premium_until,"
        "   CASE WHEN s.premium_until <= $1::timestamptz + interval '1 day' THEN 1 ELSE 7 END"
        "    AS days_before"
        "  FROM suppliers s"
        "  WHERE s.tier = 'premium' AND s.status IN ('verified', 'limited')"
        "   AND s.premium_until > $1::timestamptz"
        "   AND s.premium_until <= $1::timestamptz + interval '7 days') d"
        " WHERE NOT EXISTS (SELECT 1 FROM supplier_premium_reminders r"
        "  WHERE r.supplier_id = d.supplier_id AND r.premium_until = d.premium_until"
        "   AND r.days_before = d.days_before)"
        " ORDER BY d.premium_until LIMIT $2::int";
    // clang-format on
    std::vector<DueReminder> due;
    for (const auto& row : sql.exec(kSql, {now, limit})) {
        DueReminder reminder;
        reminder.supplierId = row.str("supplier_id");
        reminder.userId = row.str("user_id");
        reminder.premiumUntil = row.str("premium_until");
        reminder.premiumUntilMs = row.i64("premium_until_ms");
        reminder.daysBefore = static_cast<int>(row.i64("days_before"));
        due.push_back(std::move(reminder));
    }
    return due;
}

bool SupplierPremiumStore::claimReminder(core::Sql& sql, const DueReminder& reminder,
                                         const std::string& now)
{
    return sql.exec("INSERT INTO supplier_premium_reminders (supplier_id, premium_until,"
                    " days_before, sent_at) VALUES ($1::uuid, $2::timestamptz, $3::int,"
                    " $4::timestamptz) ON CONFLICT DO NOTHING",
                    {reminder.supplierId, reminder.premiumUntil, reminder.daysBefore, now})
               .affected() == 1;
}

} // namespace ey::directory
