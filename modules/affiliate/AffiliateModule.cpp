// Wires the affiliate module into a server instance.
#include "AffiliateModule.h"

#include "AffiliateRoutes.h"

namespace ey::affiliate {

std::shared_ptr<AffiliateService> registerAffiliate(core::Router& router,
                                                    const core::ModuleContext& context)
{
    auto service = std::make_shared<AffiliateService>(context.db, context.clock, context.config);
    addAffiliateRoutes(router, *service);
    return service;
}

} // namespace ey::affiliate
