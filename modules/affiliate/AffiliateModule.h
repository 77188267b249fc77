// Entry point of the affiliate module.
#pragma once

#include "AffiliateService.h"

#include "ModuleContext.h"
#include "Router.h"

#include <memory>

namespace ey::affiliate {

/// Adds the affiliate routes; the returned service is what commerce and the storefront call.
std::shared_ptr<AffiliateService> registerAffiliate(core::Router& router,
                                                    const core::ModuleContext& context);

} // namespace ey::affiliate
