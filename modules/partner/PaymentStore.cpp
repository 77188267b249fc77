// SQL for partner payments: quota packages, partner transactions, their clients and proofs.
#include "PaymentStore.h"

namespace ey::partner {

using core::Param;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_PACKAGE_COLUMNS "id::text AS id, name, quota, discount_percent, active, position"
// clang-format off
#define EY_TRANSACTION_COLUMNS                                                                     \
    "t.id::text AS id, t.number, t.partner_id::text AS partner_id, p.institution,"                 \
    " p.owner_user_id::text AS owner_user_id, u.email::text AS owner_email, t.kind, t.status,"     \
    " t.method, t.amount, t.quota, e.id::text AS event_id, e.reference_code, e.title AS"           \
    " event_title, t.package_id::text AS package_id, k.name AS package_name,"                      \
    " CASE t.kind WHEN 'executive' THEN (SELECT count(*) FROM partner_transaction_clients x"       \
    "   WHERE x.partner_transaction_id = t.id)"                                                    \
    "  WHEN 'monthly_invoice' THEN (SELECT count(*) FROM partner_credits r"                        \
    "   WHERE r.partner_transaction_id = t.id) ELSE 0 END AS client_count,"                        \
    " t.proof_file_key, t.proof_mime, t.gateway_invoice_id, t.invoice_url,"                        \
    " " EY_ISO("t.pay_before") " AS pay_before,"                                                   \
    " to_char(t.period_start, 'YYYY-MM-DD') AS period_start,"                                      \
    " to_char(t.period_end, 'YYYY-MM-DD') AS period_end, " EY_ISO("t.due_at") " AS due_at,"       \
    " t.rejection_reason, " EY_ISO("t.paid_at") " AS paid_at, t.paid_note,"                        \
    " " EY_ISO("t.created_at") " AS created_at, " EY_ISO("t.updated_at") " AS updated_at,"         \
    " to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS sort_key"
#define EY_TRANSACTION_FROM                                                                        \
    " FROM partner_transactions t JOIN partners p ON p.id = t.partner_id"                          \
    " JOIN users u ON u.id = p.owner_user_id"                                                      \
    " LEFT JOIN partner_assessments e ON e.id = t.partner_assessment_id"                           \
    " LEFT JOIN partner_quota_packages k ON k.id = t.package_id"
// clang-format on

QuotaPackage packageFrom(const core::Row& row)
{
    return {row.str("id"),         row.str("name"),
            row.i64("quota"),      row.i64("discount_percent"),
            row.boolean("active"), row.i64("position")};
}

PartnerTransaction transactionFrom(const core::Row& row)
{
    PartnerTransaction t;
    t.id = row.str("id");
    t.number = row.str("number");
    t.partnerId = row.str("partner_id");
    t.partnerInstitution = row.str("institution");
    t.ownerUserId = row.str("owner_user_id");
    t.ownerEmail = row.str("owner_email");
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
    t.proofFileKey = row.optStr("proof_file_key");
    t.proofMime = row.optStr("proof_mime");
    t.gatewayInvoiceId = row.optStr("gateway_invoice_id");
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

Param optionalUser(const std::string& id)
{
    return id.empty() ? Param(std::nullopt) : Param(id);
}

} // namespace

std::vector<QuotaPackage> PaymentStore::packages(core::Sql& sql, bool activeOnly)
{
    std::vector<QuotaPackage> items;
    for (const auto& row :
         sql.exec("SELECT " EY_PACKAGE_COLUMNS " FROM partner_quota_packages"
                  " WHERE active OR NOT $1::boolean ORDER BY position, quota, name, id",
                  {activeOnly}))
        items.push_back(packageFrom(row));
    return items;
}

std::optional<QuotaPackage> PaymentStore::package(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT " EY_PACKAGE_COLUMNS " FROM partner_quota_packages"
                               " WHERE id = " EY_UUID("$1"),
                               {id});
    if (rows.empty())
        return std::nullopt;
    return packageFrom(rows.front());
}

std::string PaymentStore::insertPackage(core::Sql& sql, const QuotaPackage& package)
{
    return sql
        .exec("INSERT INTO partner_quota_packages (name, quota, discount_percent, active,"
              " position) VALUES ($1, $2::int, $3::int, $4, $5::int) RETURNING id::text AS id",
              {package.name, package.quota, package.discountPercent, package.active,
               package.position})
        .front()
        .str("id");
}

void PaymentStore::updatePackage(core::Sql& sql, const QuotaPackage& package)
{
    sql.exec("UPDATE partner_quota_packages SET name = $2, quota = $3::int,"
             " discount_percent = $4::int, active = $5, position = $6::int, updated_at = now()"
             " WHERE id = $1::uuid",
             {package.id, package.name, package.quota, package.discountPercent, package.active,
              package.position});
}

bool PaymentStore::deletePackage(core::Sql& sql, const std::string& id)
{
    return !sql.exec("DELETE FROM partner_quota_packages WHERE id = " EY_UUID("$1") " RETURNING id",
                     {id})
                .empty();
}

