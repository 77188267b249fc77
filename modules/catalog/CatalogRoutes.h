// HTTP routes of the catalog: admin CRUD, the public shop, the coupon check.
#pragma once

#include "CatalogService.h"

#include "Router.h"

#include <memory>

namespace ey::catalog {

/// Adds /api/v1/admin/catalog/... and /api/v1/catalog/...; handlers share ownership of `service`.
void addCatalogRoutes(core::Router& router, const std::shared_ptr<CatalogService>& service,
                      const core::Clock& clock);

} // namespace ey::catalog
