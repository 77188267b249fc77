// Affiliate SQL (see AffiliateStore.h).
#include "AffiliateStore.h"

namespace ey::affiliate {

using core::Param;
using core::Row;

// Statement fragments are macros so every statement stays one compile-time literal; values always
// travel as $n parameters.
#define EY_AT(n) "to_timestamp($" n "::bigint / 1000.0)"
/// A column as ISO-8601 UTC text with microseconds (what list cursors carry).
#define EY_ISO(column)                                                                             \
    "to_char((" column ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
/// A parameter as a uuid, or NULL when it is not one (so a malformed id finds nothing).
#define EY_UUID(n)                                                                                 \
    "(CASE WHEN $" n " ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' THEN $" n "::uuid END)"

#define EY_PROFILE_COLUMNS                                                                         \
    "p.user_id::text AS user_id, p.code::text AS code, p.status, " EY_ISO(                         \
        "p.created_at") " AS created_at, " EY_ISO("p.updated_at") " AS updated_at"

#define EY_OVERVIEW_COLUMNS                                                                        \
    EY_PROFILE_COLUMNS ", u.full_name, u.email::text AS email,"                                    \
                       " (SELECT count(*) FROM affiliate_clicks c WHERE c.affiliate_id = "         \
                       "p.user_id) AS clicks,"                                                     \
                       " (SELECT count(*) FROM affiliate_conversions v WHERE v.affiliate_id = "    \
                       "p.user_id AND v.status <> 'reversed') AS conversions,"                     \
                       " (SELECT coalesce(sum(v.commission - v.reversed), 0)::bigint FROM "        \
                       "affiliate_conversions v WHERE v.affiliate_id = p.user_id) AS commission"

#define EY_AGENT_COLUMNS                                                                           \
    "u.id::text AS user_id, u.full_name, u.email::text AS email, a.referred_by::text AS "          \
    "referred_by, r.full_name AS referred_by_name, rp.code::text AS referred_by_code, "            \
    "CASE WHEN a.updated_at IS NULL THEN NULL ELSE " EY_ISO(                                       \
        "a.updated_at") " END AS updated_at, " EY_ISO("u.created_at") " AS user_created_at"

#define EY_AGENT_FROM                                                                              \
    " FROM users u JOIN user_roles ur ON ur.user_id = u.id AND ur.role = 'reseller'"               \
    " LEFT JOIN agent_profiles a ON a.user_id = u.id"                                              \
    " LEFT JOIN users r ON r.id = a.referred_by"                                                   \
    " LEFT JOIN affiliate_profiles rp ON rp.user_id = a.referred_by"

#define EY_PRICING_COLUMNS                                                                         \
    "p.id::text AS product_id, p.slug::text AS slug, p.title, " EY_ISO(                            \
        "p.created_at") " AS product_created_at,"                                                  \
                        " i.unit_price AS i_price, i.fee_affiliate AS i_fee,"                      \
                        " b.unit_price AS b_price, b.fee_affiliate AS b_fee, b.min_quantity AS "   \
                        "b_min,"                                                                   \
                        " CASE WHEN i.product_id IS NULL AND b.product_id IS NULL THEN NULL "      \
                        "ELSE " EY_ISO(                                                            \
                            "greatest(i.updated_at, b.updated_at)") " END AS updated_at"

#define EY_PRICING_FROM                                                                            \
    " FROM products p"                                                                             \
    " LEFT JOIN agent_pricings i ON i.product_id = p.id AND i.mode = 'individual'"                 \
    " LEFT JOIN agent_pricings b ON b.product_id = p.id AND b.mode = 'bulk'"

namespace {

Profile profileFrom(const Row& row)
{
    return {row.str("user_id"), row.str("code"), row.str("status"), row.str("created_at"),
            row.str("updated_at")};
}

AffiliateOverview overviewFrom(const Row& row)
{
    AffiliateOverview o;
    o.profile = profileFrom(row);
    o.fullName = row.str("full_name");
    o.email = row.str("email");
    o.clicks = row.i64("clicks");
    o.conversions = row.i64("conversions");
    o.commission = row.i64("commission");
    return o;
}

Agent agentFrom(const Row& row)
{
    Agent a;
    a.userId = row.str("user_id");
    a.fullName = row.str("full_name");
    a.email = row.str("email");
    a.referredBy = row.optStr("referred_by");
    a.referredByName = row.optStr("referred_by_name");
    a.referredByCode = row.optStr("referred_by_code");
    a.updatedAt = row.optStr("updated_at");
    a.userCreatedAt = row.str("user_created_at");
    return a;
}

AgentPricing pricingFrom(const Row& row)
{
    AgentPricing p;
    p.productId = row.str("product_id");
    p.productSlug = row.str("slug");
    p.productTitle = row.str("title");
    p.productCreatedAt = row.str("product_created_at");
    p.updatedAt = row.optStr("updated_at").value_or("");
    if (!row.isNull("i_price"))
        p.individual = AgentPrice{row.i64("i_price"), row.i64("i_fee"), 1};
    if (!row.isNull("b_price"))
        p.bulk =
            AgentPrice{row.i64("b_price"), row.i64("b_fee"), static_cast<int>(row.i64("b_min"))};
    return p;
}

} // namespace

std::optional<Profile> AffiliateStore::profileByUser(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec("SELECT " EY_PROFILE_COLUMNS
                               " FROM affiliate_profiles p WHERE p.user_id = " EY_UUID("1"),
                               {userId});
    if (rows.empty())
        return std::nullopt;
    return profileFrom(rows.front());
}

std::optional<Profile> AffiliateStore::profileByCode(core::Sql& sql, const std::string& code)
{
    const auto rows = sql.exec("SELECT " EY_PROFILE_COLUMNS
                               " FROM affiliate_profiles p WHERE p.code = $1::citext",
                               {code});
    if (rows.empty())
        return std::nullopt;
    return profileFrom(rows.front());
}

Profile AffiliateStore::saveCode(core::Sql& sql, const std::string& userId, const std::string& code,
                                 std::int64_t nowMs)
{
    const auto rows =
        sql.exec("INSERT INTO affiliate_profiles AS p (user_id, code, created_at, updated_at)"
                 " VALUES ($1::uuid, $2, " EY_AT("3") ", " EY_AT(
                     "3") ")"
                          " ON CONFLICT (user_id) DO UPDATE SET code = EXCLUDED.code, updated_at = "
                          "EXCLUDED.updated_at"
                          " RETURNING " EY_PROFILE_COLUMNS,
                 {userId, code, nowMs});
    return profileFrom(rows.front());
}

std::optional<Profile> AffiliateStore::setStatus(core::Sql& sql, const std::string& userId,
                                                 const std::string& status, std::int64_t nowMs)
{
    const auto rows =
        sql.exec("UPDATE affiliate_profiles p SET status = $2, updated_at = " EY_AT(
                     "3") " WHERE p.user_id = " EY_UUID("1") " RETURNING " EY_PROFILE_COLUMNS,
                 {userId, status, nowMs});
    if (rows.empty())
        return std::nullopt;
    return profileFrom(rows.front());
}

bool AffiliateStore::mayEarn(core::Sql& sql, const std::string& userId)
{
    return !sql.exec("SELECT 1 FROM users u WHERE u.id = " EY_UUID(
                         "1") " AND u.status = 'active'"
                              " AND NOT EXISTS (SELECT 1 FROM affiliate_profiles p WHERE p.user_id "
                              "= u.id"
                              " AND p.status = 'suspended')",
                     {userId})
                .empty();
}

std::optional<AffiliateOverview> AffiliateStore::overview(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec("SELECT " EY_OVERVIEW_COLUMNS
                               " FROM affiliate_profiles p JOIN users u ON u.id = p.user_id"
                               " WHERE p.user_id = " EY_UUID("1"),
                               {userId});
    if (rows.empty())
        return std::nullopt;
    return overviewFrom(rows.front());
}

std::vector<AffiliateOverview> AffiliateStore::overviews(core::Sql& sql,
                                                         const AffiliateFilter& filter,
                                                         const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_OVERVIEW_COLUMNS " FROM affiliate_profiles p JOIN users u ON u.id = p.user_id"
        " WHERE ($1::text IS NULL OR p.code::text ILIKE '%' || $1 || '%'"
        "        OR u.full_name ILIKE '%' || $1 || '%' OR u.email::text ILIKE '%' || $1 || '%')"
        "   AND ($2::text IS NULL OR p.status = $2)"
        "   AND ($3::timestamptz IS NULL OR (p.created_at, p.user_id) < ($3::timestamptz, "
        "$4::uuid))"
        " ORDER BY p.created_at DESC, p.user_id DESC LIMIT $5",
        {filter.search, filter.status, page.afterKey, page.afterId, page.limit + 1});
    std::vector<AffiliateOverview> list;
    for (const auto& row : rows)
        list.push_back(overviewFrom(row));
    return list;
}

