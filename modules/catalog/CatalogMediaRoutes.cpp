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

core::json::ObjectPtr imageJson(const GalleryImage& image)
{
    auto item = core::json::object();
    item->set("id", image.id);
    item->set("url", "/media/catalog/" + image.key);
    return item;
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
    router.add({"POST", "/api/v1/admin/catalog/products/{id}/gallery", manage,
                [media](Request& request, Response& response) {
                    const auto image =
                        media->addGalleryImage(request.param("id"), request.body,
                                               {request.user().userId, request.clientIp});
                    response.json(imageJson(image), 201);
                },
                bodyLimit, "addCatalogProductGalleryImage"});
    router.add({"DELETE", "/api/v1/admin/catalog/products/{id}/gallery/{imageId}", manage,
                [media](Request& request, Response& response) {
                    media->removeGalleryImage(request.param("id"), request.param("imageId"),
                                              {request.user().userId, request.clientIp});
                    response.noContent();
                },
                0, "deleteCatalogProductGalleryImage"});
    router.add({"PUT", "/api/v1/admin/catalog/products/{id}/gallery/order", manage,
                [media](Request& request, Response& response) {
                    core::json::Reader in(request.jsonBody());
                    if (!in.has("image_ids"))
                        in.fail("image_ids", {"Wajib diisi: daftar id gambar galeri.",
                                              "Required: the list of gallery image ids."});
                    const auto ids = in.stringList("image_ids", CatalogMedia::kMaxGallery);
                    in.finish();
                    const auto ordered = media->orderGallery(
                        request.param("id"), ids, {request.user().userId, request.clientIp});
                    auto gallery = core::json::array();
                    for (const auto& image : ordered)
                        gallery->add(imageJson(image));
                    auto body = core::json::object();
                    body->set("gallery", gallery);
                    response.json(body);
                },
                16 * 1024, "orderCatalogProductGallery"});
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
