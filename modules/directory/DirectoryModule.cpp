// Wires the directory module into a server instance.
#include "DirectoryModule.h"

#include "BuyerFileRoutes.h"
#include "BuyerRoutes.h"
#include "DirectoryAccess.h"
#include "ForwarderRoutes.h"
#include "MemberDirectoryRoutes.h"
#include "SupplierPages.h"
#include "SupplierRoutes.h"

namespace ey::directory {

std::shared_ptr<BuyerImportService> registerDirectory(core::Router& router,
                                                      const core::ModuleContext& context,
                                                      notify::NotifyService& notify,
                                                      identity::IdentityService& identity,
                                                      commerce::CommerceService& commerce)
{
    const auto access = std::make_shared<DirectoryAccess>(context.db, commerce);
    const auto buyers = addBuyerRoutes(router, context, access, notify);
    auto imports = addBuyerFileRoutes(router, context, access, buyers, &notify);
    SupplierPages::addRoutes(router, context.db, addSupplierRoutes(router, context, notify, identity));
    addForwarderRoutes(router, context, access);
    addMemberDirectoryRoutes(router, context, access);
    return imports;
}

} // namespace ey::directory
