// SQL for users, roles, sessions, throttling, API keys and the activity log. No rules here.
#pragma once

#include "User.h"

#include "Auth.h"
#include "Db.h"
#include "Paging.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ey::identity {

struct UserFilter
{
    std::optional<std::string> search; ///< name or email contains
    std::optional<std::string> role;
    std::optional<std::string> status;
};

struct ThrottleState
{
    int failures = 0;
    std::optional<std::int64_t> lockedUntilMs;
};

class UserStore
{
public:
    static std::optional<User> byId(core::Sql& sql, const std::string& id);
    static std::optional<User> byEmail(core::Sql& sql, const std::string& email);
    static std::optional<std::string> passwordHash(core::Sql& sql, const std::string& userId);
    static std::vector<User> list(core::Sql& sql, const UserFilter& filter,
                                  const core::PageRequest& page);
    static std::string insert(core::Sql& sql, const NewUser& user, const std::string& passwordHash);
    static void update(core::Sql& sql, const std::string& id, const std::string& fullName,
                       const std::optional<std::string>& whatsapp, const std::string& status);
    static void setPassword(core::Sql& sql, const std::string& id, const std::string& passwordHash);
    static void setRoles(core::Sql& sql, const std::string& userId,
                         const std::vector<std::string>& roles, const std::string& grantedBy);
    static std::vector<std::string> roles(core::Sql& sql, const std::string& userId);
    static std::set<std::string> permissions(core::Sql& sql, const std::string& userId);
    static std::vector<std::string> knownRoles(core::Sql& sql);
    static std::vector<RoleInfo> roleCatalog(core::Sql& sql);

    static std::string insertSession(core::Sql& sql, const std::string& userId,
                                     const std::string& tokenHash, std::int64_t expiresAtMs,
                                     const Origin& origin);
    /// Everything a request needs about its caller, in one round trip: the live session behind a
    /// token hash, the active user, their roles and permissions.
    static std::optional<core::AuthContext>
    authContext(core::Sql& sql, const std::string& tokenHash, std::int64_t nowMs);
    static void revokeSession(core::Sql& sql, const std::string& sessionId, std::int64_t nowMs);
    static std::int64_t revokeAllSessions(core::Sql& sql, const std::string& userId,
                                          std::int64_t nowMs);

    static ThrottleState throttle(core::Sql& sql, const std::string& key);
    /// Counts one failure in the current window and locks the key when it reaches `maxFailures`.
    static ThrottleState recordFailure(core::Sql& sql, const std::string& key, std::int64_t nowMs,
                                       std::int64_t windowMs, int maxFailures, std::int64_t lockMs);
    static void clearThrottle(core::Sql& sql, const std::string& key);

    static std::string insertApiKey(core::Sql& sql, const std::string& name,
                                    const std::string& prefix, const std::string& keyHash,
                                    int requestsPerMinute, const std::string& createdBy);
    static std::vector<ApiKey> apiKeys(core::Sql& sql);
    static std::optional<ApiKey> apiKeyById(core::Sql& sql, const std::string& id);
    static std::optional<ApiKey> liveApiKeyByHash(core::Sql& sql, const std::string& keyHash);
    static bool revokeApiKey(core::Sql& sql, const std::string& id, std::int64_t nowMs);

    static std::vector<ActivityEntry> activity(core::Sql& sql,
                                               const std::optional<std::string>& entityType,
                                               const std::optional<std::string>& actorId,
                                               const core::PageRequest& page);
};

} // namespace ey::identity
