// Catalog rules: validation of plans, products and coupons, slugs, sanitized descriptions, the
// price and coupon arithmetic, and the audit trail of every change. No HTTP here.
#pragma once

#include "Catalog.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::catalog {

/// What the coupon check answers for one item: the price before and after, or why not.
struct CouponQuote
{
    std::int64_t subtotal = 0;
    CouponOutcome outcome;
    std::optional<std::string> couponId;
    std::optional<std::string> ownerAffiliateId; ///< the affiliate the sale would be attributed to
};

/// The item and buyer a coupon check is for (slugs as the checkout page knows them).
struct CouponCheck
{
    std::string code;
    std::optional<std::string> planSlug;
    std::optional<std::string> productSlug;
    std::optional<std::string> duration;
    std::string userId;
    bool isPremium = false;
};

/// Thread safe: every call runs its own transaction.
class CatalogService
{
public:
    /// With `files` (outliving the service), deleting a plan or product also deletes its images.
    CatalogService(core::Db& db, const core::Clock& clock, core::FileStore* files = nullptr);

    Plan createPlan(Plan plan, const Actor& actor);
    /// Replaces the whole document; an empty slug keeps the current one.
    Plan updatePlan(const std::string& id, Plan plan, const Actor& actor);
    void deletePlan(const std::string& id, const Actor& actor);
    Plan plan(const std::string& id);
    /// `limit + 1` rows at most, so the caller can tell whether another page follows.
    std::vector<Plan> plans(const ListFilter& filter, const std::optional<ListPosition>& after,
                            int limit);
    /// Active plans for the public pages, cheapest first.
    std::vector<Plan> publicPlans();
    /// An active plan by slug; 404 otherwise.
    Plan publicPlan(const std::string& slug);

    Product createProduct(Product product, const Actor& actor);
    Product updateProduct(const std::string& id, Product product, const Actor& actor);
    void deleteProduct(const std::string& id, const Actor& actor);
    Product product(const std::string& id);
    std::vector<Product> products(const ListFilter& filter,
                                  const std::optional<ListPosition>& after, int limit);
    /// A published or coming-soon product by slug; 404 otherwise.
    Product publicProduct(const std::string& slug);

    Coupon createCoupon(Coupon coupon, const Actor& actor);
    Coupon updateCoupon(const std::string& id, Coupon coupon, const Actor& actor);
    void deleteCoupon(const std::string& id, const Actor& actor);
    Coupon coupon(const std::string& id);
    std::vector<Coupon> coupons(const ListFilter& filter, const std::optional<ListPosition>& after,
                                int limit);

    /// The checkout's coupon field: the item's price and what the coupon takes off, or why not.
    CouponQuote checkCoupon(const CouponCheck& check);

    /// For the checkout step: records one use of a coupon by a user inside the caller's
    /// transaction; false when the coupon is used up (total limit) at that moment.
    static bool redeemCoupon(core::Sql& tx, const std::string& couponId, const std::string& userId,
                             const std::string& transactionRef, std::int64_t nowMs);
    /// For the checkout step: takes one seat of a product with limited stock; false when none left.
    static bool takeSeat(core::Sql& tx, const std::string& productId);
    /// Gives back a seat taken by an order that did not go through (or was refunded).
    static void returnSeat(core::Sql& tx, const std::string& productId);

    /// What a buyer pays for a product now: the promo price until promo_ends_at (exclusive), then
    /// the base price; premium members get their discount on top, rounded down; never negative.
    static std::int64_t effectivePrice(const Product& product, std::int64_t nowMs, bool isPremium);
    /// The discount `coupon` gives on `subtotal` for `target`, or a readable refusal. Percent
    /// discounts round down; the discount never exceeds the subtotal.
    static CouponOutcome applyCoupon(const Coupon& coupon, std::int64_t subtotal,
                                     const CouponTarget& target, std::int64_t userUses,
                                     std::int64_t nowMs);

    static constexpr std::int64_t kMaxPrice =
        1'000'000'000'000; ///< Rp 1 trillion: far above any real price
    static constexpr std::size_t kMaxTitleChars = 150;

private:
    void validatePlan(core::Sql& sql, Plan& plan);
    void validateProduct(core::Sql& sql, Product& product);
    void validateCoupon(core::Sql& sql, Coupon& coupon, std::int64_t usedCount);

    void removeFiles(const std::vector<std::string>& keys);

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore* m_files;
};

} // namespace ey::catalog
