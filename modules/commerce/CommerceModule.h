// Entry point of the commerce module.
#pragma once

#include "CommerceService.h"

#include "AffiliateService.h"
#include "CatalogService.h"
#include "FinanceService.h"
#include "FollowUpService.h"
#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::commerce {

/// Registers the routes; the returned service answers hasAccess() and activeMembership() for the
/// whole server.
std::shared_ptr<CommerceService>
registerCommerce(core::Router& router, const core::ModuleContext& context,
                 catalog::CatalogService& catalog, finance::FinanceService& finance,
                 notify::NotifyService& notify, affiliate::AffiliateService& affiliates,
                 followup::FollowUpService& followups);

} // namespace ey::commerce
