// Wires the sales module into a server instance.
#include "SalesModule.h"

#include "SalesRoutes.h"
#include "SalesService.h"

#include <memory>

namespace ey::sales {

void registerSales(core::Router& router, const core::ModuleContext& context,
                   followup::FollowUpService&, notify::NotifyService& notify)
{
    // The follow-up counts and log are read straight from followup_messages by SalesStore; the
    // follow-up service stays in the signature for the lead's wiring.
    auto service = std::make_shared<SalesService>(context.db, context.clock, notify);
    addSalesRoutes(router, context.db, service);
}

} // namespace ey::sales
