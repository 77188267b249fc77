// Entry point of the follow-up module.
#pragma once

#include "FollowUpService.h"

#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::followup {

/// Adds the follow-up routes and starts the sender; commerce schedules through the service.
std::shared_ptr<FollowUpService> registerFollowUp(core::Router& router,
                                                  const core::ModuleContext& context,
                                                  notify::NotifyService& notify);

} // namespace ey::followup
