// Identity HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "IdentityRoutes.h"

#include "Paging.h"
#include "Problem.h"

namespace ey::identity {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

json::ArrayPtr stringArray(const std::vector<std::string>& items)
{
    auto list = json::array();
    for (const auto& item : items)
        list->add(item);
    return list;
}

template <typename T, typename Convert>
void writePage(Response& response, std::vector<T> items, const core::PageRequest& page,
               Convert convert, const std::function<std::string(const T&)>& sortKey,
               const std::function<std::string(const T&)>& id)
{
    auto body = json::object();
    auto list = json::array();
    const bool more = static_cast<int>(items.size()) > page.limit;
    if (more)
        items.resize(static_cast<std::size_t>(page.limit));
    for (const auto& item : items)
        list->add(convert(item));
    body->set("items", list);
    body->set("next_cursor",
              more ? Poco::Dynamic::Var(core::encodeCursor(sortKey(items.back()), id(items.back())))
                   : Poco::Dynamic::Var());
    response.json(body);
}

json::ObjectPtr apiKeyJson(const ApiKey& key)
{
    auto object = json::object();
    object->set("id", key.id);
    object->set("name", key.name);
    object->set("prefix", key.prefix);
    object->set("requests_per_minute", key.requestsPerMinute);
    object->set("created_at", key.createdAt);
    object->set("revoked_at",
                key.revokedAt ? Poco::Dynamic::Var(*key.revokedAt) : Poco::Dynamic::Var());
    return object;
}

Poco::Dynamic::Var optional(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

Poco::Dynamic::Var jsonOrNull(const std::optional<std::string>& text)
{
    if (!text)
        return {};
    return json::parse(*text);
}

} // namespace

void addIdentityRoutes(core::Router& router, IdentityService& service)
{
    using core::access::Public;
    using core::access::SignedIn;

    router.add({"POST", "/api/v1/auth/login", Public,
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto email = in.requiredString("email", 254);
                    const auto password = in.requiredString("password", 256);
                    in.finish();
                    response.json(IdentityService::signInJson(service.login(
                        email, password, {request.clientIp, request.header("User-Agent")})));
                },
                16 * 1024, "login"});

