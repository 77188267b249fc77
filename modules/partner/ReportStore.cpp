// SQL for partner clients' results, report downloads, quota consumption and post-paid credits.
#include "ReportStore.h"

#include "InvoiceStore.h"

namespace ey::partner {

using core::Param;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_CLIENT_COLUMNS                                                                          \
    "c.id::text AS id, p.id::text AS partner_id, p.institution, p.payment_model, p.credit_limit,"  \
    " e.id::text AS event_id, e.reference_code, e.title AS event_title, e.status AS event_status," \
    " e.price AS event_price, e.assessment_id::text AS assessment_id,"                             \
    " c.client_email::text AS client_email, c.client_full_name, c.client_organization,"            \
    " c.client_position, c.status, c.download_status, " EY_ISO(                                    \
        "c.started_at") " AS started_at,"                                                          \
                        " " EY_ISO("c.completed_at") " AS completed_at, " EY_ISO(                  \
                            "c.first_downloaded_at") " AS downloaded_at, c.executive_available, "  \
    " c.executive_transaction_id::text AS executive_transaction_id,"                              \
                                                     "c.report_file_key,"                          \
                                                     " " EY_ISO("c.created_at") " AS created_at"
#define EY_CLIENT_FROM                                                                             \
    " FROM partner_client_assessments c"                                                           \
    " JOIN partner_assessments e ON e.id = c.partner_assessment_id"                                \
    " JOIN partners p ON p.id = e.partner_id"

PartnerClient clientFrom(const core::Row& row)
{
    PartnerClient client;
    client.id = row.str("id");
    client.partnerId = row.str("partner_id");
    client.partnerInstitution = row.str("institution");
    client.paymentModel = row.str("payment_model");
    client.creditLimit = row.i64("credit_limit");
    client.eventId = row.str("event_id");
    client.referenceCode = row.str("reference_code");
    client.eventTitle = row.optStr("event_title");
    client.eventStatus = row.str("event_status");
    client.eventPrice = row.optI64("event_price");
    client.assessmentId = row.str("assessment_id");
    client.email = row.str("client_email");
    client.fullName = row.str("client_full_name");
    client.organization = row.optStr("client_organization");
    client.position = row.optStr("client_position");
    client.status = row.str("status");
    client.downloadStatus = row.str("download_status");
    client.startedAt = row.str("started_at");
    client.completedAt = row.optStr("completed_at");
    client.downloadedAt = row.optStr("downloaded_at");
    client.executiveAvailable = row.boolean("executive_available");
    client.executiveTransactionId = row.optStr("executive_transaction_id");
    client.reportFileKey = row.optStr("report_file_key");
    client.createdAt = row.str("created_at");
    return client;
}

Param optionalUser(const std::string& id)
{
    return id.empty() ? Param(std::nullopt) : Param(id);
}

} // namespace

std::vector<PartnerClient> ReportStore::list(core::Sql& sql, const std::string& partnerId,
                                             const ClientFilter& filter,
                                             const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_CLIENT_COLUMNS EY_CLIENT_FROM " WHERE e.partner_id = $1::uuid"
        "   AND ($2::text IS NULL OR e.id = " EY_UUID(
            "$2") ")"
                  "   AND ($3::text IS NULL"
                  "        OR ($3 = 'in_progress' AND c.status = 'in_progress')"
                  "        OR ($3 <> 'in_progress' AND c.status = 'completed' AND "
                  "c.download_status = $3))"
                  "   AND ($4::date IS NULL OR (c.completed_at AT TIME ZONE 'Asia/Jakarta')::date "
                  ">= $4::date)"
                  "   AND ($5::date IS NULL OR (c.completed_at AT TIME ZONE 'Asia/Jakarta')::date "
                  "<= $5::date)"
                  "   AND ($6::text IS NULL OR strpos(lower(c.client_full_name), lower($6)) > 0"
                  "        OR strpos(lower(c.client_email::text), lower($6)) > 0"
                  "        OR strpos(lower(COALESCE(c.client_organization, '')), lower($6)) > 0)"
                  "   AND ($7::timestamptz IS NULL OR (c.created_at, c.id) < ($7::timestamptz, "
                  "$8::uuid))"
                  " ORDER BY c.created_at DESC, c.id DESC LIMIT $9",
        {partnerId, filter.eventId, filter.status, filter.from, filter.to, filter.search,
         page.afterKey, page.afterId, page.limit + 1});
    std::vector<PartnerClient> items;
    for (const auto& row : rows)
        items.push_back(clientFrom(row));
    return items;
}

