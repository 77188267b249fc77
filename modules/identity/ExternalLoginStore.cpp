// SQL for linked outside accounts and web sign-in flows.
#include "ExternalLoginStore.h"

namespace ey::identity {

void ExternalLoginStore::insertFlow(core::Sql& sql, const std::string& stateHash,
                                    const ExternalFlow& flow, const std::string& nowIso,
                                    const std::string& expiresIso)
{
    sql.exec("INSERT INTO oauth_flows (state_hash, provider, nonce, code_verifier, intent,"
             " return_to, created_at, expires_at)"
             " VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8::timestamptz)",
             {stateHash, flow.provider, flow.nonce, flow.codeVerifier, flow.intent, flow.returnTo,
              nowIso, expiresIso});
}

std::optional<ExternalFlow> ExternalLoginStore::takeFlow(core::Sql& sql,
                                                         const std::string& stateHash,
                                                         const std::string& nowIso)
{
    const auto rows = sql.exec("DELETE FROM oauth_flows WHERE state_hash = $1 RETURNING provider,"
                               " nonce, code_verifier, intent, return_to,"
                               " expires_at > $2::timestamptz AS live",
                               {stateHash, nowIso});
    if (rows.empty() || !rows.front().boolean("live"))
        return std::nullopt;
    const auto row = rows.front();
    return ExternalFlow{row.str("provider"), row.str("nonce"), row.str("code_verifier"),
                        row.str("intent"), row.str("return_to")};
}

void ExternalLoginStore::purgeExpiredFlows(core::Sql& sql, const std::string& nowIso)
{
    sql.exec("DELETE FROM oauth_flows WHERE expires_at <= $1::timestamptz", {nowIso});
}

std::optional<std::string> ExternalLoginStore::userBySubject(core::Sql& sql,
                                                             const std::string& provider,
                                                             const std::string& subject,
                                                             const std::string& nowIso)
{
    const auto rows = sql.exec("UPDATE user_external_logins SET last_used_at = $3::timestamptz"
                               " WHERE provider = $1 AND subject = $2"
                               " RETURNING user_id::text AS user_id",
                               {provider, subject, nowIso});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("user_id");
}

void ExternalLoginStore::link(core::Sql& sql, const std::string& provider,
                              const std::string& subject, const std::string& userId,
                              const std::string& email, const std::string& nowIso)
{
    sql.exec("INSERT INTO user_external_logins (provider, subject, user_id, email, created_at,"
             " last_used_at) VALUES ($1, $2, $3::uuid, $4, $5::timestamptz, $5::timestamptz)",
             {provider, subject, userId, email, nowIso});
}

std::string ExternalLoginStore::insertUser(core::Sql& sql, const std::string& email,
                                           const std::string& fullName)
{
    return sql
        .exec("INSERT INTO users (email, full_name, password_hash) VALUES ($1, $2, NULL)"
              " RETURNING id::text AS id",
              {email, fullName})
        .front()
        .str("id");
}

} // namespace ey::identity
