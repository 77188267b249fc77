// Request and response helpers.
#include "Http.h"

#include "Problem.h"

#include <strings.h>

namespace ey::core {

bool HeaderLess::operator()(const std::string& a, const std::string& b) const
{
    return strcasecmp(a.c_str(), b.c_str()) < 0;
}

bool AuthContext::hasRole(const std::string& role) const
{
    for (const auto& held : roles) {
        if (held == role)
            return true;
    }
    return false;
}

const std::string& Request::param(const std::string& name) const
{
    static const std::string empty;
    const auto it = pathParams.find(name);
    return it == pathParams.end() ? empty : it->second;
}

std::optional<std::string> Request::queryValue(const std::string& name) const
{
    const auto it = query.find(name);
    if (it == query.end())
        return std::nullopt;
    return it->second;
}

std::string Request::header(const std::string& name) const
{
    const auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> Request::cookie(const std::string& name) const
{
    const std::string all = header("Cookie");
    std::size_t position = 0;
    while (position < all.size()) {
        auto end = all.find(';', position);
        if (end == std::string::npos)
            end = all.size();
        auto pair = all.substr(position, end - position);
        const auto first = pair.find_first_not_of(' ');
        pair = first == std::string::npos ? std::string() : pair.substr(first);
        const auto equals = pair.find('=');
        if (equals != std::string::npos && pair.compare(0, equals, name) == 0 &&
            equals == name.size())
            return pair.substr(equals + 1);
        position = end + 1;
    }
    return std::nullopt;
}

json::ObjectPtr Request::jsonBody() const
{
    return json::parseObject(body);
}

const AuthContext& Request::user() const
{
    if (!auth)
        throw Problem::unauthorized({"Silakan masuk terlebih dahulu.", "Please sign in first."});
    return *auth;
}

void Response::json(const json::ObjectPtr& object, int statusCode)
{
    status = statusCode;
    contentType = "application/json; charset=utf-8";
    body = json::stringify(object);
}

void Response::json(const json::ArrayPtr& array, int statusCode)
{
    status = statusCode;
    contentType = "application/json; charset=utf-8";
    body = json::stringify(array);
}

void Response::setCookie(const std::string& name, const std::string& value, long maxAgeSeconds,
                         bool httpOnly)
{
    cookies.push_back(name + "=" + value + "; Max-Age=" + std::to_string(maxAgeSeconds) +
                      "; Path=/; SameSite=Lax" + (httpOnly ? "; HttpOnly" : ""));
}

} // namespace ey::core
