// The HTML of the public pages, built from catalog records. No HTTP and no SQL here.
#pragma once

#include "Catalog.h"
#include "PageShell.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::storefront {

/// The /checkout/all filters after reading the query (invalid values are dropped).
struct AllFilters
{
    std::optional<std::string> duration;
    std::optional<std::int64_t> maxPrice;
    std::optional<std::string> badge;
};

/// A product with the price a guest pays for it today.
struct PricedProduct
{
    catalog::Product product;
    std::int64_t price = 0;
};

/// What the checkout page sells: a plan (with a chosen duration) or a product.
struct CheckoutOffer
{
    std::optional<catalog::Plan> plan;
    std::optional<PricedProduct> product;
    std::string duration; ///< the preselected duration of a plan
    std::string couponCode;
    std::string referralCode;
};

class StorefrontPages
{
public:
    static std::string planPage(const PageBrand& brand, const catalog::Plan& plan);
    static std::string checkoutPage(const PageBrand& brand, const CheckoutOffer& offer);
    static std::string comparePage(const PageBrand& brand, const std::vector<catalog::Plan>& plans,
                                   const std::vector<std::string>& unknownSlugs);
    static std::string allPage(const PageBrand& brand, const std::vector<catalog::Plan>& plans,
                               const std::vector<PricedProduct>& products,
                               const AllFilters& filters);
    /// Where Xendit sends the buyer back: paid (`paid`) or not (cancelled, expired, failed).
    static std::string paymentReturnPage(const PageBrand& brand, bool paid,
                                         const std::string& invoiceNumber);
    /// The same return for a partner's top-up or add-on ("PT-…"), which has no retail order.
    static std::string partnerPaymentReturnPage(const PageBrand& brand, bool paid,
                                                const std::string& number);
    /// A friendly page for a missing or unavailable address (the caller sets the status).
    static std::string messagePage(const PageBrand& brand, const std::string& heading,
                                   const std::string& text);

    /// "1 Bulan", "12 Bulan", "Selamanya".
    static std::string durationLabel(const std::string& duration);
    /// The public address of an uploaded catalog image.
    static std::string mediaUrl(const std::string& key);
};

} // namespace ey::storefront
