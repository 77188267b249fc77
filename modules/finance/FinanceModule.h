// Entry point of the finance module.
#pragma once

#include "FinanceService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::finance {

/// Adds the finance routes; the returned service is what commerce calls to post sales/refunds.
std::shared_ptr<FinanceService> registerFinance(core::Router& router,
                                                const core::ModuleContext& context);

} // namespace ey::finance
