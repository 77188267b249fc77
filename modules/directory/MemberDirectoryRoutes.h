// HTTP side of the member directory: one's own listing and finding members by area.
#pragma once

#include "DirectoryAccess.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {
void addMemberDirectoryRoutes(core::Router& router, const core::ModuleContext& context,
                              const std::shared_ptr<DirectoryAccess>& access);
} // namespace ey::directory
