// HTTP for post-paid partners' monthly invoices (finance) and the partner's own invoices and
// credit.
#pragma once

#include "InvoiceService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "PartnerService.h"
#include "Router.h"

#include <memory>

namespace ey::partner {

/// Adds the routes and starts the invoice worker (roll-up and reminders); the server keeps the
/// returned service alive until it stops, which stops the worker.
std::shared_ptr<InvoiceService> addInvoiceRoutes(core::Router& router,
                                                 const core::ModuleContext& context,
                                                 notify::NotifyService& notify,
                                                 const std::shared_ptr<PartnerService>& partners);

} // namespace ey::partner
