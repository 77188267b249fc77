// SQL for post-paid partners' credit, monthly invoices, their lines and reminders.
#include "InvoiceStore.h"

namespace ey::partner {

namespace {

// Months are Asia/Jakarta calendar months (UTC+7, no daylight saving): a credit at
// 2026-10-31T18:00Z is 1 November in Jakarta and belongs to November's invoice.
// clang-format off
#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
#define EY_TX_COLUMNS                                                                              \
    "t.id::text AS id, t.number, t.partner_id::text AS partner_id, p.institution, t.kind,"         \
    " t.status, t.method, t.amount, t.quota, e.id::text AS event_id, e.reference_code,"            \
    " e.title AS event_title, t.package_id::text AS package_id, k.name AS package_name,"           \
    " CASE t.kind WHEN 'monthly_invoice' THEN (SELECT count(*) FROM partner_credits pc"            \
    "   WHERE pc.partner_transaction_id = t.id)"                                                   \
    "  WHEN 'executive' THEN (SELECT count(*) FROM partner_client_assessments ca"                  \
    "   WHERE ca.executive_transaction_id = t.id) ELSE 0 END AS client_count,"                     \
    " t.proof_file_key IS NOT NULL AS has_proof, t.invoice_url,"                                   \
    " " EY_ISO("t.pay_before") " AS pay_before,"                                                   \
    " to_char(t.period_start, 'YYYY-MM-DD') AS period_start,"                                      \
    " to_char(t.period_end, 'YYYY-MM-DD') AS period_end, " EY_ISO("t.due_at") " AS due_at,"       \
    " t.rejection_reason, " EY_ISO("t.paid_at") " AS paid_at, t.paid_note,"                        \
    " " EY_ISO("t.created_at") " AS created_at, " EY_ISO("t.updated_at") " AS updated_at,"         \
    " to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS sort_key"
#define EY_TX_FROM                                                                                 \
    " FROM partner_transactions t JOIN partners p ON p.id = t.partner_id"                          \
    " LEFT JOIN partner_assessments e ON e.id = t.partner_assessment_id"                           \
    " LEFT JOIN partner_quota_packages k ON k.id = t.package_id"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
// clang-format on

MonthlyInvoice transactionFrom(const core::Row& row)
{
    MonthlyInvoice t;
    t.id = row.str("id");
    t.number = row.str("number");
    t.partnerId = row.str("partner_id");
    t.partnerInstitution = row.str("institution");
    t.kind = row.str("kind");
    t.status = row.str("status");
    t.method = row.optStr("method");
    t.amount = row.i64("amount");
    t.quota = row.i64("quota");
    t.eventId = row.optStr("event_id");
    t.eventReferenceCode = row.optStr("reference_code");
    t.eventTitle = row.optStr("event_title");
    t.packageId = row.optStr("package_id");
    t.packageName = row.optStr("package_name");
    t.clientCount = row.i64("client_count");
    t.hasProof = row.boolean("has_proof");
    t.invoiceUrl = row.optStr("invoice_url");
    t.payBefore = row.optStr("pay_before");
    t.periodStart = row.optStr("period_start");
    t.periodEnd = row.optStr("period_end");
    t.dueAt = row.optStr("due_at");
    t.rejectionReason = row.optStr("rejection_reason");
    t.paidAt = row.optStr("paid_at");
    t.paidNote = row.optStr("paid_note");
    t.createdAt = row.str("created_at");
    t.updatedAt = row.str("updated_at");
    t.sortKey = row.str("sort_key");
    return t;
}

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
    const auto rows =
        sql.exec("SELECT " EY_TX_COLUMNS EY_TX_FROM " WHERE t.kind = 'monthly_invoice'"
                 " AND ($1::text IS NULL OR t.partner_id = " EY_UUID(
                     "$1") ")"
                           " AND ($2::text IS NULL OR t.status = $2)"
                           " AND ($3::timestamptz IS NULL OR (t.created_at, t.id) < "
                           "($3::timestamptz, $4::uuid))"
                           " ORDER BY t.created_at DESC, t.id DESC LIMIT $5",
                 {filter.partnerId, filter.status, page.afterKey, page.afterId, page.limit + 1});
    std::vector<MonthlyInvoice> items;
    for (const auto& row : rows)
        items.push_back(transactionFrom(row));
    return items;
}

std::optional<MonthlyInvoice> InvoiceStore::byId(core::Sql& sql, const std::string& id,
                                                 const std::optional<std::string>& partnerId)
{
    const auto rows = sql.exec("SELECT " EY_TX_COLUMNS EY_TX_FROM
                               " WHERE t.id = " EY_UUID("$1") " AND t.kind = 'monthly_invoice'"
                                                              " AND ($2::text IS NULL OR"
                                                              " t.partner_id = " EY_UUID("$2") ")",
                               {id, partnerId});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
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
    // Guarded: of two concurrent calls the second finds the row paid already and changes nothing.
    return !sql.exec("UPDATE partner_transactions SET status = 'paid', paid_at = $4::timestamptz,"
                     " paid_note = $3, confirmed_by = $2::uuid, confirmed_at = $4::timestamptz,"
                     " updated_at = now() WHERE id = " EY_UUID(
                         "$1") " AND kind = 'monthly_invoice'"
                               " AND status IN ('pending', 'awaiting_confirmation') RETURNING id",
                     {invoiceId, actorId.empty() ? core::Param(std::nullopt) : core::Param(actorId),
                      note, now})
                .empty();
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
