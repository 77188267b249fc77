// Catalog image HTTP: admin uploads of plan logos, banners and product covers; public reads.
#pragma once

#include "CatalogMedia.h"

#include "Router.h"

#include <memory>

namespace ey::catalog {

void addCatalogMediaRoutes(core::Router& router, const std::shared_ptr<CatalogMedia>& media);

} // namespace ey::catalog
