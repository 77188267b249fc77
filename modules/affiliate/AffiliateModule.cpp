// Wires the affiliate module into a server instance.
#include "AffiliateModule.h"

namespace ey::affiliate {

std::shared_ptr<AffiliateService> registerAffiliate(core::Router&,
                                                    const core::ModuleContext& context)
{
    return std::make_shared<AffiliateService>(context.db, context.clock, context.config);
}

} // namespace ey::affiliate
