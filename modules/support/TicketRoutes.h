// HTTP routes of the ticket desk.
#pragma once

#include "TicketService.h"

#include "Db.h"
#include "Router.h"

#include <memory>

namespace ey::support {

/// Adds /api/v1/tickets...; the handlers share ownership of `service`; `db` backs the
/// Idempotency-Key store of the POST routes.
void addTicketRoutes(core::Router& router, const std::shared_ptr<TicketService>& service,
                     core::Db& db);

} // namespace ey::support
