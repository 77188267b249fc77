// Wires the identity module into a server instance.
#include "IdentityModule.h"

#include "IdentityRoutes.h"

namespace ey::identity {

std::shared_ptr<IdentityService> registerIdentity(core::Router& router,
                                                  const core::ModuleContext& context)
{
    auto service = std::make_shared<IdentityService>(
        context.db, context.clock,
        Passwords(Passwords::costFromName(context.config.value("password.cost"))),
        context.config.sessionHours);
    addIdentityRoutes(router, *service);
    router.setAuthenticator(service);
    return service;
}

} // namespace ey::identity
