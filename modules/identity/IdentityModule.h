// Entry point of the identity module.
#pragma once

#include "IdentityService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::identity {

/// Adds the identity routes and installs the service as the router's authenticator.
std::shared_ptr<IdentityService> registerIdentity(core::Router& router,
                                                  const core::ModuleContext& context);

} // namespace ey::identity
