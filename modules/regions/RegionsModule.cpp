// Wires the regions module into a server instance.
#include "RegionsModule.h"

#include "RegionsRoutes.h"

namespace ey::regions {

void registerRegions(core::Router& router, const core::ModuleContext& context)
{
    addRegionsRoutes(router, std::make_shared<RegionsService>(context.db));
}

} // namespace ey::regions
