// Buyer alert SQL: parameters only ($1...), lists travel as JSON arrays, times as Unix ms.
#include "BuyerAlertStore.h"

#include "DirectoryText.h"
#include "Json.h"

#include <algorithm>

namespace ey::directory {

using core::Param;
namespace json = core::json;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_AT(param) "('epoch'::timestamptz + " param "::bigint * interval '1 millisecond')"
#define EY_LIST(param) "ARRAY(SELECT json_array_elements_text(" param "::json))"
// A buyer matches when a product word occurs in its product_text (kept lower-case by the buyers
// trigger, so strpos needs no pattern escaping) or one of its HS codes starts with a prefix, and
// it is in one of the countries (every country when the list is empty). $1 products, $2 HS
// prefixes, $3 countries (JSON arrays), [$4, $5) the window in Unix ms.
// clang-format off
#define EY_ALERT_MATCH                                                                             \
    " FROM buyers b WHERE b.date_added >= " EY_AT("$4") " AND b.date_added < " EY_AT("$5")         \
    " AND (EXISTS (SELECT 1 FROM json_array_elements_text($1::json) w(word)"                       \
    " WHERE strpos(b.product_text, lower(w.word)) > 0)"                                            \
    " OR EXISTS (SELECT 1 FROM unnest(b.hs_codes) h(code), json_array_elements_text($2::json)"     \
    " x(prefix) WHERE starts_with(h.code, x.prefix)))"                                             \
    " AND (json_array_length($3::json) = 0"                                                        \
    " OR b.country::text IN (SELECT json_array_elements_text($3::json)))"
#define EY_SUBSCRIPTION_COLUMNS                                                                    \
    " to_json(s.products)::text AS products, to_json(s.hs_codes)::text AS hs_codes,"               \
    " to_json(s.countries)::text AS countries, s.enabled, s.email,"                                \
    " " EY_ISO("s.updated_at") " AS updated_at"
// The statements that splice the macros above, kept out of clang-format's way.
const std::string kSaveSql =
    "INSERT INTO buyer_alert_subscriptions (user_id, products, hs_codes, countries, enabled, email,"
    " updated_at) VALUES ($1::uuid, " EY_LIST("$2") ", " EY_LIST("$3") ", " EY_LIST("$4") ","
    " $5::boolean, $6::boolean, " EY_AT("$7") ")"
    " ON CONFLICT (user_id) DO UPDATE SET products = EXCLUDED.products,"
    " hs_codes = EXCLUDED.hs_codes, countries = EXCLUDED.countries, enabled = EXCLUDED.enabled,"
    " email = EXCLUDED.email, updated_at = EXCLUDED.updated_at";
const std::string kNewestSql =
    "SELECT b.id::text AS id, b.company, b.country::text AS country,"
    " to_json(b.products)::text AS products, to_json(b.hs_codes)::text AS hs_codes, b.verified,"
    " " EY_ISO("b.date_added") " AS date_added" EY_ALERT_MATCH
    " ORDER BY b.date_added DESC, b.id DESC LIMIT $6";
// sent_at stays NULL for a week without matches: nothing was sent.
const std::string kDigestSql =
    "INSERT INTO buyer_alert_digests (user_id, week_start, buyer_count, source, sent_at, created_at)"
    " VALUES ($1::uuid, $2::date, $3::int, $4, CASE WHEN $3::int > 0 THEN " EY_AT("$5") " END,"
    " " EY_AT("$5") ") ON CONFLICT (user_id, week_start) DO NOTHING RETURNING 1 AS inserted";
// clang-format on

core::Params matchParams(const BuyerInterests& interests, std::int64_t fromMs, std::int64_t toMs)
{
    return {text::jsonList(interests.products), text::jsonList(interests.hsCodes),
            text::jsonList(interests.countries), fromMs, toMs};
}

BuyerAlertSubscription subscriptionFrom(const core::Row& row, const std::string& userId)
{
    BuyerAlertSubscription subscription;
    subscription.userId = userId;
    subscription.products = text::listFromJson(row.str("products"));
    subscription.hsCodes = text::listFromJson(row.str("hs_codes"));
    subscription.countries = text::listFromJson(row.str("countries"));
    subscription.enabled = row.boolean("enabled");
    subscription.email = row.boolean("email");
    subscription.updatedAt = row.str("updated_at");
    return subscription;
}

/// Appends the items not there yet, up to `maxItems`.
void addNew(std::vector<std::string>& into, const std::vector<std::string>& items,
            std::size_t maxItems)
{
    for (const auto& item : items) {
        if (into.size() >= maxItems)
            return;
        if (!item.empty() && std::find(into.begin(), into.end(), item) == into.end())
            into.push_back(item);
    }
}

} // namespace

