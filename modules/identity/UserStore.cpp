// Identity SQL.
#include "UserStore.h"

#include "Strings.h"

namespace ey::identity {

namespace {

// Column lists are macros so statements stay single compile-time literals (no runtime
// concatenation).
#define EY_USER_COLUMNS                                                                            \
    "u.id::text AS id, u.email::text AS email, u.full_name, u.whatsapp, u.status,"                 \
    " to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS "           \
    "created_at,"                                                                                  \
    " COALESCE((SELECT string_agg(r.role, ',' ORDER BY ro.position) FROM user_roles r"             \
    "           JOIN roles ro ON ro.name = r.role WHERE r.user_id = u.id), '') AS roles"

User userFrom(const core::Row& row)
{
    User user;
    user.id = row.str("id");
    user.email = row.str("email");
    user.fullName = row.str("full_name");
    user.whatsapp = row.optStr("whatsapp");
    user.status = row.str("status");
    user.createdAt = row.str("created_at");
    user.roles = core::splitList(row.str("roles"));
    return user;
}

std::string msParam(std::int64_t ms)
{
    return std::to_string(ms / 1000.0);
}

} // namespace

std::optional<User> UserStore::byId(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT " EY_USER_COLUMNS
                 " FROM users u WHERE u.id = CASE WHEN $1 ~ '^[0-9a-fA-F-]{36}$' THEN $1::uuid END",
                 {id});
    if (rows.empty())
        return std::nullopt;
    return userFrom(rows.front());
}

std::optional<User> UserStore::byEmail(core::Sql& sql, const std::string& email)
{
    const auto rows =
        sql.exec("SELECT " EY_USER_COLUMNS " FROM users u WHERE u.email = $1", {email});
    if (rows.empty())
        return std::nullopt;
    return userFrom(rows.front());
}

