// Forwarder HTTP: parse + validate input, call the service, write JSON. No SQL here.
#include "ForwarderRoutes.h"

#include "ForwarderService.h"

#include "Paging.h"
#include "Problem.h"

#include <algorithm>
#include <map>

namespace ey::directory {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kBrowse = "forwarders.browse";
const std::string kManage = "forwarders.manage";
constexpr std::size_t kBodyBytes = 64 * 1024;

core::Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

ForwarderViewer viewerOf(const Request& request)
{
    return {request.user().userId, request.user().can(kManage)};
}

std::optional<std::string> queryFilter(const Request& request, const std::string& name)
{
    auto value = request.queryValue(name);
    if (value && value->empty())
        value.reset();
    return value;
}

/// "true"/"false" query flags; anything else is a 422 naming the parameter.
std::optional<bool> queryFlag(const Request& request, const std::string& name)
{
    const auto value = queryFilter(request, name);
    if (!value)
        return std::nullopt;
    if (*value == "true")
        return true;
    if (*value == "false")
        return false;
    throw core::Problem::validation({{name, {"Isi true atau false.", "Use true or false."}}});
}

/// A nullable text field: absent → unchanged, null → cleared, text → set.
std::optional<std::optional<std::string>> nullableText(const json::ObjectPtr& body,
                                                       json::Reader& in, const std::string& field,
                                                       std::size_t maxLength)
{
    if (!body->has(field))
        return std::nullopt;
    return in.optionalString(field, maxLength);
}

std::optional<std::optional<std::int64_t>> nullableInt(const json::ObjectPtr& body,
                                                       json::Reader& in, const std::string& field,
                                                       std::int64_t min, std::int64_t max)
{
    if (!body->has(field))
        return std::nullopt;
    return in.optionalInt(field, min, max);
}

std::optional<std::vector<std::string>> listField(const json::ObjectPtr& body, json::Reader& in,
                                                  const std::string& field)
{
    if (!body->has(field))
        return std::nullopt;
    return in.stringList(field, 200);
}

ForwarderInput readForwarder(const json::ObjectPtr& body, bool create)
{
    json::Reader in(body);
    ForwarderInput input;
    if (create)
        input.company = in.requiredString("company", 1000);
    else
        input.company = in.optionalString("company", 1000);
    input.services = listField(body, in, "services");
    input.originPorts = listField(body, in, "origin_ports");
    input.destinationRegions = listField(body, in, "destination_regions");
    input.contactPerson = nullableText(body, in, "contact_person", 1000);
    input.email = nullableText(body, in, "email", 1000);
    input.phone = nullableText(body, in, "phone", 100);
    input.website = nullableText(body, in, "website", 1000);
    input.notes = nullableText(body, in, "notes", 20000);
    input.verified = in.optionalBool("verified");
    input.rating = nullableInt(body, in, "rating", 1, 5);
    in.finish();
    return input;
}

RateInput readRate(const json::ObjectPtr& body, bool create)
{
    json::Reader in(body);
    RateInput input;
    if (create) {
        input.origin = in.requiredString("origin", 1000);
        input.destination = in.requiredString("destination", 1000);
        input.mode = in.requiredEnum("mode", ForwarderService::modes());
        input.unit = in.requiredEnum("unit", ForwarderService::units());
        input.currency = in.requiredEnum("currency", ForwarderService::currencies());
        input.priceMinor = in.requiredInt("price_minor", 1, 1'000'000'000'000'000LL);
        input.validUntil = in.requiredString("valid_until", 10);
    } else {
        input.origin = in.optionalString("origin", 1000);
        input.destination = in.optionalString("destination", 1000);
        input.mode = in.optionalEnum("mode", ForwarderService::modes());
        input.unit = in.optionalEnum("unit", ForwarderService::units());
        input.currency = in.optionalEnum("currency", ForwarderService::currencies());
        input.priceMinor = in.optionalInt("price_minor", 1, 1'000'000'000'000'000LL);
        input.validUntil = in.optionalString("valid_until", 10);
    }
    input.transitDays = nullableInt(body, in, "transit_days", 0, 365);
    input.notes = nullableText(body, in, "notes", 5000);
    in.finish();
    return input;
}

} // namespace

void addForwarderRoutes(core::Router& router, const core::ModuleContext& context,
                        const std::shared_ptr<DirectoryAccess>& access)
{
    auto service = std::make_shared<ForwarderService>(context.db, context.clock, access);

    router.add({"GET", "/api/v1/forwarders", kBrowse,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    ForwarderFilter filter{
                        queryFilter(request, "q"), queryFilter(request, "service"),
                        queryFilter(request, "origin_port"), queryFilter(request, "destination"),
                        queryFlag(request, "verified")};
                    auto items = service->list(filter, page);
                    const bool masked = service->contactMasked(viewerOf(request));
                    auto body = json::object();
                    auto list = json::array();
                    const bool more = static_cast<int>(items.size()) > page.limit;
                    if (more)
                        items.resize(static_cast<std::size_t>(page.limit));
                    for (const auto& item : items)
                        list->add(ForwarderService::toJson(item, masked));
                    body->set("items", list);
                    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                                        items.back().sortKey, items.back().id))
                                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listForwarders"});

    // Registered before /forwarders/{id}: the router takes the first pattern that matches.
    router.add(
        {"GET", "/api/v1/forwarders/compare", kBrowse,
         [service](Request& request, Response& response) {
             const auto origin = queryFilter(request, "origin");
             const auto destination = queryFilter(request, "destination");
             const auto mode = queryFilter(request, "mode");
             std::map<std::string, core::Text> errors;
             if (!origin)
                 errors["origin"] = {"Isi pelabuhan atau kota asal.",
                                     "Give the origin port or city."};
             if (!destination)
                 errors["destination"] = {"Isi tujuan.", "Give the destination."};
             const auto& modes = ForwarderService::modes();
             if (mode && std::find(modes.begin(), modes.end(), *mode) == modes.end())
                 errors["mode"] = {"Moda yang dikenal: sea_fcl, sea_lcl, air, courier, land.",
                                   "Known modes: sea_fcl, sea_lcl, air, courier, land."};
             if (!errors.empty())
                 throw core::Problem::validation(std::move(errors));
             const bool expired = queryFlag(request, "include_expired").value_or(false);
             response.json(
                 ForwarderService::toJson(service->compare(*origin, *destination, mode, expired)));
         },
         0, "compareForwarderRates"});

    router.add({"GET", "/api/v1/forwarders/routes", kBrowse,
                [service](Request&, Response& response) {
                    auto list = json::array();
                    for (const auto& route : service->routes())
                        list->add(ForwarderService::toJson(route));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listForwarderRoutes"});

    router.add({"GET", "/api/v1/forwarders/{id}", kBrowse,
                [service](Request& request, Response& response) {
                    const auto forwarder = service->get(request.param("id"));
                    response.json(ForwarderService::toJson(
                        forwarder, service->contactMasked(viewerOf(request))));
                },
                0, "getForwarder"});

    router.add({"POST", "/api/v1/forwarders", kManage,
                [service](Request& request, Response& response) {
                    auto input = readForwarder(request.jsonBody(), true);
                    response.json(
                        ForwarderService::toJson(service->create(input, actorOf(request)), false),
                        201);
                },
                kBodyBytes, "createForwarder"});

    router.add({"PATCH", "/api/v1/forwarders/{id}", kManage,
                [service](Request& request, Response& response) {
                    auto input = readForwarder(request.jsonBody(), false);
                    response.json(ForwarderService::toJson(
                        service->update(request.param("id"), input, actorOf(request)), false));
                },
                kBodyBytes, "updateForwarder"});

    router.add({"DELETE", "/api/v1/forwarders/{id}", kManage,
                [service](Request& request, Response& response) {
                    service->remove(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteForwarder"});

    router.add({"GET", "/api/v1/forwarders/{id}/rates", kBrowse,
                [service](Request& request, Response& response) {
                    const bool expired = queryFlag(request, "include_expired").value_or(false);
                    auto list = json::array();
                    for (const auto& rate : service->rates(request.param("id"), expired))
                        list->add(ForwarderService::toJson(rate));
                    auto body = json::object();
                    body->set("items", list);
                    response.json(body);
                },
                0, "listForwarderRates"});

    router.add({"POST", "/api/v1/forwarders/{id}/rates", kManage,
                [service](Request& request, Response& response) {
                    auto input = readRate(request.jsonBody(), true);
                    response.json(ForwarderService::toJson(service->addRate(
                                      request.param("id"), input, actorOf(request))),
                                  201);
                },
                kBodyBytes, "createForwarderRate"});

    router.add({"PATCH", "/api/v1/forwarders/{id}/rates/{rate_id}", kManage,
                [service](Request& request, Response& response) {
                    auto input = readRate(request.jsonBody(), false);
                    response.json(ForwarderService::toJson(service->updateRate(
                        request.param("id"), request.param("rate_id"), input, actorOf(request))));
                },
                kBodyBytes, "updateForwarderRate"});

    router.add({"DELETE", "/api/v1/forwarders/{id}/rates/{rate_id}", kManage,
                [service](Request& request, Response& response) {
                    service->removeRate(request.param("id"), request.param("rate_id"),
                                        actorOf(request));
                    response.noContent();
                },
                0, "deleteForwarderRate"});
}

} // namespace ey::directory
