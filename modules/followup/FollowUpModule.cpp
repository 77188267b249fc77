// Wires the follow-up module into a server instance.
#include "FollowUpModule.h"

#include "FollowUpRoutes.h"

namespace ey::followup {

std::shared_ptr<FollowUpService> registerFollowUp(core::Router& router,
                                                  const core::ModuleContext& context,
                                                  notify::NotifyService& notify)
{
    auto service = std::make_shared<FollowUpService>(context.db, context.clock, notify);
    addFollowUpRoutes(router, *service);
    service->startWorker(
        std::chrono::seconds(context.config.integer("followup.poll_seconds", 30, 1, 86'400)));
    return service;
}

} // namespace ey::followup
