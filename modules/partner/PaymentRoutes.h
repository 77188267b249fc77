// HTTP for partner payments: quota packages, top-ups, executive add-ons, proofs and confirmation.
#pragma once

#include "CommerceService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "PartnerService.h"
#include "Router.h"

#include <memory>

namespace ey::partner {

/// Adds the routes and hooks the partner's Xendit invoices into commerce's callback.
/// `partners` decides which partner a caller acts for (PartnerService::scope()).
void addPaymentRoutes(core::Router& router, const core::ModuleContext& context,
                      notify::NotifyService& notify, commerce::CommerceService& commerce,
                      const std::shared_ptr<PartnerService>& partners);

} // namespace ey::partner
