// HTTP routes for partner clients, report downloads (single PDF, bulk ZIP) and event quota.
#pragma once

#include "PartnerService.h"
#include "ReportService.h"

#include "Router.h"

#include <memory>

namespace ey::partner {

void addReportRoutes(core::Router& router, std::shared_ptr<PartnerService> partners,
                     std::shared_ptr<ReportService> reports);

} // namespace ey::partner
