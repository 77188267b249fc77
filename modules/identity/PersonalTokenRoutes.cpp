// Personal API token HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "PersonalTokenRoutes.h"

#include "Paging.h"
#include "Problem.h"
#include "Strings.h"

#include <regex>

namespace ey::identity {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

/// The cursor's sort key is a created_at we wrote; anything else is a client's mistake, not a
/// database error.
void checkCursor(const core::PageRequest& page)
{
    static const std::regex isoTime(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$)");
    if (page.afterKey && (!std::regex_match(*page.afterKey, isoTime) || !page.afterId ||
                          !core::isUuid(*page.afterId)))
        throw core::Problem::badRequest({"Kursor halaman tidak valid.", "Invalid page cursor."});
}

json::ObjectPtr scopeJson(const ScopeAvailability& item, core::Lang lang)
{
    auto object = json::object();
    object->set("name", item.scope->name);
    object->set("label", item.scope->label.in(lang));
    auto permissions = json::array();
    for (const auto& permission : item.scope->permissions)
        permissions->add(permission);
    object->set("permissions", permissions);
    object->set("available", !item.refusal.has_value());
    if (item.refusal) {
        auto reason = json::object();
        reason->set("type", item.refusal->type());
        reason->set("detail", item.refusal->detail().in(lang));
        object->set("reason", reason);
    } else {
        object->set("reason", Poco::Dynamic::Var());
    }
    return object;
}

} // namespace

void addPersonalTokenRoutes(core::Router& router, PersonalTokenService& tokens)
{
    using core::access::SignedIn;

    router.add({"GET", "/api/v1/me/api-tokens", SignedIn,
                [&tokens](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    checkCursor(page);
                    auto items = tokens.list(request.user().userId, page);
                    const bool more = static_cast<int>(items.size()) > page.limit;
                    if (more)
                        items.resize(static_cast<std::size_t>(page.limit));
                    auto list = json::array();
                    for (const auto& token : items)
                        list->add(PersonalTokenService::toJson(token));
                    auto body = json::object();
                    body->set("items", list);
                    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                                        items.back().createdAt, items.back().id))
                                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listMyApiTokens"});

    router.add({"POST", "/api/v1/me/api-tokens", SignedIn,
                [&tokens](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    const auto name = in.requiredString("name", 400);
                    const auto scope = in.requiredString("scope", 40);
                    const auto days =
                        in.optionalInt("expires_in_days", 1, PersonalTokenService::kMaxExpiryDays);
                    in.finish();
                    const auto created = tokens.create(
                        request.user(), name, scope,
                        days ? std::optional<int>(static_cast<int>(*days)) : std::nullopt,
                        request.clientIp);
                    auto body = PersonalTokenService::toJson(created.token);
                    body->set("token", created.plain);
                    response.json(body, 201);
                    // The one answer that carries the token: no cache may keep it.
                    response.headers["Cache-Control"] = "no-store";
                },
                4096, "createMyApiToken"});

    router.add({"DELETE", "/api/v1/me/api-tokens/{id}", SignedIn,
                [&tokens](Request& request, Response& response) {
                    tokens.revoke(request.user(), request.param("id"), request.clientIp);
                    response.noContent();
                },
                0, "revokeMyApiToken"});

    router.add({"GET", "/api/v1/me/api-token-scopes", SignedIn,
                [&tokens](Request& request, Response& response) {
                    auto list = json::array();
                    for (const auto& item : tokens.scopesFor(request.user()))
                        list->add(scopeJson(item, request.lang));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listApiTokenScopes"});
}

} // namespace ey::identity
