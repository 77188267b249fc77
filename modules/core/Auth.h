// Who is calling: the signed-in user behind a bearer token, and the app behind an API key.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ey::core {

/// The signed-in user of one request, resolved once by the router.
struct AuthContext
{
    std::string userId;
    std::string email;
    std::string fullName;
    std::string sessionId;
    std::vector<std::string> roles;
    std::set<std::string> permissions;
    /// A personal API token rather than a session: it reaches only routes naming one of
    /// `permissions` (its scope), never the signed-in-only account routes.
    bool scopedToken = false;

    bool can(const std::string& permission) const { return permissions.count(permission) > 0; }
    bool hasRole(const std::string& role) const;
};

/// A mobile or partner app identified by its X-Api-Key header.
struct ApiKeyClient
{
    std::string id;
    std::string name;
    int requestsPerMinute = 600;
};

/// Resolves credentials; implemented by the identity module and installed into the router.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual std::optional<AuthContext> fromBearerToken(const std::string& token) = 0;
    virtual std::optional<ApiKeyClient> fromApiKey(const std::string& key) = 0;
};

} // namespace ey::core
