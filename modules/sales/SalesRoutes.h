// Sales HTTP: the admin sales list, detail, CSV export, revenue summary and resend.
#pragma once

#include "SalesService.h"

#include "Db.h"
#include "Router.h"

#include <memory>

namespace ey::sales {

void addSalesRoutes(core::Router& router, core::Db& db,
                    const std::shared_ptr<SalesService>& service);

} // namespace ey::sales