AlertWeek BuyerAlertStore::weekAt(core::Sql& sql, std::int64_t nowMs)
{
    // date_trunc('week') of a Jakarta wall-clock time is its Monday 00:00; the reported week is
    // the one that ended there.
    const auto row =
        sql.exec(
               "WITH n AS (SELECT to_timestamp($1::bigint / 1000.0) AT TIME ZONE 'Asia/Jakarta'"
               " AS local), w AS (SELECT local, date_trunc('week', local) AS monday FROM n)"
               " SELECT to_char(monday - interval '7 days', 'YYYY-MM-DD') AS week_start,"
               " (extract(epoch FROM (monday - interval '7 days') AT TIME ZONE 'Asia/Jakarta')"
               " * 1000)::bigint AS from_ms,"
               " (extract(epoch FROM monday AT TIME ZONE 'Asia/Jakarta') * 1000)::bigint AS to_ms,"
               " local >= monday + interval '8 hours' AS due FROM w",
               {nowMs})
            .front();
    AlertWeek week;
    week.weekStart = row.str("week_start");
    week.fromMs = row.i64("from_ms");
    week.toMs = row.i64("to_ms");
    week.due = row.boolean("due");
    return week;
}

std::optional<BuyerAlertSubscription> BuyerAlertStore::find(core::Sql& sql,
                                                            const std::string& userId)
{
    const auto rows = sql.exec("SELECT" EY_SUBSCRIPTION_COLUMNS
                               " FROM buyer_alert_subscriptions s WHERE s.user_id = $1::uuid",
                               {userId});
    if (rows.empty())
        return std::nullopt;
    return subscriptionFrom(rows.front(), userId);
}

void BuyerAlertStore::save(core::Sql& sql, const std::string& userId, const BuyerAlertInput& input,
                           std::int64_t nowMs)
{
    sql.exec(kSaveSql, {userId, text::jsonList(input.products), text::jsonList(input.hsCodes),
                        text::jsonList(input.countries), input.enabled, input.email, nowMs});
}

BuyerInterests BuyerAlertStore::favouriteInterests(core::Sql& sql, const std::string& userId,
                                                   std::size_t maxItems)
{
    BuyerInterests interests;
    interests.source = "favourites";
    // The newest likes say most about what the member exports now; maxItems buyers are enough
    // to fill both lists in the common case.
    for (const auto& row :
         sql.exec("SELECT to_json(ARRAY(SELECT lower(p) FROM unnest(b.products) p))::text AS"
                  " products, to_json(b.hs_codes)::text AS hs_codes FROM buyer_likes l"
                  " JOIN buyers b ON b.id = l.buyer_id WHERE l.user_id = $1::uuid"
                  " ORDER BY l.created_at DESC, l.buyer_id LIMIT $2",
                  {userId, static_cast<std::int64_t>(maxItems)})) {
        addNew(interests.products, text::listFromJson(row.str("products")), maxItems);
        addNew(interests.hsCodes, text::listFromJson(row.str("hs_codes")), maxItems);
    }
    return interests;
}

