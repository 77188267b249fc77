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

} // namespace ey::core