    router.add({"POST", "/api/v1/auth/register", Public,
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    NewUser user;
                    user.fullName = in.requiredString("full_name", 200);
                    user.email = in.requiredString("email", 254);
                    user.whatsapp = in.requiredString("whatsapp", 30);
                    user.password = in.requiredString("password", 256);
                    in.finish();
                    response.json(IdentityService::signInJson(service.registerMember(
                                      user, {request.clientIp, request.header("User-Agent")})),
                                  201);
                },
                16 * 1024, "register"});

    router.add({"POST", "/api/v1/auth/logout", SignedIn,
                [&service](Request& request, Response& response) {
                    service.logout(request.user());
                    response.noContent();
                },
                1024, "logout"});

    router.add({"POST", "/api/v1/auth/logout-all", SignedIn,
                [&service](Request& request, Response& response) {
                    service.logoutEverywhere(request.user());
                    response.noContent();
                },
                1024, "logoutEverywhere"});

    router.add({"GET", "/api/v1/me", SignedIn,
                [&service](Request& request, Response& response) {
                    auto user = IdentityService::toJson(service.me(request.user()));
                    user->set("permissions", stringArray({request.user().permissions.begin(),
                                                          request.user().permissions.end()}));
                    response.json(user);
                },
                0, "getMe"});

    router.add({"GET", "/api/v1/admin/users", "users.read",
                [&service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    UserFilter filter{request.queryValue("q"), request.queryValue("role"),
                                      request.queryValue("status")};
                    if (filter.search && filter.search->empty())
                        filter.search.reset();
                    writePage<User>(
                        response, service.users(filter, page), page, IdentityService::toJson,
                        [](const User& u) { return u.createdAt; },
                        [](const User& u) { return u.id; });
                },
                0, "listUsers"});

    router.add({"POST", "/api/v1/admin/users", "users.manage",
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    NewUser user;
                    user.email = in.requiredString("email", 254);
                    user.fullName = in.requiredString("full_name", 200);
                    user.whatsapp = in.optionalString("whatsapp", 30);
                    user.password = in.requiredString("password", 256);
                    user.roles = in.stringList("roles", 12);
                    in.finish();
                    response.json(
                        IdentityService::toJson(service.createUser(user, actorOf(request))), 201);
                },
                16 * 1024, "createUser"});

    router.add({"GET", "/api/v1/admin/users/{id}", "users.read",
                [&service](Request& request, Response& response) {
                    response.json(IdentityService::toJson(service.user(request.param("id"))));
                },
                0, "getUser"});

    router.add({"PATCH", "/api/v1/admin/users/{id}", "users.manage",
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    UserChanges changes;
                    changes.fullName = in.optionalString("full_name", 200);
                    if (in.has("whatsapp"))
                        changes.whatsapp = in.optionalString("whatsapp", 30);
                    changes.status = in.optionalEnum("status", {"active", "deactivated"});
                    changes.password = in.optionalString("password", 256);
                    in.finish();
                    response.json(IdentityService::toJson(
                        service.updateUser(request.param("id"), changes, actorOf(request))));
                },
                16 * 1024, "updateUser"});

    router.add({"PUT", "/api/v1/admin/users/{id}/roles", "users.manage",
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    auto roles = in.stringList("roles", 12);
                    in.finish();
                    response.json(IdentityService::toJson(
                        service.setRoles(request.param("id"), roles, actorOf(request))));
                },
                16 * 1024, "setUserRoles"});

    router.add({"POST", "/api/v1/admin/users/{id}/revoke-sessions", "users.manage",
                [&service](Request& request, Response& response) {
                    auto body = json::object();
                    body->set("revoked_sessions",
                              service.revokeSessions(request.param("id"), actorOf(request)));
                    response.json(body);
                },
                1024, "revokeUserSessions"});

    router.add({"GET", "/api/v1/admin/roles", "users.read",
                [&service](Request&, Response& response) {
                    auto list = json::array();
                    for (const auto& role : service.roles()) {
                        auto object = json::object();
                        object->set("name", role.name);
                        object->set("label_id", role.labelId);
                        object->set("label_en", role.labelEn);
                        object->set("permissions", stringArray(role.permissions));
                        list->add(object);
                    }
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listRoles"});

    router.add({"GET", "/api/v1/admin/api-keys", "api_keys.manage",
                [&service](Request&, Response& response) {
                    auto list = json::array();
                    for (const auto& key : service.apiKeys())
                        list->add(apiKeyJson(key));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listApiKeys"});

    router.add({"POST", "/api/v1/admin/api-keys", "api_keys.manage",
                [&service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto name = in.requiredString("name", 100);
                    const auto rpm = in.optionalInt("requests_per_minute", 1, 100000).value_or(600);
                    in.finish();
                    auto [key, plain] =
                        service.createApiKey(name, static_cast<int>(rpm), actorOf(request));
                    auto body = apiKeyJson(key);
                    body->set("key", plain);
                    response.json(body, 201);
                },
                4096, "createApiKey"});

    router.add({"DELETE", "/api/v1/admin/api-keys/{id}", "api_keys.manage",
                [&service](Request& request, Response& response) {
                    service.revokeApiKey(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "revokeApiKey"});

    router.add({"GET", "/api/v1/admin/activity", "activity.read",
                [&service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    if (page.afterId &&
                        page.afterId->find_first_not_of("0123456789") != std::string::npos)
                        throw core::Problem::badRequest(
                            {"Kursor halaman tidak valid.", "Invalid page cursor."});
                    writePage<ActivityEntry>(
                        response,
                        service.activity(request.queryValue("entity_type"),
                                         request.queryValue("actor_id"), page),
                        page,
                        [](const ActivityEntry& e) {
                            auto object = json::object();
                            object->set("id", e.id);
                            object->set("actor_id", optional(e.actorId));
                            object->set("actor_name", optional(e.actorName));
                            object->set("action", e.action);
                            object->set("entity_type", e.entityType);
                            object->set("entity_id", optional(e.entityId));
                            object->set("before", jsonOrNull(e.before));
                            object->set("after", jsonOrNull(e.after));
                            object->set("ip", optional(e.ip));
                            object->set("created_at", e.createdAt);
                            return object;
                        },
                        [](const ActivityEntry& e) { return std::to_string(e.id); },
                        [](const ActivityEntry& e) { return std::to_string(e.id); });
                },
                0, "listActivity"});
}

} // namespace ey::identity
