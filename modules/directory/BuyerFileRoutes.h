// Entry point of the buyer import and export routes (wired by DirectoryModule).
#pragma once

#include "DirectoryAccess.h"
#include "ModuleContext.h"
#include "NotifyService.h"
#include "Router.h"

#include "BuyerImportService.h"
#include <memory>

namespace ey::directory {
class BuyerService;
/// Adds import (upload, mapping, preview, run, progress, cancel, report) and export routes;
/// returns the import service whose worker runs the imports. With `notify`, the worker publishes
/// "buyer_import.progress" to the importing admin after every batch (the desk polls otherwise).
std::shared_ptr<BuyerImportService>
addBuyerFileRoutes(core::Router& router, const core::ModuleContext& context,
                   const std::shared_ptr<DirectoryAccess>& access,
                   const std::shared_ptr<BuyerService>& buyers,
                   notify::NotifyService* notify = nullptr);
} // namespace ey::directory
