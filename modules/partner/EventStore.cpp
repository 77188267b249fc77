// Partner event SQL.
#include "EventStore.h"

namespace ey::partner {

using core::Param;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_EVENT_COLUMNS                                                                           \
    "e.id::text AS id, e.partner_id::text AS partner_id, p.institution,"                           \
    " e.assessment_id::text AS assessment_id, a.code AS assessment_code,"                          \
    " a.title AS assessment_title, e.title, e.reference_code, e.status, e.price,"                  \
    " e.is_special_price, " EY_ISO(                                                                \
        "e.end_date_special_price") " AS end_date_special_price,"                                  \
                                    " COALESCE(q.quota, 0) AS quota,"                              \
                                    " (SELECT count(*) FROM partner_client_assessments c"          \
                                    "   WHERE c.partner_assessment_id = e.id) AS clients,"         \
                                    " (SELECT count(*) FROM partner_client_assessments c"          \
                                    "   WHERE c.partner_assessment_id = e.id AND c.status = "      \
                                    "'completed') AS completed,"                                   \
                                    " " EY_ISO("e.created_at") " AS created_at, " EY_ISO(          \
                                        "e.updated_at") " AS updated_at"
#define EY_EVENT_FROM                                                                              \
    " FROM partner_assessments e JOIN partners p ON p.id = e.partner_id"                           \
    " JOIN assessments a ON a.id = e.assessment_id"                                                \
    " LEFT JOIN partner_quota_downloads q ON q.partner_assessment_id = e.id"

PartnerEvent eventFrom(const core::Row& row)
{
    PartnerEvent event;
    event.id = row.str("id");
    event.partnerId = row.str("partner_id");
    event.partnerInstitution = row.str("institution");
    event.assessmentId = row.str("assessment_id");
    event.assessmentCode = row.str("assessment_code");
    event.assessmentTitle = row.str("assessment_title");
    event.title = row.optStr("title");
    event.referenceCode = row.str("reference_code");
    event.status = row.str("status");
    event.price = row.optI64("price");
    event.isSpecialPrice = row.boolean("is_special_price");
    event.endDateSpecialPrice = row.optStr("end_date_special_price");
    event.quota = row.i64("quota");
    event.clientCount = row.i64("clients");
    event.completedCount = row.i64("completed");
    event.createdAt = row.str("created_at");
    event.updatedAt = row.str("updated_at");
    return event;
}

} // namespace

std::string EventStore::insert(core::Sql& sql, const std::string& partnerId, const NewEvent& event,
                               const std::string& referenceCode, const std::string& createdBy)
{
    const auto id =
        sql.exec("INSERT INTO partner_assessments (partner_id, assessment_id, title,"
                 " reference_code, status, price, is_special_price, end_date_special_price,"
                 " created_by) VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::timestamptz,"
                 " $9::uuid) RETURNING id::text AS id",
                 {partnerId, event.assessmentId, event.title, referenceCode, event.status,
                  event.price, event.isSpecialPrice, event.endDateSpecialPrice,
                  createdBy.empty() ? Param(std::nullopt) : Param(createdBy)})
            .front()
            .str("id");
    sql.exec("INSERT INTO partner_quota_downloads (partner_assessment_id) VALUES ($1::uuid)", {id});
    return id;
}

std::optional<PartnerEvent> EventStore::byId(core::Sql& sql, const std::string& id,
                                             const std::optional<std::string>& partnerId)
{
    const auto rows = sql.exec("SELECT " EY_EVENT_COLUMNS EY_EVENT_FROM " WHERE e.id = " EY_UUID(
                                   "$1") " AND ($2::uuid IS NULL OR e.partner_id = $2::uuid)",
                               {id, partnerId});
    if (rows.empty())
        return std::nullopt;
    return eventFrom(rows.front());
}

std::optional<PartnerEvent> EventStore::lock(core::Sql& sql, const std::string& id,
                                             const std::optional<std::string>& partnerId)
{
    if (sql.exec("SELECT id FROM partner_assessments WHERE id = " EY_UUID(
                     "$1") " AND ($2::uuid IS NULL OR partner_id = $2::uuid) FOR UPDATE",
                 {id, partnerId})
            .empty())
        return std::nullopt;
    return byId(sql, id, partnerId);
}

std::optional<PartnerEvent> EventStore::byCode(core::Sql& sql, const std::string& code)
{
    const auto rows = sql.exec("SELECT " EY_EVENT_COLUMNS EY_EVENT_FROM
                               " WHERE lower(e.reference_code) = lower($1)",
                               {code});
    if (rows.empty())
        return std::nullopt;
    return eventFrom(rows.front());
}

bool EventStore::codeTaken(core::Sql& sql, const std::string& code)
{
    return !sql.exec("SELECT 1 FROM partner_assessments WHERE lower(reference_code) = lower($1)",
                     {code})
                .empty();
}

std::vector<PartnerEvent> EventStore::list(core::Sql& sql, const std::string& partnerId,
                                           const EventFilter& filter, const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_EVENT_COLUMNS EY_EVENT_FROM " WHERE e.partner_id = $1::uuid"
        "   AND ($2::text IS NULL OR e.status = $2)"
        "   AND ($3::text IS NULL OR strpos(lower(e.reference_code), lower($3)) > 0"
        "        OR strpos(lower(COALESCE(e.title, '')), lower($3)) > 0)"
        "   AND ($4::timestamptz IS NULL OR (e.created_at, e.id) < ($4::timestamptz, $5::uuid))"
        " ORDER BY e.created_at DESC, e.id DESC LIMIT $6",
        {partnerId, filter.status, filter.search, page.afterKey, page.afterId, page.limit + 1});
    std::vector<PartnerEvent> items;
    for (const auto& row : rows)
        items.push_back(eventFrom(row));
    return items;
}

void EventStore::update(core::Sql& sql, const PartnerEvent& event)
{
    sql.exec("UPDATE partner_assessments SET title = $2, status = $3, price = $4,"
             " is_special_price = $5, end_date_special_price = $6::timestamptz,"
             " updated_at = now() WHERE id = $1::uuid",
             {event.id, event.title, event.status, event.price, event.isSpecialPrice,
              event.endDateSpecialPrice});
}

std::optional<std::string> EventStore::assessmentStatus(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT status FROM assessments WHERE id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("status");
}

} // namespace ey::partner
