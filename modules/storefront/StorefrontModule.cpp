// Wires the storefront module into a server instance.
#include "StorefrontModule.h"

#include "StorefrontRoutes.h"

namespace ey::storefront {

void registerStorefront(core::Router& router, const core::ModuleContext& context,
                        catalog::CatalogService& catalog, affiliate::AffiliateService& affiliates)
{
    addStorefrontRoutes(router, context, catalog, affiliates);
}

} // namespace ey::storefront
