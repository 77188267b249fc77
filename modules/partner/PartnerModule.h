// Entry point of the partner module: partners, assessments, events and their clients' reports.
#pragma once

#include "CommerceService.h"
#include "IdentityService.h"
#include "InvoiceService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::partner {

/// Returns the invoice service, whose worker runs until the server drops it.
std::shared_ptr<InvoiceService> registerPartner(core::Router& router,
                                                const core::ModuleContext& context,
                                                notify::NotifyService& notify,
                                                identity::IdentityService& identity,
                                                commerce::CommerceService& commerce);

} // namespace ey::partner
