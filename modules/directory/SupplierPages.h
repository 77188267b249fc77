// The supplier's web pages: registration, sign-in and the onboarding/dashboard app.
#pragma once

#include "Db.h"
#include "Router.h"
#include "SupplierService.h"

#include <memory>

namespace ey::directory {

/// Server-rendered frames (the storefront's branded shell) around supplier.js, which talks to the
/// JSON API the mobile app uses too; the public profile is plain HTML for search engines.
class SupplierPages
{
public:
    /// Registers /supplier/daftar, /supplier/masuk, /supplier/onboarding and the public profile
    /// /supplier/{slug} of verified premium suppliers (rendered here from the service's answer).
    static void addRoutes(core::Router& router, core::Db& db,
                          const std::shared_ptr<SupplierService>& suppliers);
};

} // namespace ey::directory
