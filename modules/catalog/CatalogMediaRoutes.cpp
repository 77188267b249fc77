// Catalog image HTTP: raw-body uploads answer the new key and public address; the public read
// serves the bytes with long cache headers (a new upload gets a new key, so an address never
// changes meaning).
#include "CatalogMediaRoutes.h"

#include "Json.h"

namespace ey::catalog {

using core::Request;
using core::Response;

namespace {

void upload(CatalogMedia& media, ImageSlot slot, Request& request, Response& response)
{
    const auto key = media.setImage(slot, request.param("id"), request.body,
                                    {request.user().userId, request.clientIp});
    auto body = core::json::object();
    body->set("key", key);
    body->set("url", "/media/catalog/" + key);
    response.json(body);
}

} // namespace

void addCatalogMediaRoutes(core::Router& router, const std::shared_ptr<CatalogMedia>& media)
{
    const std::string manage = "catalog.manage";
    // Twice the limit is read so an oversize image gets the message naming the 2 MiB limit
    // instead of the generic body-size refusal.
    const std::size_t bodyLimit = 2 * CatalogMedia::kMaxBytes;
    router.add({"PUT", "/api/v1/admin/catalog/plans/{id}/logo", manage,
                [media](Request& request, Response& response) {
                    upload(*media, ImageSlot::PlanLogo, request, response);
                },
                bodyLimit, "uploadCatalogPlanLogo"});
    router.add({"PUT", "/api/v1/admin/catalog/plans/{id}/banner", manage,
                [media](Request& request, Response& response) {
                    upload(*media, ImageSlot::PlanBanner, request, response);
                },
                bodyLimit, "uploadCatalogPlanBanner"});
    router.add({"PUT", "/api/v1/admin/catalog/products/{id}/cover", manage,
                [media](Request& request, Response& response) {
                    upload(*media, ImageSlot::ProductCover, request, response);
                },
                bodyLimit, "uploadCatalogProductCover"});
    router.add({"GET", "/media/catalog/{key}", core::access::Public,
                [media](Request& request, Response& response) {
                    const auto& key = request.param("key");
                    auto content = media->image(key);
                    const auto etag = "\"" + key + "\"";
                    response.headers["ETag"] = etag;
                    response.headers["Cache-Control"] = "public, max-age=31536000, immutable";
                    response.headers["X-Content-Type-Options"] = "nosniff";
                    if (request.header("If-None-Match") == etag) {
                        response.status = 304;
                        response.body.clear();
                        return;
                    }
                    response.status = 200;
                    response.contentType = content.mime;
                    response.body = std::move(content.bytes);
                },
                0, "getCatalogImage"});
}

} // namespace ey::catalog
