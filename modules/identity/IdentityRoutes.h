// HTTP routes of the identity module.
#pragma once

#include "IdentityService.h"

#include "Router.h"

namespace ey::identity {

void addIdentityRoutes(core::Router& router, IdentityService& service);

} // namespace ey::identity
