// Entry point of the catalog module.
#pragma once

#include "ModuleContext.h"
#include "Router.h"

namespace ey::catalog {

/// Adds the catalog routes (admin CRUD, public shop, coupon check).
void registerCatalog(core::Router& router, const core::ModuleContext& context);

} // namespace ey::catalog
