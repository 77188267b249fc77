// Entry point of the catalog module.
#pragma once

#include "CatalogService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::catalog {

/// Adds the catalog routes (admin CRUD, public shop, coupon check).
/// Returns the service for modules that price and redeem (checkout).
std::shared_ptr<CatalogService> registerCatalog(core::Router& router, const core::ModuleContext& context);

} // namespace ey::catalog