std::optional<std::string> UserStore::passwordHash(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec("SELECT password_hash FROM users WHERE id = $1::uuid", {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().optStr("password_hash");
}

std::vector<User> UserStore::list(core::Sql& sql, const UserFilter& filter,
                                  const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_USER_COLUMNS " FROM users u"
        " WHERE ($1::text IS NULL OR u.full_name ILIKE '%' || $1 || '%' OR u.email::text ILIKE '%' "
        "|| $1 || '%')"
        "   AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND "
        "r.role = $2))"
        "   AND ($3::text IS NULL OR u.status = $3)"
        "   AND ($4::timestamptz IS NULL OR (u.created_at, u.id) < ($4::timestamptz, $5::uuid))"
        " ORDER BY u.created_at DESC, u.id DESC LIMIT $6",
        {filter.search, filter.role, filter.status, page.afterKey, page.afterId, page.limit + 1});
    std::vector<User> users;
    for (const auto& row : rows)
        users.push_back(userFrom(row));
    return users;
}

std::string UserStore::insert(core::Sql& sql, const NewUser& user, const std::string& passwordHash)
{
    return sql
        .exec(
            "INSERT INTO users (email, full_name, whatsapp, password_hash) VALUES ($1, $2, $3, $4)"
            " RETURNING id::text AS id",
            {user.email, user.fullName, user.whatsapp, passwordHash})
        .front()
        .str("id");
}

void UserStore::update(core::Sql& sql, const std::string& id, const std::string& fullName,
                       const std::optional<std::string>& whatsapp, const std::string& status)
{
    sql.exec("UPDATE users SET full_name = $2, whatsapp = $3, status = $4, updated_at = now() "
             "WHERE id = $1::uuid",
             {id, fullName, whatsapp, status});
}

void UserStore::setPassword(core::Sql& sql, const std::string& id, const std::string& passwordHash)
{
    sql.exec("UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1::uuid",
             {id, passwordHash});
}

void UserStore::setRoles(core::Sql& sql, const std::string& userId,
                         const std::vector<std::string>& roles, const std::string& grantedBy)
{
    std::string list;
    for (const auto& role : roles)
        list += (list.empty() ? "" : ",") + role;
    sql.exec("DELETE FROM user_roles WHERE user_id = $1::uuid AND NOT (role = ANY "
             "(string_to_array($2, ',')))",
             {userId, list});
    sql.exec(
        "INSERT INTO user_roles (user_id, role, granted_by)"
        " SELECT $1::uuid, unnest(string_to_array($2, ',')), $3::uuid ON CONFLICT DO NOTHING",
        {userId, list, grantedBy.empty() ? core::Param(std::nullopt) : core::Param(grantedBy)});
}

std::vector<std::string> UserStore::roles(core::Sql& sql, const std::string& userId)
{
    std::vector<std::string> result;
    for (const auto& row :
         sql.exec("SELECT r.role FROM user_roles r JOIN roles ro ON ro.name = r.role"
                  " WHERE r.user_id = $1::uuid ORDER BY ro.position",
                  {userId}))
        result.push_back(row.str("role"));
    return result;
}

std::set<std::string> UserStore::permissions(core::Sql& sql, const std::string& userId)
{
    std::set<std::string> result;
    for (const auto& row :
         sql.exec("SELECT DISTINCT rp.permission FROM user_roles r"
                  " JOIN role_permissions rp ON rp.role = r.role WHERE r.user_id = $1::uuid",
                  {userId}))
        result.insert(row.str("permission"));
    return result;
}

std::vector<std::string> UserStore::knownRoles(core::Sql& sql)
{
    std::vector<std::string> result;
    for (const auto& row : sql.exec("SELECT name FROM roles ORDER BY position"))
        result.push_back(row.str("name"));
    return result;
}

std::vector<RoleInfo> UserStore::roleCatalog(core::Sql& sql)
{
    std::vector<RoleInfo> result;
    for (const auto& row :
         sql.exec("SELECT ro.name, ro.label_id, ro.label_en,"
                  " COALESCE(string_agg(rp.permission, ',' ORDER BY rp.permission), '') AS perms"
                  " FROM roles ro LEFT JOIN role_permissions rp ON rp.role = ro.name"
                  " GROUP BY ro.name ORDER BY min(ro.position)")) {
        result.push_back({row.str("name"), row.str("label_id"), row.str("label_en"),
                          core::splitList(row.str("perms"))});
    }
    return result;
}

std::string UserStore::insertSession(core::Sql& sql, const std::string& userId,
                                     const std::string& tokenHash, std::int64_t expiresAtMs,
                                     const Origin& origin)
{
    return sql
        .exec("INSERT INTO sessions (user_id, token_hash, expires_at, ip, user_agent)"
              " VALUES ($1::uuid, $2, to_timestamp($3::double precision), $4, $5) RETURNING "
              "id::text AS id",
              {userId, tokenHash, msParam(expiresAtMs), origin.ip, origin.userAgent.substr(0, 300)})
        .front()
        .str("id");
}

std::optional<core::AuthContext>
UserStore::authContext(core::Sql& sql, const std::string& tokenHash, std::int64_t nowMs)
{
    const auto rows = sql.exec(
        "SELECT s.id::text AS session_id, u.id::text AS user_id, u.email::text AS email, "
        "u.full_name,"
        " COALESCE((SELECT string_agg(r.role, ',' ORDER BY ro.position) FROM user_roles r"
        "           JOIN roles ro ON ro.name = r.role WHERE r.user_id = u.id), '') AS roles,"
        " COALESCE((SELECT string_agg(DISTINCT rp.permission, ',') FROM user_roles r"
        "           JOIN role_permissions rp ON rp.role = r.role WHERE r.user_id = u.id), '') AS "
        "permissions"
        " FROM sessions s JOIN users u ON u.id = s.user_id"
        " WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.status = 'active'"
        "   AND s.expires_at > to_timestamp($2::double precision)",
        {tokenHash, msParam(nowMs)});
    if (rows.empty())
        return std::nullopt;
    const auto row = rows.front();
    core::AuthContext auth;
    auth.sessionId = row.str("session_id");
    auth.userId = row.str("user_id");
    auth.email = row.str("email");
    auth.fullName = row.str("full_name");
    auth.roles = core::splitList(row.str("roles"));
    for (auto& permission : core::splitList(row.str("permissions")))
        auth.permissions.insert(std::move(permission));
    return auth;
}

void UserStore::revokeSession(core::Sql& sql, const std::string& sessionId, std::int64_t nowMs)
{
    sql.exec("UPDATE sessions SET revoked_at = to_timestamp($2::double precision)"
             " WHERE id = $1::uuid AND revoked_at IS NULL",
             {sessionId, msParam(nowMs)});
}

std::int64_t UserStore::revokeAllSessions(core::Sql& sql, const std::string& userId,
                                          std::int64_t nowMs)
{
    return sql
        .exec("UPDATE sessions SET revoked_at = to_timestamp($2::double precision)"
              " WHERE user_id = $1::uuid AND revoked_at IS NULL",
              {userId, msParam(nowMs)})
        .affected();
}

ThrottleState UserStore::throttle(core::Sql& sql, const std::string& key)
{
    const auto rows =
        sql.exec("SELECT failures, (extract(epoch FROM locked_until) * 1000)::bigint AS locked_ms"
                 " FROM login_throttle WHERE key = $1",
                 {key});
    if (rows.empty())
        return {};
    return {static_cast<int>(rows.front().i64("failures")), rows.front().optI64("locked_ms")};
}

ThrottleState UserStore::recordFailure(core::Sql& sql, const std::string& key, std::int64_t nowMs,
                                       std::int64_t windowMs, int maxFailures, std::int64_t lockMs)
{
    // One guarded upsert: concurrent failures each count, none is lost to a read-then-write race.
    const auto rows = sql.exec(
        "INSERT INTO login_throttle AS t (key, failures, window_start) VALUES ($1, 1, "
        "to_timestamp($2::double precision))"
        " ON CONFLICT (key) DO UPDATE SET"
        "   failures = CASE WHEN t.window_start < to_timestamp($2::double precision) - "
        "make_interval(secs => $3::double precision)"
        "                   THEN 1 ELSE t.failures + 1 END,"
        "   window_start = CASE WHEN t.window_start < to_timestamp($2::double precision) - "
        "make_interval(secs => $3::double precision)"
        "                   THEN to_timestamp($2::double precision) ELSE t.window_start END"
        " RETURNING failures",
        {key, msParam(nowMs), msParam(windowMs)});
    const int failures = static_cast<int>(rows.front().i64("failures"));
    if (failures >= maxFailures) {
        sql.exec("UPDATE login_throttle SET locked_until = to_timestamp($2::double precision), "
                 "failures = 0,"
                 " window_start = to_timestamp($3::double precision) WHERE key = $1",
                 {key, msParam(nowMs + lockMs), msParam(nowMs)});
        return {0, nowMs + lockMs};
    }
    return {failures, std::nullopt};
}

void UserStore::clearThrottle(core::Sql& sql, const std::string& key)
{
    sql.exec("DELETE FROM login_throttle WHERE key = $1", {key});
}

std::string UserStore::insertApiKey(core::Sql& sql, const std::string& name,
                                    const std::string& prefix, const std::string& keyHash,
                                    int requestsPerMinute, const std::string& createdBy)
{
    return sql
        .exec("INSERT INTO api_keys (name, prefix, key_hash, requests_per_minute, created_by)"
              " VALUES ($1, $2, $3, $4, $5::uuid) RETURNING id::text AS id",
              {name, prefix, keyHash, requestsPerMinute, createdBy})
        .front()
        .str("id");
}

namespace {
#define EY_API_KEY_COLUMNS                                                                         \
    "id::text AS id, name, prefix, requests_per_minute,"                                           \
    " to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS created_at,"     \
    " to_char(revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS revoked_at"
ApiKey apiKeyFrom(const core::Row& row)
{
    return {row.str("id"),         row.str("name"),
            row.str("prefix"),     static_cast<int>(row.i64("requests_per_minute")),
            row.str("created_at"), row.optStr("revoked_at")};
}
} // namespace

std::vector<ApiKey> UserStore::apiKeys(core::Sql& sql)
{
    std::vector<ApiKey> keys;
    for (const auto& row :
         sql.exec("SELECT " EY_API_KEY_COLUMNS " FROM api_keys ORDER BY created_at DESC"))
        keys.push_back(apiKeyFrom(row));
    return keys;
}

std::optional<ApiKey> UserStore::apiKeyById(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT " EY_API_KEY_COLUMNS
                 " FROM api_keys WHERE id = CASE WHEN $1 ~ '^[0-9a-fA-F-]{36}$' THEN $1::uuid END",
                 {id});
    if (rows.empty())
        return std::nullopt;
    return apiKeyFrom(rows.front());
}

