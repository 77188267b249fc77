// Personal API token SQL.
#include "PersonalTokenStore.h"

#include "Strings.h"

namespace ey::identity {

namespace {

// Column lists are macros so statements stay single compile-time literals. $2 is the current
// time in milliseconds in every statement that uses them (status depends on it).
#define EY_TOKEN_COLUMNS                                                                           \
    "t.id::text AS id, t.name, t.scope, t.prefix,"                                                 \
    " CASE WHEN t.revoked_at IS NOT NULL THEN 'revoked'"                                           \
    "      WHEN t.expires_at <= to_timestamp($2::bigint / 1000.0) THEN 'expired'"                  \
    "      ELSE 'active' END AS status,"                                                           \
    " to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS "           \
    "created_at,"                                                                                  \
    " to_char(t.last_used_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS "            \
    "last_used_at,"                                                                                \
    " to_char(t.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS expires_at,"   \
    " to_char(t.revoked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS revoked_at"

PersonalToken tokenFrom(const core::Row& row)
{
    PersonalToken token;
    token.id = row.str("id");
    token.name = row.str("name");
    token.scope = row.str("scope");
    token.prefix = row.str("prefix");
    token.status = row.str("status");
    token.createdAt = row.str("created_at");
    token.lastUsedAt = row.optStr("last_used_at");
    token.expiresAt = row.optStr("expires_at");
    token.revokedAt = row.optStr("revoked_at");
    return token;
}

} // namespace

void PersonalTokenStore::lockUser(core::Sql& sql, const std::string& userId)
{
    sql.exec("SELECT 1 FROM users WHERE id = $1::uuid FOR UPDATE", {userId});
}

int PersonalTokenStore::liveCount(core::Sql& sql, const std::string& userId, std::int64_t nowMs)
{
    return static_cast<int>(
        sql.exec("SELECT count(*) AS n FROM personal_tokens WHERE user_id = $1::uuid"
                 " AND revoked_at IS NULL"
                 " AND (expires_at IS NULL OR expires_at > to_timestamp($2::bigint / 1000.0))",
                 {userId, nowMs})
            .front()
            .i64("n"));
}

std::string PersonalTokenStore::insert(core::Sql& sql, const std::string& userId,
                                       const std::string& name, const std::string& scope,
                                       const std::string& prefix, const std::string& tokenHash,
                                       std::int64_t nowMs, std::optional<std::int64_t> expiresAtMs)
{
    return sql
        .exec("INSERT INTO personal_tokens (user_id, name, scope, prefix, token_hash, created_at,"
              " expires_at) VALUES ($1::uuid, $2, $3, $4, $5, to_timestamp($6::bigint / 1000.0),"
              " to_timestamp($7::bigint / 1000.0)) RETURNING id::text AS id",
              {userId, name, scope, prefix, tokenHash, nowMs, expiresAtMs})
        .front()
        .str("id");
}

std::vector<PersonalToken> PersonalTokenStore::list(core::Sql& sql, const std::string& userId,
                                                    const core::PageRequest& page,
                                                    std::int64_t nowMs)
{
    std::vector<PersonalToken> tokens;
    for (const auto& row :
         sql.exec("SELECT " EY_TOKEN_COLUMNS " FROM personal_tokens t WHERE t.user_id = $1::uuid"
                  "   AND ($3::timestamptz IS NULL OR (t.created_at, t.id) < ($3::timestamptz, "
                  "$4::uuid))"
                  " ORDER BY t.created_at DESC, t.id DESC LIMIT $5",
                  {userId, nowMs, page.afterKey, page.afterId, page.limit + 1}))
        tokens.push_back(tokenFrom(row));
    return tokens;
}

std::optional<PersonalToken> PersonalTokenStore::ownedBy(core::Sql& sql, const std::string& id,
                                                         const std::string& userId,
                                                         std::int64_t nowMs)
{
    if (!core::isUuid(id))
        return std::nullopt;
    const auto rows = sql.exec("SELECT " EY_TOKEN_COLUMNS " FROM personal_tokens t"
                               " WHERE t.id = $1::uuid AND t.user_id = $3::uuid",
                               {id, nowMs, userId});
    if (rows.empty())
        return std::nullopt;
    return tokenFrom(rows.front());
}

bool PersonalTokenStore::revoke(core::Sql& sql, const std::string& id, std::int64_t nowMs)
{
    return sql.exec("UPDATE personal_tokens SET revoked_at = to_timestamp($2::bigint / 1000.0)"
                    " WHERE id = $1::uuid AND revoked_at IS NULL",
                    {id, nowMs})
               .affected() > 0;
}

std::int64_t PersonalTokenStore::revokeAllOf(core::Sql& sql, const std::string& userId,
                                             std::int64_t nowMs)
{
    return sql
        .exec("UPDATE personal_tokens SET revoked_at = to_timestamp($2::bigint / 1000.0)"
              " WHERE user_id = $1::uuid AND revoked_at IS NULL",
              {userId, nowMs})
        .affected();
}

std::optional<TokenHolder> PersonalTokenStore::holder(core::Sql& sql, const std::string& tokenHash,
                                                      std::int64_t nowMs)
{
    const auto rows = sql.exec(
        "SELECT t.id::text AS token_id, t.scope, t.revoked_at IS NOT NULL AS revoked,"
        " COALESCE(t.expires_at <= to_timestamp($2::bigint / 1000.0), false) AS expired,"
        " (extract(epoch FROM t.last_used_at) * 1000)::bigint AS last_used_ms,"
        " to_char(t.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS expires_at,"
        " u.id::text AS user_id, u.email::text AS email, u.full_name,"
        " u.status = 'active' AS user_active,"
        " COALESCE((SELECT string_agg(r.role, ',' ORDER BY ro.position) FROM user_roles r"
        "           JOIN roles ro ON ro.name = r.role WHERE r.user_id = u.id), '') AS roles,"
        " COALESCE((SELECT string_agg(DISTINCT rp.permission, ',') FROM user_roles r"
        "           JOIN role_permissions rp ON rp.role = r.role WHERE r.user_id = u.id), '')"
        "   AS permissions"
        " FROM personal_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
        {tokenHash, nowMs});
    if (rows.empty())
        return std::nullopt;
    const auto row = rows.front();
    TokenHolder holder;
    holder.tokenId = row.str("token_id");
    holder.scope = row.str("scope");
    holder.revoked = row.boolean("revoked");
    holder.expired = row.boolean("expired");
    holder.userActive = row.boolean("user_active");
    holder.lastUsedMs = row.optI64("last_used_ms");
    holder.expiresAt = row.optStr("expires_at");
    holder.auth.userId = row.str("user_id");
    holder.auth.email = row.str("email");
    holder.auth.fullName = row.str("full_name");
    holder.auth.roles = core::splitList(row.str("roles"));
    for (auto& permission : core::splitList(row.str("permissions")))
        holder.auth.permissions.insert(std::move(permission));
    return holder;
}

void PersonalTokenStore::touch(core::Sql& sql, const std::string& id, std::int64_t nowMs,
                               std::int64_t intervalMs)
{
    // Guarded, so instances racing on the same token write once per interval between them.
    sql.exec("UPDATE personal_tokens SET last_used_at = to_timestamp($2::bigint / 1000.0)"
             " WHERE id = $1::uuid AND (last_used_at IS NULL"
             "   OR last_used_at <= to_timestamp(($2::bigint - $3::bigint) / 1000.0))",
             {id, nowMs, intervalMs});
}

} // namespace ey::identity
