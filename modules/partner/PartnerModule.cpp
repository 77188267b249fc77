// Wires the partner module into a server instance.
#include "PartnerModule.h"

#include "AssessmentRoutes.h"
#include "AssessmentService.h"
#include "ClientFlowRoutes.h"
#include "EventService.h"
#include "InvoiceRoutes.h"
#include "PartnerRoutes.h"
#include "PartnerService.h"
#include "PaymentRoutes.h"
#include "ReportRoutes.h"

#include <memory>

namespace ey::partner {

std::shared_ptr<InvoiceService> registerPartner(core::Router& router,
                                                const core::ModuleContext& context,
                                                notify::NotifyService& notify,
                                                identity::IdentityService& identity,
                                                commerce::CommerceService& commerce)
{
    const auto partners = std::make_shared<PartnerService>(context.db, identity);
    const auto events = std::make_shared<EventService>(context.db, context.config);
    addAssessmentRoutes(router, std::make_shared<AssessmentService>(context.db));
    addPartnerRoutes(router, partners, events);
    addClientFlowRoutes(router,
                        std::make_shared<ClientFlowService>(
                            context.db, context.clock, notify, events,
                            static_cast<int>(context.config.integer(
                                "partner.client_starts_per_minute",
                                ClientFlowService::kDefaultStartsPerMinute, 1, 100'000))),
                        context.db);
    addReportRoutes(router, partners,
                    std::make_shared<ReportService>(context.db, context.clock, context.files));
    addPaymentRoutes(router, context, notify, commerce, partners);
    return addInvoiceRoutes(router, context, notify, partners);
}

} // namespace ey::partner
