// Catalog HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "CatalogRoutes.h"

#include "CatalogJson.h"

#include "Paging.h"
#include "Problem.h"
#include "Strings.h"

#include <Poco/DateTime.h>

#include <algorithm>
#include <cctype>

namespace ey::catalog {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kRead = "catalog.read";
const std::string kManage = "catalog.manage";

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

core::Text mustBeList()
{
    return {"Harus berupa daftar.", "Must be a list."};
}

/// A moment typed as ISO-8601 with an offset ("2026-05-01T00:00:00+07:00"); ms since the epoch.
std::optional<std::int64_t> parseMoment(const std::string& text)
{
    const auto digits = [&](std::size_t at, std::size_t count) -> std::optional<int> {
        if (at + count > text.size())
            return std::nullopt;
        int value = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i])))
                return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (text.size() < 17 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':')
        return std::nullopt;
    const auto year = digits(0, 4), month = digits(5, 2), day = digits(8, 2), hour = digits(11, 2),
               minute = digits(14, 2);
    if (!year || !month || !day || !hour || !minute)
        return std::nullopt;
    std::size_t at = 16;
    int second = 0;
    std::int64_t millis = 0;
    if (at < text.size() && text[at] == ':') {
        const auto s = digits(at + 1, 2);
        if (!s)
            return std::nullopt;
        second = *s;
        at += 3;
        if (at < text.size() && text[at] == '.') {
            ++at;
            std::size_t count = 0;
            while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at]))) {
                if (count < 3)
                    millis = millis * 10 + (text[at] - '0');
                ++count;
                ++at;
            }
            if (count == 0)
                return std::nullopt;
            for (std::size_t i = count; i < 3; ++i)
                millis *= 10;
        }
    }
    int offsetMinutes = 0;
    if (at < text.size() && text[at] == 'Z' && at + 1 == text.size()) {
        offsetMinutes = 0;
    } else if (at + 6 == text.size() && (text[at] == '+' || text[at] == '-') &&
               text[at + 3] == ':') {
        const auto h = digits(at + 1, 2), m = digits(at + 4, 2);
        if (!h || !m || *h > 14 || *m > 59)
            return std::nullopt;
        offsetMinutes = (*h * 60 + *m) * (text[at] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (*year < 1970 || !Poco::DateTime::isValid(*year, *month, *day, *hour, *minute, second))
        return std::nullopt;
    const Poco::DateTime moment(*year, *month, *day, *hour, *minute, second);
    return moment.timestamp().epochMicroseconds() / 1000 + millis -
           std::int64_t(offsetMinutes) * 60'000;
}

/// An optional moment field: its normalized ISO text and ms, or a field error.
void readMoment(const json::ObjectPtr& body, json::Reader& in, const std::string& field,
                std::optional<std::string>& iso, std::optional<std::int64_t>& ms)
{
    const auto text = in.optionalString(field, 40);
    if (!text || text->empty())
        return;
    const auto parsed = parseMoment(*text);
    if (!parsed) {
        in.fail(field,
                {"Tanggal harus ISO-8601 dengan zona waktu, misalnya 2026-05-01T00:00:00+07:00.",
                 "A date must be ISO-8601 with a time zone, e.g. 2026-05-01T00:00:00+07:00."});
        return;
    }
    (void)body;
    ms = *parsed;
    iso = core::isoTime(*parsed);
}

/// Calls `each(object, "field[i]")` for every element of an array of objects.
template <typename Each>
void eachObject(const json::ObjectPtr& body, json::Reader& in, const std::string& field,
                std::size_t maxItems, Each each)
{
    if (!in.has(field))
        return;
    const auto list = body->getArray(field);
    if (!list) {
        in.fail(field, mustBeList());
        return;
    }
    if (list->size() > maxItems) {
        in.fail(field, {"Maksimal " + std::to_string(maxItems) + " isian.",
                        "At most " + std::to_string(maxItems) + " items."});
        return;
    }
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto at = field + "[" + std::to_string(i) + "]";
        const auto item = list->getObject(i);
        if (!item) {
            in.fail(at, {"Harus berupa objek.", "Must be an object."});
            continue;
        }
        each(item, at);
    }
}

