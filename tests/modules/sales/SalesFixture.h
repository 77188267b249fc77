// The sales suites' common world: a server on a fixed clock, an admin, a member, an affiliate,
// one sale through the real checkout and callback, and five inserted around Jakarta midnight.
#pragma once

#include "SalesTestKit.h"

#include <memory>

namespace ey::test::sales {

/// 2026-11-22 09:00 WIB: "today" for every sales suite.
inline constexpr std::int64_t kNowMs = 1'795'312'800'000; // 2026-11-22T02:00:00Z

struct SalesWorld
{
    ManualClock clock;
    std::unique_ptr<commerce::FakeXendit> xendit;
    std::unique_ptr<TestServer> server;
    std::unique_ptr<commerce::Person> admin;
    std::unique_ptr<commerce::Person> member;
    std::string budi, siti, rina, dinda;
    std::string proPlanId, basicPlanId, ebookId;
    std::string checkoutInvoice; ///< INV001, paid through the real flow at kNowMs

    SalesWorld()
    {
        clock.advanceMs(kNowMs - clock.nowMs());
        xendit = std::make_unique<commerce::FakeXendit>(commerce::kSecretKey);
        server = std::make_unique<TestServer>(&clock, commerce::xenditConfig(*xendit));
        auto& instance = server->instance();
        admin = std::make_unique<commerce::Person>(
            commerce::person(*server, "admin@eksporyuk.test", {"admin"}));
        member = std::make_unique<commerce::Person>(
            commerce::person(*server, "member@eksporyuk.test", {"member_free"}));
        budi = createUser(instance, "budi@gmail.test", {"member_free"}, "Budi Santoso");
        siti = createUser(instance, "siti@yahoo.test", {"member_premium"}, "Siti Aminah");
        rina = createUser(instance, "rina.w@ekspor.test", {"member_free"}, "Rina Wijaya");
        dinda = createUser(instance, "dinda@affiliate.test", {"affiliate"}, "Dinda Lestari");
        auto& db = instance.db();
        db.exec("UPDATE users SET whatsapp = '+6281234567890' WHERE id = $1::uuid", {budi});

        const auto proSlug =
            commerce::createPlan(*admin, "Paket Ekspor Pro", {{"1m", 150'000}, {"12m", 1'200'000}});
        const auto basicSlug = commerce::createPlan(*admin, "Paket Ekspor Dasar", {{"1m", 99'000}});
        proPlanId = planId(proSlug);
        basicPlanId = planId(basicSlug);
        ebookId = db.exec("INSERT INTO products (title, slug, category, base_price, created_at,"
                          " updated_at) VALUES ('Ebook Ekspor 101', 'ebook-ekspor-101', 'ebook',"
                          " 99000, now(), now()) RETURNING id")
                      .front()
                      .str("id");

        // The real path: checkout, Xendit's PAID callback.
        commerce::Person buyer{
            createUser(instance, "andi@eksporyuk.test", {"member_free"}, "Andi Pratama"),
            "andi@eksporyuk.test", HttpClient(server->baseUrl())};
        buyer.http.login(buyer.email, kTestPassword);
        checkoutInvoice = commerce::checkoutPlan(buyer, basicSlug, "1m")
                              .json()
                              ->getValue<std::string>("invoice_number");
        commerce::sendCallback(*server,
                               commerce::callbackBody(commerce::gatewayId(*xendit, checkoutInvoice),
                                                      checkoutInvoice, 99'000));

        // 23:59 on 20 Nov and 00:01 on 21 Nov in Jakarta: one minute apart, two different days.
        insertSale(db, {"INV900001", budi, "PAID", 150'000, "2026-11-20T16:59:00Z", "plan",
                        proPlanId, "Paket Ekspor Pro", std::string("1m"), dinda, 15'000, 3, 5});
        insertSale(db, {"INV900002", siti, "PAID", 1'200'000, "2026-11-20T17:01:00Z", "plan",
                        proPlanId, "Paket Ekspor Pro", std::string("12m"), std::nullopt, 0, 0, 0});
        insertSale(db, {"INV900003", budi, "PENDING", 89'000, "2026-11-21T03:00:00Z", "product",
                        ebookId, "Ebook Ekspor 101", std::nullopt, dinda, 0, 0, 0});
        insertSale(db, {"INV900004", rina, "EXPIRED", 250'000, "2026-11-19T05:00:00Z", "product",
                        ebookId, "Ebook Ekspor 101", std::nullopt, std::nullopt, 0, 0, 0});
        insertSale(db,
                   {"INV900005", siti, "REFUNDED", 500'000, "2026-11-10T02:00:00Z", "plan",
                    basicPlanId, "Paket Ekspor Dasar", std::string("1m"), std::nullopt, 0, 0, 0});
    }

    std::string planId(const std::string& slug)
    {
        return server->instance()
            .db()
            .exec("SELECT id FROM membership_plans WHERE slug = $1", {slug})
            .front()
            .str("id");
    }
};

} // namespace ey::test::sales
