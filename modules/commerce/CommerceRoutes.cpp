// Commerce HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "CommerceRoutes.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"

#include <algorithm>
#include <cctype>

namespace ey::commerce {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kSalesRead = "sales.read";
const std::vector<std::string> kDurations = {"1m", "3m", "6m", "12m", "lifetime"};

Poco::Dynamic::Var orNull(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

json::ObjectPtr transactionJson(const Transaction& t, bool withHistory)
{
    auto object = json::object();
    object->set("id", t.id);
    object->set("invoice_number", t.invoiceNumber);
    object->set("status", t.status);
    object->set("amount", t.amount);
    object->set("currency", t.currency);
    auto buyer = json::object();
    buyer->set("id", t.buyerId);
    buyer->set("full_name", t.buyerName);
    buyer->set("email", t.buyerEmail);
    object->set("buyer", buyer);
    object->set("coupon_id", orNull(t.couponId));
    object->set("affiliate_id", orNull(t.affiliateId));
    object->set("gateway", t.gateway);
    object->set("payment_url", orNull(t.paymentUrl));
    object->set("failure_reason", orNull(t.failureReason));
    object->set("flagged", t.flagged);
    object->set("flag_reason", orNull(t.flagReason));
    object->set("created_at", t.createdAt);
    object->set("paid_at", orNull(t.paidAt));
    auto items = json::array();
    for (const auto& item : t.items) {
        auto i = json::object();
        i->set("kind", item.kind);
        i->set("ref", item.ref);
        i->set("title", item.title);
        i->set("duration", orNull(item.duration));
        i->set("unit_price", item.unitPrice);
        i->set("quantity", item.quantity);
        i->set("discount", item.discount);
        items->add(i);
    }
    object->set("items", items);
    if (withHistory) {
        auto history = json::array();
        for (const auto& change : t.history) {
            auto h = json::object();
            h->set("from", orNull(change.from));
            h->set("to", change.to);
            h->set("note", orNull(change.note));
            h->set("payload", change.payload ? json::parse(*change.payload) : Poco::Dynamic::Var());
            h->set("created_at", change.createdAt);
            history->add(h);
        }
        object->set("history", history);
    }
    return object;
}

json::ObjectPtr membershipJson(const Membership& m)
{
    auto object = json::object();
    object->set("id", m.id);
    auto plan = json::object();
    plan->set("id", m.planId);
    plan->set("title", m.planTitle);
    plan->set("slug", m.planSlug);
    object->set("plan", plan);
    object->set("status", m.status);
    object->set("starts_at", m.startsAt);
    object->set("ends_at", orNull(m.endsAt));
    object->set("lifetime", !m.endsAt.has_value());
    return object;
}

bool looksLikeUuid(const std::string& text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

bool looksLikeTime(const std::string& text)
{
    return !text.empty() && text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == 'T' ||
               c == 'Z' || c == '.';
    });
}

void listPage(Request& request, Response& response, CommerceService& service,
              TransactionFilter filter)
{
    const auto page = core::PageRequest::from(request);
    std::optional<TransactionPosition> after;
    if (page.afterKey && page.afterId) {
        if (!looksLikeTime(*page.afterKey) || !looksLikeUuid(*page.afterId))
            throw Problem::badRequest({"Parameter cursor tidak valid; muat ulang daftar dari awal.",
                                       "The cursor is not valid; reload the list from the start."});
        after = TransactionPosition{*page.afterKey, *page.afterId};
    }
    auto list = service.transactions(filter, after, page.limit);
    const bool more = static_cast<int>(list.size()) > page.limit;
    if (more)
        list.resize(static_cast<std::size_t>(page.limit));
    auto items = json::array();
    for (const auto& t : list)
        items->add(transactionJson(t, false));
    auto body = json::object();
    body->set("items", items);
    if (more)
        body->set("next_cursor", core::encodeCursor(list.back().createdAt, list.back().id));
    else
        body->set("next_cursor", Poco::Dynamic::Var());
    response.json(body);
}

} // namespace

