// Health, readiness, metrics and the OpenAPI document.
#pragma once

#include "Db.h"
#include "Router.h"

namespace ey::app {

void addSystemRoutes(core::Router& router, core::Db& db);

} // namespace ey::app
