// Realtime event SQL.
#include "EventStore.h"

#include "Strings.h"

namespace ey::notify {

namespace {

#define EY_EVENT_COLUMNS                                                                           \
    "e.id, e.event, array_to_string(e.user_ids, ',') AS user_ids, COALESCE(e.permission, '') AS "  \
    "permission,"                                                                                  \
    " e.everyone, e.data::text AS data"

RealtimeEvent eventFrom(const core::Row& row)
{
    RealtimeEvent e;
    e.id = row.i64("id");
    e.event = row.str("event");
    e.userIds = core::splitList(row.str("user_ids"));
    e.permission = row.str("permission");
    e.everyone = row.boolean("everyone");
    e.data = row.str("data");
    return e;
}

std::vector<RealtimeEvent> eventsFrom(const core::Rows& rows)
{
    std::vector<RealtimeEvent> events;
    events.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& row : rows)
        events.push_back(eventFrom(row));
    return events;
}

} // namespace

std::int64_t EventStore::insert(core::Sql& sql, const Audience& audience, const std::string& event,
                                const std::string& dataJson, std::int64_t nowMs)
{
    const auto id =
        sql.exec("INSERT INTO realtime_events (event, user_ids, permission, everyone, data, "
                 "created_at)"
                 " VALUES ($1, COALESCE(string_to_array(NULLIF($2, ''), ',')::uuid[], '{}'),"
                 "         NULLIF($3, ''), $4, $5::jsonb, to_timestamp($6::bigint / 1000.0))"
                 " RETURNING id",
                 {event, core::joinList(audience.userIds), audience.permission, audience.everyone,
                  dataJson, nowMs})
            .front()
            .i64("id");
    sql.exec("SELECT pg_notify('ey_events', $1)", {std::to_string(id)});
    return id;
}

std::optional<RealtimeEvent> EventStore::byId(core::Sql& sql, std::int64_t id)
{
    const auto rows =
        sql.exec("SELECT " EY_EVENT_COLUMNS " FROM realtime_events e WHERE e.id = $1", {id});
    if (rows.empty())
        return std::nullopt;
    return eventFrom(rows.front());
}

std::vector<RealtimeEvent> EventStore::after(core::Sql& sql, std::int64_t afterId, int limit)
{
    return eventsFrom(sql.exec("SELECT " EY_EVENT_COLUMNS
                               " FROM realtime_events e WHERE e.id > $1 ORDER BY e.id LIMIT $2",
                               {afterId, limit}));
}

std::vector<RealtimeEvent> EventStore::replay(core::Sql& sql, std::int64_t afterId,
                                              const std::string& userId,
                                              const std::set<std::string>& permissions,
                                              std::int64_t sinceMs, int limit)
{
    const std::vector<std::string> held(permissions.begin(), permissions.end());
    return eventsFrom(
        sql.exec("SELECT * FROM (SELECT " EY_EVENT_COLUMNS " FROM realtime_events e"
                 "   WHERE e.id > $1 AND e.created_at >= to_timestamp($4::bigint / 1000.0)"
                 "     AND (e.everyone OR e.user_ids @> ARRAY[$2::uuid]"
                 "          OR e.permission = ANY (string_to_array(NULLIF($3, ''), ',')))"
                 "   ORDER BY e.id DESC LIMIT $5) newest ORDER BY id",
                 {afterId, userId, core::joinList(held), sinceMs, limit}));
}

std::int64_t EventStore::latestId(core::Sql& sql)
{
    return sql.exec("SELECT COALESCE(max(id), 0) AS id FROM realtime_events").front().i64("id");
}

} // namespace ey::notify