std::int64_t BuyerAlertStore::countAdded(core::Sql& sql, const BuyerInterests& interests,
                                         std::int64_t fromMs, std::int64_t toMs)
{
    if (interests.empty())
        return 0;
    return sql.exec("SELECT count(*) AS n" EY_ALERT_MATCH, matchParams(interests, fromMs, toMs))
        .front()
        .i64("n");
}

std::vector<AlertBuyer> BuyerAlertStore::newestAdded(core::Sql& sql,
                                                     const BuyerInterests& interests,
                                                     std::int64_t fromMs, std::int64_t toMs,
                                                     int limit)
{
    std::vector<AlertBuyer> buyers;
    if (interests.empty())
        return buyers;
    auto params = matchParams(interests, fromMs, toMs);
    params.emplace_back(limit);
    for (const auto& row : sql.exec(kNewestSql, params)) {
        AlertBuyer buyer;
        buyer.id = row.str("id");
        buyer.company = row.str("company");
        buyer.country = row.str("country");
        buyer.products = text::listFromJson(row.str("products"));
        buyer.hsCodes = text::listFromJson(row.str("hs_codes"));
        buyer.verified = row.boolean("verified");
        buyer.dateAdded = row.str("date_added");
        buyers.push_back(std::move(buyer));
    }
    return buyers;
}

std::vector<AlertCandidate>
BuyerAlertStore::candidates(core::Sql& sql, const std::string& permission,
                            const std::string& weekStart,
                            const std::optional<std::string>& afterUserId, int limit)
{
    std::vector<AlertCandidate> found;
    for (const auto& row : sql.exec(
             "SELECT u.id::text AS user_id, s.user_id IS NOT NULL AS saved," EY_SUBSCRIPTION_COLUMNS
             " FROM users u LEFT JOIN buyer_alert_subscriptions s ON s.user_id = u.id"
             " WHERE u.status = 'active' AND ($3::uuid IS NULL OR u.id > $3::uuid)"
             " AND EXISTS (SELECT 1 FROM user_roles ur JOIN role_permissions rp"
             " ON rp.role = ur.role WHERE ur.user_id = u.id AND rp.permission = $1)"
             " AND coalesce(s.enabled, true)"
             " AND (cardinality(s.products) > 0 OR cardinality(s.hs_codes) > 0"
             " OR EXISTS (SELECT 1 FROM buyer_likes l WHERE l.user_id = u.id))"
             " AND NOT EXISTS (SELECT 1 FROM buyer_alert_digests d WHERE d.user_id = u.id"
             " AND d.week_start = $2::date)"
             " ORDER BY u.id LIMIT $4",
             {permission, weekStart, afterUserId, limit})) {
        AlertCandidate candidate;
        candidate.userId = row.str("user_id");
        if (row.boolean("saved"))
            candidate.subscription = subscriptionFrom(row, candidate.userId);
        found.push_back(std::move(candidate));
    }
    return found;
}

bool BuyerAlertStore::recordDigest(core::Sql& sql, const std::string& userId,
                                   const std::string& weekStart, std::int64_t buyerCount,
                                   const std::string& source, std::int64_t nowMs)
{
    return !sql.exec(kDigestSql, {userId, weekStart, buyerCount, source, nowMs}).empty();
}

std::optional<BuyerAlertDigest> BuyerAlertStore::lastDigest(core::Sql& sql,
                                                            const std::string& userId)
{
    const auto rows = sql.exec(
        "SELECT to_char(week_start, 'YYYY-MM-DD') AS week_start, buyer_count, source,"
        " " EY_ISO("sent_at") " AS sent_at FROM buyer_alert_digests WHERE user_id = $1::uuid"
                              " ORDER BY week_start DESC LIMIT 1",
        {userId});
    if (rows.empty())
        return std::nullopt;
    const auto row = rows.front();
    BuyerAlertDigest digest;
    digest.weekStart = row.str("week_start");
    digest.buyerCount = row.i64("buyer_count");
    digest.source = row.str("source");
    digest.sentAt = row.optStr("sent_at");
    return digest;
}

} // namespace ey::directory
