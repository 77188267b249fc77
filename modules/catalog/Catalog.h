// Plain records of the catalog domain: membership plans, products, coupons, and price outcomes.
#pragma once

#include "Audit.h"
#include "Text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::catalog {

/// Wire spellings of the closed value sets (the CHECKs in 0006_catalog.sql use the same words).
inline const std::vector<std::string> kPlanStatuses = {"draft", "active", "archived"};
inline const std::vector<std::string> kBadges = {"none", "paling_laris", "paling_murah"};
inline const std::vector<std::string> kCommissionTypes = {"fixed", "percent"};
inline const std::vector<std::string> kUpgradeModes = {"accumulate", "full"};
inline const std::vector<std::string> kDurations = {"1m", "3m", "6m", "12m", "lifetime"};

/// Months a plan duration buys; 0 for lifetime.
inline int monthsOf(const std::string& duration)
{
    if (duration == "1m")
        return 1;
    if (duration == "3m")
        return 3;
    if (duration == "6m")
        return 6;
    return duration == "12m" ? 12 : 0;
}
inline const std::vector<std::string> kGrantKinds = {"group", "course", "product", "feature"};
/// What a paid product may grant besides itself (the CHECK in 0015_product_links.sql).
inline const std::vector<std::string> kProductGrantKinds = {"group", "course", "event", "file"};
inline const std::vector<std::string> kProductCategories = {"ebook", "kelas", "webinar", "template",
                                                            "jasa",  "event", "tool",    "lainnya"};
inline const std::vector<std::string> kProductStatuses = {"draft", "publish", "coming_soon"};
inline const std::vector<std::string> kPricingTypes = {"one_time", "subscription", "free"};
inline const std::vector<std::string> kAccessLevels = {"public", "member", "premium"};
inline const std::vector<std::string> kCouponKinds = {"percent", "nominal"};
inline const std::vector<std::string> kCouponScopes = {"all", "plans", "products"};

using Actor = core::Actor;

struct PlanPrice
{
    std::string duration;
    std::int64_t price = 0;
};

struct PlanGrant
{
    std::string kind;
    std::string ref;
};

struct PlanFollowup
{
    int delayDays = 0;
    std::string templateText;
};

struct Plan
{
    std::string id;
    std::string title;
    std::string slug; ///< empty on input: generated from the title
    std::string descriptionHtml;
    std::optional<std::string> logoKey;
    std::optional<std::string> bannerKey;
    std::string status = "draft";
    std::string badge = "none";
    std::optional<std::string> salespageUrl;
    std::string commissionType = "percent";
    std::int64_t commissionValue = 0;
    std::string upgradePaymentMode = "accumulate";
    std::vector<PlanPrice> prices;
    std::vector<PlanGrant> grants;
    std::vector<PlanFollowup> followups;
    std::string createdAt;
    std::string updatedAt;
};

struct FaqItem
{
    std::string question;
    std::string answer;
};

/// One picture of a product's gallery, in display order.
struct GalleryImage
{
    std::string id;
    std::string key; ///< file store key, served at /media/catalog/{key}
};

/// A group, course, event or file a paid product opens (by reference).
struct ProductGrant
{
    std::string kind;
    std::string ref;
};

struct Product
{
    std::string id;
    std::string title;
    std::string slug; ///< empty on input: generated from the title
    std::string shortDescription;
    std::string descriptionHtml;
    std::optional<std::string> coverKey;
    std::string category = "lainnya";
    std::vector<std::string> tags;
    std::string status = "draft";
    std::string pricingType = "one_time";
    std::int64_t basePrice = 0;
    std::optional<std::int64_t> promoPrice;
    std::optional<std::string> promoEndsAt;    ///< ISO-8601
    std::optional<std::int64_t> promoEndsAtMs; ///< the same moment, for the price rule
    int affiliatePercent = 0;
    int premiumDiscountPercent = 0;
    int taxPercent = 0;
    std::string accessLevel = "public";
    std::optional<std::int64_t> accessDays;
    std::optional<std::int64_t> stock; ///< seats left; none = unlimited
    std::optional<std::string> creatorId;
    std::optional<std::string> creatorName;
    std::optional<std::string> seoTitle;
    std::optional<std::string> seoDescription;
    std::optional<std::string> ctaText;
    std::vector<FaqItem> faq;
    std::vector<std::string> bonus;
    std::vector<std::string> bundleItemIds; ///< non-empty makes the product a bundle
    std::vector<ProductGrant> grants;       ///< opened on purchase, ending with the product
    std::vector<PlanFollowup> followups;    ///< WhatsApp messages scheduled on purchase
    std::vector<GalleryImage> gallery;      ///< changed only through the gallery routes
    std::string createdAt;
    std::string updatedAt;
};

struct Coupon
{
    std::string id;
    std::string code;
    std::string kind = "percent";
    std::int64_t value = 0;
    std::optional<std::string> startsAt;
    std::optional<std::int64_t> startsAtMs;
    std::optional<std::string> endsAt;
    std::optional<std::int64_t> endsAtMs;
    std::optional<std::int64_t> maxUsesTotal;
    std::optional<std::int64_t> maxUsesPerUser;
    std::string scope = "all";
    std::vector<std::string> planIds;    ///< scope "plans": limited to these (none = every plan)
    std::vector<std::string> productIds; ///< scope "products": limited to these
    std::optional<std::string> ownerAffiliateId;
    bool active = true;
    std::int64_t usedCount = 0;
    std::string createdAt;
    std::string updatedAt;
};

/// The item a coupon is applied to.
struct CouponTarget
{
    enum class Kind
    {
        Plan,
        Product
    };
    Kind kind = Kind::Plan;
    std::string id;
};

/// What applying a coupon gives: a discount, or a readable refusal.
struct CouponOutcome
{
    bool valid = false;
    std::int64_t discount = 0;
    std::int64_t total = 0;
    std::string
        reasonCode; ///< inactive, not_started, expired, used_up, per_user_limit, not_for_item
    std::optional<core::Text> reason;
};

/// Admin list filters (already validated).
struct ListFilter
{
    std::optional<std::string> status;
    std::optional<std::string> category;
    std::optional<std::string> search;
    std::optional<bool> active;
    bool publicOnly = false; ///< the public shop: only what may be shown
};

/// The keyset position after which a page starts: created_at (ISO, UTC) and id.
struct ListPosition
{
    std::string createdAt;
    std::string id;
};

} // namespace ey::catalog