std::optional<ApiKey> UserStore::liveApiKeyByHash(core::Sql& sql, const std::string& keyHash)
{
    const auto rows = sql.exec("SELECT " EY_API_KEY_COLUMNS
                               " FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
                               {keyHash});
    if (rows.empty())
        return std::nullopt;
    return apiKeyFrom(rows.front());
}

bool UserStore::revokeApiKey(core::Sql& sql, const std::string& id, std::int64_t nowMs)
{
    return sql.exec("UPDATE api_keys SET revoked_at = to_timestamp($2::double precision)"
                    " WHERE id = $1::uuid AND revoked_at IS NULL",
                    {id, msParam(nowMs)})
               .affected() == 1;
}

std::vector<ActivityEntry> UserStore::activity(core::Sql& sql,
                                               const std::optional<std::string>& entityType,
                                               const std::optional<std::string>& actorId,
                                               const core::PageRequest& page)
{
    std::optional<std::int64_t> afterId;
    if (page.afterId)
        afterId = std::stoll(*page.afterId);
    const auto rows = sql.exec("SELECT a.id, a.actor_id::text AS actor_id, u.full_name AS "
                               "actor_name, a.action, a.entity_type, a.entity_id,"
                               " a.before::text AS before, a.after::text AS after, a.ip,"
                               " to_char(a.created_at AT TIME ZONE 'UTC', "
                               "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS created_at"
                               " FROM activity_log a LEFT JOIN users u ON u.id = a.actor_id"
                               " WHERE ($1::text IS NULL OR a.entity_type = $1)"
                               "   AND ($2::text IS NULL OR a.actor_id::text = $2)"
                               "   AND ($3::bigint IS NULL OR a.id < $3)"
                               " ORDER BY a.id DESC LIMIT $4",
                               {entityType, actorId, afterId, page.limit + 1});
    std::vector<ActivityEntry> entries;
    for (const auto& row : rows) {
        entries.push_back({row.i64("id"), row.optStr("actor_id"), row.optStr("actor_name"),
                           row.str("action"), row.str("entity_type"), row.optStr("entity_id"),
                           row.optStr("before"), row.optStr("after"), row.optStr("ip"),
                           row.str("created_at")});
    }
    return entries;
}

} // namespace ey::identity