bool AffiliateStore::insertClickUnlessRecent(core::Sql& sql, const std::string& affiliateId,
                                             const std::string& code, const std::string& path,
                                             const std::string& ipHash, std::int64_t nowMs,
                                             std::int64_t windowMs)
{
    // One lock per (affiliate, address): concurrent repeats queue here instead of both seeing
    // "no recent click" and inserting twice.
    sql.exec("SELECT pg_advisory_xact_lock(hashtextextended("
             "'affiliate_click:' || $1::text || ':' || $2::text, 0))",
             {affiliateId, ipHash});
    // The affiliate_clicks_affiliate_idx (affiliate_id, created_at) range serves the lookup.
    return !sql.exec(
                   "INSERT INTO affiliate_clicks (affiliate_id, code, path, ip_hash, created_at)"
                   " SELECT $1::uuid, $2::citext, $3::text, $4::text, " EY_AT(
                       "5") " WHERE NOT EXISTS ("
                            "   SELECT 1 FROM affiliate_clicks c WHERE c.affiliate_id = $1::uuid"
                            "   AND c.code = $2::citext AND c.ip_hash = $4::text"
                            "   AND c.created_at > to_timestamp(($5::bigint - $6::bigint) / 1000.0)"
                            "   AND c.created_at <= " EY_AT("5") ")"
                                                                 " RETURNING id",
                   {affiliateId, code, path, ipHash, nowMs, windowMs})
                .empty();
}