void addCommerceRoutes(core::Router& router, core::Db& db,
                       const std::shared_ptr<CommerceService>& service)
{
    router.add({"POST", "/api/v1/checkout", core::access::SignedIn,
                core::idempotent(
                    db,
                    [service](Request& request, Response& response) {
                        json::Reader in(request.jsonBody());
                        CheckoutRequest checkout;
                        checkout.planSlug = in.optionalString("plan_slug", 200);
                        checkout.duration = in.optionalEnum("duration", kDurations);
                        checkout.productSlug = in.optionalString("product_slug", 200);
                        checkout.couponCode = in.optionalString("coupon_code", 60);
                        if (checkout.couponCode && checkout.couponCode->empty())
                            checkout.couponCode.reset();
                        if (checkout.planSlug.has_value() == checkout.productSlug.has_value())
                            in.fail("plan_slug", {"Pilih tepat satu: paket (plan_slug) atau produk "
                                                  "(product_slug).",
                                                  "Choose exactly one: a plan (plan_slug) or a "
                                                  "product (product_slug)."});
                        in.finish();
                        const auto t = service->checkout(request.user().userId, checkout);
                        auto body = transactionJson(t, false);
                        response.json(body, 201);
                    }),
                16 * 1024, "checkout"});

    router.add({"POST", "/api/v1/webhooks/xendit/invoice", core::access::Public,
                [service](Request& request, Response& response) {
                    if (!service->callbackTokenMatches(request.header("x-callback-token")))
                        throw Problem::unauthorized(
                            {"Token callback Xendit salah atau belum diatur.",
                             "The Xendit callback token is wrong or not set up."});
                    const auto outcome = service->handleXenditCallback(request.body);
                    auto body = json::object();
                    body->set("result", outcome.result);
                    body->set("duplicate", outcome.duplicate);
                    body->set("flagged", outcome.flagged);
                    response.json(body);
                },
                256 * 1024, "xenditInvoiceCallback"});

    router.add({"GET", "/api/v1/me/transactions", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    TransactionFilter filter;
                    filter.buyerId = request.user().userId;
                    listPage(request, response, *service, filter);
                },
                0, "listMyTransactions"});

    router.add(
        {"GET", "/api/v1/me/transactions/{invoice}", core::access::SignedIn,
         [service](Request& request, Response& response) {
             response.json(transactionJson(
                 service->transaction(request.param("invoice"), request.user().userId), true));
         },
         0, "getMyTransaction"});

    router.add({"GET", "/api/v1/me/membership", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    const auto membership = service->activeMembership(request.user().userId);
                    auto body = json::object();
                    body->set("active", membership.has_value());
                    body->set("membership", membership
                                                ? Poco::Dynamic::Var(membershipJson(*membership))
                                                : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "getMyMembership"});

    router.add(
        {"GET", "/api/v1/admin/transactions", kSalesRead,
         [service](Request& request, Response& response) {
             // Read into locals and assign once: GCC 12 at -O2 misreads reset() on an optional
             // member as a use of uninitialised memory.
             TransactionFilter filter;
             const auto status = request.queryValue("status").value_or(std::string());
             if (!status.empty()) {
                 if (std::find(kTransactionStatuses.begin(), kTransactionStatuses.end(), status) ==
                     kTransactionStatuses.end())
                     throw Problem::validation(
                         {{"status",
                           {"Status harus salah satu dari PENDING, PAID, EXPIRED, FAILED, "
                            "REFUNDED.",
                            "Status must be one of PENDING, PAID, EXPIRED, FAILED, REFUNDED."}}});
                 filter.status = status;
             }
             const auto search = request.queryValue("q").value_or(std::string());
             if (search.size() > 200)
                 throw Problem::validation({{"q",
                                             {"Kata kunci terlalu panjang (maks. 200).",
                                              "The search text is too long (max 200)."}}});
             if (!search.empty())
                 filter.search = search;
             listPage(request, response, *service, filter);
         },
         0, "listTransactions"});

    router.add({"GET", "/api/v1/admin/transactions/{invoice}", kSalesRead,
                [service](Request& request, Response& response) {
                    response.json(transactionJson(
                        service->transaction(request.param("invoice"), std::nullopt), true));
                },
                0, "getTransaction"});
}

} // namespace ey::commerce
