// Commerce HTTP: checkout, the Xendit callback, the buyer's and the sales desk's views.
#pragma once

#include "CommerceService.h"

#include "Db.h"
#include "Router.h"

#include <memory>

namespace ey::commerce {

void addCommerceRoutes(core::Router& router, core::Db& db,
                       const std::shared_ptr<CommerceService>& service);

} // namespace ey::commerce