bool AffiliateStore::insertConversion(core::Sql& sql, const Conversion& conversion,
                                      std::int64_t nowMs)
{
    return sql.exec("INSERT INTO affiliate_conversions (transaction_id, affiliate_id, gross,"
                    " commission, created_at, updated_at)"
                    " VALUES ($1::uuid, $2::uuid, $3, $4, " EY_AT("5") ", " EY_AT(
                        "5") ")"
                             " ON CONFLICT (transaction_id) DO NOTHING",
                    {conversion.transactionId, conversion.affiliateId, conversion.gross,
                     conversion.commission, nowMs})
               .affected() > 0;
}

void AffiliateStore::reverseConversion(core::Sql& sql, const std::string& transactionId,
                                       std::int64_t amount, std::int64_t nowMs)
{
    // One guarded statement: concurrent refunds add up and can never pass the commission.
    sql.exec("UPDATE affiliate_conversions SET"
             " reversed = least(commission, reversed + $2::bigint),"
             " status = CASE WHEN least(commission, reversed + $2::bigint) >= commission"
             "               THEN 'reversed' ELSE 'partially_reversed' END,"
             " updated_at = " EY_AT("3") " WHERE transaction_id = " EY_UUID(
                 "1") " AND status <> 'reversed'",
             {transactionId, amount, nowMs});
}

