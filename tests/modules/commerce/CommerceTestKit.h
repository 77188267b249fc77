// Shared steps of the commerce suites: a server wired to the fake Xendit, plans, buyers,
// checkouts and Xendit callbacks as Xendit sends them.
#pragma once

#include "FakeXendit.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "ServerInstance.h"

#include <QTest>

#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace ey::test::commerce {

inline const std::string kSecretKey = "xnd_development_test_secret";
inline const std::string kCallbackToken = "callback-token-for-tests";

inline std::map<std::string, std::string> xenditConfig(const FakeXendit& fake)
{
    return {{"xendit.base_url", fake.baseUrl()},
            {"xendit.secret_key", kSecretKey},
            {"xendit.callback_token", kCallbackToken}};
}

struct Person
{
    std::string id;
    std::string email;
    HttpClient http;
};

inline Person person(TestServer& server, const std::string& email,
                     const std::vector<std::string>& roles)
{
    Person p{createUser(server.instance(), email, roles), email, HttpClient(server.baseUrl())};
    p.http.login(email, kTestPassword);
    return p;
}

/// Creates an active plan through the admin API with the given prices; returns its slug.
inline std::string createPlan(const Person& admin, const std::string& title,
                              const std::map<std::string, std::int64_t>& prices)
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("status", "active");
    auto list = core::json::array();
    for (const auto& [duration, price] : prices) {
        auto item = core::json::object();
        item->set("duration", duration);
        item->set("price", price);
        list->add(item);
    }
    body->set("prices", list);
    const auto result = admin.http.post("/api/v1/admin/catalog/plans", core::json::stringify(body));
    if (result.status != 201)
        throw std::runtime_error("plan create failed: " + result.body);
    return result.json()->getValue<std::string>("slug");
}

inline HttpResult checkoutPlan(const Person& buyer, const std::string& slug,
                               const std::string& duration)
{
    auto body = core::json::object();
    body->set("plan_slug", slug);
    body->set("duration", duration);
    return buyer.http.post("/api/v1/checkout", core::json::stringify(body));
}

/// A PAID (or EXPIRED) invoice callback body with the fields Xendit documents.
inline std::string callbackBody(const std::string& invoiceId, const std::string& externalId,
                                std::int64_t amount, const std::string& status = "PAID",
                                const std::string& currency = "IDR")
{
    auto body = core::json::object();
    body->set("id", invoiceId);
    body->set("external_id", externalId);
    body->set("user_id", "6279ce4495d10c9afc3171b8");
    body->set("is_high", false);
    body->set("status", status);
    body->set("merchant_name", "EksporYuk");
    body->set("amount", amount);
    if (status == "PAID") {
        body->set("paid_amount", amount);
        body->set("bank_code", "MANDIRI");
        body->set("paid_at", "2026-11-21T06:58:35.534Z");
        body->set("payment_method", "BANK_TRANSFER");
        body->set("payment_channel", "MANDIRI");
        body->set("payment_destination", "8860861087714");
    }
    body->set("currency", currency);
    body->set("description", "Invoice " + externalId);
    body->set("created", "2026-11-21T06:56:04.761Z");
    body->set("updated", "2026-11-21T06:58:35.843Z");
    return core::json::stringify(body);
}

inline HttpResult sendCallback(TestServer& server, const std::string& body,
                               const std::string& token = kCallbackToken)
{
    HttpClient xendit(server.baseUrl());
    std::map<std::string, std::string> headers;
    if (!token.empty())
        headers["x-callback-token"] = token;
    return xendit.request("POST", "/api/v1/webhooks/xendit/invoice", body, headers);
}

/// The fake's invoice id for one of our invoice numbers.
inline std::string gatewayId(const FakeXendit& fake, const std::string& invoiceNumber)
{
    for (const auto& invoice : fake.invoices())
        if (invoice.externalId == invoiceNumber)
            return invoice.id;
    throw std::runtime_error("no Xendit invoice for " + invoiceNumber);
}

inline std::int64_t count(TestServer& server, const std::string& sql, const core::Params& params)
{
    return server.instance().db().exec(sql, params).front().i64("n");
}

/// Creates an item through the admin catalog API from a full JSON body; returns the answer.
inline core::json::ObjectPtr createCatalogItem(const Person& admin, const std::string& kind,
                                               const core::json::ObjectPtr& body)
{
    const auto result =
        admin.http.post("/api/v1/admin/catalog/" + kind, core::json::stringify(body));
    if (result.status != 201)
        throw std::runtime_error(kind + " create failed: " + result.body);
    return result.json();
}

/// A plan body: active, with prices, an upgrade mode and grants (kind, ref).
inline core::json::ObjectPtr
planBody(const std::string& title, const std::map<std::string, std::int64_t>& prices,
         const std::string& upgradeMode,
         const std::vector<std::pair<std::string, std::string>>& grants)
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("status", "active");
    body->set("upgrade_payment_mode", upgradeMode);
    auto list = core::json::array();
    for (const auto& [duration, price] : prices) {
        auto item = core::json::object();
        item->set("duration", duration);
        item->set("price", price);
        list->add(item);
    }
    body->set("prices", list);
    auto grantList = core::json::array();
    for (const auto& [kind, ref] : grants) {
        auto item = core::json::object();
        item->set("kind", kind);
        item->set("ref", ref);
        grantList->add(item);
    }
    body->set("grants", grantList);
    return body;
}