std::optional<std::string> PaymentStore::insert(core::Sql& sql, const NewTransaction& t)
{
    const auto rows = sql.exec(
        "INSERT INTO partner_transactions (partner_id, partner_assessment_id, kind, method, amount,"
        " quota, package_id, pay_before, idempotency_key, created_by) VALUES ($1::uuid, $2::uuid,"
        " $3, $4, $5, $6::int, $7::uuid, $8::timestamptz, $9, $10::uuid)"
        " ON CONFLICT (partner_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING"
        " RETURNING id::text AS id",
        {t.partnerId, t.eventId, t.kind, t.method, t.amount, t.quota, t.packageId, t.payBefore,
         t.idempotencyKey, optionalUser(t.createdBy)});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::optional<PartnerTransaction> PaymentStore::byId(core::Sql& sql, const std::string& id,
                                                     const std::optional<std::string>& partnerId)
{
    const auto rows = sql.exec("SELECT " EY_TRANSACTION_COLUMNS EY_TRANSACTION_FROM
                               " WHERE t.id = " EY_UUID("$1") " AND ($2::text IS NULL"
                                                              " OR t.partner_id = " EY_UUID("$2") ")",
                               {id, partnerId});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
}

std::optional<PartnerTransaction> PaymentStore::lock(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT " EY_TRANSACTION_COLUMNS EY_TRANSACTION_FROM
                               " WHERE t.id = " EY_UUID("$1") " FOR UPDATE OF t",
                               {id});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
}

std::optional<PartnerTransaction> PaymentStore::lockByNumber(core::Sql& sql,
                                                             const std::string& number)
{
    const auto rows = sql.exec("SELECT " EY_TRANSACTION_COLUMNS EY_TRANSACTION_FROM
                               " WHERE t.number = $1 FOR UPDATE OF t",
                               {number});
    if (rows.empty())
        return std::nullopt;
    return transactionFrom(rows.front());
}

std::optional<std::string>
PaymentStore::byIdempotencyKey(core::Sql& sql, const std::string& partnerId, const std::string& key)
{
    const auto rows = sql.exec("SELECT id::text AS id FROM partner_transactions"
                               " WHERE partner_id = $1::uuid AND idempotency_key = $2",
                               {partnerId, key});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::vector<PartnerTransaction> PaymentStore::list(core::Sql& sql, const TransactionFilter& filter,
                                                   const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_TRANSACTION_COLUMNS EY_TRANSACTION_FROM
        " WHERE ($1::text IS NULL OR t.partner_id = " EY_UUID("$1") ")"
        "   AND ($2::text IS NULL OR t.kind = $2) AND ($3::text IS NULL OR t.status = $3)"
        "   AND ($4::timestamptz IS NULL OR (t.created_at, t.id) < ($4::timestamptz, $5::uuid))"
        " ORDER BY t.created_at DESC, t.id DESC LIMIT $6",
        {filter.partnerId, filter.kind, filter.status, page.afterKey, page.afterId,
         page.limit + 1});
    std::vector<PartnerTransaction> items;
    for (const auto& row : rows)
        items.push_back(transactionFrom(row));
    return items;
}

void PaymentStore::setGatewayInvoice(core::Sql& sql, const std::string& id,
                                     const std::string& invoiceId, const std::string& url)
{
    sql.exec("UPDATE partner_transactions SET gateway_invoice_id = $2, invoice_url = $3,"
             " updated_at = now() WHERE id = $1::uuid",
             {id, invoiceId, url});
}

bool PaymentStore::markPaid(core::Sql& sql, const std::string& id,
                            const std::optional<std::string>& confirmedBy,
                            const std::optional<std::string>& note, const std::string& at)
{
    // The guard is the concurrency control: a second confirmation waits for the first's row
    // lock, then finds the status changed and updates nothing.
    return !sql.exec("UPDATE partner_transactions SET status = 'paid', paid_at = $3::timestamptz,"
                     " paid_note = $4, confirmed_by = $2::uuid, confirmed_at = $3::timestamptz,"
                     " updated_at = now() WHERE id = $1::uuid"
                     " AND status IN ('pending', 'awaiting_confirmation') RETURNING id",
                     {id, confirmedBy, at, note})
                .empty();
}

bool PaymentStore::reject(core::Sql& sql, const std::string& id, const std::string& rejectedBy,
                          const std::string& reason, const std::string& at)
{
    return !sql.exec("UPDATE partner_transactions SET status = 'rejected', rejection_reason = $3,"
                     " confirmed_by = $2::uuid, confirmed_at = $4::timestamptz,"
                     " updated_at = now() WHERE id = $1::uuid"
                     " AND status IN ('pending', 'awaiting_confirmation') RETURNING id",
                     {id, optionalUser(rejectedBy), reason, at})
                .empty();
}

bool PaymentStore::cancel(core::Sql& sql, const std::string& id)
{
    return !sql.exec("UPDATE partner_transactions SET status = 'cancelled', updated_at = now()"
                     " WHERE id = $1::uuid AND status = 'pending' RETURNING id",
                     {id})
                .empty();
}

