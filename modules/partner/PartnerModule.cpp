// Wires the partner module into a server instance.
#include "PartnerModule.h"

#include "AssessmentRoutes.h"
#include "AssessmentService.h"
#include "ClientFlowRoutes.h"
#include "EventService.h"
#include "PartnerRoutes.h"
#include "PartnerService.h"
#include "ReportRoutes.h"

#include <memory>

namespace ey::partner {

void registerPartner(core::Router& router, const core::ModuleContext& context,
                     notify::NotifyService& notify, identity::IdentityService& identity)
{
    addAssessmentRoutes(router, std::make_shared<AssessmentService>(context.db));
    addPartnerRoutes(
        router,
        std::make_shared<PartnerService>(context.db, identity),
        std::make_shared<EventService>(context.db, context.config.effectivePublicUrl()));
    addClientFlowRoutes(router,
                        std::make_shared<ClientFlowService>(
                            context.db, context.clock, notify,
                            std::make_shared<EventService>(context.db,
                                                           context.config.effectivePublicUrl())),
                        context.db);
    addReportRoutes(router, std::make_shared<PartnerService>(context.db, identity),
                    std::make_shared<ReportService>(context.db, context.clock, context.files));
}

} // namespace ey::partner
