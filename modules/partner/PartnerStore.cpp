// Partner SQL.
#include "PartnerStore.h"

namespace ey::partner {

using core::Param;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_PARTNER_COLUMNS                                                                         \
    "p.id::text AS id, p.owner_user_id::text AS owner_user_id, u.email::text AS owner_email,"      \
    " u.full_name AS owner_name, p.type, p.payment_model, p.is_special_partner, p.credit_limit,"   \
    " p.institution, p.contact_name, p.contact_phone, p.contact_email::text AS contact_email,"     \
    " p.address_line, p.area_code, p.postal_code, p.status,"                                       \
    " (SELECT count(*) FROM partner_operators o WHERE o.partner_id = p.id) AS operators,"          \
    " (SELECT count(*) FROM partner_assessments e WHERE e.partner_id = p.id) AS events,"           \
    " " EY_ISO("p.created_at") " AS created_at, " EY_ISO("p.updated_at") " AS updated_at"
#define EY_PARTNER_FROM " FROM partners p JOIN users u ON u.id = p.owner_user_id"

Partner partnerFrom(const core::Row& row)
{
    Partner partner;
    partner.id = row.str("id");
    partner.ownerUserId = row.str("owner_user_id");
    partner.ownerEmail = row.str("owner_email");
    partner.ownerName = row.str("owner_name");
    partner.type = row.str("type");
    partner.paymentModel = row.str("payment_model");
    partner.isSpecialPartner = row.boolean("is_special_partner");
    partner.creditLimit = row.i64("credit_limit");
    partner.institution = row.str("institution");
    partner.contactName = row.optStr("contact_name");
    partner.contactPhone = row.optStr("contact_phone");
    partner.contactEmail = row.optStr("contact_email");
    partner.addressLine = row.optStr("address_line");
    partner.areaCode = row.optStr("area_code");
    partner.postalCode = row.optStr("postal_code");
    partner.status = row.str("status");
    partner.operatorCount = row.i64("operators");
    partner.eventCount = row.i64("events");
    partner.createdAt = row.str("created_at");
    partner.updatedAt = row.str("updated_at");
    return partner;
}

std::optional<std::string> flat(const std::optional<std::optional<std::string>>& value)
{
    return value ? *value : std::nullopt;
}

} // namespace

std::string PartnerStore::insert(core::Sql& sql, const NewPartner& partner,
                                 const std::string& ownerUserId)
{
    const auto& profile = partner.profile;
    return sql
        .exec("INSERT INTO partners (owner_user_id, type, payment_model, is_special_partner,"
              " credit_limit, institution, contact_name, contact_phone, contact_email,"
              " address_line, area_code, postal_code)"
              " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)"
              " RETURNING id::text AS id",
              {ownerUserId, partner.type, partner.paymentModel, partner.isSpecialPartner,
               partner.creditLimit, profile.institution, flat(profile.contactName),
               flat(profile.contactPhone), flat(profile.contactEmail), flat(profile.addressLine),
               flat(profile.areaCode), flat(profile.postalCode)})
        .front()
        .str("id");
}

std::optional<Partner> PartnerStore::byId(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT " EY_PARTNER_COLUMNS EY_PARTNER_FROM " WHERE p.id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return std::nullopt;
    return partnerFrom(rows.front());
}

std::optional<Partner> PartnerStore::lock(core::Sql& sql, const std::string& id)
{
    if (sql.exec("SELECT id FROM partners WHERE id = " EY_UUID("$1") " FOR UPDATE", {id}).empty())
        return std::nullopt;
    return byId(sql, id);
}

std::vector<Partner> PartnerStore::list(core::Sql& sql, const PartnerFilter& filter,
                                        const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_PARTNER_COLUMNS EY_PARTNER_FROM
        " WHERE ($1::text IS NULL OR strpos(lower(p.institution), lower($1)) > 0"
        "        OR strpos(lower(u.email::text), lower($1)) > 0)"
        "   AND ($2::text IS NULL OR p.type = $2)"
        "   AND ($3::text IS NULL OR p.status = $3)"
        "   AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))"
        " ORDER BY p.created_at DESC, p.id DESC LIMIT $6",
        {filter.search, filter.type, filter.status, page.afterKey, page.afterId, page.limit + 1});
    std::vector<Partner> items;
    for (const auto& row : rows)
        items.push_back(partnerFrom(row));
    return items;
}