bool PaymentStore::setProof(core::Sql& sql, const std::string& id, const std::string& fileKey,
                            const std::string& mime)
{
    return !sql.exec("UPDATE partner_transactions SET proof_file_key = $2, proof_mime = $3,"
                     " status = 'awaiting_confirmation', updated_at = now() WHERE id = $1::uuid"
                     " AND status IN ('pending', 'awaiting_confirmation') RETURNING id",
                     {id, fileKey, mime})
                .empty();
}

std::vector<std::string> PaymentStore::overdueManual(core::Sql& sql,
                                                     const std::optional<std::string>& partnerId,
                                                     const std::string& now)
{
    std::vector<std::string> ids;
    for (const auto& row :
         sql.exec("SELECT id::text AS id FROM partner_transactions WHERE status = 'pending'"
                  " AND method = 'manual' AND proof_file_key IS NULL"
                  " AND pay_before < $2::timestamptz AND ($1::uuid IS NULL OR partner_id ="
                  " $1::uuid) ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED",
                  {partnerId, now}))
        ids.push_back(row.str("id"));
    return ids;
}

std::int64_t PaymentStore::addQuota(core::Sql& sql, const std::string& eventId, std::int64_t quota)
{
    return sql
        .exec("INSERT INTO partner_quota_downloads (partner_assessment_id, quota)"
              " VALUES ($1::uuid, $2::int) ON CONFLICT (partner_assessment_id) DO UPDATE"
              " SET quota = partner_quota_downloads.quota + EXCLUDED.quota, updated_at = now()"
              " RETURNING quota",
              {eventId, quota})
        .front()
        .i64("quota");
}

void PaymentStore::logTopup(core::Sql& sql, const std::string& eventId, std::int64_t delta,
                            std::int64_t balanceAfter, const std::string& actorId,
                            const std::string& transactionId, const std::string& note)
{
    sql.exec("INSERT INTO partner_quota_logs (partner_assessment_id, delta, balance_after, reason,"
             " actor_id, transaction_id, note) VALUES ($1::uuid, $2::int, $3::int, 'topup',"
             " $4::uuid, $5::uuid, $6)",
             {eventId, delta, balanceAfter, optionalUser(actorId), transactionId, note});
}

std::optional<std::int64_t> PaymentStore::executivePrice(core::Sql& sql,
                                                         const std::string& partnerId,
                                                         const std::string& assessmentId)
{
    const auto rows = sql.exec("SELECT executive_price FROM partner_pricings"
                               " WHERE partner_id = $1::uuid AND assessment_id = $2::uuid",
                               {partnerId, assessmentId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optI64("executive_price");
}

std::optional<std::string> PaymentStore::executiveReservation(core::Sql& sql,
                                                              const std::string& clientId)
{
    const auto rows =
        sql.exec("SELECT t.number FROM partner_client_assessments c JOIN partner_transactions t"
                 " ON t.id = c.executive_transaction_id WHERE c.id = $1::uuid"
                 " AND t.status IN ('pending', 'awaiting_confirmation')",
                 {clientId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("number");
}

void PaymentStore::addClient(core::Sql& sql, const std::string& transactionId,
                             const std::string& clientId, std::int64_t amount)
{
    sql.exec("INSERT INTO partner_transaction_clients (partner_transaction_id,"
             " partner_client_assessment_id, amount) VALUES ($1::uuid, $2::uuid, $3)",
             {transactionId, clientId, amount});
}

std::vector<std::string> PaymentStore::clients(core::Sql& sql, const std::string& transactionId)
{
    std::vector<std::string> ids;
    for (const auto& row :
         sql.exec("SELECT partner_client_assessment_id::text AS id FROM"
                  " partner_transaction_clients WHERE partner_transaction_id = $1::uuid"
                  " ORDER BY partner_client_assessment_id",
                  {transactionId}))
        ids.push_back(row.str("id"));
    return ids;
}

void PaymentStore::reserveClient(core::Sql& sql, const std::string& clientId,
                                 const std::string& transactionId)
{
    sql.exec("UPDATE partner_client_assessments SET executive_transaction_id = $2::uuid,"
             " updated_at = now() WHERE id = $1::uuid",
             {clientId, transactionId});
}

void PaymentStore::releaseClients(core::Sql& sql, const std::string& transactionId)
{
    sql.exec("UPDATE partner_client_assessments SET executive_transaction_id = NULL,"
             " updated_at = now() WHERE executive_transaction_id = $1::uuid"
             " AND NOT executive_available",
             {transactionId});
}

std::optional<std::string> PaymentStore::activateExecutive(core::Sql& sql,
                                                           const std::string& clientId)
{
    const auto rows = sql.exec(
        "UPDATE partner_client_assessments c SET executive_available = true,"
        " report_file_key = NULL, updated_at = now()"
        " FROM (SELECT id, report_file_key FROM partner_client_assessments WHERE id = $1::uuid"
        " FOR UPDATE) old WHERE c.id = old.id RETURNING old.report_file_key AS replaced",
        {clientId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optStr("replaced");
}

} // namespace ey::partner
