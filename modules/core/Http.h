// The request and response a route handler sees, free of any HTTP library types.
#pragma once

#include "Auth.h"
#include "Json.h"
#include "Text.h"

#include <atomic>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ey::core {

/// Case-insensitive header map.
struct HeaderLess
{
    bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::map<std::string, std::string, HeaderLess>;

/// One incoming request; handlers read it, the router fills it.
struct Request
{
    std::string method;
    std::string path;
    std::map<std::string, std::string> pathParams;
    std::multimap<std::string, std::string> query;
    Headers headers;
    std::string clientIp;
    std::string requestId;
    Lang lang = Lang::Indonesian;
    std::optional<AuthContext> auth;
    std::optional<ApiKeyClient> apiClient;
    /// Set while the server shuts down, so long-lived streams can end.
    const std::atomic<bool>* stopping = nullptr;
    std::string body;

    const std::string& param(const std::string& name) const;
    std::optional<std::string> queryValue(const std::string& name) const;
    std::string header(const std::string& name) const;
    /// The value of one cookie from the Cookie header, if the browser sent it.
    std::optional<std::string> cookie(const std::string& name) const;
    /// The body as a JSON object (400 problem if it is not one).
    json::ObjectPtr jsonBody() const;
    /// The signed-in user; only valid on routes that require one.
    const AuthContext& user() const;
};

/// What a handler answers: a body, or a stream writer for Server-Sent Events and large files.
struct Response
{
    int status = 200;
    std::string contentType = "application/json; charset=utf-8";
    Headers headers;
    std::string body;
    /// When set, the server sends headers, then calls this with the socket's stream.
    std::function<void(std::ostream&)> stream;
    /// Set-Cookie lines (a header map holds one value per name; browsers need one line each).
    std::vector<std::string> cookies;

    void json(const json::ObjectPtr& object, int statusCode = 200);
    void json(const json::ArrayPtr& array, int statusCode = 200);
    void noContent() { status = 204, body.clear(); }
    /// A first-party cookie: Path=/, SameSite=Lax, HttpOnly unless a page script must read it.
    void setCookie(const std::string& name, const std::string& value, long maxAgeSeconds,
                   bool httpOnly = true);
};

} // namespace ey::core
