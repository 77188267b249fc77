// Wires the identity module into a server instance.
#include "IdentityModule.h"

#include "GoogleSignIn.h"
#include "GoogleSignInRoutes.h"
#include "IdentityRoutes.h"
#include "PersonalTokenRoutes.h"

namespace ey::identity {

std::shared_ptr<IdentityService> registerIdentity(core::Router& router,
                                                  const core::ModuleContext& context)
{
    auto service = std::make_shared<IdentityService>(
        context.db, context.clock,
        Passwords(Passwords::costFromName(context.config.value("password.cost"))),
        context.config.sessionHours,
        static_cast<int>(context.config.integer("api_tokens.requests_per_minute",
                                                IdentityService::kTokenRequestsPerMinute, 1,
                                                100000)));
    addIdentityRoutes(router, *service);
    addPersonalTokenRoutes(router, service->personalTokens());
    addGoogleSignInRoutes(
        router, *service,
        std::make_shared<GoogleSignIn>(GoogleSettings::from(context.config), context.config));
    router.setAuthenticator(service);
    return service;
}

} // namespace ey::identity
