// Admin assessment HTTP routes (assessments.manage).
#pragma once

#include "AssessmentService.h"

#include "Router.h"

#include <memory>

namespace ey::partner {

void addAssessmentRoutes(core::Router& router, std::shared_ptr<AssessmentService> service);

} // namespace ey::partner
