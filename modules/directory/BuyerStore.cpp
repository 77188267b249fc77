// Buyer SQL: parameters only ($1...), lists travel as JSON arrays, times as ISO-8601 UTC text.
#include "BuyerStore.h"

#include "Countries.h"
#include "DirectoryText.h"

namespace ey::directory {

using core::Param;
namespace json = core::json;

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_AT(param) "('epoch'::timestamptz + " param "::bigint * interval '1 millisecond')"
#define EY_LIST(param) "ARRAY(SELECT json_array_elements_text(" param "::json))"
// clang-format off
#define EY_BUYER_COLUMNS                                                                           \
    "b.id::text AS id, b.company, b.contact_person, b.email::text AS email, b.phone,"              \
    " b.country::text AS country, to_json(b.products)::text AS products,"                          \
    " to_json(b.hs_codes)::text AS hs_codes, b.business_scale,"                                    \
    " to_json(b.payment_terms)::text AS payment_terms,"                                            \
    " to_json(b.shipping_terms)::text AS shipping_terms, b.notes, b.verified, b.rating, b.source," \
    " " EY_ISO("b.date_added") " AS date_added,"                                                   \
    " " EY_ISO("b.updated_at") " AS updated_at,"                                                   \
    " (SELECT count(*) FROM buyer_views v WHERE v.buyer_id = b.id) AS views,"                      \
    " (SELECT count(DISTINCT v.user_id) FROM buyer_views v WHERE v.buyer_id = b.id) AS viewers,"   \
    " (SELECT count(*) FROM buyer_likes l WHERE l.buyer_id = b.id) AS likes,"                      \
    " (SELECT count(*) FROM buyer_reports r WHERE r.buyer_id = b.id AND r.status = 'open')"        \
    " AS open_reports"
// clang-format on
// What one member did with the buyer: $u their id, [$s, $n) the quota month.
#define EY_MEMBER_STATE(u, s, n)                                                                   \
    ", EXISTS (SELECT 1 FROM buyer_likes l WHERE l.buyer_id = b.id AND l.user_id = $" u "::uuid)"  \
    " AS liked, (SELECT count(*) FROM buyer_views v WHERE v.buyer_id = b.id"                       \
    " AND v.user_id = $" u "::uuid) AS my_views, EXISTS (SELECT 1 FROM buyer_views v"              \
    " WHERE v.buyer_id = b.id AND v.user_id = $" u "::uuid AND v.viewed_at >= $" s "::timestamptz" \
    " AND v.viewed_at < $" n "::timestamptz) AS unlocked"
// The filters, $1..$9. Keyword and product use the trigram indexes on the lower-cased text the
// trigger maintains; the patterns arrive lower-cased with % and _ escaped.
#define EY_BUYER_WHERE                                                                             \
    " WHERE ($1::text IS NULL OR b.search_text ILIKE $1::text)"                                    \
    " AND ($2::text IS NULL OR b.product_text ILIKE $2::text)"                                     \
    " AND ($3::text IS NULL OR b.country = $3::char(2))"                                           \
    " AND ($4::text IS NULL OR b.payment_terms @> ARRAY[$4::text])"                                \
    " AND ($5::text IS NULL OR b.shipping_terms @> ARRAY[$5::text])"                               \
    " AND ($6::text IS NULL OR b.business_scale = $6::text)"                                       \
    " AND ($7::boolean IS NULL OR b.verified = $7::boolean)"                                       \
    " AND ($8::date IS NULL OR b.date_added >= ($8::date::timestamp AT TIME ZONE 'Asia/Jakarta'))" \
    " AND ($9::date IS NULL OR b.date_added < (($9::date + 1)::timestamp AT TIME ZONE"             \
    " 'Asia/Jakarta'))"
#define EY_NEWEST_AFTER                                                                            \
    " AND ($10::timestamptz IS NULL OR (b.date_added, b.id) < ($10::timestamptz, $11::uuid))"      \
    " ORDER BY b.date_added DESC, b.id DESC LIMIT $12"
#define EY_COMPANY_AFTER                                                                           \
    " AND ($10::text IS NULL OR (lower(b.company), b.id) > (lower($10::text), $11::uuid))"         \
    " ORDER BY lower(b.company), b.id LIMIT $12"

Param optionalNumber(const std::optional<int>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

Param optionalFlag(const std::optional<bool>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

/// ILIKE pattern matching the text anywhere, with the wildcards people type taken literally.
std::optional<std::string> containsPattern(const std::optional<std::string>& text)
{
    if (!text)
        return std::nullopt;
    std::string pattern = "%";
    for (const char c : *text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

Buyer buyerFrom(const core::Row& row)
{
    Buyer buyer;
    buyer.id = row.str("id");
    buyer.company = row.str("company");
    buyer.contactPerson = row.optStr("contact_person");
    buyer.email = row.optStr("email");
    buyer.phone = row.optStr("phone");
    buyer.country = row.str("country");
    buyer.products = text::listFromJson(row.str("products"));
    buyer.hsCodes = text::listFromJson(row.str("hs_codes"));
    buyer.businessScale = row.optStr("business_scale");
    buyer.paymentTerms = text::listFromJson(row.str("payment_terms"));
    buyer.shippingTerms = text::listFromJson(row.str("shipping_terms"));
    buyer.notes = row.optStr("notes");
    buyer.verified = row.boolean("verified");
    if (const auto rating = row.optI64("rating"))
        buyer.rating = static_cast<int>(*rating);
    buyer.source = row.optStr("source");
    buyer.dateAdded = row.str("date_added");
    buyer.updatedAt = row.str("updated_at");
    buyer.views = row.i64("views");
    buyer.viewers = row.i64("viewers");
    buyer.likes = row.i64("likes");
    buyer.openReports = row.i64("open_reports");
    return buyer;
}

MemberBuyer memberFrom(const core::Row& row)
{
    MemberBuyer item;
    item.buyer = buyerFrom(row);
    item.liked = row.boolean("liked");
    item.myViews = row.i64("my_views");
    item.unlocked = row.boolean("unlocked");
    return item;
}

core::Params filterParams(const BuyerFilter& filter)
{
    return {containsPattern(filter.q),
            containsPattern(filter.product),
            filter.country,
            filter.paymentTerm,
            filter.shippingTerm,
            filter.businessScale,
            optionalFlag(filter.verified),
            filter.addedFrom,
            filter.addedTo};
}

core::Params inputParams(const BuyerInput& input)
{
    return {input.company,
            input.contactPerson,
            input.email,
            input.phone,
            input.country,
            text::jsonList(input.products),
            text::jsonList(input.hsCodes),
            input.businessScale,
            text::jsonList(input.paymentTerms),
            text::jsonList(input.shippingTerms),
            input.notes,
            input.verified,
            optionalNumber(input.rating),
            input.source};
}

/// The JSON record json_to_recordset reads back as the columns of EY_INPUT_RECORD.
json::ObjectPtr inputRecord(const BuyerInput& input)
{
    auto strings = [](const std::vector<std::string>& items) {
        auto array = json::array();
        for (const auto& item : items)
            array->add(item);
        return array;
    };
    auto record = json::object();
    record->set("company", input.company);
    record->set("contact_person", json::orNull(input.contactPerson));
    record->set("email", json::orNull(input.email));
    record->set("phone", json::orNull(input.phone));
    record->set("country", input.country);
    record->set("products", strings(input.products));
    record->set("hs_codes", strings(input.hsCodes));
    record->set("business_scale", json::orNull(input.businessScale));
    record->set("payment_terms", strings(input.paymentTerms));
    record->set("shipping_terms", strings(input.shippingTerms));
    record->set("notes", json::orNull(input.notes));
    record->set("verified", input.verified);
    record->set("rating", json::orNull(input.rating));
    record->set("source", json::orNull(input.source));
    return record;
}
// The buyer columns of one inputRecord(), as json_to_recordset declares them.
#define EY_INPUT_RECORD                                                                            \
    "company text, contact_person text, email text, phone text, country text, products text[],"    \
    " hs_codes text[], business_scale text, payment_terms text[], shipping_terms text[],"          \
    " notes text, verified boolean, rating smallint, source text"

#define EY_REPORT_COLUMNS                                                                          \
    "r.id::text AS id, r.buyer_id::text AS buyer_id, b.company, r.user_id::text AS user_id,"       \
    " u.full_name, r.reason, r.message, r.status, r.resolution_note,"                              \
    " " EY_ISO("r.created_at") " AS created_at, " EY_ISO("r.resolved_at") " AS resolved_at"
#define EY_REPORT_FROM                                                                             \
    " FROM buyer_reports r JOIN buyers b ON b.id = r.buyer_id JOIN users u ON u.id = r.user_id"

json::ObjectPtr reportFrom(const core::Row& row)
{
    auto object = json::object();
    object->set("id", row.str("id"));
    object->set("buyer_id", row.str("buyer_id"));
    object->set("company", row.str("company"));
    object->set("user_id", row.str("user_id"));
    object->set("full_name", row.str("full_name"));
    object->set("reason", row.str("reason"));
    object->set("message", json::orNull(row.optStr("message")));
    object->set("status", row.str("status"));
    object->set("resolution_note", json::orNull(row.optStr("resolution_note")));
    object->set("created_at", row.str("created_at"));
    object->set("resolved_at", json::orNull(row.optStr("resolved_at")));
    return object;
}

} // namespace

std::optional<std::string> BuyerStore::findDuplicate(core::Sql& sql, const BuyerInput& input,
                                                     const std::optional<std::string>& excludingId)
{
    const auto rows =
        sql.exec("SELECT id::text AS id FROM buyers"
                 " WHERE ((lower(company) = lower($1) AND country = $2::char(2))"
                 "        OR ($3::text IS NOT NULL AND email = $3::citext))"
                 "   AND ($4::uuid IS NULL OR id <> $4::uuid)"
                 " ORDER BY (lower(company) = lower($1) AND country = $2::char(2)) DESC LIMIT 1",
                 {input.company, input.country, input.email, excludingId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::string BuyerStore::insert(core::Sql& sql, const BuyerInput& input,
                               const std::optional<std::string>& createdBy, std::int64_t nowMs)
{
    auto params = inputParams(input);
    params.emplace_back(createdBy);
    params.emplace_back(nowMs);
    return sql
        .exec("INSERT INTO buyers (company, contact_person, email, phone, country, products,"
              " hs_codes, business_scale, payment_terms, shipping_terms, notes, verified, rating,"
              " source, created_by, date_added, updated_at)"
              " VALUES ($1, $2, $3, $4, $5, " EY_LIST("$6") ", " EY_LIST("$7") ", $8, " EY_LIST(
                  "$9") ", " EY_LIST("$10") ", $11, $12::boolean, $13::smallint, $14,"
                                            " $15::uuid, " EY_AT("$16") ", " EY_AT(
                                                "$16") ") RETURNING id::text AS id",
              params)
        .front()
        .str("id");
}

void BuyerStore::replace(core::Sql& sql, const std::string& id, const BuyerInput& input,
                         std::int64_t nowMs)
{
    auto params = inputParams(input);
    params.emplace_back(id);
    params.emplace_back(nowMs);
    sql.exec(
        "UPDATE buyers SET company = $1, contact_person = $2, email = $3, phone = $4,"
        " country = $5, products = " EY_LIST("$6") ", hs_codes = " EY_LIST(
            "$7") ","
                  " business_scale = $8, payment_terms = " EY_LIST(
                      "$9") ","
                            " shipping_terms = " EY_LIST(
                                "$10") ", notes = $11, verified = $12::boolean,"
                                       " rating = $13::smallint, source = $14, updated_at = " EY_AT(
                                           "$16") " WHERE id = $15::uuid",
        params);
}

std::vector<DuplicateMatch> BuyerStore::findDuplicates(core::Sql& sql,
                                                       const std::vector<const BuyerInput*>& inputs)
{
    std::vector<DuplicateMatch> matches(inputs.size());
    if (inputs.empty())
        return matches;
    auto keys = json::array();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        auto key = json::object();
        key->set("n", static_cast<std::int64_t>(i));
        key->set("company", inputs[i]->company);
        key->set("country", inputs[i]->country);
        key->set("email", json::orNull(inputs[i]->email));
        keys->add(key);
    }
    // Two probes per row, each on its unique index (the same predicates as findDuplicate).
    const auto rows = sql.exec(
        "SELECT k.n, c.id::text AS c_id, c.company AS c_company, c.country::text AS c_country,"
        " e.id::text AS e_id, e.company AS e_company, e.country::text AS e_country"
        " FROM json_to_recordset($1::json) AS k(n int, company text, country text, email text)"
        " LEFT JOIN buyers c ON lower(c.company) = lower(k.company)"
        "  AND c.country = k.country::char(2)"
        " LEFT JOIN buyers e ON k.email IS NOT NULL AND e.email = k.email::citext"
        " WHERE c.id IS NOT NULL OR e.id IS NOT NULL",
        {json::stringify(keys)});
    for (const auto& row : rows) {
        const auto n = static_cast<std::size_t>(row.i64("n"));
        if (n >= matches.size())
            continue;
        if (const auto id = row.optStr("c_id"))
            matches[n].byCompany = BuyerKeyHolder{*id, row.str("c_company"), row.str("c_country")};
        if (const auto id = row.optStr("e_id"))
            matches[n].byEmail = BuyerKeyHolder{*id, row.str("e_company"), row.str("e_country")};
    }
    return matches;
}

void BuyerStore::insertMany(core::Sql& sql, const std::vector<const BuyerInput*>& inputs,
                            const std::optional<std::string>& createdBy, std::int64_t nowMs)
{
    if (inputs.empty())
        return;
    auto records = json::array();
    for (const auto* input : inputs)
        records->add(inputRecord(*input));
    sql.exec("INSERT INTO buyers (company, contact_person, email, phone, country, products,"
             " hs_codes, business_scale, payment_terms, shipping_terms, notes, verified, rating,"
             " source, created_by, date_added, updated_at)"
             " SELECT t.company, t.contact_person, t.email, t.phone, t.country, t.products,"
             " t.hs_codes, t.business_scale, t.payment_terms, t.shipping_terms, t.notes,"
             " t.verified, t.rating, t.source, $2::uuid, " EY_AT("$3") ", " EY_AT(
                 "$3") " FROM json_to_recordset($1::json) AS t(" EY_INPUT_RECORD ")",
             {json::stringify(records), createdBy, nowMs});
}

void BuyerStore::replaceMany(core::Sql& sql,
                             const std::vector<std::pair<std::string, const BuyerInput*>>& rows,
                             std::int64_t nowMs)
{
    if (rows.empty())
        return;
    auto records = json::array();
    for (const auto& [id, input] : rows) {
        auto record = inputRecord(*input);
        record->set("id", id);
        records->add(record);
    }
    sql.exec("UPDATE buyers b SET company = t.company, contact_person = t.contact_person,"
             " email = t.email, phone = t.phone, country = t.country, products = t.products,"
             " hs_codes = t.hs_codes, business_scale = t.business_scale,"
             " payment_terms = t.payment_terms, shipping_terms = t.shipping_terms,"
             " notes = t.notes, verified = t.verified, rating = t.rating, source = t.source,"
             " updated_at = " EY_AT("$2") " FROM json_to_recordset($1::json) AS t(id uuid, "
                                         EY_INPUT_RECORD ") WHERE b.id = t.id",
             {json::stringify(records), nowMs});
}

std::optional<Buyer> BuyerStore::byId(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT " EY_BUYER_COLUMNS " FROM buyers b WHERE b.id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return std::nullopt;
    return buyerFrom(rows.front());
}

std::optional<Buyer> BuyerStore::lock(core::Sql& sql, const std::string& id)
{
    if (sql.exec("SELECT id FROM buyers WHERE id = " EY_UUID("$1") " FOR UPDATE", {id}).empty())
        return std::nullopt;
    return byId(sql, id);
}

std::vector<Buyer> BuyerStore::list(core::Sql& sql, const BuyerFilter& filter,
                                    const core::PageRequest& page)
{
    auto params = filterParams(filter);
    params.emplace_back(page.afterKey);
    params.emplace_back(page.afterId);
    params.emplace_back(page.limit + 1);
    const auto rows =
        filter.sort == "company"
            ? sql.exec("SELECT " EY_BUYER_COLUMNS " FROM buyers b" EY_BUYER_WHERE EY_COMPANY_AFTER,
                       params)
            : sql.exec("SELECT " EY_BUYER_COLUMNS " FROM buyers b" EY_BUYER_WHERE EY_NEWEST_AFTER,
                       params);
    std::vector<Buyer> items;
    for (const auto& row : rows)
        items.push_back(buyerFrom(row));
    return items;
}

std::string BuyerStore::sortKey(const BuyerFilter& filter, const Buyer& buyer)
{
    return filter.sort == "company" ? buyer.company : buyer.dateAdded;
}

void BuyerStore::forEach(core::Sql& sql, const BuyerFilter& filter,
                         const std::function<void(const Buyer&)>& row)
{
    core::PageRequest page;
    page.limit = 500;
    for (;;) {
        auto batch = list(sql, filter, page);
        const bool more = static_cast<int>(batch.size()) > page.limit;
        if (more)
            batch.resize(static_cast<std::size_t>(page.limit));
        for (const auto& buyer : batch)
            row(buyer);
        if (!more || batch.empty())
            return;
        page.afterKey = sortKey(filter, batch.back());
        page.afterId = batch.back().id;
    }
}

bool BuyerStore::remove(core::Sql& sql, const std::string& id)
{
    return sql.exec("DELETE FROM buyers WHERE id = " EY_UUID("$1"), {id}).affected() > 0;
}

// ---- members ---------------------------------------------------------------------------------

QuotaMonth BuyerStore::monthOf(core::Sql& sql, std::int64_t nowMs)
{
    const auto rows = sql.exec(
        "SELECT " EY_ISO("(m.start AT TIME ZONE 'Asia/Jakarta')") " AS start, " EY_ISO(
            "((m.start + interval '1 month') AT TIME ZONE 'Asia/Jakarta')") " AS next"
                                                                            " FROM (SELECT "
                                                                            "date_trunc('month',"
                                                                            " " EY_AT(
                                                                                "$1") " AT TIME "
                                                                                      "ZONE "
                                                                                      "'Asia/"
                                                                                      "Jakarta')"
                                                                                      " AS start) "
                                                                                      "m",
        {nowMs});
    const auto row = rows.front();
    return {row.str("start"), row.str("next")};
}

void BuyerStore::lockMember(core::Sql& sql, const std::string& userId)
{
    sql.exec("SELECT 1 FROM users WHERE id = $1::uuid FOR UPDATE", {userId});
}

std::int64_t BuyerStore::usedIn(core::Sql& sql, const std::string& userId, const QuotaMonth& month)
{
    return sql
        .exec("SELECT count(DISTINCT buyer_id) AS used FROM buyer_views WHERE user_id = $1::uuid"
              " AND viewed_at >= $2::timestamptz AND viewed_at < $3::timestamptz",
              {userId, month.start, month.next})
        .front()
        .i64("used");
}

bool BuyerStore::unlockedIn(core::Sql& sql, const std::string& userId, const std::string& buyerId,
                            const QuotaMonth& month)
{
    return !sql.exec("SELECT 1 FROM buyer_views WHERE user_id = $1::uuid AND buyer_id = $2::uuid"
                     " AND viewed_at >= $3::timestamptz AND viewed_at < $4::timestamptz LIMIT 1",
                     {userId, buyerId, month.start, month.next})
                .empty();
}

void BuyerStore::recordView(core::Sql& sql, const std::string& buyerId, const std::string& userId,
                            std::int64_t nowMs)
{
    sql.exec(
        "INSERT INTO buyer_views (buyer_id, user_id, viewed_at) VALUES ($1::uuid, $2::uuid, " EY_AT(
            "$3") ")",
        {buyerId, userId, nowMs});
}

std::vector<MemberBuyer> BuyerStore::memberList(core::Sql& sql, const std::string& userId,
                                                const BuyerFilter& filter, const QuotaMonth& month,
                                                const core::PageRequest& page)
{
    auto params = filterParams(filter);
    params.emplace_back(page.afterKey);
    params.emplace_back(page.afterId);
    params.emplace_back(page.limit + 1);
    params.emplace_back(userId);
    params.emplace_back(month.start);
    params.emplace_back(month.next);
    std::vector<MemberBuyer> items;
    for (const auto& row :
         sql.exec("SELECT " EY_BUYER_COLUMNS EY_MEMBER_STATE(
                      "13", "14", "15") " FROM buyers b" EY_BUYER_WHERE EY_NEWEST_AFTER,
                  params))
        items.push_back(memberFrom(row));
    return items;
}

std::optional<MemberBuyer> BuyerStore::memberOne(core::Sql& sql, const std::string& userId,
                                                 const std::string& buyerId,
                                                 const QuotaMonth& month)
{
    const auto rows = sql.exec("SELECT " EY_BUYER_COLUMNS EY_MEMBER_STATE(
                                   "1", "2", "3") " FROM buyers b WHERE b.id = " EY_UUID("$4"),
                               {userId, month.start, month.next, buyerId});
    if (rows.empty())
        return std::nullopt;
    return memberFrom(rows.front());
}

std::vector<MemberBuyer> BuyerStore::favorites(core::Sql& sql, const std::string& userId,
                                               const QuotaMonth& month,
                                               const core::PageRequest& page)
{
    std::vector<MemberBuyer> items;
    for (const auto& row : sql.exec(
             "SELECT " EY_BUYER_COLUMNS EY_MEMBER_STATE("1", "2", "3") ", " EY_ISO(
                 "f.created_at") " AS liked_at"
                                 " FROM buyer_likes f JOIN buyers b ON b.id = f.buyer_id WHERE "
                                 "f.user_id = $1::uuid"
                                 " AND ($4::timestamptz IS NULL OR (f.created_at, f.buyer_id) < "
                                 "($4::timestamptz,"
                                 " $5::uuid)) ORDER BY f.created_at DESC, f.buyer_id DESC LIMIT $6",
             {userId, month.start, month.next, page.afterKey, page.afterId, page.limit + 1})) {
        auto item = memberFrom(row);
        item.likedAt = row.str("liked_at");
        items.push_back(std::move(item));
    }
    return items;
}

std::vector<MemberBuyer> BuyerStore::history(core::Sql& sql, const std::string& userId,
                                             const QuotaMonth& month, const core::PageRequest& page)
{
    std::vector<MemberBuyer> items;
    for (const auto& row :
         sql.exec("SELECT " EY_BUYER_COLUMNS EY_MEMBER_STATE("1", "2", "3") ", " EY_ISO(
                      "h.last_viewed") " AS last_viewed_at"
                                       " FROM (SELECT buyer_id, max(viewed_at) AS last_viewed FROM "
                                       "buyer_views"
                                       "       WHERE user_id = $1::uuid GROUP BY buyer_id) h JOIN "
                                       "buyers b ON b.id = h.buyer_id"
                                       " WHERE ($4::timestamptz IS NULL OR (h.last_viewed, "
                                       "h.buyer_id) < ($4::timestamptz,"
                                       " $5::uuid)) ORDER BY h.last_viewed DESC, h.buyer_id DESC "
                                       "LIMIT $6",
                  {userId, month.start, month.next, page.afterKey, page.afterId, page.limit + 1})) {
        auto item = memberFrom(row);
        item.lastViewedAt = row.str("last_viewed_at");
        items.push_back(std::move(item));
    }
    return items;
}

void BuyerStore::forEachUnlocked(core::Sql& sql, const std::string& userId, const QuotaMonth& month,
                                 const std::function<void(const MemberBuyer&)>& row)
{
    // Bounded by what one member opened in one month, so one statement is fine.
    for (const auto& r :
         sql.exec("SELECT " EY_BUYER_COLUMNS EY_MEMBER_STATE(
                      "1", "2",
                      "3") " FROM buyers b"
                           " WHERE EXISTS (SELECT 1 FROM buyer_views v WHERE v.buyer_id = b.id"
                           " AND v.user_id = $1::uuid AND v.viewed_at >= $2::timestamptz"
                           " AND v.viewed_at < $3::timestamptz) ORDER BY lower(b.company), b.id",
                  {userId, month.start, month.next}))
        row(memberFrom(r));
}

bool BuyerStore::like(core::Sql& sql, const std::string& userId, const std::string& buyerId,
                      std::int64_t nowMs)
{
    return sql.exec("INSERT INTO buyer_likes (user_id, buyer_id, created_at)"
                    " VALUES ($1::uuid, $2::uuid, " EY_AT("$3") ") ON CONFLICT DO NOTHING",
                    {userId, buyerId, nowMs})
               .affected() > 0;
}

void BuyerStore::unlike(core::Sql& sql, const std::string& userId, const std::string& buyerId)
{
    sql.exec("DELETE FROM buyer_likes WHERE user_id = $1::uuid AND buyer_id = " EY_UUID("$2"),
             {userId, buyerId});
}

// ---- reports, viewers, statistics ------------------------------------------------------------

std::optional<std::string> BuyerStore::addReport(core::Sql& sql, const std::string& buyerId,
                                                 const std::string& userId,
                                                 const std::string& reason,
                                                 const std::optional<std::string>& message,
                                                 std::int64_t nowMs)
{
    const auto rows =
        sql.exec("INSERT INTO buyer_reports (buyer_id, user_id, reason, message, created_at)"
                 " VALUES ($1::uuid, $2::uuid, $3, $4, " EY_AT(
                     "$5") ")"
                           " ON CONFLICT (user_id, buyer_id) WHERE status = 'open' DO NOTHING "
                           "RETURNING id::text AS id",
                 {buyerId, userId, reason, message, nowMs});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

json::ObjectPtr BuyerStore::reportById(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT " EY_REPORT_COLUMNS EY_REPORT_FROM " WHERE r.id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return nullptr;
    return reportFrom(rows.front());
}

std::vector<json::ObjectPtr> BuyerStore::reports(core::Sql& sql,
                                                 const std::optional<std::string>& status,
                                                 const core::PageRequest& page)
{
    std::vector<json::ObjectPtr> items;
    for (const auto& row : sql.exec(
             "SELECT " EY_REPORT_COLUMNS EY_REPORT_FROM " WHERE ($1::text IS NULL OR r.status = $1)"
             " AND ($2::timestamptz IS NULL OR (r.created_at, r.id) < ($2::timestamptz, $3::uuid))"
             " ORDER BY r.created_at DESC, r.id DESC LIMIT $4",
             {status, page.afterKey, page.afterId, page.limit + 1}))
        items.push_back(reportFrom(row));
    return items;
}

bool BuyerStore::resolveReport(core::Sql& sql, const std::string& id, const std::string& status,
                               const std::optional<std::string>& note, const std::string& userId,
                               std::int64_t nowMs)
{
    return sql.exec("UPDATE buyer_reports SET status = $2, resolution_note = $3,"
                    " resolved_by = $4::uuid, resolved_at = " EY_AT("$5") " WHERE id = " EY_UUID(
                        "$1") " AND status = 'open'",
                    {id, status, note, userId, nowMs})
               .affected() > 0;
}

json::ArrayPtr BuyerStore::viewers(core::Sql& sql, const std::string& buyerId)
{
    auto items = json::array();
    for (const auto& row :
         sql.exec("SELECT v.user_id::text AS user_id, u.full_name, u.email::text AS email,"
                  " count(*) AS views, " EY_ISO("min(v.viewed_at)") " AS first_viewed_at, " EY_ISO(
                      "max(v.viewed_at)") " AS last_viewed_at"
                                          " FROM buyer_views v JOIN users u ON u.id = v.user_id "
                                          "WHERE v.buyer_id = $1::uuid"
                                          " GROUP BY v.user_id, u.full_name, u.email"
                                          " ORDER BY count(*) DESC, max(v.viewed_at) DESC, "
                                          "v.user_id LIMIT 1000",
                  {buyerId})) {
        auto item = json::object();
        item->set("user_id", row.str("user_id"));
        item->set("full_name", row.str("full_name"));
        item->set("email", row.str("email"));
        item->set("views", row.i64("views"));
        item->set("first_viewed_at", row.str("first_viewed_at"));
        item->set("last_viewed_at", row.str("last_viewed_at"));
        items->add(item);
    }
    return items;
}

json::ObjectPtr BuyerStore::stats(core::Sql& sql, int weeks, std::int64_t nowMs)
{
    auto body = json::object();
    const auto totalRows = sql.exec("SELECT count(*) AS total, count(*) FILTER (WHERE verified)"
                                    " AS verified FROM buyers");
    const auto totals = totalRows.front();
    body->set("total", totals.i64("total"));
    body->set("verified", totals.i64("verified"));

    auto perWeek = json::array();
    for (const auto& row :
         sql.exec("WITH w AS (SELECT generate_series(date_trunc('week', " EY_AT(
                      "$1") " AT TIME ZONE 'Asia/Jakarta') - ($2::int - 1) * interval '1 week',"
                            " date_trunc('week', " EY_AT(
                                "$1") " AT TIME ZONE 'Asia/Jakarta'),"
                                      " interval '1 week') AS start)"
                                      " SELECT to_char(w.start, 'YYYY-MM-DD') AS week_start,"
                                      " (SELECT count(*) FROM buyers b WHERE b.date_added >= "
                                      "(w.start AT TIME ZONE"
                                      " 'Asia/Jakarta') AND b.date_added < ((w.start + interval '1 "
                                      "week') AT TIME ZONE"
                                      " 'Asia/Jakarta')) AS count FROM w ORDER BY w.start",
                  {nowMs, weeks})) {
        auto item = json::object();
        item->set("week_start", row.str("week_start"));
        item->set("count", row.i64("count"));
        perWeek->add(item);
    }
    body->set("new_per_week", perWeek);

    auto byCountry = json::array();
    for (const auto& row : sql.exec("SELECT country::text AS country, count(*) AS count FROM buyers"
                                    " GROUP BY country ORDER BY count(*) DESC, country")) {
        auto item = json::object();
        item->set("country", row.str("country"));
        item->set("flag", Countries::flag(row.str("country")));
        item->set("count", row.i64("count"));
        byCountry->add(item);
    }
    body->set("by_country", byCountry);

    auto byProduct = json::array();
    for (const auto& row :
         sql.exec("SELECT lower(p) AS product, count(DISTINCT b.id) AS count FROM buyers b,"
                  " unnest(b.products) p GROUP BY lower(p) ORDER BY count(DISTINCT b.id) DESC,"
                  " lower(p) LIMIT 20")) {
        auto item = json::object();
        item->set("product", row.str("product"));
        item->set("count", row.i64("count"));
        byProduct->add(item);
    }
    body->set("by_product", byProduct);

    auto mostViewed = json::array();
    for (const auto& row : sql.exec(
             "SELECT b.id::text AS id, b.company, b.country::text AS country, count(*) AS views,"
             " count(DISTINCT v.user_id) AS viewers FROM buyer_views v JOIN buyers b"
             " ON b.id = v.buyer_id GROUP BY b.id ORDER BY count(*) DESC, b.company, b.id"
             " LIMIT 10")) {
        auto item = json::object();
        item->set("id", row.str("id"));
        item->set("company", row.str("company"));
        item->set("country", row.str("country"));
        item->set("views", row.i64("views"));
        item->set("viewers", row.i64("viewers"));
        mostViewed->add(item);
    }
    body->set("most_viewed", mostViewed);

    auto mostLiked = json::array();
    for (const auto& row : sql.exec(
             "SELECT b.id::text AS id, b.company, b.country::text AS country, count(*) AS likes"
             " FROM buyer_likes l JOIN buyers b ON b.id = l.buyer_id GROUP BY b.id"
             " ORDER BY count(*) DESC, b.company, b.id LIMIT 10")) {
        auto item = json::object();
        item->set("id", row.str("id"));
        item->set("company", row.str("company"));
        item->set("country", row.str("country"));
        item->set("likes", row.i64("likes"));
        mostLiked->add(item);
    }
    body->set("most_liked", mostLiked);

    auto topViewers = json::array();
    for (const auto& row :
         sql.exec("SELECT u.id::text AS user_id, u.full_name, count(*) AS views,"
                  " count(DISTINCT v.buyer_id) AS buyers FROM buyer_views v JOIN users u"
                  " ON u.id = v.user_id GROUP BY u.id ORDER BY count(*) DESC, u.full_name, u.id"
                  " LIMIT 10")) {
        auto item = json::object();
        item->set("user_id", row.str("user_id"));
        item->set("full_name", row.str("full_name"));
        item->set("views", row.i64("views"));
        item->set("buyers", row.i64("buyers"));
        topViewers->add(item);
    }
    body->set("top_viewers", topViewers);
    return body;
}

} // namespace ey::directory
