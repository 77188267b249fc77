// Wires the partner module into a server instance.
#include "PartnerModule.h"

#include "AssessmentRoutes.h"
#include "AssessmentService.h"
#include "EventService.h"
#include "PartnerRoutes.h"
#include "PartnerService.h"

#include <memory>

namespace ey::partner {

void registerPartner(core::Router& router, const core::ModuleContext& context,
                     notify::NotifyService& /*notify*/)
{
    addAssessmentRoutes(router, std::make_shared<AssessmentService>(context.db));
    addPartnerRoutes(
        router,
        std::make_shared<PartnerService>(context.db,
                                         identity::Passwords(identity::Passwords::costFromName(
                                             context.config.value("password.cost")))),
        std::make_shared<EventService>(context.db, context.config.effectivePublicUrl()));
}

} // namespace ey::partner
