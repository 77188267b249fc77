// HTTP side of the buyer directory: admin curation and statistics, member search and quota, limits.
#pragma once

#include "DirectoryAccess.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include <memory>

namespace ey::directory {
class BuyerService;
/// Adds the buyer routes (admin CRUD and statistics, member search, detail, likes, reports, plan
/// limits) and returns the service the import routes share.
std::shared_ptr<BuyerService> addBuyerRoutes(core::Router& router, const core::ModuleContext& context,
                                             const std::shared_ptr<DirectoryAccess>& access,
                                             notify::NotifyService& notify);
} // namespace ey::directory
