// The "buyers" scope of personal API tokens: members whose plan includes API access search and
// open buyers from their own scripts, on the same monthly quota as in the app.
#pragma once

#include "DirectoryAccess.h"

#include "IdentityService.h"

#include <memory>

namespace ey::directory {

/// Registers the scope with identity (call while modules register). The gate reads the member's
/// plan limits (directory_plan_limits.api_access) at every use, so a lapsed plan stops the token.
void registerBuyerApiScope(identity::IdentityService& identity,
                           std::shared_ptr<DirectoryAccess> access);

} // namespace ey::directory
