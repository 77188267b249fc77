// Commerce HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "CommerceRoutes.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"
#include "Strings.h"
#include "TransferProof.h"

#include <algorithm>
#include <cctype>

namespace ey::commerce {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

using core::json::orNull;

const std::string kSalesRead = "sales.read";
const std::string kSalesManage = "sales.manage";
const std::string kAgentCheckout = "agent.checkout";
const std::vector<std::string> kPaymentMethods = {"xendit", "manual"};
const std::vector<std::string> kEntitlementKinds = {"group",   "course", "product",
                                                    "feature", "event",  "file"};
const std::vector<std::string> kAgentModes = {"individual", "bulk"};
constexpr std::size_t kMaxProofBytes = core::kMaxTransferProofBytes;
const std::vector<std::string> kDurations = {"1m", "3m", "6m", "12m", "lifetime"};
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
    object->set("upgrade_mode", orNull(t.upgradeMode));
    object->set("upgrade_credit", t.upgradeCredit);
    object->set("fee_affiliate", t.feeAffiliate);
    object->set("refunded_amount", t.refundedAmount);
    object->set("proof_uploaded_at", orNull(t.proofUploadedAt));
    object->set("pay_before", orNull(t.payBefore));
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
bool looksLikeTime(const std::string& text)
{
    return !text.empty() && text.size() <= 40 && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == 'T' ||
               c == 'Z' || c == '.';
    });
}

json::ObjectPtr bankJson(const BankInstructions& bank, const Transaction& t)
{
    auto object = json::object();
    object->set("bank_name", bank.bankName);
    object->set("account_number", bank.accountNumber);
    object->set("account_holder", bank.accountHolder);
    object->set("amount", t.amount);
    object->set("reference", t.invoiceNumber);
    return object;
}

json::ObjectPtr quoteJson(const CheckoutQuote& quote)
{
    auto object = json::object();
    object->set("subtotal", quote.subtotal);
    object->set("coupon_discount", quote.couponDiscount);
    object->set("upgrade_credit", quote.upgradeCredit);
    object->set("total", quote.total);
    if (quote.upgrade) {
        auto upgrade = json::object();
        upgrade->set("from_plan_slug", quote.upgrade->fromPlanSlug);
        upgrade->set("from_plan_title", quote.upgrade->fromPlanTitle);
        upgrade->set("mode", quote.upgrade->mode);
        upgrade->set("remaining_days", quote.upgrade->fromLifetime
                                           ? Poco::Dynamic::Var()
                                           : Poco::Dynamic::Var(quote.upgrade->remainingDays));
        object->set("upgrade", upgrade);
    } else {
        object->set("upgrade", Poco::Dynamic::Var());
    }
    return object;
}

json::ObjectPtr entitlementJson(const Entitlement& e)
{
    auto object = json::object();
    object->set("id", e.id);
    object->set("kind", e.kind);
    object->set("ref", e.ref);
    object->set("source", e.membershipId ? "membership" : "purchase");
    object->set("membership_id", orNull(e.membershipId));
    object->set("transaction_id", orNull(e.transactionId));
    object->set("starts_at", e.startsAt);
    object->set("ends_at", orNull(e.endsAt));
    return object;
}

/// The item a checkout or quote is for; plan_slug xor product_slug.
void readItem(json::Reader& in, CheckoutRequest& checkout)
{
    if (checkout.couponCode && checkout.couponCode->empty())
        checkout.couponCode.reset();
    if (checkout.planSlug.has_value() == checkout.productSlug.has_value())
        in.fail("plan_slug", {"Pilih tepat satu: paket (plan_slug) atau produk (product_slug).",
                              "Choose exactly one: a plan (plan_slug) or a product "
                              "(product_slug)."});
}

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

