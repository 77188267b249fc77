// Entry point of the support module.
#pragma once

#include "NotifyService.h"
#include "TicketService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::support {

std::shared_ptr<TicketService> registerSupport(core::Router& router,
                                               const core::ModuleContext& context,
                                               notify::NotifyService& notify);

} // namespace ey::support
