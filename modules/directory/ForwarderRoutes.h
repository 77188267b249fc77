// HTTP side of forwarders: the list, rates and the route comparison.
#pragma once

#include "DirectoryAccess.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {
void addForwarderRoutes(core::Router& router, const core::ModuleContext& context,
                        const std::shared_ptr<DirectoryAccess>& access);
} // namespace ey::directory
