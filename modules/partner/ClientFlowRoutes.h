// HTTP routes of the public client flow: the JSON API the web pages and the mobile app call.
#pragma once

#include "ClientFlowService.h"

#include "Router.h"

#include <memory>

namespace ey::partner {

void addClientFlowRoutes(core::Router& router, const std::shared_ptr<ClientFlowService>& flow,
                         core::Db& db);

} // namespace ey::partner
