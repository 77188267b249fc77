// System endpoints that belong to no business module.
#include "SystemRoutes.h"

#include "OpenApiDocument.h"
#include "Problem.h"

namespace ey::app {

using core::Request;
using core::Response;

void addSystemRoutes(core::Router& router, core::Db& db)
{
    using core::access::Public;
    router.add({"GET", "/healthz", Public,
                [](Request&, Response& response) {
                    auto body = core::json::object();
                    body->set("status", "ok");
                    response.json(body);
                },
                0, "health"});

    router.add({"GET", "/readyz", Public,
                [&db](Request&, Response& response) {
                    if (!db.ping())
                        throw core::Problem::unavailable({"Basis data tidak dapat dihubungi.",
                                                          "The database cannot be reached."});
                    auto body = core::json::object();
                    body->set("status", "ready");
                    body->set("database", "ok");
                    response.json(body);
                },
                0, "ready"});

    router.add({"GET", "/metrics", Public,
                [&router](Request&, Response& response) {
                    response.contentType = "text/plain; version=0.0.4; charset=utf-8";
                    response.body = router.metrics().render();
                },
                0, "metrics"});

    router.add({"GET", "/api/v1/openapi.json", Public,
                [](Request&, Response& response) {
                    response.body = openApiDocument();
                    response.contentType = "application/json; charset=utf-8";
                },
                0, "openapi"});
}

} // namespace ey::app
