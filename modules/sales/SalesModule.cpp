// Wires the sales module into a server instance.
#include "SalesModule.h"

namespace ey::sales {

void registerSales(core::Router&, const core::ModuleContext&, followup::FollowUpService&,
                   notify::NotifyService&)
{
}

} // namespace ey::sales
