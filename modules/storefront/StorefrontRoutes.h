// Storefront HTTP: the public pages and their static files. No SQL here.
#pragma once

#include "AffiliateService.h"
#include "CatalogService.h"

#include "ModuleContext.h"
#include "Router.h"

namespace ey::storefront {

void addStorefrontRoutes(core::Router& router, const core::ModuleContext& context,
                         catalog::CatalogService& catalog, affiliate::AffiliateService& affiliates);

} // namespace ey::storefront
