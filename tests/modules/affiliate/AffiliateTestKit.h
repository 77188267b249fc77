// Shared steps of the affiliate suites: affiliates with codes, agents, products with agent prices,
// and paid transactions to credit (inserted as rows: their checkout is the commerce suites' job).
#pragma once

#include "../catalog/CatalogTestKit.h"

#include "AffiliateService.h"

#include <atomic>
#include <string>

namespace ey::test::affiliate {

using catalog::Person;

/// An affiliate who has set `code` through the API.
inline Person newAffiliate(TestServer& server, const std::string& email, const std::string& code)
{
    auto p = catalog::person(server, email, {"affiliate"});
    auto body = core::json::object();
    body->set("code", code);
    const auto result = catalog::put(p, "/api/v1/me/affiliate", body);
    if (result.status != 201)
        throw std::runtime_error("setting the code failed: " + result.body);
    return p;
}

/// Suspends or reinstates an affiliate through the admin API.
inline HttpResult setStatus(const Person& admin, const std::string& userId,
                            const std::string& status)
{
    auto body = core::json::object();
    body->set("status", status);
    return admin.http.request("PATCH", "/api/v1/admin/affiliates/" + userId, catalog::text(body));
}

/// Assigns (or clears, with an empty id) an agent's referring affiliate.
inline HttpResult assignAgent(const Person& admin, const std::string& agentId,
                              const std::string& referredBy)
{
    auto body = core::json::object();
    if (referredBy.empty())
        body->set("referred_by", Poco::Dynamic::Var());
    else
        body->set("referred_by", referredBy);
    return catalog::put(admin, "/api/v1/admin/agents/" + agentId, body);
}

/// A PAID transaction row of `buyerId` (the conversion's foreign key needs one).
inline std::string paidTransaction(TestServer& server, const std::string& buyerId,
                                   std::int64_t amount)
{
    static std::atomic<int> next{900};
    const auto invoice = "INV" + std::to_string(++next);
    return server.instance()
        .db()
        .exec("INSERT INTO transactions (invoice_number, buyer_id, status, amount, created_at,"
              " paid_at) VALUES ($1, $2::uuid, 'PAID', $3, now(), now()) RETURNING id::text AS id",
              {invoice, buyerId, amount})
        .front()
        .str("id");
}

inline void recordConversion(TestServer& server, const std::string& transactionId,
                             const std::string& affiliateId, std::int64_t gross,
                             std::int64_t commission)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        server.instance().affiliates().recordConversion(
            tx, {transactionId, affiliateId, gross, commission});
    });
}

inline void reverseConversion(TestServer& server, const std::string& transactionId,
                              std::int64_t amount)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        server.instance().affiliates().reverseConversion(tx, transactionId, amount);
    });
}

} // namespace ey::test::affiliate
