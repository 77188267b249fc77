// Finance HTTP routes: split settings, wallets and entries, bank accounts, withdrawals.
#pragma once

#include "FinanceService.h"

#include "Db.h"
#include "Router.h"

#include <memory>

namespace ey::finance {

void addFinanceRoutes(core::Router& router, const std::shared_ptr<FinanceService>& service,
                      core::Db& db);

} // namespace ey::finance
