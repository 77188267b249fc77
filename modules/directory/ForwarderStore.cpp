// Forwarder SQL. Text arrays travel as JSON text so no value is ever spliced into SQL.
#include "ForwarderStore.h"

#include "Json.h"

#include <Poco/JSON/Array.h>

namespace ey::directory {

namespace {

#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_TEXT_ARRAY(param) "ARRAY(SELECT jsonb_array_elements_text(" param "::jsonb))"
#define EY_FORWARDER_COLUMNS                                                                       \
    "f.id::text AS id, f.company, array_to_json(f.services)::text AS services,"                    \
    " array_to_json(f.origin_ports)::text AS origin_ports,"                                        \
    " array_to_json(f.destination_regions)::text AS destination_regions, f.contact_person,"        \
    " f.email::text AS email, f.phone, f.website, f.notes, f.verified, f.rating::bigint AS "       \
    "rating,"                                                                                      \
    " lower(f.company) AS sort_key,"                                                               \
    " (SELECT count(*) FROM forwarder_rates r WHERE r.forwarder_id = f.id"                         \
    "   AND r.valid_until >= $1::date) AS current_rates,"                                          \
    " " EY_ISO("f.created_at") " AS created_at, " EY_ISO("f.updated_at") " AS updated_at"
#define EY_RATE_COLUMNS                                                                            \
    "r.id::text AS id, r.forwarder_id::text AS forwarder_id, r.origin, r.destination, r.mode,"     \
    " r.unit, r.currency, r.price_minor, r.transit_days::bigint AS transit_days,"                  \
    " r.valid_until::text AS valid_until, r.notes, r.valid_until < $1::date AS expired,"           \
    " " EY_ISO("r.created_at") " AS created_at, " EY_ISO("r.updated_at") " AS updated_at"

std::string toJsonText(const std::vector<std::string>& items)
{
    Poco::JSON::Array::Ptr array = core::json::array();
    for (const auto& item : items)
        array->add(item);
    return core::json::stringify(array);
}

std::vector<std::string> fromJsonText(const std::string& text)
{
    std::vector<std::string> items;
    const auto parsed = core::json::parse(text);
    if (parsed.isEmpty())
        return items;
    const auto array = parsed.extract<Poco::JSON::Array::Ptr>();
    for (std::size_t i = 0; i < array->size(); ++i)
        items.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return items;
}

Forwarder forwarderFrom(const core::Row& row)
{
    Forwarder f;
    f.id = row.str("id");
    f.company = row.str("company");
    f.services = fromJsonText(row.str("services"));
    f.originPorts = fromJsonText(row.str("origin_ports"));
    f.destinationRegions = fromJsonText(row.str("destination_regions"));
    f.contactPerson = row.optStr("contact_person");
    f.email = row.optStr("email");
    f.phone = row.optStr("phone");
    f.website = row.optStr("website");
    f.notes = row.optStr("notes");
    f.verified = row.boolean("verified");
    f.rating = row.optI64("rating");
    f.currentRates = row.i64("current_rates");
    f.createdAt = row.str("created_at");
    f.updatedAt = row.str("updated_at");
    f.sortKey = row.str("sort_key");
    return f;
}

ForwarderRate rateFrom(const core::Row& row)
{
    ForwarderRate r;
    r.id = row.str("id");
    r.forwarderId = row.str("forwarder_id");
    r.origin = row.str("origin");
    r.destination = row.str("destination");
    r.mode = row.str("mode");
    r.unit = row.str("unit");
    r.currency = row.str("currency");
    r.priceMinor = row.i64("price_minor");
    r.transitDays = row.optI64("transit_days");
    r.validUntil = row.str("valid_until");
    r.notes = row.optStr("notes");
    r.expired = row.boolean("expired");
    r.createdAt = row.str("created_at");
    r.updatedAt = row.str("updated_at");
    return r;
}

} // namespace

std::string ForwarderStore::jakartaDate(core::Sql& sql, const std::string& nowIso)
{
    return sql
        .exec("SELECT (($1::timestamptz) AT TIME ZONE 'Asia/Jakarta')::date::text AS today",
              {nowIso})
        .front()
        .str("today");
}

std::string ForwarderStore::insert(core::Sql& sql, const Forwarder& f, const std::string& createdBy,
                                   const std::string& nowIso)
{
    return sql
        .exec("INSERT INTO forwarders (company, services, origin_ports, destination_regions,"
              " contact_person, email, phone, website, notes, verified, rating, created_by,"
              " created_at, updated_at) VALUES ($1, " EY_TEXT_ARRAY("$2") ", " EY_TEXT_ARRAY(
                  "$3") ", " EY_TEXT_ARRAY("$4") ", $5, $6, $7, $8, $9, $10, $11::smallint,"
                                                 " " EY_UUID(
                                                     "$12") ", $13::timestamptz, $13::timestamptz)"
                                                            " RETURNING id::text AS id",
              {f.company, toJsonText(f.services), toJsonText(f.originPorts),
               toJsonText(f.destinationRegions), f.contactPerson, f.email, f.phone, f.website,
               f.notes, f.verified, f.rating, createdBy, nowIso})
        .front()
        .str("id");
}

std::optional<Forwarder> ForwarderStore::byId(core::Sql& sql, const std::string& id,
                                              const std::string& today)
{
    const auto rows =
        sql.exec("SELECT " EY_FORWARDER_COLUMNS " FROM forwarders f WHERE f.id = " EY_UUID("$2"),
                 {today, id});
    if (rows.empty())
        return std::nullopt;
    return forwarderFrom(rows.front());
}

bool ForwarderStore::lock(core::Sql& sql, const std::string& id)
{
    return !sql.exec("SELECT id FROM forwarders WHERE id = " EY_UUID("$1") " FOR UPDATE", {id})
                .empty();
}

std::optional<std::string> ForwarderStore::idByCompany(core::Sql& sql, const std::string& company,
                                                       const std::optional<std::string>& exceptId)
{
    const auto rows = sql.exec("SELECT id::text AS id FROM forwarders WHERE lower(company) ="
                               " lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)",
                               {company, exceptId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

std::vector<Forwarder> ForwarderStore::list(core::Sql& sql, const ForwarderFilter& filter,
                                            const core::PageRequest& page, const std::string& today)
{
    const auto rows = sql.exec(
        "SELECT " EY_FORWARDER_COLUMNS " FROM forwarders f"
        " WHERE ($2::text IS NULL OR strpos(lower(f.company), lower($2)) > 0"
        "        OR strpos(lower(coalesce(f.contact_person, '')), lower($2)) > 0"
        "        OR strpos(lower(coalesce(f.notes, '')), lower($2)) > 0"
        "        OR strpos(lower(array_to_string(f.origin_ports, ' ')), lower($2)) > 0"
        "        OR strpos(lower(array_to_string(f.destination_regions, ' ')), lower($2)) > 0)"
        "   AND ($3::text IS NULL OR $3 = ANY (f.services))"
        "   AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM unnest(f.origin_ports) p"
        "        WHERE lower(p) = lower(btrim($4))))"
        "   AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM unnest(f.destination_regions) d"
        "        WHERE lower(d) = lower(btrim($5))))"
        "   AND ($6::boolean IS NULL OR f.verified = $6)"
        "   AND ($7::text IS NULL OR (lower(f.company), f.id) > ($7, " EY_UUID(
            "$8") "))"
                  " ORDER BY lower(f.company), f.id LIMIT $9",
        {today, filter.search, filter.service, filter.originPort, filter.destination,
         filter.verified ? core::Param(*filter.verified) : core::Param(std::nullopt), page.afterKey,
         page.afterId, page.limit + 1});
    std::vector<Forwarder> items;
    for (const auto& row : rows)
        items.push_back(forwarderFrom(row));
    return items;
}

void ForwarderStore::update(core::Sql& sql, const Forwarder& f, const std::string& nowIso)
{
    sql.exec(
        "UPDATE forwarders SET company = $2, services = " EY_TEXT_ARRAY(
            "$3") ","
                  " origin_ports = " EY_TEXT_ARRAY("$4") ", destination_regions = " EY_TEXT_ARRAY(
                      "$5") ", contact_person = $6, email = $7, phone = $8, website = $9, notes = "
                            "$10,"
                            " verified = $11, rating = $12::smallint, updated_at = $13::timestamptz"
                            " WHERE id = $1::uuid",
        {f.id, f.company, toJsonText(f.services), toJsonText(f.originPorts),
         toJsonText(f.destinationRegions), f.contactPerson, f.email, f.phone, f.website, f.notes,
         f.verified, f.rating, nowIso});
}

void ForwarderStore::remove(core::Sql& sql, const std::string& id)
{
    sql.exec("DELETE FROM forwarders WHERE id = $1::uuid", {id});
}

std::vector<ForwarderRate> ForwarderStore::rates(core::Sql& sql, const std::string& forwarderId,
                                                 bool includeExpired, const std::string& today)
{
    const auto rows = sql.exec("SELECT " EY_RATE_COLUMNS " FROM forwarder_rates r"
                               " WHERE r.forwarder_id = " EY_UUID(
                                   "$2") "   AND ($3 OR r.valid_until >= $1::date)"
                                         " ORDER BY lower(r.origin), lower(r.destination), r.mode,"
                                         " r.price_minor, r.id",
                               {today, forwarderId, includeExpired});
    std::vector<ForwarderRate> items;
    for (const auto& row : rows)
        items.push_back(rateFrom(row));
    return items;
}

std::optional<ForwarderRate> ForwarderStore::rate(core::Sql& sql, const std::string& forwarderId,
                                                  const std::string& rateId,
                                                  const std::string& today)
{
    const auto rows =
        sql.exec("SELECT " EY_RATE_COLUMNS " FROM forwarder_rates r"
                 " WHERE r.id = " EY_UUID("$3") " AND r.forwarder_id = " EY_UUID("$2"),
                 {today, forwarderId, rateId});
    if (rows.empty())
        return std::nullopt;
    return rateFrom(rows.front());
}

std::string ForwarderStore::insertRate(core::Sql& sql, const ForwarderRate& r,
                                       const std::string& nowIso)
{
    return sql
        .exec("INSERT INTO forwarder_rates (forwarder_id, origin, destination, mode, unit,"
              " currency, price_minor, transit_days, valid_until, notes, created_at, updated_at)"
              " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8::int, $9::date, $10,"
              " $11::timestamptz, $11::timestamptz) RETURNING id::text AS id",
              {r.forwarderId, r.origin, r.destination, r.mode, r.unit, r.currency, r.priceMinor,
               r.transitDays, r.validUntil, r.notes, nowIso})
        .front()
        .str("id");
}

void ForwarderStore::updateRate(core::Sql& sql, const ForwarderRate& r, const std::string& nowIso)
{
    sql.exec("UPDATE forwarder_rates SET origin = $2, destination = $3, mode = $4, unit = $5,"
             " currency = $6, price_minor = $7, transit_days = $8::int, valid_until = $9::date,"
             " notes = $10, updated_at = $11::timestamptz WHERE id = $1::uuid",
             {r.id, r.origin, r.destination, r.mode, r.unit, r.currency, r.priceMinor,
              r.transitDays, r.validUntil, r.notes, nowIso});
}

void ForwarderStore::removeRate(core::Sql& sql, const std::string& rateId)
{
    sql.exec("DELETE FROM forwarder_rates WHERE id = $1::uuid", {rateId});
}

std::vector<ComparedRate> ForwarderStore::routeRates(core::Sql& sql, const std::string& origin,
                                                     const std::string& destination,
                                                     const std::optional<std::string>& mode,
                                                     bool includeExpired, const std::string& today)
{
    const auto rows = sql.exec(
        "SELECT " EY_RATE_COLUMNS ", f.company, f.verified, f.rating::bigint AS rating"
        " FROM forwarder_rates r JOIN forwarders f ON f.id = r.forwarder_id"
        " WHERE lower(r.origin) = lower(btrim($2)) AND lower(r.destination) = lower(btrim($3))"
        "   AND ($4::text IS NULL OR r.mode = $4) AND ($5 OR r.valid_until >= $1::date)"
        " ORDER BY r.mode, r.unit, r.currency, r.price_minor, r.transit_days NULLS LAST,"
        " lower(f.company), r.id",
        {today, origin, destination, mode, includeExpired});
    std::vector<ComparedRate> items;
    for (const auto& row : rows)
        items.push_back(
            {rateFrom(row), row.str("company"), row.boolean("verified"), row.optI64("rating")});
    return items;
}

std::vector<KnownRoute> ForwarderStore::knownRoutes(core::Sql& sql, const std::string& today)
{
    const auto rows =
        sql.exec("SELECT min(r.origin) AS origin, min(r.destination) AS destination, r.mode,"
                 " count(*) AS rates, count(DISTINCT r.forwarder_id) AS forwarders"
                 " FROM forwarder_rates r WHERE r.valid_until >= $1::date"
                 " GROUP BY lower(r.origin), lower(r.destination), r.mode"
                 " ORDER BY lower(r.origin), lower(r.destination), r.mode",
                 {today});
    std::vector<KnownRoute> items;
    for (const auto& row : rows)
        items.push_back({row.str("origin"), row.str("destination"), row.str("mode"),
                         row.i64("rates"), row.i64("forwarders")});
    return items;
}

} // namespace ey::directory