std::vector<ConversionEntry> AffiliateStore::conversions(core::Sql& sql,
                                                         const std::string& affiliateId,
                                                         const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT v.id::text AS id, v.transaction_id::text AS transaction_id, t.invoice_number,"
        " v.gross, v.commission, v.reversed, v.status, " EY_ISO(
            "v.created_at") " AS created_at"
                            " FROM affiliate_conversions v JOIN transactions t ON t.id = "
                            "v.transaction_id"
                            " WHERE v.affiliate_id = $1::uuid"
                            "   AND ($2::timestamptz IS NULL OR (v.created_at, v.id) < "
                            "($2::timestamptz, $3::uuid))"
                            " ORDER BY v.created_at DESC, v.id DESC LIMIT $4",
        {affiliateId, page.afterKey, page.afterId, page.limit + 1});
    std::vector<ConversionEntry> list;
    for (const auto& row : rows)
        list.push_back({row.str("id"), row.str("transaction_id"), row.str("invoice_number"),
                        row.i64("gross"), row.i64("commission"), row.i64("reversed"),
                        row.str("status"), row.str("created_at")});
    return list;
}

std::vector<DayStats> AffiliateStore::days(core::Sql& sql, const std::string& affiliateId,
                                           const std::string& from, const std::string& to)
{
    // Days are Jakarta days (WIB): that is when the business's "hari ini" starts and ends.
    const auto rows = sql.exec(
        "WITH days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date, "
        "interval '1 day') d),"
        " c AS (SELECT (created_at AT TIME ZONE 'Asia/Jakarta')::date AS day, count(*) AS n"
        "       FROM affiliate_clicks WHERE affiliate_id = $1::uuid"
        "        AND created_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Jakarta')"
        "        AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
        "       GROUP BY 1),"
        " v AS (SELECT (created_at AT TIME ZONE 'Asia/Jakarta')::date AS day,"
        "              count(*) FILTER (WHERE status <> 'reversed') AS n,"
        "              sum(commission - reversed) AS commission"
        "       FROM affiliate_conversions WHERE affiliate_id = $1::uuid"
        "        AND created_at >= ($2::date::timestamp AT TIME ZONE 'Asia/Jakarta')"
        "        AND created_at < (($3::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')"
        "       GROUP BY 1)"
        " SELECT to_char(days.day, 'YYYY-MM-DD') AS day, coalesce(c.n, 0) AS clicks,"
        " coalesce(v.n, 0) AS conversions, coalesce(v.commission, 0)::bigint AS commission"
        " FROM days LEFT JOIN c USING (day) LEFT JOIN v USING (day) ORDER BY days.day",
        {affiliateId, from, to});
    std::vector<DayStats> list;
    for (const auto& row : rows)
        list.push_back(
            {row.str("day"), row.i64("clicks"), row.i64("conversions"), row.i64("commission")});
    return list;
}

std::optional<Agent> AffiliateStore::agent(core::Sql& sql, const std::string& userId)
{
    const auto rows =
        sql.exec("SELECT " EY_AGENT_COLUMNS EY_AGENT_FROM " WHERE u.id = " EY_UUID("1"), {userId});
    if (rows.empty())
        return std::nullopt;
    return agentFrom(rows.front());
}

std::vector<Agent> AffiliateStore::agents(core::Sql& sql, const std::optional<std::string>& search,
                                          const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_AGENT_COLUMNS EY_AGENT_FROM
        " WHERE ($1::text IS NULL OR u.full_name ILIKE '%' || $1 || '%'"
        "        OR u.email::text ILIKE '%' || $1 || '%')"
        "   AND ($2::timestamptz IS NULL OR (u.created_at, u.id) < ($2::timestamptz, $3::uuid))"
        " ORDER BY u.created_at DESC, u.id DESC LIMIT $4",
        {search, page.afterKey, page.afterId, page.limit + 1});
    std::vector<Agent> list;
    for (const auto& row : rows)
        list.push_back(agentFrom(row));
    return list;
}

void AffiliateStore::saveAgent(core::Sql& sql, const std::string& userId,
                               const std::optional<std::string>& referredBy, std::int64_t nowMs)
{
    sql.exec("INSERT INTO agent_profiles (user_id, referred_by, created_at, updated_at)"
             " VALUES ($1::uuid, $2::uuid, " EY_AT("3") ", " EY_AT(
                 "3") ")"
                      " ON CONFLICT (user_id) DO UPDATE SET referred_by = EXCLUDED.referred_by,"
                      " updated_at = EXCLUDED.updated_at",
             {userId, referredBy, nowMs});
}

