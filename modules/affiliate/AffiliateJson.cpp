// JSON shapes of the affiliate records (see AffiliateJson.h).
#include "AffiliateJson.h"

namespace ey::affiliate {

namespace json = core::json;

namespace {

using core::json::orNull;
Poco::Dynamic::Var price(const std::optional<AgentPrice>& price, bool withMinimum)
{
    if (!price)
        return {};
    auto object = json::object();
    object->set("unit_price", price->unitPrice);
    object->set("fee_affiliate", price->feeAffiliate);
    if (withMinimum)
        object->set("min_quantity", price->minQuantity);
    return object;
}

} // namespace

json::ObjectPtr AffiliateJson::profile(const Profile& p)
{
    auto object = json::object();
    object->set("user_id", p.userId);
    object->set("code", p.code);
    object->set("status", p.status);
    object->set("created_at", p.createdAt);
    object->set("updated_at", p.updatedAt);
    return object;
}

json::ObjectPtr AffiliateJson::overview(const AffiliateOverview& o)
{
    auto object = profile(o.profile);
    object->set("full_name", o.fullName);
    object->set("email", o.email);
    object->set("clicks", o.clicks);
    object->set("conversions", o.conversions);
    object->set("commission", o.commission);
    return object;
}

json::ObjectPtr AffiliateJson::conversion(const ConversionEntry& c)
{
    auto object = json::object();
    object->set("id", c.id);
    object->set("transaction_id", c.transactionId);
    object->set("invoice_number", c.invoiceNumber);
    object->set("gross", c.gross);
    object->set("commission", c.commission);
    object->set("reversed", c.reversed);
    object->set("net_commission", c.commission - c.reversed);
    object->set("status", c.status);
    object->set("created_at", c.createdAt);
    return object;
}

json::ObjectPtr AffiliateJson::summary(const Summary& s)
{
    auto object = json::object();
    object->set("from", s.from);
    object->set("to", s.to);
    object->set("clicks", s.clicks);
    object->set("conversions", s.conversions);
    object->set("commission", s.commission);
    // Conversions per click, 0..1 rounded to 4 places; null when nobody clicked.
    object->set(
        "conversion_rate",
        s.clicks > 0
            ? Poco::Dynamic::Var(
                  static_cast<double>((s.conversions * 10000 + s.clicks / 2) / s.clicks) / 10000.0)
            : Poco::Dynamic::Var());
    auto days = json::array();
    for (const auto& day : s.days) {
        auto item = json::object();
        item->set("date", day.date);
        item->set("clicks", day.clicks);
        item->set("conversions", day.conversions);
        item->set("commission", day.commission);
        days->add(item);
    }
    object->set("days", days);
    return object;
}

json::ObjectPtr AffiliateJson::agent(const Agent& a)
{
    auto object = json::object();
    object->set("user_id", a.userId);
    object->set("full_name", a.fullName);
    object->set("email", a.email);
    object->set("referred_by", orNull(a.referredBy));
    object->set("referred_by_name", orNull(a.referredByName));
    object->set("referred_by_code", orNull(a.referredByCode));
    object->set("updated_at", orNull(a.updatedAt));
    return object;
}

json::ObjectPtr AffiliateJson::pricing(const AgentPricing& p)
{
    auto object = json::object();
    object->set("product_id", p.productId);
    object->set("product_slug", p.productSlug);
    object->set("product_title", p.productTitle);
    object->set("individual", price(p.individual, false));
    object->set("bulk", price(p.bulk, true));
    object->set("updated_at",
                p.updatedAt.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(p.updatedAt));
    return object;
}

json::ObjectPtr AffiliateJson::quote(const AgentQuote& q)
{
    auto object = json::object();
    auto lines = json::array();
    for (const auto& line : q.lines) {
        auto item = json::object();
        item->set("product_id", line.productId);
        item->set("title", line.title);
        item->set("mode", line.mode);
        item->set("quantity", line.quantity);
        item->set("unit_price", line.unitPrice);
        item->set("unit_fee_affiliate", line.unitFeeAffiliate);
        item->set("subtotal", line.unitPrice * line.quantity);
        lines->add(item);
    }
    object->set("lines", lines);
    object->set("total", q.total);
    object->set("total_fee_affiliate", q.totalFeeAffiliate);
    object->set("fee_affiliate", q.feeAffiliate);
    object->set("affiliate_id", orNull(q.affiliateId));
    return object;
}

} // namespace ey::affiliate
