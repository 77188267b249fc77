// Wires the finance module into a server instance.
#include "FinanceModule.h"

#include "FinanceRoutes.h"

namespace ey::finance {

std::shared_ptr<FinanceService> registerFinance(core::Router& router,
                                                const core::ModuleContext& context,
                                                notify::NotifyService& notify)
{
    auto service = std::make_shared<FinanceService>(context.db, context.clock, &notify, &context.files);
    addFinanceRoutes(router, service, context.db);
    return service;
}

} // namespace ey::finance
