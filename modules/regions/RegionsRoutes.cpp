// Regions HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "RegionsRoutes.h"

#include "Problem.h"

#include <charconv>

namespace ey::regions {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

// The data changes only with a server release: caches may keep answers for a day and then
// revalidate with If-None-Match, which costs a 304 and no body.
constexpr const char* kCacheControl = "public, max-age=86400";

Poco::Dynamic::Var textOrNull(const std::string& text)
{
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

json::ObjectPtr areaJson(const Area& area)
{
    auto object = json::object();
    object->set("code", area.code);
    object->set("name", area.displayName);
    object->set("source_name", area.name);
    object->set("kind", textOrNull(area.kind));
    object->set("parent_code", textOrNull(area.parentCode));
    return object;
}

Poco::Dynamic::Var refJson(const std::optional<AreaRef>& ref, bool withKind)
{
    if (!ref)
        return {};
    auto object = json::object();
    object->set("code", ref->code);
    object->set("name", ref->name);
    if (withKind)
        object->set("kind", ref->kind);
    return object;
}

json::ObjectPtr pathJson(const AreaPath& path)
{
    auto object = json::object();
    object->set("code", path.code);
    object->set("level", std::string(levelName(path.level)));
    object->set("name", path.area().name);
    object->set("kind", textOrNull(path.area().kind));
    object->set("label", path.label());
    object->set("province", refJson(path.province, false));
    object->set("regency", refJson(path.regency, true));
    object->set("district", refJson(path.district, false));
    object->set("village", refJson(path.village, true));
    return object;
}

/// True when the client already holds this version (If-None-Match lists it, or is "*").
bool clientHasCurrent(const Request& request, const std::string& etag)
{
    const auto header = request.header("If-None-Match");
    if (header.empty())
        return false;
    if (header.find('*') != std::string::npos)
        return true;
    // Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x".
    return header.find(etag) != std::string::npos;
}

/// Writes `body` with the cache headers, or a bodyless 304 when the client's copy is current.
template <typename Body>
void writeCached(const Request& request, Response& response, const RegionsService& service,
                 const Body& makeBody)
{
    response.headers["ETag"] = service.etag();
    response.headers["Cache-Control"] = kCacheControl;
    if (clientHasCurrent(request, service.etag())) {
        response.status = 304;
        response.body.clear();
        return;
    }
    response.json(makeBody());
}

json::ObjectPtr listJson(const std::vector<Area>& areas)
{
    auto items = json::array();
    for (const auto& area : areas)
        items->add(areaJson(area));
    auto body = json::object();
    body->set("items", items);
    return body;
}

int limitFrom(const Request& request)
{
    const auto text = request.queryValue("limit");
    if (!text || text->empty())
        return RegionsService::kDefaultSearchLimit;
    int limit = 0;
    const auto* end = text->data() + text->size();
    const auto [ptr, error] = std::from_chars(text->data(), end, limit);
    if (error != std::errc() || ptr != end || limit < 1 || limit > RegionsService::kMaxSearchLimit)
        throw core::Problem::validation({{"limit",
                                          {"Batas harus bilangan bulat 1 sampai 50.",
                                           "The limit must be a whole number from 1 to 50."}}});
    return limit;
}

std::optional<AreaLevel> levelFrom(const Request& request)
{
    const auto text = request.queryValue("level");
    if (!text || text->empty())
        return std::nullopt;
    const auto level = levelFromName(*text);
    if (!level)
        throw core::Problem::validation(
            {{"level",
              {"Tingkat wilayah harus province, regency, district atau village.",
               "The area level must be province, regency, district or village."}}});
    return level;
}

core::Handler childrenOf(std::shared_ptr<RegionsService> service, AreaLevel parentLevel)
{
    return [service, parentLevel](Request& request, Response& response) {
        const auto areas = service->children(parentLevel, request.param("code"));
        writeCached(request, response, *service, [&] { return listJson(areas); });
    };
}

} // namespace

void addRegionsRoutes(core::Router& router, std::shared_ptr<RegionsService> service)
{
    using core::access::Public;

    router.add({"GET", "/api/v1/regions/provinces", Public,
                [service](Request& request, Response& response) {
                    writeCached(request, response, *service,
                                [&] { return listJson(service->provinces()); });
                },
                0, "listProvinces"});
    router.add({"GET", "/api/v1/regions/provinces/{code}/regencies", Public,
                childrenOf(service, AreaLevel::Province), 0, "listRegencies"});
    router.add({"GET", "/api/v1/regions/regencies/{code}/districts", Public,
                childrenOf(service, AreaLevel::Regency), 0, "listDistricts"});
    router.add({"GET", "/api/v1/regions/districts/{code}/villages", Public,
                childrenOf(service, AreaLevel::District), 0, "listVillages"});
    // Before /regions/{code}, which would otherwise take "search" for a code.
    router.add({"GET", "/api/v1/regions/search", Public,
                [service](Request& request, Response& response) {
                    const auto query = request.queryValue("q").value_or("");
                    const auto level = levelFrom(request);
                    const auto limit = limitFrom(request);
                    const auto found = service->search(query, level, limit);
                    writeCached(request, response, *service, [&] {
                        auto items = json::array();
                        for (const auto& path : found)
                            items->add(pathJson(path));
                        auto body = json::object();
                        body->set("items", items);
                        return body;
                    });
                },
                0, "searchAreas"});
    router.add({"GET", "/api/v1/regions/{code}", Public,
                [service](Request& request, Response& response) {
                    const auto path = service->path(request.param("code"));
                    writeCached(request, response, *service, [&] { return pathJson(path); });
                },
                0, "getArea"});
}

} // namespace ey::regions
