// Regions HTTP: the public, cacheable area look-ups.
#pragma once

#include "RegionsService.h"
#include "Router.h"

#include <memory>

namespace ey::regions {

void addRegionsRoutes(core::Router& router, std::shared_ptr<RegionsService> service);

} // namespace ey::regions
