// Wires the storefront module into a server instance.
#include "StorefrontModule.h"

namespace ey::storefront {

void registerStorefront(core::Router&, const core::ModuleContext&, catalog::CatalogService&,
                        affiliate::AffiliateService&)
{
}

} // namespace ey::storefront
