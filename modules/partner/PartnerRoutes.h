// Partner HTTP routes: admin partner management, the partner's own account, events, and the
// public reference-code check.
#pragma once

#include "EventService.h"
#include "PartnerService.h"

#include "Router.h"

#include <memory>

namespace ey::partner {

void addPartnerRoutes(core::Router& router, std::shared_ptr<PartnerService> partners,
                      std::shared_ptr<EventService> events);

} // namespace ey::partner
