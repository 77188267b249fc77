// Notification SQL.
#include "NotificationStore.h"

namespace ey::notify {

namespace {

// Column list as a macro so each statement stays one compile-time literal.
#define EY_NOTIFICATION_COLUMNS                                                                    \
    "n.id::text AS id, n.type, n.title, n.message, n.redirect, n.source_id,"                       \
    " n.read_at IS NOT NULL AS is_read,"                                                           \
    " to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS created_at"

Notification notificationFrom(const core::Row& row)
{
    Notification n;
    n.id = row.str("id");
    n.type = row.str("type");
    n.title = row.str("title");
    n.message = row.str("message");
    n.redirect = row.optStr("redirect");
    n.sourceId = row.optStr("source_id");
    n.read = row.boolean("is_read");
    n.createdAt = row.str("created_at");
    return n;
}

core::Param optionalText(const std::string& text)
{
    return text.empty() ? core::Param(std::nullopt) : core::Param(text);
}

} // namespace

Notification NotificationStore::insert(core::Sql& sql, const NewNotification& notification,
                                       std::int64_t nowMs)
{
    const auto rows =
        sql.exec("INSERT INTO notifications AS n (user_id, type, title, message, redirect, "
                 "source_id, created_at)"
                 " VALUES ($1::uuid, $2, $3, $4, $5, $6, to_timestamp($7::bigint / 1000.0))"
                 " RETURNING " EY_NOTIFICATION_COLUMNS,
                 {notification.userId, notification.type, notification.title, notification.message,
                  optionalText(notification.redirect), optionalText(notification.sourceId), nowMs});
    return notificationFrom(rows.front());
}

std::vector<Notification> NotificationStore::list(core::Sql& sql, const std::string& userId,
                                                  bool unreadOnly, const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_NOTIFICATION_COLUMNS " FROM notifications n"
        " WHERE n.user_id = $1::uuid AND (NOT $2::boolean OR n.read_at IS NULL)"
        "   AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))"
        " ORDER BY n.created_at DESC, n.id DESC LIMIT $5",
        {userId, unreadOnly, page.afterKey, page.afterId, page.limit + 1});
    std::vector<Notification> result;
    result.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& row : rows)
        result.push_back(notificationFrom(row));
    return result;
}

std::int64_t NotificationStore::unreadCount(core::Sql& sql, const std::string& userId)
{
    return sql
        .exec(
            "SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid AND read_at IS NULL",
            {userId})
        .front()
        .i64("n");
}

bool NotificationStore::markRead(core::Sql& sql, const std::string& id, const std::string& userId,
                                 std::int64_t nowMs)
{
    // A malformed id matches nothing instead of failing the cast, so it answers like a stranger's
    // id.
    return sql.exec("UPDATE notifications SET read_at = COALESCE(read_at, to_timestamp($3::bigint "
                    "/ 1000.0))"
                    " WHERE id = CASE WHEN $1 ~ '^[0-9a-fA-F-]{36}$' THEN $1::uuid END AND user_id "
                    "= $2::uuid",
                    {id, userId, nowMs})
               .affected() > 0;
}

std::int64_t NotificationStore::markAllRead(core::Sql& sql, const std::string& userId,
                                            std::int64_t nowMs)
{
    return sql
        .exec("UPDATE notifications SET read_at = to_timestamp($2::bigint / 1000.0)"
              " WHERE user_id = $1::uuid AND read_at IS NULL",
              {userId, nowMs})
        .affected();
}

std::optional<std::string> NotificationStore::emailOf(core::Sql& sql, const std::string& userId)
{
    const auto rows =
        sql.exec("SELECT email::text AS email FROM users WHERE id = $1::uuid", {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("email");
}

} // namespace ey::notify
