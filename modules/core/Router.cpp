// Route matching and the request pipeline.
#include "Router.h"

#include "Log.h"
#include "Problem.h"
#include "Random.h"

#include <chrono>
#include <strings.h>

namespace ey::core {

namespace {

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> segments;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto end = path.find('/', start);
        const auto piece =
            path.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!piece.empty())
            segments.push_back(piece);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return segments;
}

bool isSafeRequestId(const std::string& id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (char c : id) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            return false;
    }
    return true;
}

} // namespace

Router::Router(const Clock& clock) : m_clock(clock), m_apiKeyLimiter(clock) {}

void Router::add(Route route)
{
    m_segments.push_back(splitPath(route.pattern));
    m_routes.push_back(std::move(route));
}

void Router::setAuthenticator(std::shared_ptr<Authenticator> authenticator)
{
    m_authenticator = std::move(authenticator);
}

Router::Match Router::match(Request& request) const
{
    const auto segments = splitPath(request.path);
    Match result;
    // "/buyers/export.csv" beats "/buyers/{id}" whatever the order modules added them in: the
    // pattern with the most literal segments wins; equal ones keep registration order.
    int bestLiterals = -1;
    std::map<std::string, std::string> bestParams;
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        const auto& pattern = m_segments[i];
        if (pattern.size() != segments.size())
            continue;
        std::map<std::string, std::string> params;
        bool matched = true;
        int literals = 0;
        for (std::size_t s = 0; s < pattern.size() && matched; ++s) {
            if (pattern[s].size() > 2 && pattern[s].front() == '{' && pattern[s].back() == '}')
                params[pattern[s].substr(1, pattern[s].size() - 2)] = segments[s];
            else {
                matched = pattern[s] == segments[s];
                ++literals;
            }
        }
        if (!matched)
            continue;
        result.pathKnown = true;
        if ((m_routes[i].method == request.method ||
             (request.method == "HEAD" && m_routes[i].method == "GET")) &&
            literals > bestLiterals) {
            bestLiterals = literals;
            bestParams = std::move(params);
            result.route = &m_routes[i];
        }
    }
    if (result.route)
        request.pathParams = std::move(bestParams);
    return result;
}

void Router::authenticate(Request& request)
{
    if (!m_authenticator)
        return;
    const auto apiKey = request.header("X-Api-Key");
    if (!apiKey.empty()) {
        request.apiClient = m_authenticator->fromApiKey(apiKey);
        if (!request.apiClient)
            throw Problem::unauthorized({"Kunci API tidak dikenal atau sudah dicabut.",
                                         "The API key is unknown or has been revoked."});
        int retryAfter = 1;
        if (!m_apiKeyLimiter.allow(request.apiClient->id, request.apiClient->requestsPerMinute,
                                   retryAfter))
            throw Problem::tooManyRequests(
                {"Batas permintaan aplikasi ini tercapai. Coba lagi dalam " +
                     std::to_string(retryAfter) + " detik.",
                 "This app's request limit was reached. Try again in " +
                     std::to_string(retryAfter) + " seconds."},
                retryAfter);
    }
    const auto authorization = request.header("Authorization");
    if (authorization.size() > 7 && strncasecmp(authorization.c_str(), "Bearer ", 7) == 0)
        request.auth = m_authenticator->fromBearerToken(authorization.substr(7));
}

void Router::run(Request& request, Response& response, const BodySource& body, const Route*& route)
{
    const auto found = match(request);
    if (!found.route) {
        if (found.pathKnown)
            throw Problem(405, "https://eksporyuk.com/problems/method-not-allowed",
                          {"Metode tidak diizinkan", "Method not allowed"},
                          {"Alamat ini tidak menerima metode " + request.method + ".",
                           "This address does not accept " + request.method + "."});
        throw Problem::notFound(
            {"Alamat yang diminta tidak ada.", "The requested address does not exist."});
    }
    route = found.route;
    authenticate(request);
    if (route->permission != access::Public) {
        if (!request.auth)
            throw Problem::unauthorized(
                {"Sesi Anda tidak valid atau sudah berakhir. Silakan masuk lagi.",
                 "Your session is invalid or has expired. Please sign in again."});
        if (route->permission == access::SignedIn && request.auth->scopedToken)
            throw Problem(403, "https://eksporyuk.com/problems/token-scope",
                          {"Di luar cakupan token", "Outside the token's scope"},
                          {"Token API hanya membuka data yang menjadi cakupannya. Untuk akun Anda, "
                           "masuk dengan email dan kata sandi.",
                           "An API token only opens the data in its scope. For your account, sign "
                           "in with your email and password."});
        if (route->permission != access::SignedIn && !request.auth->can(route->permission))
            throw Problem::forbidden();
    }
    request.body = body(route->maxBodyBytes);
    route->handler(request, response);
}

void Router::dispatch(Request& request, Response& response, const BodySource& body)
{
    const auto started = std::chrono::steady_clock::now();
    const auto suppliedId = request.header("X-Request-Id");
    request.requestId = isSafeRequestId(suppliedId) ? suppliedId : randomHex(12);
    request.lang = langFromAcceptLanguage(request.header("Accept-Language"));
    const Route* route = nullptr;
    try {
        run(request, response, body, route);
    } catch (const Problem& problem) {
        response = Response();
        response.status = problem.status();
        response.contentType = "application/problem+json; charset=utf-8";
        response.body = problem.toJson(request.lang, request.path);
        for (const auto& [name, value] : problem.headers())
            response.headers[name] = value;
    } catch (const std::exception& error) {
        log::server()->error("request {} {} {} failed: {}", request.requestId, request.method,
                             request.path, error.what());
        response = Response();
        response.status = 500;
        response.contentType = "application/problem+json; charset=utf-8";
        response.body = Problem(500, "https://eksporyuk.com/problems/internal",
                                {"Kesalahan server", "Server error"},
                                {"Terjadi kesalahan di server. Sampaikan kode " +
                                     request.requestId + " kepada tim support bila berulang.",
                                 "Something went wrong on the server. Quote code " +
                                     request.requestId + " to support if it happens again."})
                            .toJson(request.lang, request.path);
    }
    response.headers["X-Request-Id"] = request.requestId;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const std::string routeName = route ? route->pattern : std::string("unmatched");
    m_metrics.observe(request.method, routeName, response.status, seconds);
    log::access(request, routeName, response.status, seconds, response.body.size());
}

} // namespace ey::core
