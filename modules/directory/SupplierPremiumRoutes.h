// HTTP side of the Premium Supplier purchase: the supplier's overview and checkout, staff plans
// and a supplier's orders.
#pragma once

#include "SupplierPremiumService.h"

#include "CommerceService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {

/// Adds the premium routes, makes the service the owner of "SP-" Xendit invoices and starts its
/// reminder worker (directory.premium_reminder_seconds, default hourly). The caller keeps the
/// returned service alive for as long as the server runs.
std::shared_ptr<SupplierPremiumService>
addSupplierPremiumRoutes(core::Router& router, const core::ModuleContext& context,
                         notify::NotifyService& notify, commerce::CommerceService& commerce);

} // namespace ey::directory
