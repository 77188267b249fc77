// Member directory SQL. Hidden members are filtered here, in the one query that lists members.
#include "MemberDirectoryStore.h"

namespace ey::directory {

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

} // namespace

std::optional<MemberListing> MemberDirectoryStore::listing(core::Sql& sql,
                                                           const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT m.user_id::text AS user_id, m.visibility, m.province_code,"
        " p.display_name AS province_name, m.regency_code, r.display_name AS regency_name,"
        " m.headline, m.business_field, m.show_whatsapp, m.show_email,"
        " " EY_ISO("m.updated_at") " AS updated_at"
                                   " FROM member_directory_profiles m"
                                   " LEFT JOIN area_provinces p ON p.code = m.province_code"
                                   " LEFT JOIN area_regencies r ON r.code = m.regency_code"
                                   " WHERE m.user_id = $1::uuid",
        {userId});
    if (rows.empty())
        return std::nullopt;
    const auto row = rows.front();
    MemberListing l;
    l.userId = row.str("user_id");
    l.visibility = row.str("visibility");
    l.provinceCode = row.optStr("province_code");
    l.provinceName = row.optStr("province_name");
    l.regencyCode = row.optStr("regency_code");
    l.regencyName = row.optStr("regency_name");
    l.headline = row.optStr("headline");
    l.businessField = row.optStr("business_field");
    l.showWhatsapp = row.boolean("show_whatsapp");
    l.showEmail = row.boolean("show_email");
    l.updatedAt = row.optStr("updated_at");
    return l;
}

void MemberDirectoryStore::save(core::Sql& sql, const MemberListing& l, const std::string& nowIso)
{
    sql.exec("INSERT INTO member_directory_profiles (user_id, visibility, province_code,"
             " regency_code, headline, business_field, show_whatsapp, show_email, updated_at)"
             " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz)"
             " ON CONFLICT (user_id) DO UPDATE SET visibility = EXCLUDED.visibility,"
             " province_code = EXCLUDED.province_code, regency_code = EXCLUDED.regency_code,"
             " headline = EXCLUDED.headline, business_field = EXCLUDED.business_field,"
             " show_whatsapp = EXCLUDED.show_whatsapp, show_email = EXCLUDED.show_email,"
             " updated_at = EXCLUDED.updated_at",
             {l.userId, l.visibility, l.provinceCode, l.regencyCode, l.headline, l.businessField,
              l.showWhatsapp, l.showEmail, nowIso});
}

std::vector<MemberCard> MemberDirectoryStore::listed(core::Sql& sql, const MemberFilter& filter,
                                                     int cap)
{
    const auto rows =
        sql.exec("SELECT u.id::text AS user_id, u.full_name, m.headline, m.business_field,"
                 " m.province_code, p.display_name AS province_name, m.regency_code,"
                 " r.display_name AS regency_name,"
                 " CASE WHEN m.show_whatsapp THEN u.whatsapp END AS whatsapp,"
                 " CASE WHEN m.show_email THEN u.email::text END AS email,"
                 " lower(u.full_name) AS name_key"
                 " FROM member_directory_profiles m JOIN users u ON u.id = m.user_id"
                 " LEFT JOIN area_provinces p ON p.code = m.province_code"
                 " LEFT JOIN area_regencies r ON r.code = m.regency_code"
                 " WHERE m.visibility = 'members' AND u.status = 'active'"
                 "   AND ($1::text IS NULL OR m.province_code = $1)"
                 "   AND ($2::text IS NULL OR m.regency_code = $2)"
                 "   AND ($3::text IS NULL OR strpos(lower(u.full_name), lower($3)) > 0"
                 "        OR strpos(lower(coalesce(m.headline, '')), lower($3)) > 0"
                 "        OR strpos(lower(coalesce(m.business_field, '')), lower($3)) > 0)"
                 " ORDER BY lower(u.full_name), u.id LIMIT $4",
                 {filter.province, filter.regency, filter.search, cap});
    std::vector<MemberCard> items;
    for (const auto& row : rows) {
        MemberCard c;
        c.userId = row.str("user_id");
        c.fullName = row.str("full_name");
        c.headline = row.optStr("headline");
        c.businessField = row.optStr("business_field");
        c.provinceCode = row.optStr("province_code");
        c.provinceName = row.optStr("province_name");
        c.regencyCode = row.optStr("regency_code");
        c.regencyName = row.optStr("regency_name");
        c.whatsapp = row.optStr("whatsapp");
        c.email = row.optStr("email");
        c.sortKey = row.str("name_key");
        items.push_back(std::move(c));
    }
    return items;
}

std::vector<AreaCount> MemberDirectoryStore::areaCounts(core::Sql& sql)
{
    const auto rows = sql.exec(
        "SELECT m.province_code, p.display_name AS province_name, m.regency_code,"
        " r.display_name AS regency_name, count(*) AS members"
        " FROM member_directory_profiles m JOIN users u ON u.id = m.user_id"
        " JOIN area_provinces p ON p.code = m.province_code"
        " LEFT JOIN area_regencies r ON r.code = m.regency_code"
        " WHERE m.visibility = 'members' AND u.status = 'active'"
        " GROUP BY m.province_code, p.display_name, m.regency_code, r.display_name"
        " ORDER BY p.display_name, m.province_code, r.display_name NULLS FIRST, m.regency_code");
    std::vector<AreaCount> items;
    for (const auto& row : rows)
        items.push_back({row.str("province_code"), row.str("province_name"),
                         row.optStr("regency_code"), row.optStr("regency_name"),
                         row.i64("members")});
    return items;
}

std::int64_t MemberDirectoryStore::unplaced(core::Sql& sql)
{
    return sql
        .exec("SELECT count(*) AS n FROM member_directory_profiles m JOIN users u ON u.id ="
              " m.user_id WHERE m.visibility = 'members' AND u.status = 'active'"
              " AND m.province_code IS NULL")
        .front()
        .i64("n");
}

} // namespace ey::directory