/// Field errors of a nested object are reported under "list[i].field".
template <typename Read>
void nested(json::Reader& in, const json::ObjectPtr& item, const std::string& at, Read read)
{
    json::Reader inner(item);
    read(inner);
    try {
        inner.finish();
    } catch (const Problem& problem) {
        for (const auto& [field, text] : problem.fieldErrors())
            in.fail(at + "." + field, text);
    }
}

Plan parsePlan(const json::ObjectPtr& body)
{
    json::Reader in(body);
    Plan p;
    p.title = in.requiredString("title", 600);
    p.slug = in.optionalString("slug", 200).value_or("");
    p.descriptionHtml = in.optionalString("description_html", 100000).value_or("");
    p.logoKey = in.optionalString("logo_key", 200);
    p.bannerKey = in.optionalString("banner_key", 200);
    p.status = in.optionalEnum("status", kPlanStatuses).value_or("draft");
    p.badge = in.optionalEnum("badge", kBadges).value_or("none");
    p.salespageUrl = in.optionalString("salespage_url", 500);
    p.commissionType = in.optionalEnum("commission_type", kCommissionTypes).value_or("percent");
    p.commissionValue =
        in.optionalInt("commission_value", 0, CatalogService::kMaxPrice).value_or(0);
    p.upgradePaymentMode =
        in.optionalEnum("upgrade_payment_mode", kUpgradeModes).value_or("accumulate");
    eachObject(body, in, "prices", kDurations.size() * 2, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            PlanPrice price;
            price.duration = r.requiredEnum("duration", kDurations);
            price.price = r.requiredInt("price", 0, CatalogService::kMaxPrice);
            p.prices.push_back(price);
        });
    });
    eachObject(body, in, "grants", 200, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            PlanGrant grant;
            grant.kind = r.requiredEnum("kind", kGrantKinds);
            grant.ref = r.requiredString("ref", 200);
            p.grants.push_back(grant);
        });
    });
    eachObject(body, in, "followups", 100, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            PlanFollowup followup;
            followup.delayDays = static_cast<int>(r.requiredInt("delay_days", 0, 3650));
            followup.templateText = r.requiredString("template", 4000);
            p.followups.push_back(followup);
        });
    });
    in.finish();
    return p;
}

Product parseProduct(const json::ObjectPtr& body)
{
    json::Reader in(body);
    Product p;
    p.title = in.requiredString("title", 600);
    p.slug = in.optionalString("slug", 200).value_or("");
    p.shortDescription = in.optionalString("short_description", 2000).value_or("");
    p.descriptionHtml = in.optionalString("description_html", 100000).value_or("");
    p.coverKey = in.optionalString("cover_key", 200);
    p.category = in.requiredEnum("category", kProductCategories);
    p.tags = in.stringList("tags", 30);
    for (const auto& tag : p.tags)
        if (tag.size() > 50)
            in.fail("tags",
                    {"Setiap tag maksimal 50 karakter.", "Each tag can be at most 50 characters."});
    p.status = in.optionalEnum("status", kProductStatuses).value_or("draft");
    p.pricingType = in.optionalEnum("pricing_type", kPricingTypes).value_or("one_time");
    p.basePrice = in.optionalInt("base_price", 0, CatalogService::kMaxPrice).value_or(0);
    p.promoPrice = in.optionalInt("promo_price", 0, CatalogService::kMaxPrice);
    readMoment(body, in, "promo_ends_at", p.promoEndsAt, p.promoEndsAtMs);
    p.affiliatePercent = static_cast<int>(in.optionalInt("affiliate_percent", 0, 100).value_or(0));
    p.premiumDiscountPercent =
        static_cast<int>(in.optionalInt("premium_discount_percent", 0, 100).value_or(0));
    p.taxPercent = static_cast<int>(in.optionalInt("tax_percent", 0, 100).value_or(0));
    p.accessLevel = in.optionalEnum("access_level", kAccessLevels).value_or("public");
    p.accessDays = in.optionalInt("access_days", 1, 36500);
    p.stock = in.optionalInt("stock", 0, 1'000'000'000);
    p.creatorId = in.optionalString("creator_id", 36);
    p.seoTitle = in.optionalString("seo_title", 200);
    p.seoDescription = in.optionalString("seo_description", 500);
    p.ctaText = in.optionalString("cta_text", 100);
    eachObject(body, in, "faq", 50, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            FaqItem faq;
            faq.question = r.requiredString("q", 500);
            faq.answer = r.requiredString("a", 4000);
            p.faq.push_back(faq);
        });
    });
    p.bonus = in.stringList("bonus", 50);
    p.bundleItemIds = in.stringList("bundle_items", 100);
    eachObject(body, in, "grants", 200, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            ProductGrant grant;
            grant.kind = r.requiredEnum("kind", kProductGrantKinds);
            grant.ref = r.requiredString("ref", 200);
            p.grants.push_back(grant);
        });
    });
    eachObject(body, in, "followups", 100, [&](const auto& item, const auto& at) {
        nested(in, item, at, [&](json::Reader& r) {
            PlanFollowup followup;
            followup.delayDays = static_cast<int>(r.requiredInt("delay_days", 0, 3650));
            followup.templateText = r.requiredString("template", 4000);
            p.followups.push_back(followup);
        });
    });
    in.finish();
    return p;
}

