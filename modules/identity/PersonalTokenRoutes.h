// HTTP routes of personal API tokens: a signed-in member lists, creates and revokes their own.
#pragma once

#include "PersonalTokenService.h"

#include "Router.h"

namespace ey::identity {

/// The /api/v1/me/api-tokens routes. They are signed-in only, so the router refuses them to a
/// personal token: a token can never mint or revoke tokens.
void addPersonalTokenRoutes(core::Router& router, PersonalTokenService& tokens);

} // namespace ey::identity
