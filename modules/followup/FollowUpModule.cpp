// Wires the follow-up module into a server instance.
#include "FollowUpModule.h"

namespace ey::followup {

std::shared_ptr<FollowUpService> registerFollowUp(core::Router&,
                                                  const core::ModuleContext& context,
                                                  notify::NotifyService& notify)
{
    return std::make_shared<FollowUpService>(context.db, context.clock, notify);
}

} // namespace ey::followup
