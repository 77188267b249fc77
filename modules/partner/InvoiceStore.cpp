// SQL for post-paid partners' credit, monthly invoices, their lines and reminders.
#include "InvoiceStore.h"

namespace ey::partner {

namespace {

// Months are Asia/Jakarta calendar months (UTC+7, no daylight saving): a credit at
// 2026-10-31T18:00Z is 1 November in Jakarta and belongs to November's invoice.
// clang-format off
#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
// clang-format on

} // namespace

std::int64_t InvoiceStore::usedCredit(core::Sql& sql, const std::string& partnerId)
{
    const auto totals = creditTotals(sql, partnerId);
    return totals.pending + totals.billed;
}

CreditTotals InvoiceStore::creditTotals(core::Sql& sql, const std::string& partnerId)
{
    const auto rows =
        sql.exec("SELECT COALESCE(sum(amount) FILTER (WHERE status = 'pending'), 0)::bigint AS"
                 " pending, COALESCE(sum(amount) FILTER (WHERE status = 'billed'), 0)::bigint AS"
                 " billed FROM partner_credits WHERE partner_id = $1::uuid"
                 " AND status IN ('pending', 'billed')",
                 {partnerId});
    // A Row points into its Rows, which must outlive it.
    return {rows.front().i64("pending"), rows.front().i64("billed")};
}

std::vector<std::pair<std::string, std::int64_t>>
InvoiceStore::creditMonths(core::Sql& sql, const std::string& partnerId, const std::string& now)
{
    const auto rows = sql.exec(
        "WITH months AS (SELECT generate_series("
        "   date_trunc('month', $2::timestamptz AT TIME ZONE 'Asia/Jakarta') - interval '11 "
        "months',"
        "   date_trunc('month', $2::timestamptz AT TIME ZONE 'Asia/Jakarta'),"
        "   interval '1 month') AS m)"
        " SELECT to_char(m, 'YYYY-MM') AS month, COALESCE((SELECT sum(c.amount)"
        "   FROM partner_credits c WHERE c.partner_id = $1::uuid"
        "   AND c.created_at >= (m AT TIME ZONE 'Asia/Jakarta')"
        "   AND c.created_at < ((m + interval '1 month') AT TIME ZONE 'Asia/Jakarta')), 0)::bigint"
        "   AS amount FROM months ORDER BY m",
        {partnerId, now});
    std::vector<std::pair<std::string, std::int64_t>> months;
    for (const auto& row : rows)
        months.emplace_back(row.str("month"), row.i64("amount"));
    return months;
}

std::vector<BillableMonth> InvoiceStore::billableMonths(core::Sql& sql, const std::string& now)
{
    // Only months that closed before the current Jakarta month began.
    const auto rows = sql.exec(
        "SELECT c.partner_id::text AS partner_id, to_char(date_trunc('month', c.created_at AT TIME"
        " ZONE 'Asia/Jakarta'), 'YYYY-MM-DD') AS period_start FROM partner_credits c"
        " WHERE c.status = 'pending' AND c.created_at < (date_trunc('month', $1::timestamptz AT"
        " TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'Asia/Jakarta')"
        " GROUP BY 1, 2 ORDER BY 2, 1",
        {now});
    std::vector<BillableMonth> months;
    for (const auto& row : rows)
        months.push_back({row.str("partner_id"), row.str("period_start")});
    return months;
}

std::optional<std::string> InvoiceStore::insertInvoice(core::Sql& sql, const std::string& partnerId,
                                                       const std::string& periodStart,
                                                       std::int64_t dueDays, const std::string& now)
{
    // Due at 23:59 Jakarta, `dueDays` after the first day following the period.
    const auto rows = sql.exec(
        "INSERT INTO partner_transactions (partner_id, kind, status, amount, period_start,"
        " period_end, due_at, created_at, updated_at) VALUES ($1::uuid, 'monthly_invoice',"
        " 'pending', 0, $2::date, ($2::date + interval '1 month' - interval '1 day')::date,"
        " ((($2::date + interval '1 month')::date + $3::int) + time '23:59')"
        "   AT TIME ZONE 'Asia/Jakarta', $4::timestamptz, $4::timestamptz)"
        " ON CONFLICT (partner_id, period_start) WHERE kind = 'monthly_invoice' DO NOTHING"
        " RETURNING id::text AS id",
        {partnerId, periodStart, dueDays, now});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::optional<std::pair<std::string, std::string>>
InvoiceStore::invoiceForPeriod(core::Sql& sql, const std::string& partnerId,
                               const std::string& periodStart)
{
    const auto rows = sql.exec("SELECT id::text AS id, status FROM partner_transactions"
                               " WHERE partner_id = $1::uuid AND period_start = $2::date"
                               " AND kind = 'monthly_invoice'",
                               {partnerId, periodStart});
    if (rows.empty())
        return std::nullopt;
    return std::make_pair(rows.front().str("id"), rows.front().str("status"));
}

std::int64_t InvoiceStore::attachCredits(core::Sql& sql, const std::string& invoiceId)
{
    const auto rows =
        sql.exec("UPDATE partner_credits c SET status = 'billed', partner_transaction_id = t.id,"
                 " updated_at = now() FROM partner_transactions t WHERE t.id = $1::uuid"
                 " AND c.partner_id = t.partner_id AND c.status = 'pending'"
                 " AND c.created_at < ((t.period_end + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
                 " RETURNING c.id",
                 {invoiceId});
    return static_cast<std::int64_t>(rows.size());
}

void InvoiceStore::refreshAmount(core::Sql& sql, const std::string& invoiceId)
{
    sql.exec("UPDATE partner_transactions SET amount = (SELECT COALESCE(sum(amount), 0)"
             " FROM partner_credits WHERE partner_transaction_id = $1::uuid), updated_at = now()"
             " WHERE id = $1::uuid",
             {invoiceId});
}

void InvoiceStore::scheduleReminder(core::Sql& sql, const std::string& invoiceId, int offsetDays,
                                    const std::string& channel, const std::string& now)
{
    sql.exec("INSERT INTO partner_invoice_reminders (partner_transaction_id, due_at, channel)"
             " SELECT t.id, r.at, $3 FROM partner_transactions t, LATERAL (SELECT"
             "   ((((t.due_at AT TIME ZONE 'Asia/Jakarta')::date + $2::int) + time '09:00')"
             "    AT TIME ZONE 'Asia/Jakarta') AS at) r"
             " WHERE t.id = $1::uuid AND r.at > $4::timestamptz ON CONFLICT DO NOTHING",
             {invoiceId, offsetDays, channel, now});
}

std::vector<MonthlyInvoice> InvoiceStore::list(core::Sql& sql, const InvoiceFilter& filter,
                                               const core::PageRequest& page)
{
    return PaymentStore::list(sql, {filter.partnerId, std::string("monthly_invoice"), filter.status},
                              page);
}

std::optional<MonthlyInvoice> InvoiceStore::byId(core::Sql& sql, const std::string& id,
                                                 const std::optional<std::string>& partnerId)
{
    auto found = PaymentStore::byId(sql, id, partnerId);
    if (!found || found->kind != "monthly_invoice")
        return std::nullopt;
    return found;
}

std::vector<InvoiceLine> InvoiceStore::lines(core::Sql& sql, const std::string& invoiceId)
{
    const auto rows = sql.exec(
        "SELECT c.partner_client_assessment_id::text AS client_id, ca.client_full_name,"
        " e.reference_code, c.kind, c.amount, " EY_ISO(
            "c.created_at") " AS created_at"
                            " FROM partner_credits c"
                            " JOIN partner_client_assessments ca ON ca.id = "
                            "c.partner_client_assessment_id"
                            " JOIN partner_assessments e ON e.id = ca.partner_assessment_id"
                            " WHERE c.partner_transaction_id = $1::uuid ORDER BY c.created_at, "
                            "c.id",
        {invoiceId});
    std::vector<InvoiceLine> lines;
    for (const auto& row : rows)
        lines.push_back({row.str("client_id"), row.str("client_full_name"),
                         row.str("reference_code"), row.str("kind"), row.i64("amount"),
                         row.str("created_at")});
    return lines;
}

std::vector<InvoiceReminder> InvoiceStore::reminders(core::Sql& sql, const std::string& invoiceId)
{
    const auto rows =
        sql.exec("SELECT " EY_ISO(
                     "due_at") " AS due_at, channel, status,"
                               " " EY_ISO("sent_at") " AS sent_at FROM partner_invoice_reminders"
                                                     " WHERE partner_transaction_id = $1::uuid"
                                                     " ORDER BY due_at, channel",
                 {invoiceId});
    std::vector<InvoiceReminder> reminders;
    for (const auto& row : rows)
        reminders.push_back(
            {row.str("due_at"), row.str("channel"), row.str("status"), row.optStr("sent_at")});
    return reminders;
}

bool InvoiceStore::markPaid(core::Sql& sql, const std::string& invoiceId,
                            const std::string& actorId, const std::optional<std::string>& note,
                            const std::string& now)
{
    return PaymentStore::markPaid(
        sql, invoiceId, actorId.empty() ? std::nullopt : std::optional<std::string>(actorId), note,
        now);
}

void InvoiceStore::payCredits(core::Sql& sql, const std::string& invoiceId)
{
    sql.exec("UPDATE partner_credits SET status = 'paid', updated_at = now()"
             " WHERE partner_transaction_id = $1::uuid AND status = 'billed'",
             {invoiceId});
}

std::int64_t InvoiceStore::cancelReminders(core::Sql& sql, const std::string& invoiceId)
{
    return static_cast<std::int64_t>(
        sql.exec("UPDATE partner_invoice_reminders SET status = 'cancelled'"
                 " WHERE partner_transaction_id = $1::uuid AND status = 'scheduled' RETURNING id",
                 {invoiceId})
            .size());
}

std::vector<DueReminder> InvoiceStore::claimDueReminders(core::Sql& sql, const std::string& now,
                                                         int limit)
{
    const auto rows =
        sql.exec("SELECT id::text AS id, partner_transaction_id::text AS invoice_id,"
                 " " EY_ISO("due_at") " AS due_at FROM partner_invoice_reminders"
                                      " WHERE status = 'scheduled' AND due_at <= $1::timestamptz"
                                      " ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED",
                 {now, limit});
    std::vector<DueReminder> due;
    for (const auto& row : rows)
        due.push_back({row.str("id"), row.str("invoice_id"), row.str("due_at")});
    return due;
}

void InvoiceStore::finishReminder(core::Sql& sql, const std::string& id, const std::string& status,
                                  const std::optional<std::string>& sentAt)
{
    sql.exec("UPDATE partner_invoice_reminders SET status = $2, sent_at = $3::timestamptz"
             " WHERE id = $1::uuid",
             {id, status, sentAt});
}

} // namespace ey::partner
