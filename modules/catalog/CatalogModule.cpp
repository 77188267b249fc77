// Wires the catalog module into a server instance.
#include "CatalogModule.h"

#include "CatalogMedia.h"
#include "CatalogMediaRoutes.h"
#include "CatalogRoutes.h"
#include "CatalogService.h"

#include <memory>

namespace ey::catalog {

std::shared_ptr<CatalogService> registerCatalog(core::Router& router, const core::ModuleContext& context)
{
    auto service = std::make_shared<CatalogService>(context.db, context.clock, &context.files);
    addCatalogRoutes(router, service, context.clock);
    addCatalogMediaRoutes(router,
                          std::make_shared<CatalogMedia>(context.db, context.clock, context.files));
    return service;
}

} // namespace ey::catalog
