// Entry point of the notify module.
#pragma once

#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::notify {

/// Adds the notification and event-stream routes; the returned service lives as long as the server.
std::shared_ptr<NotifyService> registerNotify(core::Router& router,
                                              const core::ModuleContext& context);

} // namespace ey::notify
