// Entry point of the storefront module: the public membership, checkout and comparison pages.
#pragma once

#include "AffiliateService.h"
#include "CatalogService.h"

#include "ModuleContext.h"
#include "Router.h"

namespace ey::storefront {

void registerStorefront(core::Router& router, const core::ModuleContext& context,
                        catalog::CatalogService& catalog, affiliate::AffiliateService& affiliates);

} // namespace ey::storefront
