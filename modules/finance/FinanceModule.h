// Entry point of the finance module.
#pragma once

#include "FinanceService.h"

#include "NotifyService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::finance {

/// Adds the finance routes; the returned service is what commerce calls to post sales/refunds.
/// Every change to a wallet or a withdrawal is published live ("wallet.updated",
/// "withdrawal.updated") to the owner and to finance.read holders.
std::shared_ptr<FinanceService> registerFinance(core::Router& router,
                                                const core::ModuleContext& context,
                                                notify::NotifyService& notify);

} // namespace ey::finance
