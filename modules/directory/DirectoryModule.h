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

/// Returns the buyer import service, whose worker runs imports until the server drops it.
std::shared_ptr<BuyerImportService> registerDirectory(core::Router& router,
                                                      const core::ModuleContext& context,
                                                      notify::NotifyService& notify,
                                                      identity::IdentityService& identity,
                                                      commerce::CommerceService& commerce);

} // namespace ey::directory
