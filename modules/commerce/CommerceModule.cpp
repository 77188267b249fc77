// Wires the commerce module into a server instance.
#include "CommerceModule.h"

#include "CommerceRoutes.h"

#include <algorithm>

namespace ey::commerce {

namespace {

int sweepSeconds(const core::Config& config)
{
    try {
        const auto text = config.value("commerce.sweep_seconds");
        return text.empty() ? 60 : std::clamp(std::stoi(text), 1, 3600);
    } catch (const std::exception&) {
        return 60;
    }
}

} // namespace

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
    service->startSweeper(std::chrono::seconds(sweepSeconds(context.config)));
    return service;
}

} // namespace ey::commerce