std::optional<PartnerClient> ReportStore::byId(core::Sql& sql, const std::string& id,
                                               const std::optional<std::string>& partnerId)
{
    const auto rows = sql.exec("SELECT " EY_CLIENT_COLUMNS EY_CLIENT_FROM
                               " WHERE c.id = " EY_UUID("$1") " AND ($2::uuid IS NULL OR"
                                                              " e.partner_id = $2::uuid)",
                               {id, partnerId});
    if (rows.empty())
        return std::nullopt;
    return clientFrom(rows.front());
}

std::optional<PartnerClient> ReportStore::lock(core::Sql& sql, const std::string& id,
                                               const std::optional<std::string>& partnerId)
{
    const auto rows = sql.exec("SELECT " EY_CLIENT_COLUMNS EY_CLIENT_FROM
                               " WHERE c.id = " EY_UUID("$1") " AND ($2::uuid IS NULL OR"
                                                              " e.partner_id = $2::uuid)"
                                                              " FOR UPDATE OF c",
                               {id, partnerId});
    if (rows.empty())
        return std::nullopt;
    return clientFrom(rows.front());
}

std::string ReportStore::contentResult(core::Sql& sql, const std::string& clientId)
{
    const auto rows = sql.exec("SELECT content_result::text AS content FROM"
                               " partner_client_assessments WHERE id = $1::uuid",
                               {clientId});
    if (rows.empty() || !rows.front().optStr("content"))
        return {};
    return rows.front().str("content");
}

