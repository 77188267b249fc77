// SQL for membership plans, products, bundles, coupons and redemptions. No rules here.
#pragma once

#include "Catalog.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::catalog {

/// Static functions over core::Sql so they run inside the caller's transaction.
class CatalogStore
{
public:
    enum class SlugTable
    {
        Plans,
        Products
    };
    static bool slugTaken(core::Sql& sql, SlugTable table, const std::string& slug,
                          const std::string& exceptId);

    static std::optional<Plan> plan(core::Sql& sql, const std::string& id, bool lock = false);
    static std::optional<Plan> planBySlug(core::Sql& sql, const std::string& slug);
    /// Up to `limit` plans after `after`, newest first.
    static std::vector<Plan> plans(core::Sql& sql, const ListFilter& filter,
                                   const std::optional<ListPosition>& after, int limit);
    static std::string insertPlan(core::Sql& sql, const Plan& plan, std::int64_t nowMs);
    static void updatePlan(core::Sql& sql, const Plan& plan, std::int64_t nowMs);
    /// Replaces prices, grants and follow-ups with the plan's lists.
    static void replacePlanParts(core::Sql& sql, const Plan& plan);
    static bool deletePlan(core::Sql& sql, const std::string& id);

    static std::optional<Product> product(core::Sql& sql, const std::string& id, bool lock = false);
    static std::optional<Product> productBySlug(core::Sql& sql, const std::string& slug);
    static std::vector<Product> products(core::Sql& sql, const ListFilter& filter,
                                         const std::optional<ListPosition>& after, int limit);
    static std::string insertProduct(core::Sql& sql, const Product& product, std::int64_t nowMs);
    static void updateProduct(core::Sql& sql, const Product& product, std::int64_t nowMs);
    static void replaceBundleItems(core::Sql& sql, const Product& product);
    /// Replaces the product's grants and follow-ups with its lists.
    static void replaceProductLinks(core::Sql& sql, const Product& product);
    static bool deleteProduct(core::Sql& sql, const std::string& id);
    /// The ids among `ids` that name no product.
    static std::vector<std::string> missingProducts(core::Sql& sql,
                                                    const std::vector<std::string>& ids);
    static std::vector<std::string> missingPlans(core::Sql& sql,
                                                 const std::vector<std::string>& ids);
    /// Bundles that list `productId` as an item.
    static std::vector<std::string> bundlesContaining(core::Sql& sql, const std::string& productId);
    static bool userExists(core::Sql& sql, const std::string& id);
    /// One seat less, only while seats are left (unlimited stock always succeeds).
    static bool takeSeat(core::Sql& sql, const std::string& productId);
    static void returnSeat(core::Sql& sql, const std::string& productId);

    static std::optional<Coupon> coupon(core::Sql& sql, const std::string& id, bool lock = false);
    static std::optional<Coupon> couponByCode(core::Sql& sql, const std::string& code);
    static std::vector<Coupon> coupons(core::Sql& sql, const ListFilter& filter,
                                       const std::optional<ListPosition>& after, int limit);
    static std::string insertCoupon(core::Sql& sql, const Coupon& coupon, std::int64_t nowMs);
    static void updateCoupon(core::Sql& sql, const Coupon& coupon, std::int64_t nowMs);
    static void replaceCouponTargets(core::Sql& sql, const Coupon& coupon);
    static bool deleteCoupon(core::Sql& sql, const std::string& id);
    static std::int64_t redemptionsBy(core::Sql& sql, const std::string& couponId,
                                      const std::string& userId);
    /// Counts one use, only while the total limit allows it; false when it is used up.
    static bool countUse(core::Sql& sql, const std::string& couponId);
    static void insertRedemption(core::Sql& sql, const std::string& couponId,
                                 const std::string& userId, const std::string& transactionRef,
                                 std::int64_t nowMs);
};

} // namespace ey::catalog
