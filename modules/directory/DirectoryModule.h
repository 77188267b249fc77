// Entry point of the directory module: buyers, suppliers, forwarders and the member directory.
#pragma once

#include "BuyerImportService.h"
#include "CommerceService.h"
#include "IdentityService.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {

class BuyerAlertService;
class SupplierPremiumService;

/// The directory's services that own background workers; each runs until the server drops it.
struct DirectoryWorkers
{
    std::shared_ptr<BuyerImportService> buyerImports;
    std::shared_ptr<BuyerAlertService> buyerAlerts;
    std::shared_ptr<SupplierPremiumService> supplierPremium;
};

DirectoryWorkers registerDirectory(core::Router& router,
                                                      const core::ModuleContext& context,
                                                      notify::NotifyService& notify,
                                                      identity::IdentityService& identity,
                                                      commerce::CommerceService& commerce);

} // namespace ey::directory
