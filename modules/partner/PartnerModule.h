// Entry point of the partner module: partners, assessments, events and their clients' reports.
#pragma once

#include "IdentityService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

namespace ey::partner {

void registerPartner(core::Router& router, const core::ModuleContext& context,
                     notify::NotifyService& notify, identity::IdentityService& identity);

} // namespace ey::partner
