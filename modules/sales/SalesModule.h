// Entry point of the sales module: the admin sales read model (list, detail, export, revenue).
#pragma once

#include "FollowUpService.h"
#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

namespace ey::sales {

void registerSales(core::Router& router, const core::ModuleContext& context,
                   followup::FollowUpService& followups, notify::NotifyService& notify);

} // namespace ey::sales