std::optional<std::int64_t> ReportStore::consumeQuota(core::Sql& sql, const std::string& eventId)
{
    // One guarded statement: concurrent consumers queue on the row and none passes zero.
    const auto rows = sql.exec("UPDATE partner_quota_downloads SET quota = quota - 1,"
                               " updated_at = now() WHERE partner_assessment_id = $1::uuid"
                               " AND quota > 0 RETURNING quota",
                               {eventId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().i64("quota");
}

std::optional<std::int64_t> ReportStore::adjustQuota(core::Sql& sql, const std::string& eventId,
                                                     std::int64_t delta)
{
    const auto rows = sql.exec("UPDATE partner_quota_downloads SET quota = quota + $2::int,"
                               " updated_at = now() WHERE partner_assessment_id = $1::uuid"
                               " AND quota + $2::int >= 0 RETURNING quota",
                               {eventId, delta});
    if (rows.empty())
        return std::nullopt;
    return rows.front().i64("quota");
}

std::int64_t ReportStore::quota(core::Sql& sql, const std::string& eventId)
{
    const auto rows = sql.exec("SELECT quota FROM partner_quota_downloads"
                               " WHERE partner_assessment_id = $1::uuid",
                               {eventId});
    return rows.empty() ? 0 : rows.front().i64("quota");
}

void ReportStore::logQuota(core::Sql& sql, const std::string& eventId, std::int64_t delta,
                           std::int64_t balanceAfter, const std::string& reason,
                           const std::string& actorId, const std::optional<std::string>& clientId,
                           const std::optional<std::string>& note)
{
    sql.exec("INSERT INTO partner_quota_logs (partner_assessment_id, delta, balance_after, reason,"
             " actor_id, client_id, note) VALUES ($1::uuid, $2::int, $3::int, $4, $5::uuid,"
             " $6::uuid, $7)",
             {eventId, delta, balanceAfter, reason, optionalUser(actorId), clientId, note});
}

std::vector<QuotaLogEntry> ReportStore::quotaLogs(core::Sql& sql, const std::string& eventId,
                                                  int limit)
{
    const auto rows = sql.exec(
        "SELECT l.id::text AS id, l.delta, l.balance_after, l.reason, l.actor_id::text AS actor_id,"
        " u.full_name AS actor_name, l.client_id::text AS client_id,"
        " c.client_full_name AS client_name, l.note, " EY_ISO(
            "l.created_at") " AS created_at"
                            " FROM partner_quota_logs l LEFT JOIN users u ON u.id = l.actor_id"
                            " LEFT JOIN partner_client_assessments c ON c.id = l.client_id"
                            " WHERE l.partner_assessment_id = $1::uuid ORDER BY l.created_at DESC, "
                            "l.id DESC LIMIT $2",
        {eventId, limit});
    std::vector<QuotaLogEntry> items;
    for (const auto& row : rows)
        items.push_back({row.str("id"), row.i64("delta"), row.i64("balance_after"),
                         row.str("reason"), row.optStr("actor_id"), row.optStr("actor_name"),
                         row.optStr("client_id"), row.optStr("client_name"), row.optStr("note"),
                         row.str("created_at")});
    return items;
}

void ReportStore::markDownloaded(core::Sql& sql, const std::string& clientId,
                                 const std::string& fileKey, const std::string& at)
{
    sql.exec("UPDATE partner_client_assessments SET report_file_key = $2,"
             " first_downloaded_at = COALESCE(first_downloaded_at, $3::timestamptz),"
             " download_status = 'complete', updated_at = now() WHERE id = $1::uuid",
             {clientId, fileKey, at});
}

void ReportStore::setReportFile(core::Sql& sql, const std::string& clientId,
                                const std::string& fileKey)
{
    sql.exec("UPDATE partner_client_assessments SET report_file_key = $2, updated_at = now()"
             " WHERE id = $1::uuid",
             {clientId, fileKey});
}

std::optional<std::int64_t> ReportStore::pricing(core::Sql& sql, const std::string& partnerId,
                                                 const std::string& assessmentId)
{
    const auto rows = sql.exec("SELECT price FROM partner_pricings WHERE partner_id = $1::uuid"
                               " AND assessment_id = $2::uuid",
                               {partnerId, assessmentId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().i64("price");
}

std::optional<std::int64_t> ReportStore::unitPrice(core::Sql& sql, const std::string& eventId,
                                                   const std::string& at)
{
    // A special price that has ended no longer applies; the partner's pricing does again.
    const auto rows = sql.exec(
        "SELECT CASE WHEN e.price IS NOT NULL AND (NOT e.is_special_price"
        " OR e.end_date_special_price IS NULL OR e.end_date_special_price > $2::timestamptz)"
        " THEN e.price ELSE pp.price END AS price FROM partner_assessments e"
        " LEFT JOIN partner_pricings pp ON pp.partner_id = e.partner_id"
        " AND pp.assessment_id = e.assessment_id WHERE e.id = $1::uuid",
        {eventId, at});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optI64("price");
}

std::int64_t ReportStore::creditOutstanding(core::Sql& sql, const std::string& partnerId)
{
    // One definition of used credit for downloads and client starts alike.
    return InvoiceStore::usedCredit(sql, partnerId);
}

void ReportStore::insertCredit(core::Sql& sql, const std::string& partnerId,
                               const std::string& clientId, std::int64_t amount,
                               const std::string& kind, const std::string& createdAt)
{
    sql.exec("INSERT INTO partner_credits (partner_id, partner_client_assessment_id, amount, kind,"
             " created_at, updated_at) VALUES ($1::uuid, $2::uuid, $3, $4, $5::timestamptz,"
             " $5::timestamptz)",
             {partnerId, clientId, amount, kind, createdAt});
}

std::pair<std::string, std::string> ReportStore::branding(core::Sql& sql)
{
    const auto rows = sql.exec("SELECT brand_name, primary_color FROM branding_settings LIMIT 1");
    if (rows.empty())
        return {"EksporYuk", "#0F766E"};
    return {rows.front().str("brand_name"), rows.front().str("primary_color")};
}

} // namespace ey::partner
