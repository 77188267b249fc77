// Catalog SQL. Lists go in and out of statements as JSON text, so no array literal is ever built
// from input.
#include "CatalogStore.h"

#include "Json.h"

#include <map>

namespace ey::catalog {

using core::Param;
using core::Row;
namespace json = core::json;

#define EY_AT(n) "to_timestamp($" n "::bigint / 1000.0)"
// Statement fragments are macros so every statement is one compile-time literal (no runtime
// concatenation next to SQL); values always travel as $n parameters.
/// A column as ISO-8601 UTC text with microseconds (what list cursors carry).
#define EY_ISO(column)                                                                             \
    "to_char((" column ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
/// A column as milliseconds since the epoch (for the rules, which compare with the clock).
#define EY_MS(column) "(extract(epoch FROM " column ") * 1000)::bigint"

namespace {

std::string jsonList(const std::vector<std::string>& items)
{
    auto list = json::array();
    for (const auto& item : items)
        list->add(item);
    return json::stringify(list);
}

std::vector<std::string> parseList(const std::string& text)
{
    std::vector<std::string> items;
    const auto parsed = json::parse(text);
    const auto list = parsed.extract<json::ArrayPtr>();
    for (unsigned i = 0; i < list->size(); ++i)
        items.push_back(list->get(i).convert<std::string>());
    return items;
}

Param optText(const std::optional<std::string>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

Param optInt(const std::optional<std::int64_t>& value)
{
    return Param(value);
}

Param optBool(const std::optional<bool>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

Param afterKey(const std::optional<ListPosition>& after)
{
    return after ? Param(after->createdAt) : Param(std::nullopt);
}

Param afterId(const std::optional<ListPosition>& after)
{
    return after ? Param(after->id) : Param(std::nullopt);
}

// ---- plans

#define EY_PLAN_COLUMNS                                                                            \
    "p.id, p.title, p.slug::text AS slug, p.description_html, p.logo_key, p.banner_key,"           \
    " p.status, p.badge, p.salespage_url, p.commission_type, p.commission_value,"                  \
    " p.upgrade_payment_mode, " EY_ISO("p.created_at") " AS created_at, " EY_ISO(                  \
        "p.updated_at") " AS updated_at"

Plan planFrom(const Row& row)
{
    Plan p;
    p.id = row.str("id");
    p.title = row.str("title");
    p.slug = row.str("slug");
    p.descriptionHtml = row.str("description_html");
    p.logoKey = row.optStr("logo_key");
    p.bannerKey = row.optStr("banner_key");
    p.status = row.str("status");
    p.badge = row.str("badge");
    p.salespageUrl = row.optStr("salespage_url");
    p.commissionType = row.str("commission_type");
    p.commissionValue = row.i64("commission_value");
    p.upgradePaymentMode = row.str("upgrade_payment_mode");
    p.createdAt = row.str("created_at");
    p.updatedAt = row.str("updated_at");
    return p;
}

/// Fills prices, grants and follow-ups of every plan with three statements in all.
void loadPlanParts(core::Sql& sql, std::vector<Plan>& plans)
{
    if (plans.empty())
        return;
    std::vector<std::string> ids;
    std::map<std::string, Plan*> byId;
    for (auto& plan : plans) {
        ids.push_back(plan.id);
        byId[plan.id] = &plan;
    }
    const auto idList = jsonList(ids);
    // Durations in their natural order, not alphabetical.
    for (const auto& row : sql.exec(
             "SELECT plan_id, duration, price FROM membership_plan_prices"
             " WHERE plan_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)"
             " ORDER BY plan_id, array_position(ARRAY['1m','3m','6m','12m','lifetime'], duration)",
             {idList}))
        byId[row.str("plan_id")]->prices.push_back({row.str("duration"), row.i64("price")});
    for (const auto& row :
         sql.exec("SELECT plan_id, kind, ref FROM membership_plan_grants"
                  " WHERE plan_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)"
                  " ORDER BY plan_id, array_position(ARRAY['group','course','product','feature'], "
                  "kind), ref",
                  {idList}))
        byId[row.str("plan_id")]->grants.push_back({row.str("kind"), row.str("ref")});
    for (const auto& row :
         sql.exec("SELECT plan_id, delay_days, template FROM membership_plan_followups"
                  " WHERE plan_id IN (SELECT jsonb_array_elements_text($1::jsonb)::uuid)"
                  " ORDER BY plan_id, position",
                  {idList}))
        byId[row.str("plan_id")]->followups.push_back(
            {static_cast<int>(row.i64("delay_days")), row.str("template")});
}

std::optional<Plan> onePlan(core::Sql& sql, const core::Rows& rows)
{
    if (rows.empty())
        return std::nullopt;
    std::vector<Plan> plans{planFrom(rows.front())};
    loadPlanParts(sql, plans);
    return plans.front();
}

// ---- products

#define EY_PRODUCT_COLUMNS                                                                         \
    "p.id, p.title, p.slug::text AS slug, p.short_description, p.description_html, p.cover_key,"   \
    " p.category, array_to_json(p.tags)::text AS tags, p.status, p.pricing_type, p.base_price,"    \
    " p.promo_price, " EY_ISO("p.promo_ends_at") " AS promo_ends_at, " EY_MS(                      \
        "p.promo_ends_at") " AS promo_ends_at_ms, p.affiliate_percent, "                           \
                           "p.premium_discount_percent, p.tax_percent,"                            \
                           " p.access_level, p.access_days, p.stock, p.creator_id, u.full_name "   \
                           "AS creator_name,"                                                      \
                           " p.seo_title, p.seo_description, p.cta_text, p.faq::text AS faq, "     \
                           "p.bonus::text AS bonus,"                                               \
                           " (SELECT coalesce(json_agg(b.item_id ORDER BY b.position), "           \
                           "'[]')::text"                                                           \
                           "  FROM product_bundle_items b WHERE b.bundle_id = p.id) AS "           \
                           "bundle_items,"                                                         \
                           " (SELECT coalesce(json_agg(json_build_object('kind', k.kind, 'ref',"   \
                           " k.ref) ORDER BY array_position(ARRAY['group','course','event',"       \
                           "'file'], k.kind), k.ref), '[]')::text"                                 \
                           "  FROM product_grants k WHERE k.product_id = p.id) AS grants,"         \
                           " (SELECT coalesce(json_agg(json_build_object('delay_days',"            \
                           " f.delay_days, 'template', f.template) ORDER BY f.position),"          \
                           " '[]')::text FROM product_followups f WHERE f.product_id = p.id)"      \
                           " AS followups,"                                                        \
                           " (SELECT coalesce(json_agg(json_build_object('id', g.id, 'key',"       \
                           " g.file_key) ORDER BY g.position), '[]')::text"                        \
                           "  FROM product_images g WHERE g.product_id = p.id) AS "                \
                           "gallery, " EY_ISO("p.created_at") " AS created_at, " EY_ISO(           \
                               "p.updated_at") " AS updated_at"

#define EY_PRODUCT_FROM " FROM products p LEFT JOIN users u ON u.id = p.creator_id"

Product productFrom(const Row& row)
{
    Product p;
    p.id = row.str("id");
    p.title = row.str("title");
    p.slug = row.str("slug");
    p.shortDescription = row.str("short_description");
    p.descriptionHtml = row.str("description_html");
    p.coverKey = row.optStr("cover_key");
    p.category = row.str("category");
    p.tags = parseList(row.str("tags"));
    p.status = row.str("status");
    p.pricingType = row.str("pricing_type");
    p.basePrice = row.i64("base_price");
    p.promoPrice = row.optI64("promo_price");
    p.promoEndsAt = row.optStr("promo_ends_at");
    p.promoEndsAtMs = row.optI64("promo_ends_at_ms");
    p.affiliatePercent = static_cast<int>(row.i64("affiliate_percent"));
    p.premiumDiscountPercent = static_cast<int>(row.i64("premium_discount_percent"));
    p.taxPercent = static_cast<int>(row.i64("tax_percent"));
    p.accessLevel = row.str("access_level");
    p.accessDays = row.optI64("access_days");
    p.stock = row.optI64("stock");
    p.creatorId = row.optStr("creator_id");
    p.creatorName = row.optStr("creator_name");
    p.seoTitle = row.optStr("seo_title");
    p.seoDescription = row.optStr("seo_description");
    p.ctaText = row.optStr("cta_text");
    const auto faq = json::parse(row.str("faq")).extract<json::ArrayPtr>();
    for (unsigned i = 0; i < faq->size(); ++i) {
        const auto item = faq->getObject(i);
        p.faq.push_back({item->getValue<std::string>("q"), item->getValue<std::string>("a")});
    }
    p.bonus = parseList(row.str("bonus"));
    p.bundleItemIds = parseList(row.str("bundle_items"));
    const auto grants = json::parse(row.str("grants")).extract<json::ArrayPtr>();
    for (unsigned i = 0; i < grants->size(); ++i) {
        const auto item = grants->getObject(i);
        p.grants.push_back(
            {item->getValue<std::string>("kind"), item->getValue<std::string>("ref")});
    }
    const auto followups = json::parse(row.str("followups")).extract<json::ArrayPtr>();
    for (unsigned i = 0; i < followups->size(); ++i) {
        const auto item = followups->getObject(i);
        p.followups.push_back(
            {item->getValue<int>("delay_days"), item->getValue<std::string>("template")});
    }
    const auto gallery = json::parse(row.str("gallery")).extract<json::ArrayPtr>();
    for (unsigned i = 0; i < gallery->size(); ++i) {
        const auto item = gallery->getObject(i);
        p.gallery.push_back(
            {item->getValue<std::string>("id"), item->getValue<std::string>("key")});
    }
    p.createdAt = row.str("created_at");
    p.updatedAt = row.str("updated_at");
    return p;
}

std::string faqJson(const std::vector<FaqItem>& faq)
{
    auto list = json::array();
    for (const auto& item : faq) {
        auto object = json::object();
        object->set("q", item.question);
        object->set("a", item.answer);
        list->add(object);
    }
    return json::stringify(list);
}

core::Params productParams(const Product& p)
{
    return {p.title,
            p.slug,
            p.shortDescription,
            p.descriptionHtml,
            optText(p.coverKey),
            p.category,
            jsonList(p.tags),
            p.status,
            p.pricingType,
            p.basePrice,
            optInt(p.promoPrice),
            optText(p.promoEndsAt),
            p.affiliatePercent,
            p.premiumDiscountPercent,
            p.taxPercent,
            p.accessLevel,
            optInt(p.accessDays),
            optInt(p.stock),
            optText(p.creatorId),
            optText(p.seoTitle),
            optText(p.seoDescription),
            optText(p.ctaText),
            faqJson(p.faq),
            jsonList(p.bonus)};
}

// ---- coupons

#define EY_COUPON_COLUMNS                                                                                                                     \
    "c.id, c.code::text AS code, c.kind, c.value, " EY_ISO("c.starts_at") " AS starts_at, " EY_MS("c.starts_at") " AS starts_at_ms, " EY_ISO( \
        "c.ends_at") " AS ends_at, " EY_MS("c.ends_at") " AS ends_at_ms, c.max_uses_total, "                                                  \
                                                        "c.max_uses_per_user, c.scope, "                                                      \
                                                        "c.owner_affiliate_id,"                                                               \
                                                        " c.active, c.used_count,"                                                            \
                                                        " (SELECT coalesce(json_agg(t.plan_id "                                               \
                                                        "ORDER BY t.plan_id), '[]')::text FROM "                                              \
                                                        "coupon_targets t"                                                                    \
                                                        "  WHERE t.coupon_id = c.id AND "                                                     \
                                                        "t.plan_id IS NOT NULL) AS plan_ids,"                                                 \
                                                        " (SELECT coalesce(json_agg(t.product_id "                                            \
                                                        "ORDER BY t.product_id), '[]')::text"                                                 \
                                                        "  FROM coupon_targets t WHERE "                                                      \
                                                        "t.coupon_id = c.id AND t.product_id IS "                                             \
                                                        "NOT NULL) AS "                                                                       \
                                                        "product_ids, " EY_ISO(                                                               \
                                                            "c.created_at") " AS "                                                            \
                                                                            "created_at, " EY_ISO("c.updated_at") " AS updated_at"

Coupon couponFrom(const Row& row)
{
    Coupon c;
    c.id = row.str("id");
    c.code = row.str("code");
    c.kind = row.str("kind");
    c.value = row.i64("value");
    c.startsAt = row.optStr("starts_at");
    c.startsAtMs = row.optI64("starts_at_ms");
    c.endsAt = row.optStr("ends_at");
    c.endsAtMs = row.optI64("ends_at_ms");
    c.maxUsesTotal = row.optI64("max_uses_total");
    c.maxUsesPerUser = row.optI64("max_uses_per_user");
    c.scope = row.str("scope");
    c.planIds = parseList(row.str("plan_ids"));
    c.productIds = parseList(row.str("product_ids"));
    c.ownerAffiliateId = row.optStr("owner_affiliate_id");
    c.active = row.boolean("active");
    c.usedCount = row.i64("used_count");
    c.createdAt = row.str("created_at");
    c.updatedAt = row.str("updated_at");
    return c;
}

core::Params couponParams(const Coupon& c)
{
    return {c.code,
            c.kind,
            c.value,
            optText(c.startsAt),
            optText(c.endsAt),
            optInt(c.maxUsesTotal),
            optInt(c.maxUsesPerUser),
            c.scope,
            optText(c.ownerAffiliateId),
            c.active};
}

} // namespace

bool CatalogStore::slugTaken(core::Sql& sql, SlugTable table, const std::string& slug,
                             const std::string& exceptId)
{
    const std::string statement =
        table == SlugTable::Plans
            ? "SELECT 1 FROM membership_plans WHERE slug = $1 AND id::text <> $2"
            : "SELECT 1 FROM products WHERE slug = $1 AND id::text <> $2";
    return !sql.exec(statement, {slug, exceptId}).empty();
}

std::optional<Plan> CatalogStore::plan(core::Sql& sql, const std::string& id, bool lock)
{
    return onePlan(sql, sql.exec(lock ? "SELECT " EY_PLAN_COLUMNS
                                        " FROM membership_plans p WHERE p.id = $1::uuid FOR UPDATE"
                                      : "SELECT " EY_PLAN_COLUMNS
                                        " FROM membership_plans p WHERE p.id = $1::uuid",
                                 {id}));
}

std::optional<Plan> CatalogStore::planBySlug(core::Sql& sql, const std::string& slug)
{
    return onePlan(
        sql,
        sql.exec("SELECT " EY_PLAN_COLUMNS " FROM membership_plans p WHERE p.slug = $1", {slug}));
}

std::vector<Plan> CatalogStore::plans(core::Sql& sql, const ListFilter& filter,
                                      const std::optional<ListPosition>& after, int limit)
{
    const auto rows = sql.exec(
        "SELECT " EY_PLAN_COLUMNS " FROM membership_plans p"
        " WHERE ($1::text IS NULL OR p.status = $1)"
        "   AND ($2::text IS NULL OR strpos(lower(p.title), lower($2)) > 0"
        "        OR strpos(p.slug::text, lower($2)) > 0)"
        "   AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))"
        " ORDER BY p.created_at DESC, p.id DESC LIMIT $5",
        {optText(filter.status), optText(filter.search), afterKey(after), afterId(after), limit});
    std::vector<Plan> plans;
    for (const auto& row : rows)
        plans.push_back(planFrom(row));
    loadPlanParts(sql, plans);
    return plans;
}

std::string CatalogStore::insertPlan(core::Sql& sql, const Plan& p, std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO membership_plans (title, slug, description_html, logo_key, banner_key,"
              " status, badge, salespage_url, commission_type, commission_value,"
              " upgrade_payment_mode, created_at, updated_at)"
              " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, " EY_AT("12") ", " EY_AT(
                  "12") ") RETURNING id",
              {p.title, p.slug, p.descriptionHtml, optText(p.logoKey), optText(p.bannerKey),
               p.status, p.badge, optText(p.salespageUrl), p.commissionType, p.commissionValue,
               p.upgradePaymentMode, nowMs})
        .front()
        .str("id");
}

void CatalogStore::updatePlan(core::Sql& sql, const Plan& p, std::int64_t nowMs)
{
    sql.exec("UPDATE membership_plans SET title = $2, slug = $3, description_html = $4,"
             " logo_key = $5, banner_key = $6, status = $7, badge = $8, salespage_url = $9,"
             " commission_type = $10, commission_value = $11, upgrade_payment_mode = $12,"
             " updated_at = " EY_AT("13") " WHERE id = $1::uuid",
             {p.id, p.title, p.slug, p.descriptionHtml, optText(p.logoKey), optText(p.bannerKey),
              p.status, p.badge, optText(p.salespageUrl), p.commissionType, p.commissionValue,
              p.upgradePaymentMode, nowMs});
}

void CatalogStore::replacePlanParts(core::Sql& sql, const Plan& p)
{
    sql.exec("DELETE FROM membership_plan_prices WHERE plan_id = $1::uuid", {p.id});
    sql.exec("DELETE FROM membership_plan_grants WHERE plan_id = $1::uuid", {p.id});
    sql.exec("DELETE FROM membership_plan_followups WHERE plan_id = $1::uuid", {p.id});
    for (const auto& price : p.prices)
        sql.exec("INSERT INTO membership_plan_prices (plan_id, duration, price)"
                 " VALUES ($1::uuid, $2, $3)",
                 {p.id, price.duration, price.price});
    for (const auto& grant : p.grants)
        sql.exec(
            "INSERT INTO membership_plan_grants (plan_id, kind, ref) VALUES ($1::uuid, $2, $3)",
            {p.id, grant.kind, grant.ref});
    int position = 0;
    for (const auto& followup : p.followups)
        sql.exec("INSERT INTO membership_plan_followups (plan_id, position, delay_days, template)"
                 " VALUES ($1::uuid, $2, $3, $4)",
                 {p.id, position++, followup.delayDays, followup.templateText});
}

bool CatalogStore::deletePlan(core::Sql& sql, const std::string& id)
{
    return sql.exec("DELETE FROM membership_plans WHERE id = $1::uuid", {id}).affected() > 0;
}

std::optional<Product> CatalogStore::product(core::Sql& sql, const std::string& id, bool lock)
{
    const auto rows = sql.exec(
        lock ? "SELECT " EY_PRODUCT_COLUMNS EY_PRODUCT_FROM " WHERE p.id = $1::uuid FOR UPDATE OF p"
             : "SELECT " EY_PRODUCT_COLUMNS EY_PRODUCT_FROM " WHERE p.id = $1::uuid",
        {id});
    if (rows.empty())
        return std::nullopt;
    return productFrom(rows.front());
}

std::optional<Product> CatalogStore::productBySlug(core::Sql& sql, const std::string& slug)
{
    const auto rows =
        sql.exec("SELECT " EY_PRODUCT_COLUMNS EY_PRODUCT_FROM " WHERE p.slug = $1", {slug});
    if (rows.empty())
        return std::nullopt;
    return productFrom(rows.front());
}

std::vector<Product> CatalogStore::products(core::Sql& sql, const ListFilter& filter,
                                            const std::optional<ListPosition>& after, int limit)
{
    const auto rows = sql.exec(
        "SELECT " EY_PRODUCT_COLUMNS EY_PRODUCT_FROM " WHERE ($1::text IS NULL OR p.status = $1)"
        "   AND (NOT $2::boolean OR p.status IN ('publish', 'coming_soon'))"
        "   AND ($3::text IS NULL OR p.category = $3)"
        "   AND ($4::text IS NULL OR strpos(lower(p.title), lower($4)) > 0"
        "        OR strpos(p.slug::text, lower($4)) > 0 OR lower($4) = ANY (p.tags))"
        "   AND ($5::timestamptz IS NULL OR (p.created_at, p.id) < ($5::timestamptz, $6::uuid))"
        " ORDER BY p.created_at DESC, p.id DESC LIMIT $7",
        {optText(filter.status), filter.publicOnly, optText(filter.category),
         optText(filter.search), afterKey(after), afterId(after), limit});
    std::vector<Product> products;
    for (const auto& row : rows)
        products.push_back(productFrom(row));
    return products;
}

std::string CatalogStore::insertProduct(core::Sql& sql, const Product& p, std::int64_t nowMs)
{
    auto params = productParams(p);
    params.emplace_back(nowMs);
    return sql
        .exec("INSERT INTO products (title, slug, short_description, description_html, cover_key,"
              " category, tags, status, pricing_type, base_price, promo_price, promo_ends_at,"
              " affiliate_percent, premium_discount_percent, tax_percent, access_level,"
              " access_days, stock, creator_id, seo_title, seo_description, cta_text, faq, bonus,"
              " created_at, updated_at)"
              " VALUES ($1, $2, $3, $4, $5, $6, ARRAY(SELECT jsonb_array_elements_text($7::jsonb)),"
              " $8, $9, $10, $11, $12::timestamptz, $13, $14, $15, $16, $17, $18, $19::uuid, $20,"
              " $21, $22, $23::jsonb, $24::jsonb, " EY_AT("25") ", " EY_AT("25") ") RETURNING id",
              params)
        .front()
        .str("id");
}

void CatalogStore::updateProduct(core::Sql& sql, const Product& p, std::int64_t nowMs)
{
    auto params = productParams(p);
    params.emplace_back(nowMs);
    params.emplace_back(p.id);
    sql.exec("UPDATE products SET title = $1, slug = $2, short_description = $3,"
             " description_html = $4, cover_key = $5, category = $6,"
             " tags = ARRAY(SELECT jsonb_array_elements_text($7::jsonb)), status = $8,"
             " pricing_type = $9, base_price = $10, promo_price = $11,"
             " promo_ends_at = $12::timestamptz, affiliate_percent = $13,"
             " premium_discount_percent = $14, tax_percent = $15, access_level = $16,"
             " access_days = $17, stock = $18, creator_id = $19::uuid, seo_title = $20,"
             " seo_description = $21, cta_text = $22, faq = $23::jsonb, bonus = $24::jsonb,"
             " updated_at = " EY_AT("25") " WHERE id = $26::uuid",
             params);
}

void CatalogStore::replaceBundleItems(core::Sql& sql, const Product& p)
{
    sql.exec("DELETE FROM product_bundle_items WHERE bundle_id = $1::uuid", {p.id});
    int position = 0;
    for (const auto& item : p.bundleItemIds)
        sql.exec("INSERT INTO product_bundle_items (bundle_id, item_id, position)"
                 " VALUES ($1::uuid, $2::uuid, $3)",
                 {p.id, item, position++});
}

void CatalogStore::replaceProductLinks(core::Sql& sql, const Product& p)
{
    sql.exec("DELETE FROM product_grants WHERE product_id = $1::uuid", {p.id});
    sql.exec("DELETE FROM product_followups WHERE product_id = $1::uuid", {p.id});
    for (const auto& grant : p.grants)
        sql.exec("INSERT INTO product_grants (product_id, kind, ref) VALUES ($1::uuid, $2, $3)",
                 {p.id, grant.kind, grant.ref});
    int position = 0;
    for (const auto& followup : p.followups)
        sql.exec("INSERT INTO product_followups (product_id, position, delay_days, template)"
                 " VALUES ($1::uuid, $2, $3, $4)",
                 {p.id, position++, followup.delayDays, followup.templateText});
}

bool CatalogStore::deleteProduct(core::Sql& sql, const std::string& id)
{
    return sql.exec("DELETE FROM products WHERE id = $1::uuid", {id}).affected() > 0;
}

std::vector<std::string> CatalogStore::missingProducts(core::Sql& sql,
                                                       const std::vector<std::string>& ids)
{
    std::vector<std::string> missing;
    for (const auto& row :
         sql.exec("SELECT x AS id FROM jsonb_array_elements_text($1::jsonb) x"
                  " WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.id::text = x)",
                  {jsonList(ids)}))
        missing.push_back(row.str("id"));
    return missing;
}

std::vector<std::string> CatalogStore::missingPlans(core::Sql& sql,
                                                    const std::vector<std::string>& ids)
{
    std::vector<std::string> missing;
    for (const auto& row :
         sql.exec("SELECT x AS id FROM jsonb_array_elements_text($1::jsonb) x"
                  " WHERE NOT EXISTS (SELECT 1 FROM membership_plans p WHERE p.id::text = x)",
                  {jsonList(ids)}))
        missing.push_back(row.str("id"));
    return missing;
}

std::vector<std::string> CatalogStore::bundlesContaining(core::Sql& sql,
                                                         const std::string& productId)
{
    std::vector<std::string> bundles;
    for (const auto& row : sql.exec("SELECT p.title FROM product_bundle_items b"
                                    " JOIN products p ON p.id = b.bundle_id"
                                    " WHERE b.item_id = $1::uuid ORDER BY p.title",
                                    {productId}))
        bundles.push_back(row.str("title"));
    return bundles;
}

bool CatalogStore::userExists(core::Sql& sql, const std::string& id)
{
    return !sql.exec("SELECT 1 FROM users WHERE id = $1::uuid", {id}).empty();
}

bool CatalogStore::takeSeat(core::Sql& sql, const std::string& productId)
{
    return sql.exec(
                  "UPDATE products SET stock = CASE WHEN stock IS NULL THEN NULL ELSE stock - 1 END"
                  " WHERE id = $1::uuid AND (stock IS NULL OR stock > 0)",
                  {productId})
               .affected() > 0;
}

void CatalogStore::returnSeat(core::Sql& sql, const std::string& productId)
{
    sql.exec("UPDATE products SET stock = stock + 1 WHERE id = $1::uuid AND stock IS NOT NULL",
             {productId});
}

std::optional<Coupon> CatalogStore::coupon(core::Sql& sql, const std::string& id, bool lock)
{
    const auto rows = sql.exec(
        lock ? "SELECT " EY_COUPON_COLUMNS " FROM coupons c WHERE c.id = $1::uuid FOR UPDATE"
             : "SELECT " EY_COUPON_COLUMNS " FROM coupons c WHERE c.id = $1::uuid",
        {id});
    if (rows.empty())
        return std::nullopt;
    return couponFrom(rows.front());
}

std::optional<Coupon> CatalogStore::couponByCode(core::Sql& sql, const std::string& code)
{
    const auto rows =
        sql.exec("SELECT " EY_COUPON_COLUMNS " FROM coupons c WHERE c.code = $1", {code});
    if (rows.empty())
        return std::nullopt;
    return couponFrom(rows.front());
}

std::vector<Coupon> CatalogStore::coupons(core::Sql& sql, const ListFilter& filter,
                                          const std::optional<ListPosition>& after, int limit)
{
    const auto rows = sql.exec(
        "SELECT " EY_COUPON_COLUMNS " FROM coupons c"
        " WHERE ($1::boolean IS NULL OR c.active = $1)"
        "   AND ($2::text IS NULL OR strpos(lower(c.code::text), lower($2)) > 0)"
        "   AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3::timestamptz, $4::uuid))"
        " ORDER BY c.created_at DESC, c.id DESC LIMIT $5",
        {optBool(filter.active), optText(filter.search), afterKey(after), afterId(after), limit});
    std::vector<Coupon> coupons;
    for (const auto& row : rows)
        coupons.push_back(couponFrom(row));
    return coupons;
}

std::string CatalogStore::insertCoupon(core::Sql& sql, const Coupon& c, std::int64_t nowMs)
{
    auto params = couponParams(c);
    params.emplace_back(nowMs);
    return sql
        .exec("INSERT INTO coupons (code, kind, value, starts_at, ends_at, max_uses_total,"
              " max_uses_per_user, scope, owner_affiliate_id, active, created_at, updated_at)"
              " VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz, $6, $7, $8, $9::uuid, $10,"
              " " EY_AT("11") ", " EY_AT("11") ") RETURNING id",
              params)
        .front()
        .str("id");
}

void CatalogStore::updateCoupon(core::Sql& sql, const Coupon& c, std::int64_t nowMs)
{
    auto params = couponParams(c);
    params.emplace_back(nowMs);
    params.emplace_back(c.id);
    sql.exec("UPDATE coupons SET code = $1, kind = $2, value = $3, starts_at = $4::timestamptz,"
             " ends_at = $5::timestamptz, max_uses_total = $6, max_uses_per_user = $7, scope = $8,"
             " owner_affiliate_id = $9::uuid, active = $10, updated_at = " EY_AT(
                 "11") " WHERE id = $12::uuid",
             params);
}

void CatalogStore::replaceCouponTargets(core::Sql& sql, const Coupon& c)
{
    sql.exec("DELETE FROM coupon_targets WHERE coupon_id = $1::uuid", {c.id});
    for (const auto& id : c.planIds)
        sql.exec("INSERT INTO coupon_targets (coupon_id, plan_id) VALUES ($1::uuid, $2::uuid)",
                 {c.id, id});
    for (const auto& id : c.productIds)
        sql.exec("INSERT INTO coupon_targets (coupon_id, product_id) VALUES ($1::uuid, $2::uuid)",
                 {c.id, id});
}

bool CatalogStore::deleteCoupon(core::Sql& sql, const std::string& id)
{
    return sql.exec("DELETE FROM coupons WHERE id = $1::uuid", {id}).affected() > 0;
}

std::int64_t CatalogStore::redemptionsBy(core::Sql& sql, const std::string& couponId,
                                         const std::string& userId)
{
    return sql
        .exec("SELECT count(*) AS n FROM coupon_redemptions"
              " WHERE coupon_id = $1::uuid AND user_id = $2::uuid",
              {couponId, userId})
        .front()
        .i64("n");
}

bool CatalogStore::countUse(core::Sql& sql, const std::string& couponId)
{
    return sql.exec("UPDATE coupons SET used_count = used_count + 1 WHERE id = $1::uuid"
                    " AND (max_uses_total IS NULL OR used_count < max_uses_total)",
                    {couponId})
               .affected() > 0;
}

void CatalogStore::insertRedemption(core::Sql& sql, const std::string& couponId,
                                    const std::string& userId, const std::string& transactionRef,
                                    std::int64_t nowMs)
{
    sql.exec("INSERT INTO coupon_redemptions (coupon_id, user_id, transaction_ref, created_at)"
             " VALUES ($1::uuid, $2::uuid, $3, " EY_AT("4") ")",
             {couponId, userId, transactionRef, nowMs});
}

} // namespace ey::catalog
