// Personal API token rules: the scopes modules register, making and revoking a member's tokens,
// and turning a presented token into the caller of a request.
#pragma once

#include "PersonalToken.h"

#include "Auth.h"
#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"
#include "RateLimiter.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::identity {

/// Thread safe once the server takes requests; scopes are registered before that.
class PersonalTokenService
{
public:
    PersonalTokenService(core::Db& db, const core::Clock& clock, int requestsPerMinute);

    /// Called while modules register, before the server takes requests.
    void registerScope(TokenScope scope);
    const TokenScope* scope(const std::string& name) const;
    /// Every registered scope (by name) with whether this caller may use it now.
    std::vector<ScopeAvailability> scopesFor(const core::AuthContext& auth);

    /// A new token for the signed-in caller; the plain token is in the answer only.
    NewPersonalToken create(const core::AuthContext& auth, const std::string& name,
                            const std::string& scope, std::optional<int> expiresInDays,
                            const std::string& ip);
    std::vector<PersonalToken> list(const std::string& userId, const core::PageRequest& page);
    /// Revokes one of the caller's own tokens (404 for anyone else's); revoking twice is a no-op.
    void revoke(const core::AuthContext& auth, const std::string& id, const std::string& ip);
    /// Revokes all of a user's tokens inside the caller's transaction (deactivation, new password).
    std::int64_t revokeAllIn(core::Sql& tx, const std::string& userId);

    /// True for text shaped like a personal token (the router hands every bearer token over).
    static bool looksLikeToken(const std::string& token);
    /// The caller behind a personal token, limited to its scope; nullopt when no token has this
    /// hash. Throws 401 with a reason for a known token that no longer works, 429 past the rate.
    std::optional<core::AuthContext> authenticate(const std::string& token);

    static core::json::ObjectPtr toJson(const PersonalToken& token);

    static constexpr int kMaxLiveTokens = 5;
    static constexpr int kMaxExpiryDays = 3650;
    static constexpr std::int64_t kTouchIntervalMs = 60 * 1000;
    static constexpr std::size_t kPrefixLength = 10; ///< "eyp_" and six characters
    static inline const std::string kTokenPrefix = "eyp_";

private:
    std::optional<core::Problem> refusal(const TokenScope& scope, const core::AuthContext& auth);

    core::Db& m_db;
    const core::Clock& m_clock;
    int m_requestsPerMinute;
    core::RateLimiter m_limiter;
    std::map<std::string, TokenScope> m_scopes;
};

} // namespace ey::identity
