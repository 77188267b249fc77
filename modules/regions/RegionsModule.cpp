// Wires the regions module into a server instance.
#include "RegionsModule.h"

namespace ey::regions {

void registerRegions(core::Router& /*router*/, const core::ModuleContext& /*context*/) {}

} // namespace ey::regions
