// Wires the branding module into a server instance.
#include "BrandingModule.h"

#include "BrandingRoutes.h"
#include "BrandingService.h"

namespace ey::branding {

void registerBranding(core::Router& router, const core::ModuleContext& context,
                      notify::NotifyService& notify)
{
    // The routes own the service; the router lives no longer than the server's notify service.
    addBrandingRoutes(router, std::make_shared<BrandingService>(context.db, context.clock,
                                                                context.files, notify));
}

} // namespace ey::branding
