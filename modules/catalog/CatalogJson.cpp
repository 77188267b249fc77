// JSON forms of plans, products and coupons.
#include "CatalogJson.h"

namespace ey::catalog {

namespace json = core::json;

namespace {

using core::json::orNull;

json::ArrayPtr strings(const std::vector<std::string>& items)
{
    auto list = json::array();
    for (const auto& item : items)
        list->add(item);
    return list;
}

} // namespace

json::ObjectPtr CatalogJson::plan(const Plan& p, bool publicView)
{
    auto object = json::object();
    object->set("id", p.id);
    object->set("title", p.title);
    object->set("slug", p.slug);
    object->set("description_html", p.descriptionHtml);
    object->set("logo_key", orNull(p.logoKey));
    object->set("banner_key", orNull(p.bannerKey));
    object->set("status", p.status);
    object->set("badge", p.badge);
    object->set("salespage_url", orNull(p.salespageUrl));
    if (!publicView) {
        object->set("commission_type", p.commissionType);
        object->set("commission_value", p.commissionValue);
        object->set("upgrade_payment_mode", p.upgradePaymentMode);
    }
    auto prices = json::array();
    for (const auto& price : p.prices) {
        auto item = json::object();
        item->set("duration", price.duration);
        item->set("price", price.price);
        prices->add(item);
    }
    object->set("prices", prices);
    auto grants = json::array();
    for (const auto& grant : p.grants) {
        auto item = json::object();
        item->set("kind", grant.kind);
        item->set("ref", grant.ref);
        grants->add(item);
    }
    object->set("grants", grants);
    if (!publicView) {
        auto followups = json::array();
        for (const auto& followup : p.followups) {
            auto item = json::object();
            item->set("delay_days", followup.delayDays);
            item->set("template", followup.templateText);
            followups->add(item);
        }
        object->set("followups", followups);
    }
    object->set("created_at", p.createdAt);
    object->set("updated_at", p.updatedAt);
    return object;
}

json::ObjectPtr CatalogJson::product(const Product& p)
{
    auto object = json::object();
    object->set("id", p.id);
    object->set("title", p.title);
    object->set("slug", p.slug);
    object->set("short_description", p.shortDescription);
    object->set("description_html", p.descriptionHtml);
    object->set("cover_key", orNull(p.coverKey));
    object->set("category", p.category);
    object->set("tags", strings(p.tags));
    object->set("status", p.status);
    object->set("pricing_type", p.pricingType);
    object->set("base_price", p.basePrice);
    object->set("promo_price", orNull(p.promoPrice));
    object->set("promo_ends_at", orNull(p.promoEndsAt));
    object->set("affiliate_percent", p.affiliatePercent);
    object->set("premium_discount_percent", p.premiumDiscountPercent);
    object->set("tax_percent", p.taxPercent);
    object->set("access_level", p.accessLevel);
    object->set("access_days", orNull(p.accessDays));
    object->set("stock", orNull(p.stock));
    object->set("creator_id", orNull(p.creatorId));
    object->set("creator_name", orNull(p.creatorName));
    object->set("seo_title", orNull(p.seoTitle));
    object->set("seo_description", orNull(p.seoDescription));
    object->set("cta_text", orNull(p.ctaText));
    auto faq = json::array();
    for (const auto& item : p.faq) {
        auto entry = json::object();
        entry->set("q", item.question);
        entry->set("a", item.answer);
        faq->add(entry);
    }
    object->set("faq", faq);
    object->set("bonus", strings(p.bonus));
    object->set("bundle_items", strings(p.bundleItemIds));
    object->set("is_bundle", !p.bundleItemIds.empty());
    auto grants = json::array();
    for (const auto& grant : p.grants) {
        auto item = json::object();
        item->set("kind", grant.kind);
        item->set("ref", grant.ref);
        grants->add(item);
    }
    object->set("grants", grants);
    auto followups = json::array();
    for (const auto& followup : p.followups) {
        auto item = json::object();
        item->set("delay_days", followup.delayDays);
        item->set("template", followup.templateText);
        followups->add(item);
    }
    object->set("followups", followups);
    auto gallery = json::array();
    for (const auto& image : p.gallery) {
        auto item = json::object();
        item->set("id", image.id);
        item->set("url", "/media/catalog/" + image.key);
        gallery->add(item);
    }
    object->set("gallery", gallery);
    object->set("created_at", p.createdAt);
    object->set("updated_at", p.updatedAt);
    return object;
}

json::ObjectPtr CatalogJson::coupon(const Coupon& c)
{
    auto object = json::object();
    object->set("id", c.id);
    object->set("code", c.code);
    object->set("kind", c.kind);
    object->set("value", c.value);
    object->set("starts_at", orNull(c.startsAt));
    object->set("ends_at", orNull(c.endsAt));
    object->set("max_uses_total", orNull(c.maxUsesTotal));
    object->set("max_uses_per_user", orNull(c.maxUsesPerUser));
    object->set("scope", c.scope);
    object->set("plan_ids", strings(c.planIds));
    object->set("product_ids", strings(c.productIds));
    object->set("owner_affiliate_id", orNull(c.ownerAffiliateId));
    object->set("active", c.active);
    object->set("used_count", c.usedCount);
    object->set("created_at", c.createdAt);
    object->set("updated_at", c.updatedAt);
    return object;
}

} // namespace ey::catalog
