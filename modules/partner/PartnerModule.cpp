// Wires the partner module into a server instance.
#include "PartnerModule.h"

namespace ey::partner {

void registerPartner(core::Router& /*router*/, const core::ModuleContext& /*context*/,
                     notify::NotifyService& /*notify*/)
{
}

} // namespace ey::partner
