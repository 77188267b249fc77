// HTTP side of the weekly new-buyer alerts: a member reads and saves what they want to hear about.
#pragma once

#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {
class BuyerAlertService;
/// Adds GET/PUT /api/v1/buyers/alerts and starts the "buyer-alerts" worker (every
/// directory.buyer_alert_sweep_seconds, default 600); the returned service owns the worker.
std::shared_ptr<BuyerAlertService> addBuyerAlertRoutes(core::Router& router,
                                                       const core::ModuleContext& context,
                                                       notify::NotifyService& notify);
} // namespace ey::directory
