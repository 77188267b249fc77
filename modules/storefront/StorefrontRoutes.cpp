// Storefront HTTP: reads the query and cookies, asks the catalog and affiliate services, answers
// HTML. Every page records ?ref= clicks and sets the referral and coupon cookies first.
#include "StorefrontRoutes.h"

#include "PageShell.h"
#include "StorefrontPages.h"

#include "EmbeddedResources.h"
#include "Problem.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace ey::storefront {

using core::Problem;
using core::Request;
using core::Response;

namespace {

/// Referral and coupon codes: short and plain, so they are safe in a Set-Cookie line and a URL.
bool isCode(const std::string& text, std::size_t maxLength)
{
    return !text.empty() && text.size() <= maxLength &&
           std::all_of(text.begin(), text.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
           });
}

std::optional<std::string> codeFrom(const std::optional<std::string>& value, std::size_t maxLength)
{
    if (value && isCode(*value, maxLength))
        return value;
    return std::nullopt;
}

constexpr std::size_t kMaxRefLength = 64;
constexpr std::size_t kMaxCouponLength = 60;

/// What a visit carries for the checkout: the referral code and coupon in force after this
/// request (a new valid ?ref= replaces the cookie's: last click wins).
struct Attribution
{
    std::optional<std::string> referral;
    std::optional<std::string> coupon;
};

Attribution applyReferral(const Request& request, Response& response,
                          affiliate::AffiliateService& affiliates)
{
    Attribution result{codeFrom(request.cookie("ey_ref"), kMaxRefLength),
                       codeFrom(request.cookie("ey_coupon"), kMaxCouponLength)};
    const long maxAge = static_cast<long>(affiliates.cookieDays()) * 86400L;
    if (const auto ref = codeFrom(request.queryValue("ref"), kMaxRefLength)) {
        // Only a code of an active affiliate earns the cookie; the click is recorded either way.
        if (affiliates.recordClick(*ref, request.path, request.clientIp)) {
            response.setCookie("ey_ref", *ref, maxAge, true);
            result.referral = ref;
        }
    }
    if (const auto coupon = codeFrom(request.queryValue("coupon"), kMaxCouponLength)) {
        // Readable by the page script, which fills the coupon field from it.
        response.setCookie("ey_coupon", *coupon, maxAge, false);
        result.coupon = coupon;
    }
    return result;
}

void html(Response& response, std::string body, int status = 200)
{
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = std::move(body);
    // Prices and availability change; a page is always checked with the server before reuse.
    response.headers["Cache-Control"] = "no-cache";
    response.headers["X-Content-Type-Options"] = "nosniff";
    response.headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    response.headers["Content-Security-Policy"] =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' https: data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; "
        "form-action 'self'";
}

bool isNotFound(const Problem& problem)
{
    return problem.status() == 404;
}

void notFoundPage(Response& response, const PageBrand& brand, const std::string& what)
{
    html(response,
         StorefrontPages::messagePage(brand, "Halaman tidak ditemukan",
                                      what + " tidak ditemukan atau sudah tidak dijual. Lihat "
                                             "paket lain yang tersedia."),
         404);
}

std::vector<std::string> splitSlugs(const std::string& text)
{
    std::vector<std::string> slugs;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        auto slug = text.substr(start, end - start);
        slug.erase(0, slug.find_first_not_of(' '));
        slug.erase(slug.find_last_not_of(' ') + 1);
        if (!slug.empty() && std::find(slugs.begin(), slugs.end(), slug) == slugs.end())
            slugs.push_back(slug);
        start = end + 1;
    }
    return slugs;
}

std::optional<std::string> oneOf(const std::optional<std::string>& value,
                                 const std::vector<std::string>& allowed)
{
    if (value && std::find(allowed.begin(), allowed.end(), *value) != allowed.end())
        return value;
    return std::nullopt;
}

std::optional<std::int64_t> amountFrom(const std::optional<std::string>& value)
{
    if (!value || value->empty() || value->size() > 13 ||
        value->find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoll(*value);
}

/// The plan's price for the filter: the chosen duration's, or its cheapest.
std::optional<std::int64_t> planPriceFor(const catalog::Plan& plan,
                                         const std::optional<std::string>& duration)
{
    std::optional<std::int64_t> best;
    for (const auto& price : plan.prices)
        if (duration ? price.duration == *duration : (!best || price.price < *best))
            best = price.price;
    return best;
}

} // namespace

