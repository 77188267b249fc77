// Affiliate HTTP routes: the affiliate's own code and figures, the admin lists, agent pricing,
// the agent quote and the public click endpoint.
#pragma once

#include "AffiliateService.h"

#include "Router.h"

namespace ey::affiliate {

void addAffiliateRoutes(core::Router& router, AffiliateService& service);

} // namespace ey::affiliate