void listPage(Request& request, Response& response, CommerceService& service,
              TransactionFilter filter)
{
    const auto page = core::PageRequest::from(request);
    std::optional<TransactionPosition> after;
    if (page.afterKey && page.afterId) {
        if (!looksLikeTime(*page.afterKey) || !core::isUuid(*page.afterId))
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
                        checkout.referralCode = in.optionalString("referral_code", 100);
                        checkout.paymentMethod =
                            in.optionalEnum("payment_method", kPaymentMethods).value_or("xendit");
                        readItem(in, checkout);
                        in.finish();
                        // The referral link's cookie counts when the body names no code.
                        if (!checkout.referralCode || checkout.referralCode->empty())
                            checkout.referralCode = request.cookie("ey_ref");
                        if (checkout.referralCode && checkout.referralCode->empty())
                            checkout.referralCode.reset();
                        const auto t = service->checkout(request.user().userId, checkout);
                        auto body = transactionJson(t, false);
                        if (t.gateway == "manual")
                            body->set("bank_transfer", bankJson(service->bankInstructions(), t));
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
    router.add(
        {"GET", "/api/v1/checkout/quote", core::access::SignedIn,
         [service](Request& request, Response& response) {
             // Query parameters read into a JSON object so the same per-field checks apply.
             auto query = json::object();
             for (const auto& name : {"plan_slug", "duration", "product_slug", "coupon_code"})
                 if (const auto value = request.queryValue(name); value && !value->empty())
                     query->set(name, *value);
             json::Reader in(query);
             CheckoutRequest checkout;
             checkout.planSlug = in.optionalString("plan_slug", 200);
             checkout.duration = in.optionalEnum("duration", kDurations);
             checkout.productSlug = in.optionalString("product_slug", 200);
             checkout.couponCode = in.optionalString("coupon_code", 60);
             readItem(in, checkout);
             in.finish();
             response.json(quoteJson(service->quote(request.user().userId, checkout)));
         },
         0, "quoteCheckout"});

    router.add({"POST", "/api/v1/agent/checkout", kAgentCheckout,
                core::idempotent(
                    db,
                    [service](Request& request, Response& response) {
                        const auto body = request.jsonBody();
                        json::Reader in(body);
                        const auto method =
                            in.optionalEnum("payment_method", kPaymentMethods).value_or("xendit");
                        std::vector<AgentOrderLine> lines;
                        const auto list = body->has("lines") ? body->getArray("lines") : nullptr;
                        if (!list || list->size() == 0 || list->size() > 50)
                            in.fail("lines", {"Isi 1 sampai 50 baris pesanan.",
                                              "Give 1 to 50 order lines."});
                        else
                            for (std::size_t i = 0; i < list->size(); ++i) {
                                const auto field = "lines[" + std::to_string(i) + "]";
                                const auto object = list->getObject(static_cast<unsigned>(i));
                                if (!object) {
                                    in.fail(field, {"Setiap baris harus berupa objek.",
                                                    "Every line must be an object."});
                                    continue;
                                }
                                json::Reader line(object);
                                AgentOrderLine order;
                                order.productSlug = line.requiredString("product_slug", 200);
                                order.mode = line.requiredEnum("mode", kAgentModes);
                                order.quantity =
                                    static_cast<int>(line.requiredInt("quantity", 1, 10000));
                                if (!line.ok()) {
                                    in.fail(field, {"Baris ini butuh product_slug, mode "
                                                    "(individual atau bulk) dan quantity 1-10000.",
                                                    "This line needs product_slug, mode "
                                                    "(individual or bulk) and quantity "
                                                    "1-10000."});
                                    continue;
                                }
                                lines.push_back(order);
                            }
                        in.finish();
                        const auto t = service->agentCheckout(request.user().userId, lines, method);
                        auto answer = transactionJson(t, false);
                        if (t.gateway == "manual")
                            answer->set("bank_transfer", bankJson(service->bankInstructions(), t));
                        response.json(answer, 201);
                    }),
                64 * 1024, "agentCheckout"});

    router.add({"GET", "/api/v1/me/entitlements", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    auto items = json::array();
                    for (const auto& e : service->entitlements(request.user().userId))
                        items->add(entitlementJson(e));
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listMyEntitlements"});

    router.add({"GET", "/api/v1/me/access", core::access::SignedIn,
                [service](Request& request, Response& response) {
                    auto query = json::object();
                    for (const auto& name : {"kind", "ref"})
                        if (const auto value = request.queryValue(name); value && !value->empty())
                            query->set(name, *value);
                    json::Reader in(query);
                    const auto kind = in.requiredEnum("kind", kEntitlementKinds);
                    const auto ref = in.requiredString("ref", 200);
                    in.finish();
                    const auto decision = service->access(request.user().userId, kind, ref);
                    auto body = json::object();
                    body->set("allowed", decision.allowed);
                    body->set("reason", decision.reason);
                    response.json(body);
                },
                0, "checkMyAccess"});

    router.add({"POST", "/api/v1/me/transactions/{invoice}/proof", core::access::SignedIn,
                core::idempotent(
                    db,
                    [service](Request& request, Response& response) {
                        if (request.body.empty())
                            throw Problem::validation(
                                {{"body",
                                  {"Kirim file bukti transfer (JPEG, PNG atau PDF) sebagai isi "
                                   "permintaan.",
                                   "Send the transfer proof file (JPEG, PNG or PDF) as the "
                                   "request body."}}});
                        const auto t = service->uploadProof(request.user().userId,
                                                            request.param("invoice"), request.body);
                        response.json(transactionJson(t, true));
                    }),
                kMaxProofBytes, "uploadTransferProof"});

    router.add({"GET", "/api/v1/admin/transactions/{invoice}/proof", kSalesRead,
                [service](Request& request, Response& response) {
                    auto [bytes, mime] = service->proof(request.param("invoice"));
                    response.contentType = mime;
                    response.headers["Content-Disposition"] =
                        "inline; filename=\"bukti-" + request.param("invoice") + "\"";
                    response.headers["X-Content-Type-Options"] = "nosniff";
                    response.body = std::move(bytes);
                },
                0, "getTransferProof"});

    router.add({"POST", "/api/v1/admin/transactions/{invoice}/confirm", kSalesManage,
                core::idempotent(db,
                                 [service](Request& request, Response& response) {
                                     response.json(transactionJson(
                                         service->confirmManual(actorOf(request),
                                                                request.param("invoice")),
                                         true));
                                 }),
                1024, "confirmManualTransfer"});

    router.add({"POST", "/api/v1/admin/transactions/{invoice}/reject", kSalesManage,
                core::idempotent(db,
                                 [service](Request& request, Response& response) {
                                     json::Reader in(request.jsonBody());
                                     const auto reason = in.requiredString("reason", 1000);
                                     in.finish();
                                     response.json(transactionJson(
                                         service->rejectManual(actorOf(request),
                                                               request.param("invoice"), reason),
                                         true));
                                 }),
                16 * 1024, "rejectManualTransfer"});

    router.add(
        {"POST", "/api/v1/admin/transactions/{invoice}/refund", kSalesManage,
         core::idempotent(
             db,
             [service](Request& request, Response& response) {
                 json::Reader in(request.jsonBody());
                 RefundRequest refund;
                 refund.amount = in.optionalInt("amount", 1, 1'000'000'000'000);
                 refund.reason = in.requiredString("reason", 1000);
                 refund.revokeAccess = in.optionalBool("revoke_access").value_or(true);
                 in.finish();
                 response.json(transactionJson(
                     service->refund(actorOf(request), request.param("invoice"), refund), true));
             }),
         16 * 1024, "refundTransaction"});
}

} // namespace ey::commerce
