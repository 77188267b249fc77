// Entry point of the commerce module.
#pragma once

#include "CatalogService.h"
#include "FinanceService.h"
#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

namespace ey::commerce {

void registerCommerce(core::Router& router, const core::ModuleContext& context, catalog::CatalogService& catalog,
                      finance::FinanceService& finance, notify::NotifyService& notify);

} // namespace ey::commerce