Coupon parseCoupon(const json::ObjectPtr& body)
{
    json::Reader in(body);
    Coupon c;
    c.code = in.requiredString("code", 40);
    c.kind = in.requiredEnum("kind", kCouponKinds);
    c.value = in.requiredInt("value", 1, CatalogService::kMaxPrice);
    readMoment(body, in, "starts_at", c.startsAt, c.startsAtMs);
    readMoment(body, in, "ends_at", c.endsAt, c.endsAtMs);
    c.maxUsesTotal = in.optionalInt("max_uses_total", 1, 1'000'000'000);
    c.maxUsesPerUser = in.optionalInt("max_uses_per_user", 1, 1'000'000'000);
    c.scope = in.optionalEnum("scope", kCouponScopes).value_or("all");
    c.planIds = in.stringList("plan_ids", 200);
    c.productIds = in.stringList("product_ids", 200);
    c.ownerAffiliateId = in.optionalString("owner_affiliate_id", 36);
    c.active = in.optionalBool("active").value_or(true);
    in.finish();
    return c;
}

std::optional<std::string> queryEnum(const Request& request, const std::string& name,
                                     const std::vector<std::string>& allowed)
{
    auto value = request.queryValue(name);
    if (!value || value->empty())
        return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end())
        return value;
    const auto list = core::joinList(allowed, ',');
    throw Problem::badRequest({"Parameter " + name + " harus salah satu dari: " + list + ".",
                               "Parameter " + name + " must be one of: " + list + "."});
}

std::optional<std::string> querySearch(const Request& request)
{
    auto q = request.queryValue("q");
    if (!q || q->empty())
        return std::nullopt;
    if (q->size() > 200)
        throw Problem::badRequest({"Kata kunci pencarian maksimal 200 karakter.",
                                   "The search text can be at most 200 characters."});
    return q;
}

/// The list position inside a cursor: created_at as the lists print it, and the id.
std::optional<ListPosition> positionFrom(const core::PageRequest& page)
{
    if (!page.afterKey)
        return std::nullopt;
    const auto& key = *page.afterKey;
    if (key.size() != 27 || key.find_first_not_of("0123456789-:.TZ") != std::string::npos ||
        !page.afterId || !core::isUuid(*page.afterId))
        throw Problem::badRequest({"Kursor halaman tidak valid; muat ulang daftar dari awal.",
                                   "The page cursor is invalid; reload the list from the start."});
    return ListPosition{key, *page.afterId};
}

/// { items, next_cursor } from `limit + 1` rows.
template <typename T, typename ToJson>
void writePage(Response& response, std::vector<T> rows, int limit, ToJson toJson)
{
    const bool more = static_cast<int>(rows.size()) > limit;
    if (more)
        rows.resize(static_cast<std::size_t>(limit));
    auto items = json::array();
    for (const auto& row : rows)
        items->add(toJson(row));
    auto body = json::object();
    body->set("items", items);
    if (more)
        body->set("next_cursor", core::encodeCursor(rows.back().createdAt, rows.back().id));
    else
        body->set("next_cursor", Poco::Dynamic::Var());
    response.json(body);
}

/// What the public shop shows of a product: no internal settings, plus today's prices.
json::ObjectPtr publicProductJson(const Product& product, std::int64_t nowMs)
{
    auto object = CatalogJson::product(product);
    object->remove("affiliate_percent");
    object->remove("followups"); // the messages are the seller's, not the shop's
    object->remove("created_at");
    object->set("price", CatalogService::effectivePrice(product, nowMs, false));
    object->set("premium_price", CatalogService::effectivePrice(product, nowMs, true));
    object->set("sold_out", product.stock && *product.stock == 0);
    return object;
}

} // namespace

