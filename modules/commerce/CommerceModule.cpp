// Wires the commerce module into a server instance.
#include "CommerceModule.h"

namespace ey::commerce {

void registerCommerce(core::Router&, const core::ModuleContext&, catalog::CatalogService&, finance::FinanceService&,
                      notify::NotifyService&)
{
}

} // namespace ey::commerce