void PartnerStore::update(core::Sql& sql, const Partner& partner)
{
    sql.exec("UPDATE partners SET type = $2, payment_model = $3, is_special_partner = $4,"
             " credit_limit = $5, institution = $6, contact_name = $7, contact_phone = $8,"
             " contact_email = $9, address_line = $10, area_code = $11, postal_code = $12,"
             " status = $13, updated_at = now() WHERE id = $1::uuid",
             {partner.id, partner.type, partner.paymentModel, partner.isSpecialPartner,
              partner.creditLimit, partner.institution, partner.contactName, partner.contactPhone,
              partner.contactEmail, partner.addressLine, partner.areaCode, partner.postalCode,
              partner.status});
}

std::optional<std::string> PartnerStore::partnerOfUser(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT id::text AS id FROM partners WHERE owner_user_id = $1::uuid"
        " UNION ALL SELECT partner_id::text FROM partner_operators WHERE user_id = $1::uuid"
        " LIMIT 1",
        {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

bool PartnerStore::ownsAPartner(core::Sql& sql, const std::string& userId)
{
    return !sql.exec("SELECT 1 FROM partners WHERE owner_user_id = $1::uuid", {userId}).empty();
}

std::vector<PartnerOperator> PartnerStore::operators(core::Sql& sql, const std::string& partnerId)
{
    std::vector<PartnerOperator> items;
    for (const auto& row : sql.exec(
             "SELECT o.user_id::text AS user_id, u.email::text AS email, u.full_name,"
             " " EY_ISO(
                 "o.created_at") " AS created_at"
                                 " FROM partner_operators o JOIN users u ON u.id = o.user_id"
                                 " WHERE o.partner_id = $1::uuid ORDER BY o.created_at, o.user_id",
             {partnerId}))
        items.push_back(
            {row.str("user_id"), row.str("email"), row.str("full_name"), row.str("created_at")});
    return items;
}

std::optional<std::string> PartnerStore::operatorPartner(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT partner_id::text AS id FROM partner_operators WHERE user_id = $1::uuid", {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

void PartnerStore::addOperator(core::Sql& sql, const std::string& partnerId,
                               const std::string& userId, const std::string& addedBy)
{
    sql.exec("INSERT INTO partner_operators (user_id, partner_id, added_by)"
             " VALUES ($1::uuid, $2::uuid, $3::uuid)",
             {userId, partnerId, addedBy.empty() ? Param(std::nullopt) : Param(addedBy)});
}

bool PartnerStore::removeOperator(core::Sql& sql, const std::string& partnerId,
                                  const std::string& userId)
{
    return sql.exec("DELETE FROM partner_operators WHERE partner_id = $1::uuid"
                    " AND user_id = " EY_UUID("$2"),
                    {partnerId, userId})
               .affected() > 0;
}

std::vector<PartnerPricing> PartnerStore::pricings(core::Sql& sql, const std::string& partnerId)
{
    std::vector<PartnerPricing> items;
    for (const auto& row :
         sql.exec("SELECT a.id::text AS assessment_id, a.code, a.title, pp.price,"
                  " pp.executive_price, " EY_ISO(
                      "pp.updated_at") " AS updated_at"
                                       " FROM partner_pricings pp JOIN assessments a ON a.id = "
                                       "pp.assessment_id"
                                       " WHERE pp.partner_id = $1::uuid ORDER BY a.code",
                  {partnerId}))
        items.push_back({row.str("assessment_id"), row.str("code"), row.str("title"),
                         row.i64("price"), row.optI64("executive_price"), row.str("updated_at")});
    return items;
}

void PartnerStore::upsertPricing(core::Sql& sql, const std::string& partnerId,
                                 const std::string& assessmentId, std::int64_t price,
                                 std::optional<std::int64_t> executivePrice)
{
    sql.exec("INSERT INTO partner_pricings (partner_id, assessment_id, price, executive_price)"
             " VALUES ($1::uuid, $2::uuid, $3, $4)"
             " ON CONFLICT (partner_id, assessment_id) DO UPDATE SET price = EXCLUDED.price,"
             " executive_price = EXCLUDED.executive_price, updated_at = now()",
             {partnerId, assessmentId, price, executivePrice});
}

bool PartnerStore::removePricing(core::Sql& sql, const std::string& partnerId,
                                 const std::string& assessmentId)
{
    return sql.exec("DELETE FROM partner_pricings WHERE partner_id = $1::uuid"
                    " AND assessment_id = " EY_UUID("$2"),
                    {partnerId, assessmentId})
               .affected() > 0;
}

std::vector<AvailableAssessment> PartnerStore::publishedAssessments(core::Sql& sql)
{
    std::vector<AvailableAssessment> items;
    for (const auto& row :
         sql.exec("SELECT a.id::text AS id, a.code, a.title, a.description,"
                  " (SELECT count(*) FROM assessment_sections s WHERE s.assessment_id = a.id) AS "
                  "sections,"
                  " (SELECT count(*) FROM assessment_questions q JOIN assessment_sections s"
                  "   ON s.id = q.section_id WHERE s.assessment_id = a.id) AS questions"
                  " FROM assessments a WHERE a.status = 'published' ORDER BY a.title, a.id"))
        items.push_back({row.str("id"), row.str("code"), row.str("title"),
                         row.optStr("description"), row.i64("sections"), row.i64("questions")});
    return items;
}

PartnerTotals PartnerStore::totals(core::Sql& sql, const std::string& partnerId)
{
    const auto rows =
        sql.exec("SELECT"
                 " COALESCE((SELECT sum(q.quota) FROM partner_quota_downloads q"
                 "   JOIN partner_assessments e ON e.id = q.partner_assessment_id"
                 "   WHERE e.partner_id = $1::uuid), 0)::bigint AS quota,"
                 " COALESCE((SELECT sum(amount) FROM partner_credits"
                 "   WHERE partner_id = $1::uuid AND status = 'pending'), 0)::bigint AS credit,"
                 " (SELECT count(*) FROM partner_credits"
                 "   WHERE partner_id = $1::uuid AND status = 'pending') AS credit_count,"
                 " (SELECT count(*) FILTER (WHERE c.status = 'completed') FROM"
                 "   partner_client_assessments c JOIN partner_assessments e"
                 "   ON e.id = c.partner_assessment_id WHERE e.partner_id = $1::uuid) AS completed,"
                 " (SELECT count(*) FILTER (WHERE c.status = 'completed'"
                 "   AND c.download_status = 'pending_download') FROM partner_client_assessments c"
                 "   JOIN partner_assessments e ON e.id = c.partner_assessment_id"
                 "   WHERE e.partner_id = $1::uuid) AS pending_download",
                 {partnerId});
    const auto row = rows.front(); // Row refers into `rows`, which must outlive it
    return {row.i64("quota"), row.i64("credit"), row.i64("credit_count"), row.i64("completed"),
            row.i64("pending_download")};
}

std::vector<PartnerLogEntry> PartnerStore::logs(core::Sql& sql, const std::string& partnerId,
                                                const core::PageRequest& page)
{
    std::vector<PartnerLogEntry> items;
    for (const auto& row :
         sql.exec("SELECT l.id::text AS id, l.action, l.actor_id::text AS actor_id,"
                  " u.full_name AS actor_name, l.details::text AS details,"
                  " " EY_ISO(
                      "l.created_at") " AS created_at"
                                      " FROM partner_logs l LEFT JOIN users u ON u.id = l.actor_id"
                                      " WHERE l.partner_id = $1::uuid"
                                      "   AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < "
                                      "($2::timestamptz, $3::uuid))"
                                      " ORDER BY l.created_at DESC, l.id DESC LIMIT $4",
                  {partnerId, page.afterKey, page.afterId, page.limit + 1}))
        items.push_back({row.str("id"), row.str("action"), row.optStr("actor_id"),
                         row.optStr("actor_name"), row.str("details"), row.str("created_at")});
    return items;
}

void PartnerStore::log(core::Sql& sql, const std::string& partnerId, const std::string& actorId,
                       const std::string& action, const core::json::ObjectPtr& details)
{
    sql.exec("INSERT INTO partner_logs (partner_id, actor_id, action, details)"
             " VALUES ($1::uuid, $2::uuid, $3, $4::jsonb)",
             {partnerId, actorId.empty() ? Param(std::nullopt) : Param(actorId), action,
              core::json::stringify(details ? details : core::json::object())});
}

} // namespace ey::partner
