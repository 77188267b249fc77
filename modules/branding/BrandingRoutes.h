// HTTP routes of the branding module.
#pragma once

#include "BrandingService.h"

#include "Router.h"

#include <memory>

namespace ey::branding {

void addBrandingRoutes(core::Router& router, std::shared_ptr<BrandingService> service);

} // namespace ey::branding
