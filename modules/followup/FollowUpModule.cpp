// Wires the follow-up module into a server instance.
#include "FollowUpModule.h"

#include "FollowUpRoutes.h"

#include <algorithm>

namespace ey::followup {

namespace {

int pollSeconds(const core::Config& config)
{
    try {
        const auto text = config.value("followup.poll_seconds");
        return text.empty() ? 30 : std::clamp(std::stoi(text), 1, 86'400);
    } catch (const std::exception&) {
        return 30;
    }
}

} // namespace

std::shared_ptr<FollowUpService> registerFollowUp(core::Router& router,
                                                  const core::ModuleContext& context,
                                                  notify::NotifyService& notify)
{
    auto service = std::make_shared<FollowUpService>(context.db, context.clock, notify);
    addFollowUpRoutes(router, *service);
    service->startWorker(std::chrono::seconds(pollSeconds(context.config)));
    return service;
}

} // namespace ey::followup
