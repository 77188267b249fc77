// Wires the directory module into a server instance.
#include "DirectoryModule.h"

#include "BuyerApiScope.h"
#include "BuyerAlertRoutes.h"
#include "BuyerFileRoutes.h"
#include "BuyerRoutes.h"
#include "DirectoryAccess.h"
#include "ForwarderRoutes.h"
#include "MemberDirectoryRoutes.h"
#include "SupplierPages.h"
#include "SupplierPremiumRoutes.h"
#include "SupplierRoutes.h"

namespace ey::directory {

DirectoryWorkers registerDirectory(core::Router& router, const core::ModuleContext& context,
                                   notify::NotifyService& notify,
                                   identity::IdentityService& identity,
                                   commerce::CommerceService& commerce)
{
    DirectoryWorkers workers;
    const auto access = std::make_shared<DirectoryAccess>(context.db, commerce);
    registerBuyerApiScope(identity, access);
    const auto buyers = addBuyerRoutes(router, context, access, notify);
    workers.buyerImports = addBuyerFileRoutes(router, context, access, buyers, &notify);
    workers.buyerAlerts = addBuyerAlertRoutes(router, context, notify);
    SupplierPages::addRoutes(router, context.db, addSupplierRoutes(router, context, notify, identity));
    addForwarderRoutes(router, context, access);
    addMemberDirectoryRoutes(router, context, access);
    workers.supplierPremium = addSupplierPremiumRoutes(router, context, notify, commerce);
    return workers;
}

} // namespace ey::directory
