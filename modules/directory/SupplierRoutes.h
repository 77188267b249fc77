// HTTP side of suppliers: registration, onboarding, review, decision, products, browse, public.
#pragma once

#include "IdentityService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"
#include "SupplierService.h"

#include <memory>

namespace ey::directory {

/// Adds supplier registration, onboarding, review, decision, product and public routes, and the
/// "supplier" signup intent (identity) that creates the supplier row. Returns the service the
/// public profile page renders from.
std::shared_ptr<SupplierService> addSupplierRoutes(core::Router& router,
                                                   const core::ModuleContext& context,
                                                   notify::NotifyService& notify,
                                                   identity::IdentityService& identity);

} // namespace ey::directory
