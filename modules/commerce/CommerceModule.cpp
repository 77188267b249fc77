// Wires the commerce module into a server instance.
#include "CommerceModule.h"

#include "CommerceRoutes.h"

namespace ey::commerce {

std::shared_ptr<CommerceService>
registerCommerce(core::Router& router, const core::ModuleContext& context,
                 catalog::CatalogService& catalog, finance::FinanceService& finance,
                 notify::NotifyService& notify, affiliate::AffiliateService& affiliates,
                 followup::FollowUpService& followups)
{
    auto service = std::make_shared<CommerceService>(
        context.db, context.clock, context.config, context.files, XenditAdapter(context.config),
        catalog, finance, notify, affiliates, followups);
    addCommerceRoutes(router, context.db, service);
    service->startSweeper(
        std::chrono::seconds(context.config.integer("commerce.sweep_seconds", 60, 1, 3600)));
    return service;
}

} // namespace ey::commerce