void addCatalogRoutes(core::Router& router, const std::shared_ptr<CatalogService>& service,
                      const core::Clock& clock)
{
    const std::size_t documentBytes = 512 * 1024;

    // ---- admin: plans
    router.add({"GET", "/api/v1/admin/catalog/plans", kRead,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    ListFilter filter;
                    filter.status = queryEnum(request, "status", kPlanStatuses);
                    filter.search = querySearch(request);
                    writePage(response, service->plans(filter, positionFrom(page), page.limit),
                              page.limit, [](const Plan& p) { return CatalogJson::plan(p); });
                },
                0, "listCatalogPlans"});
    router.add({"POST", "/api/v1/admin/catalog/plans", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::plan(service->createPlan(
                                      parsePlan(request.jsonBody()), actorOf(request))),
                                  201);
                },
                documentBytes, "createCatalogPlan"});
    router.add({"GET", "/api/v1/admin/catalog/plans/{id}", kRead,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::plan(service->plan(request.param("id"))));
                },
                0, "getCatalogPlan"});
    router.add({"PUT", "/api/v1/admin/catalog/plans/{id}", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::plan(service->updatePlan(
                        request.param("id"), parsePlan(request.jsonBody()), actorOf(request))));
                },
                documentBytes, "updateCatalogPlan"});
    router.add({"DELETE", "/api/v1/admin/catalog/plans/{id}", kManage,
                [service](Request& request, Response& response) {
                    service->deletePlan(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteCatalogPlan"});

    // ---- admin: products
    router.add({"GET", "/api/v1/admin/catalog/products", kRead,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    ListFilter filter;
                    filter.status = queryEnum(request, "status", kProductStatuses);
                    filter.category = queryEnum(request, "category", kProductCategories);
                    filter.search = querySearch(request);
                    writePage(response, service->products(filter, positionFrom(page), page.limit),
                              page.limit, [](const Product& p) { return CatalogJson::product(p); });
                },
                0, "listCatalogProducts"});
    router.add({"POST", "/api/v1/admin/catalog/products", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::product(service->createProduct(
                                      parseProduct(request.jsonBody()), actorOf(request))),
                                  201);
                },
                documentBytes, "createCatalogProduct"});
    router.add({"GET", "/api/v1/admin/catalog/products/{id}", kRead,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::product(service->product(request.param("id"))));
                },
                0, "getCatalogProduct"});
    router.add({"PUT", "/api/v1/admin/catalog/products/{id}", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::product(service->updateProduct(
                        request.param("id"), parseProduct(request.jsonBody()), actorOf(request))));
                },
                documentBytes, "updateCatalogProduct"});
    router.add({"DELETE", "/api/v1/admin/catalog/products/{id}", kManage,
                [service](Request& request, Response& response) {
                    service->deleteProduct(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteCatalogProduct"});

    // ---- admin: coupons
    router.add({"GET", "/api/v1/admin/catalog/coupons", kRead,
                [service](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    ListFilter filter;
                    if (const auto active = queryEnum(request, "active", {"true", "false"}))
                        filter.active = *active == "true";
                    filter.search = querySearch(request);
                    writePage(response, service->coupons(filter, positionFrom(page), page.limit),
                              page.limit, [](const Coupon& c) { return CatalogJson::coupon(c); });
                },
                0, "listCatalogCoupons"});
    router.add({"POST", "/api/v1/admin/catalog/coupons", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::coupon(service->createCoupon(
                                      parseCoupon(request.jsonBody()), actorOf(request))),
                                  201);
                },
                64 * 1024, "createCatalogCoupon"});
    router.add({"GET", "/api/v1/admin/catalog/coupons/{id}", kRead,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::coupon(service->coupon(request.param("id"))));
                },
                0, "getCatalogCoupon"});
    router.add({"PUT", "/api/v1/admin/catalog/coupons/{id}", kManage,
                [service](Request& request, Response& response) {
                    response.json(CatalogJson::coupon(service->updateCoupon(
                        request.param("id"), parseCoupon(request.jsonBody()), actorOf(request))));
                },
                64 * 1024, "updateCatalogCoupon"});
    router.add({"DELETE", "/api/v1/admin/catalog/coupons/{id}", kManage,
                [service](Request& request, Response& response) {
                    service->deleteCoupon(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteCatalogCoupon"});

    // ---- public shop
    router.add({"GET", "/api/v1/catalog/plans", core::access::Public,
                [service](Request&, Response& response) {
                    auto items = json::array();
                    for (const auto& plan : service->publicPlans())
                        items->add(CatalogJson::plan(plan, true));
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listPublicPlans"});
    router.add({"GET", "/api/v1/catalog/plans/{slug}", core::access::Public,
                [service](Request& request, Response& response) {
                    response.json(
                        CatalogJson::plan(service->publicPlan(request.param("slug")), true));
                },
                0, "getPublicPlan"});
    router.add({"GET", "/api/v1/catalog/products", core::access::Public,
                [service, &clock](Request& request, Response& response) {
                    const auto page = core::PageRequest::from(request);
                    ListFilter filter;
                    filter.publicOnly = true;
                    filter.status = queryEnum(request, "status", {"publish", "coming_soon"});
                    filter.category = queryEnum(request, "category", kProductCategories);
                    filter.search = querySearch(request);
                    const auto now = clock.nowMs();
                    writePage(response, service->products(filter, positionFrom(page), page.limit),
                              page.limit,
                              [now](const Product& p) { return publicProductJson(p, now); });
                },
                0, "listPublicProducts"});
    router.add({"GET", "/api/v1/catalog/products/{slug}", core::access::Public,
                [service, &clock](Request& request, Response& response) {
                    response.json(publicProductJson(service->publicProduct(request.param("slug")),
                                                    clock.nowMs()));
                },
                0, "getPublicProduct"});

    router.add({"POST", "/api/v1/catalog/coupons/validate", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    json::Reader in(request.jsonBody());
                    CouponCheck check;
                    check.code = in.requiredString("code", 100);
                    check.planSlug = in.optionalString("plan_slug", 200);
                    check.productSlug = in.optionalString("product_slug", 200);
                    check.duration = in.optionalEnum("duration", kDurations);
                    if (check.planSlug.has_value() == check.productSlug.has_value())
                        in.fail("plan_slug", {"Isi salah satu: plan_slug atau product_slug.",
                                              "Give exactly one of plan_slug or product_slug."});
                    in.finish();
                    const auto& user = request.user();
                    check.userId = user.userId;
                    check.isPremium = user.hasRole("member_premium");
                    const auto quote = service->checkCoupon(check);
                    auto body = json::object();
                    body->set("valid", quote.outcome.valid);
                    body->set("subtotal", quote.subtotal);
                    body->set("discount", quote.outcome.discount);
                    body->set("total", quote.outcome.total);
                    body->set("reason_code", quote.outcome.reasonCode.empty()
                                                 ? Poco::Dynamic::Var()
                                                 : Poco::Dynamic::Var(quote.outcome.reasonCode));
                    body->set("reason",
                              quote.outcome.reason
                                  ? Poco::Dynamic::Var(quote.outcome.reason->in(request.lang))
                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                16 * 1024, "validateCatalogCoupon"});
}

} // namespace ey::catalog