AgentReferral AffiliateStore::referral(core::Sql& sql, const std::string& agentUserId)
{
    const auto rows = sql.exec(
        "SELECT a.referred_by::text AS referred_by,"
        " (p.status = 'active' AND u.status = 'active') IS TRUE AS active"
        " FROM agent_profiles a LEFT JOIN affiliate_profiles p ON p.user_id = a.referred_by"
        " LEFT JOIN users u ON u.id = a.referred_by WHERE a.user_id = " EY_UUID("1"),
        {agentUserId});
    if (rows.empty())
        return {};
    return {rows.front().optStr("referred_by"), rows.front().boolean("active")};
}

std::optional<std::string> AffiliateStore::productIdBySlug(core::Sql& sql, const std::string& slug)
{
    const auto rows =
        sql.exec("SELECT id::text AS id FROM products WHERE slug = $1::citext", {slug});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::optional<PricedProduct>
AffiliateStore::pricedProduct(core::Sql& sql, const std::string& productId, const std::string& mode)
{
    const auto rows = sql.exec(
        "SELECT p.id::text AS id, p.title, p.status, a.unit_price, a.fee_affiliate, a.min_quantity"
        " FROM products p LEFT JOIN agent_pricings a ON a.product_id = p.id AND a.mode = $2"
        " WHERE p.id = " EY_UUID("1"),
        {productId, mode});
    if (rows.empty())
        return std::nullopt;
    const auto row = rows.front();
    PricedProduct product{row.str("id"), row.str("title"), row.str("status"), std::nullopt};
    if (!row.isNull("unit_price"))
        product.price = AgentPrice{row.i64("unit_price"), row.i64("fee_affiliate"),
                                   static_cast<int>(row.i64("min_quantity"))};
    return product;
}

std::optional<AgentPricing> AffiliateStore::pricing(core::Sql& sql, const std::string& productId)
{
    const auto rows = sql.exec(
        "SELECT " EY_PRICING_COLUMNS EY_PRICING_FROM " WHERE p.id = " EY_UUID("1"), {productId});
    if (rows.empty())
        return std::nullopt;
    return pricingFrom(rows.front());
}

std::vector<AgentPricing> AffiliateStore::pricings(core::Sql& sql, const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_PRICING_COLUMNS EY_PRICING_FROM
        " WHERE (i.product_id IS NOT NULL OR b.product_id IS NOT NULL)"
        "   AND ($1::timestamptz IS NULL OR (p.created_at, p.id) < ($1::timestamptz, $2::uuid))"
        " ORDER BY p.created_at DESC, p.id DESC LIMIT $3",
        {page.afterKey, page.afterId, page.limit + 1});
    std::vector<AgentPricing> list;
    for (const auto& row : rows)
        list.push_back(pricingFrom(row));
    return list;
}

void AffiliateStore::savePrice(core::Sql& sql, const std::string& productId,
                               const std::string& mode, const std::optional<AgentPrice>& price,
                               std::int64_t nowMs)
{
    if (!price) {
        sql.exec("DELETE FROM agent_pricings WHERE product_id = $1::uuid AND mode = $2",
                 {productId, mode});
        return;
    }
    sql.exec(
        "INSERT INTO agent_pricings (product_id, mode, unit_price, fee_affiliate,"
        " min_quantity, updated_at) VALUES ($1::uuid, $2, $3, $4, $5, " EY_AT(
            "6") ")"
                 " ON CONFLICT (product_id, mode) DO UPDATE SET unit_price = EXCLUDED.unit_price,"
                 " fee_affiliate = EXCLUDED.fee_affiliate, min_quantity = EXCLUDED.min_quantity,"
                 " updated_at = EXCLUDED.updated_at",
        {productId, mode, price->unitPrice, price->feeAffiliate, price->minQuantity, nowMs});
}

} // namespace ey::affiliate