void addStorefrontRoutes(core::Router& router, const core::ModuleContext& context,
                         catalog::CatalogService& catalog, affiliate::AffiliateService& affiliates)
{
    using core::access::Public;
    auto& db = context.db;
    const auto& clock = context.clock;

    router.add({"GET", "/web/{file}", Public,
                [](Request& request, Response& response) {
                    const auto& file = request.param("file");
                    const auto version = PageShell::assetVersion(file);
                    if (version.empty())
                        throw Problem::notFound(
                            {"Berkas halaman tidak ditemukan.", "The page file was not found."});
                    response.status = 200;
                    response.contentType = file.ends_with(".css")
                                               ? "text/css; charset=utf-8"
                                               : "text/javascript; charset=utf-8";
                    response.body = std::string(*resources::find("resources/web/" + file));
                    // The pages ask for ?v=<content hash>: that address never changes meaning.
                    response.headers["Cache-Control"] = request.queryValue("v") == version
                                                            ? "public, max-age=31536000, immutable"
                                                            : "no-cache";
                    response.headers["X-Content-Type-Options"] = "nosniff";
                },
                0, "getStorefrontFile"});

    router.add({"GET", "/membership/{slug}", Public,
                [&db, &catalog, &affiliates](Request& request, Response& response) {
                    applyReferral(request, response, affiliates);
                    std::optional<catalog::Plan> plan;
                    try {
                        plan = catalog.publicPlan(request.param("slug"));
                    } catch (const Problem& problem) {
                        if (!isNotFound(problem))
                            throw;
                    }
                    if (plan && plan->salespageUrl && !plan->salespageUrl->empty()) {
                        // The cookie above is already set, so the sale is credited later.
                        response.status = 302;
                        response.contentType = "text/plain; charset=utf-8";
                        response.headers["Location"] = *plan->salespageUrl;
                        response.headers["Cache-Control"] = "no-cache";
                        return;
                    }
                    const auto brand = PageShell::loadBrand(db);
                    if (!plan)
                        return notFoundPage(response, brand, "Paket membership ini");
                    html(response, StorefrontPages::planPage(brand, *plan));
                },
                0, "getMembershipPage"});

    // Added before /checkout/{slug} so these names are never taken for a slug.
    router.add({"GET", "/checkout/compare", Public,
                [&db, &catalog, &affiliates](Request& request, Response& response) {
                    applyReferral(request, response, affiliates);
                    const auto brand = PageShell::loadBrand(db);
                    const auto slugs = splitSlugs(request.queryValue("plans").value_or(""));
                    if (slugs.size() < 2 || slugs.size() > 4)
                        return html(response,
                                    StorefrontPages::messagePage(
                                        brand, "Pilih 2 sampai 4 paket",
                                        "Halaman perbandingan menampilkan 2 sampai 4 paket, "
                                        "misalnya /checkout/compare?plans=paket-a,paket-b."),
                                    400);
                    std::vector<catalog::Plan> plans;
                    std::vector<std::string> unknown;
                    for (const auto& slug : slugs) {
                        try {
                            plans.push_back(catalog.publicPlan(slug));
                        } catch (const Problem& problem) {
                            if (!isNotFound(problem))
                                throw;
                            unknown.push_back(slug);
                        }
                    }
                    if (plans.empty())
                        return notFoundPage(response, brand, "Paket yang ingin dibandingkan");
                    html(response, StorefrontPages::comparePage(brand, plans, unknown));
                },
                0, "getComparePage"});

    router.add(
        {"GET", "/checkout/all", Public,
         [&db, &clock, &catalog, &affiliates](Request& request, Response& response) {
             applyReferral(request, response, affiliates);
             AllFilters filters;
             filters.duration = oneOf(request.queryValue("duration"), catalog::kDurations);
             filters.maxPrice = amountFrom(request.queryValue("max_price"));
             filters.badge = oneOf(request.queryValue("badge"), {"paling_laris", "paling_murah"});
             std::vector<catalog::Plan> plans;
             for (auto& plan : catalog.publicPlans()) {
                 const auto price = planPriceFor(plan, filters.duration);
                 if (!price || (filters.maxPrice && *price > *filters.maxPrice) ||
                     (filters.badge && plan.badge != *filters.badge))
                     continue;
                 plans.push_back(std::move(plan));
             }
             std::vector<PricedProduct> products;
             if (!filters.duration && !filters.badge) {
                 catalog::ListFilter listFilter;
                 listFilter.publicOnly = true;
                 const auto now = clock.nowMs();
                 for (auto& product : catalog.products(listFilter, std::nullopt, 200)) {
                     const auto price =
                         catalog::CatalogService::effectivePrice(product, now, false);
                     if (filters.maxPrice && price > *filters.maxPrice)
                         continue;
                     products.push_back({std::move(product), price});
                 }
             }
             html(response,
                  StorefrontPages::allPage(PageShell::loadBrand(db), plans, products, filters));
         },
         0, "getAllPlansPage"});

    // Xendit's success_redirect_url and failure_redirect_url (see commerce's XenditAdapter).
    for (const bool paid : {true, false}) {
        router.add({"GET", paid ? "/checkout/success" : "/checkout/failed", Public,
                    [&db, &affiliates, paid](Request& request, Response& response) {
                        applyReferral(request, response, affiliates);
                        // Only an invoice-number shape is echoed; nothing about the order is
                        // looked up, as this page needs no sign-in.
                        auto invoice = request.queryValue("invoice").value_or("");
                        // A partner's payment number: PT-YYYYMMDD-NNNNNN (0020_partner_payments).
                        static const std::regex partnerNumber(R"(^PT-\d{8}-\d{6,}$)");
                        if (invoice.size() <= 30 && std::regex_match(invoice, partnerNumber)) {
                            html(response, StorefrontPages::partnerPaymentReturnPage(
                                               PageShell::loadBrand(db), paid, invoice));
                            return;
                        }
                        if (invoice.size() > 20 || !invoice.starts_with("INV") ||
                            invoice.find_first_not_of("0123456789", 3) != std::string::npos)
                            invoice.clear();
                        html(response, StorefrontPages::paymentReturnPage(PageShell::loadBrand(db),
                                                                          paid, invoice));
                    },
                    0, paid ? "getPaymentSuccessPage" : "getPaymentFailedPage"});
    }

    router.add({"GET", "/checkout/{slug}", Public,
                [&db, &clock, &catalog, &affiliates](Request& request, Response& response) {
                    const auto attribution = applyReferral(request, response, affiliates);
                    const auto brand = PageShell::loadBrand(db);
                    const auto& slug = request.param("slug");
                    CheckoutOffer offer;
                    offer.duration = request.queryValue("duration").value_or("");
                    offer.referralCode = attribution.referral.value_or("");
                    offer.couponCode = attribution.coupon.value_or("");
                    try {
                        offer.plan = catalog.publicPlan(slug);
                    } catch (const Problem& problem) {
                        if (!isNotFound(problem))
                            throw;
                    }
                    if (!offer.plan) {
                        try {
                            auto product = catalog.publicProduct(slug);
                            const auto price = catalog::CatalogService::effectivePrice(
                                product, clock.nowMs(), false);
                            offer.product = PricedProduct{std::move(product), price};
                        } catch (const Problem& problem) {
                            if (!isNotFound(problem))
                                throw;
                            return notFoundPage(response, brand, "Paket atau produk ini");
                        }
                    }
                    const bool noPrice = offer.plan && offer.plan->prices.empty();
                    const bool soon =
                        offer.product && offer.product->product.status == "coming_soon";
                    const bool soldOut = offer.product && offer.product->product.stock &&
                                         *offer.product->product.stock == 0;
                    if (noPrice || soon || soldOut)
                        return html(response,
                                    StorefrontPages::messagePage(
                                        brand, "Belum dapat dibeli",
                                        soldOut ? "Maaf, kuota produk ini sudah habis."
                                        : soon  ? "Produk ini segera hadir. Nantikan tanggal "
                                                  "rilisnya."
                                                : "Harga paket ini belum tersedia. Hubungi admin "
                                                  "atau pilih paket lain."),
                                    409);
                    html(response, StorefrontPages::checkoutPage(brand, offer));
                },
                0, "getCheckoutPage"});
}

} // namespace ey::storefront
