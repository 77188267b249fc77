// Wires the support module into a server instance.
#include "SupportModule.h"

#include "TicketRoutes.h"
#include "TicketService.h"

#include <memory>

namespace ey::support {

std::shared_ptr<TicketService> registerSupport(core::Router& router,
                                               const core::ModuleContext& context,
                                               notify::NotifyService& notify)
{
    auto service =
        std::make_shared<TicketService>(context.db, context.clock, context.files, notify);
    addTicketRoutes(router, service, context.db);
    return service;
}

} // namespace ey::support