/// A published product; returns {id, slug}.
inline std::pair<std::string, std::string>
createProduct(const Person& admin, const std::string& title, std::int64_t price,
              std::optional<std::int64_t> accessDays = std::nullopt,
              const std::vector<std::string>& bundleItems = {}, int affiliatePercent = 0)
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("category", "ebook");
    body->set("status", "publish");
    body->set("base_price", price);
    body->set("affiliate_percent", affiliatePercent);
    if (accessDays)
        body->set("access_days", *accessDays);
    if (!bundleItems.empty()) {
        auto list = core::json::array();
        for (const auto& id : bundleItems)
            list->add(id);
        body->set("bundle_items", list);
    }
    const auto created = createCatalogItem(admin, "products", body);
    return {created->getValue<std::string>("id"), created->getValue<std::string>("slug")};
}

/// A published product that opens `grants` (kind, ref) and sends `followups` (delay days,
/// template) after purchase; returns {id, slug}.
inline std::pair<std::string, std::string>
createLinkedProduct(const Person& admin, const std::string& title, std::int64_t price,
                    std::optional<std::int64_t> accessDays,
                    const std::vector<std::pair<std::string, std::string>>& grants,
                    const std::vector<std::pair<int, std::string>>& followups = {})
{
    auto body = core::json::object();
    body->set("title", title);
    body->set("category", "kelas");
    body->set("status", "publish");
    body->set("base_price", price);
    if (accessDays)
        body->set("access_days", *accessDays);
    auto grantList = core::json::array();
    for (const auto& [kind, ref] : grants) {
        auto item = core::json::object();
        item->set("kind", kind);
        item->set("ref", ref);
        grantList->add(item);
    }
    body->set("grants", grantList);
    auto followupList = core::json::array();
    for (const auto& [delayDays, text] : followups) {
        auto item = core::json::object();
        item->set("delay_days", delayDays);
        item->set("template", text);
        followupList->add(item);
    }
    body->set("followups", followupList);
    const auto created = createCatalogItem(admin, "products", body);
    return {created->getValue<std::string>("id"), created->getValue<std::string>("slug")};
}

inline HttpResult postJson(const Person& who, const std::string& path,
                           const core::json::ObjectPtr& body,
                           std::map<std::string, std::string> headers = {})
{
    return who.http.request("POST", path, core::json::stringify(body), std::move(headers));
}

/// Checks out any body and answers the created invoice number (throws when not 201).
inline std::string checkoutInvoice(const Person& buyer, const core::json::ObjectPtr& body)
{
    const auto result = postJson(buyer, "/api/v1/checkout", body);
    if (result.status != 201)
        throw std::runtime_error("checkout failed: " + std::to_string(result.status) + " " +
                                 result.body);
    return result.json()->getValue<std::string>("invoice_number");
}

/// Xendit reports the invoice paid with its full amount; answers the callback's result.
inline std::string payInvoice(TestServer& server, const FakeXendit& fake,
                              const std::string& invoice)
{
    const auto amount =
        server.instance()
            .db()
            .exec("SELECT amount FROM transactions WHERE invoice_number = $1", {invoice})
            .front()
            .i64("amount");
    const auto answer =
        sendCallback(server, callbackBody(gatewayId(fake, invoice), invoice, amount));
    if (answer.status != 200)
        throw std::runtime_error("callback failed: " + answer.body);
    return answer.json()->getValue<std::string>("result");
}

/// The balance of a user's wallet in one role (0 when it has none yet).
inline std::int64_t walletBalance(TestServer& server, const std::string& ownerId,
                                  const std::string& role)
{
    return count(server,
                 "SELECT COALESCE(sum(balance), 0)::bigint AS n FROM ledger_accounts "
                 "WHERE kind = 'wallet' AND owner_id = $1 AND role = $2",
                 {ownerId, role});
}

inline std::string param(const std::string& text)
{
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.')
            out += static_cast<char>(c);
        else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}

/// Whether `who` may open (kind, ref) now, as the one access function answers.
inline bool access(const Person& who, const std::string& kind, const std::string& ref)
{
    const auto answer = who.http.get("/api/v1/me/access?kind=" + kind + "&ref=" + param(ref));
    if (answer.status != 200)
        throw std::runtime_error("access: " + answer.body);
    return answer.json()->getValue<bool>("allowed");
}

/// Checks `plan` out for `duration` and has Xendit report it paid; the invoice number.
inline std::string buyPlan(TestServer& server, const FakeXendit& fake, const Person& buyer,
                           const std::string& plan, const std::string& duration)
{
    auto body = core::json::object();
    body->set("plan_slug", plan);
    body->set("duration", duration);
    const auto invoice = checkoutInvoice(buyer, body);
    if (payInvoice(server, fake, invoice) != "paid")
        throw std::runtime_error("not paid: " + invoice);
    return invoice;
}

} // namespace ey::test::commerce
