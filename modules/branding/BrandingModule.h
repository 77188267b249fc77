// Entry point of the branding module.
#pragma once

#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

namespace ey::branding {

void registerBranding(core::Router& router, const core::ModuleContext& context,
                      notify::NotifyService& notify);

} // namespace ey::branding
