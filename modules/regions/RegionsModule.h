// Entry point of the regions module: the administrative-area look-ups addresses are picked from.
#pragma once

#include "ModuleContext.h"
#include "Router.h"

namespace ey::regions {

void registerRegions(core::Router& router, const core::ModuleContext& context);

} // namespace ey::regions
