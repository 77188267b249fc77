// The route table: path matching, the one permission check per route, body limits, problem+json
// errors, metrics and the JSON access log.
#pragma once

#include "Auth.h"
#include "Http.h"
#include "Metrics.h"
#include "RateLimiter.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ey::core {

/// Permission names with a special meaning in the route table.
namespace access {
inline const std::string Public = "public";      ///< anyone, no session needed
inline const std::string SignedIn = "signed_in"; ///< any signed-in user, whatever the role
} // namespace access

using Handler = std::function<void(Request&, Response&)>;

struct Route
{
    std::string method;
    std::string pattern; ///< "/api/v1/tickets/{id}"
    std::string permission;
    Handler handler;
    std::size_t maxBodyBytes = 1 << 20;
    std::string operationId;
};

/// Reads the request body, refusing more than `limit` bytes (throws a 413 Problem).
using BodySource = std::function<std::string(std::size_t limit)>;

/// Dispatches requests; routes are added at start-up, dispatch is thread safe afterwards.
class Router
{
public:
    explicit Router(const Clock& clock);

    void add(Route route);
    const std::vector<Route>& routes() const { return m_routes; }
    void setAuthenticator(std::shared_ptr<Authenticator> authenticator);

    void dispatch(Request& request, Response& response, const BodySource& body);

    Metrics& metrics() { return m_metrics; }

private:
    struct Match
    {
        const Route* route = nullptr;
        bool pathKnown = false;
    };
    Match match(Request& request) const;
    void authenticate(Request& request);
    void run(Request& request, Response& response, const BodySource& body, const Route*& route);

    const Clock& m_clock;
    std::vector<Route> m_routes;
    std::vector<std::vector<std::string>> m_segments;
    std::shared_ptr<Authenticator> m_authenticator;
    RateLimiter m_apiKeyLimiter;
    Metrics m_metrics;
};

} // namespace ey::core
