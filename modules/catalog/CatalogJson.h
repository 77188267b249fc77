// The JSON forms of catalog records, shared by the routes (responses) and the service (audit rows).
#pragma once

#include "Catalog.h"

#include "Json.h"

namespace ey::catalog {

/// snake_case documents as described in resources/openapi/catalog.json.
class CatalogJson
{
public:
    /// The admin view, or (publicView) what a visitor may see: no follow-up templates, no
    /// commission settings.
    static core::json::ObjectPtr plan(const Plan& plan, bool publicView = false);
    static core::json::ObjectPtr product(const Product& product);
    static core::json::ObjectPtr coupon(const Coupon& coupon);
};

} // namespace ey::catalog
