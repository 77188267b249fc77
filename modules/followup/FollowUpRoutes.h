// Follow-up HTTP routes (admin: list a transaction's messages, resend one).
#pragma once

#include "FollowUpService.h"

#include "Router.h"

namespace ey::followup {

void addFollowUpRoutes(core::Router& router, FollowUpService& service);

} // namespace ey::followup
