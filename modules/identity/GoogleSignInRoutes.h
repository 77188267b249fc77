// HTTP of Google sign-in: the browser flow (/auth/google/start, /auth/google/callback), the
// code exchange for apps (POST /api/v1/auth/google) and which providers are set up.
#pragma once

#include "GoogleSignIn.h"
#include "IdentityService.h"

#include "Router.h"

#include <memory>

namespace ey::identity {

void addGoogleSignInRoutes(core::Router& router, IdentityService& service,
                           std::shared_ptr<const GoogleSignIn> google);

} // namespace ey::identity
