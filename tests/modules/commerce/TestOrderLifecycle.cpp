// The ends of an order's life: nothing to pay activates at once, an unpaid manual transfer
// expires, a seat comes back when an order does not go through, and a refunded renewal takes
// back the time it added.
#include "CommerceTestKit.h"

#include "CommerceService.h"

using namespace ey::test;
using namespace ey::test::commerce;

namespace {

constexpr std::int64_t kHourMs = 3600LL * 1000;
constexpr std::int64_t kDayMs = 24 * kHourMs;
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(64, '\x01');

std::map<std::string, std::string> lifecycleConfig(const FakeXendit& fake)
{
    auto values = xenditConfig(fake);
    values["payments.manual_bank_name"] = "BCA";
    values["payments.manual_account_number"] = "1234567890";
    values["payments.manual_account_holder"] = "PT Ekspor Yuk Indonesia";
    values["payments.manual_pay_hours"] = "24";
    // The test drives the sweep itself, at the times it chooses.
    values["commerce.sweep_seconds"] = "3600";
    return values;
}

} // namespace

class TestOrderLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(&m_clock, lifecycleConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_pro = createCatalogItem(*m_admin, "plans",
                                  planBody("Paket Pro", {{"12m", 1'200'000}}, "accumulate",
                                           {{"group", "grup-pro"}}))
                    ->getValue<std::string>("slug");
        m_monthly = createCatalogItem(*m_admin, "plans",
                                      planBody("Paket Bulanan", {{"1m", 100'000}}, "accumulate",
                                               {{"group", "grup-bulanan"}}))
                        ->getValue<std::string>("slug");
        m_cheap = createCatalogItem(*m_admin, "plans",
                                    planBody("Paket Hemat", {{"1m", 100'000}}, "accumulate",
                                             {{"group", "grup-hemat"}}))
                      ->getValue<std::string>("slug");
    }

    void upgradeCoveredByCreditActivatesAtOnce()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "12m");
        const auto ledgerEntries = entries();
        auto body = ey::core::json::object();
        body->set("plan_slug", m_cheap);
        body->set("duration", "1m");
        const auto answer = postJson(buyer, "/api/v1/checkout", body);
        QCOMPARE(answer.status, 201);
        const auto t = answer.json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("PAID"));
        QCOMPARE(t->getValue<std::string>("gateway"), std::string("free"));
        QCOMPARE(t->getValue<std::int64_t>("amount"), std::int64_t{0});
        QVERIFY(t->isNull("payment_url"));
        // Nobody was asked for money and no money moved.
        QCOMPARE(entries(), ledgerEntries);
        QVERIFY(access(buyer, "group", "grup-hemat"));
        QVERIFY(!access(buyer, "group", "grup-pro"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM membership_upgrade_logs WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{1});
        const auto mine = buyer.http.get("/api/v1/notifications").body;
        QVERIFY(mine.find("tidak perlu dibayar") != std::string::npos);
    }

    void freeProductNeedsNoGateway()
    {
        auto product = ey::core::json::object();
        product->set("title", "Ebook Gratis Ekspor");
        product->set("category", "ebook");
        product->set("status", "publish");
        product->set("pricing_type", "free");
        product->set("base_price", 0);
        const auto created = createCatalogItem(*m_admin, "products", product);
        auto buyer = fresh();
        const auto invoicesBefore = m_fake->invoices().size();
        auto body = ey::core::json::object();
        body->set("product_slug", created->getValue<std::string>("slug"));
        const auto answer = postJson(buyer, "/api/v1/checkout", body);
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.json()->getValue<std::string>("status"), std::string("PAID"));
        QCOMPARE(m_fake->invoices().size(), invoicesBefore);
        QVERIFY(access(buyer, "product", created->getValue<std::string>("id")));
    }

    void unpaidManualTransferExpires()
    {
        auto buyer = fresh();
        const auto [productId, slug] = webinar("Webinar Ekspor Kopi", 2);
        const auto pending = manualCheckout(buyer, slug);
        QCOMPARE(pending->getValue<std::string>("status"), std::string("PENDING"));
        QVERIFY(!pending->isNull("pay_before"));
        QCOMPARE(seats(productId), std::int64_t{1});

        auto& commerce = m_server->instance().commerce();
        const auto never = [] { return false; };
        m_clock.advanceMs(23 * kHourMs);
        QCOMPARE(commerce.expireOverdueManualTransfers(never), 0);
        m_clock.advanceMs(2 * kHourMs);
        QCOMPARE(commerce.expireOverdueManualTransfers(never), 1);
        QCOMPARE(commerce.expireOverdueManualTransfers(never), 0); // once only

        const auto invoice = pending->getValue<std::string>("invoice_number");
        buyer.http.login(buyer.email, kTestPassword);
        const auto after = buyer.http.get("/api/v1/me/transactions/" + invoice).json();
        QCOMPARE(after->getValue<std::string>("status"), std::string("EXPIRED"));
        QCOMPARE(seats(productId), std::int64_t{2});
        QVERIFY(buyer.http.get("/api/v1/notifications").body.find("kedaluwarsa") !=
                std::string::npos);
        // Too late for a proof now.
        QCOMPARE(buyer.http
                     .request("POST", "/api/v1/me/transactions/" + invoice + "/proof", kPng,
                              {{"Content-Type", "image/png"}})
                     .status,
                 409);
    }

    void proofUploadedInTimeWaitsForFinance()
    {
        auto buyer = fresh();
        const auto [productId, slug] = webinar("Webinar Ekspor Rempah", 1);
        const auto pending = manualCheckout(buyer, slug);
        const auto invoice = pending->getValue<std::string>("invoice_number");
        QCOMPARE(buyer.http
                     .request("POST", "/api/v1/me/transactions/" + invoice + "/proof", kPng,
                              {{"Content-Type", "image/png"}})
                     .status,
                 200);
        m_clock.advanceMs(3 * kDayMs);
        QCOMPARE(m_server->instance().commerce().expireOverdueManualTransfers([] { return false; }),
                 0);
        m_admin->http.login(m_admin->email, kTestPassword);
        QCOMPARE(m_admin->http.post("/api/v1/admin/transactions/" + invoice + "/confirm", "{}")
                     .status,
                 200);
        QCOMPARE(seats(productId), std::int64_t{0});
    }

    void rejectedTransferGivesTheSeatBack()
    {
        auto buyer = fresh();
        const auto [productId, slug] = webinar("Webinar Ekspor Teh", 1);
        const auto invoice = manualCheckout(buyer, slug)->getValue<std::string>("invoice_number");
        QCOMPARE(seats(productId), std::int64_t{0});
        // The last seat is held: nobody else can take it meanwhile.
        auto other = fresh();
        auto body = ey::core::json::object();
        body->set("product_slug", slug);
        body->set("payment_method", "manual");
        QCOMPARE(postJson(other, "/api/v1/checkout", body).status, 409);

        m_admin->http.login(m_admin->email, kTestPassword);
        auto reason = ey::core::json::object();
        reason->set("reason", "Nominal transfer tidak sesuai");
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/reject", reason).status,
            200);
        QCOMPARE(seats(productId), std::int64_t{1});
        QCOMPARE(postJson(other, "/api/v1/checkout", body).status, 201);
    }

    void expiredXenditInvoiceGivesTheSeatBack()
    {
        auto buyer = fresh();
        const auto [productId, slug] = webinar("Webinar Ekspor Kakao", 1);
        auto body = ey::core::json::object();
        body->set("product_slug", slug);
        const auto invoice = checkoutInvoice(buyer, body);
        QCOMPARE(seats(productId), std::int64_t{0});
        const auto expired =
            callbackBody(gatewayId(*m_fake, invoice), invoice, 150'000, "EXPIRED");
        QCOMPARE(sendCallback(*m_server, expired).status, 200);
        QCOMPARE(seats(productId), std::int64_t{1});
        // The same callback again gives nothing back twice.
        QCOMPARE(sendCallback(*m_server, expired).status, 200);
        QCOMPARE(seats(productId), std::int64_t{1});
    }

    void refundedRenewalTakesBackItsTime()
    {
        auto buyer = fresh();
        buy(buyer, m_monthly, "1m");
        const auto firstEnd = membershipEnd(buyer);
        const auto renewal = buy(buyer, m_monthly, "1m");
        const auto renewedEnd = membershipEnd(buyer);
        QVERIFY(renewedEnd > firstEnd + 27 * kDayMs);

        m_admin->http.login(m_admin->email, kTestPassword);
        auto body = ey::core::json::object();
        body->set("reason", "Perpanjangan dobel");
        body->set("revoke_access", true);
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + renewal + "/refund", body).status,
            200);
        QCOMPARE(membershipEnd(buyer), firstEnd);
        // The first month still stands.
        QVERIFY(access(buyer, "group", "grup-bulanan"));
        // Refunding it again changes nothing more.
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + renewal + "/refund", body).status,
            409);
        QCOMPARE(membershipEnd(buyer), firstEnd);
    }

    void refundedRenewalOfALapsedMembershipLocksAgain()
    {
        auto buyer = fresh();
        buy(buyer, m_cheap, "1m");
        m_clock.advanceMs(40 * kDayMs); // the month ran out
        buyer.http.login(buyer.email, kTestPassword);
        QVERIFY(!access(buyer, "group", "grup-hemat"));
        const auto renewal = buy(buyer, m_cheap, "1m");
        QVERIFY(access(buyer, "group", "grup-hemat"));

        m_admin->http.login(m_admin->email, kTestPassword);
        auto body = ey::core::json::object();
        body->set("reason", "Salah beli");
        body->set("revoke_access", true);
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + renewal + "/refund", body).status,
            200);
        QVERIFY(!access(buyer, "group", "grup-hemat"));
    }

private:
    Person fresh()
    {
        return person(*m_server, "order-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    std::string buy(const Person& buyer, const std::string& plan, const std::string& duration)
    {
        return buyPlan(*m_server, *m_fake, buyer, plan, duration);
    }

    /// A published webinar with `seats` seats at Rp 150.000; {id, slug}.
    std::pair<std::string, std::string> webinar(const std::string& title, int seats)
    {
        auto body = ey::core::json::object();
        body->set("title", title);
        body->set("category", "webinar");
        body->set("status", "publish");
        body->set("base_price", 150'000);
        body->set("stock", seats);
        const auto created = createCatalogItem(*m_admin, "products", body);
        return {created->getValue<std::string>("id"), created->getValue<std::string>("slug")};
    }

    ey::core::json::ObjectPtr manualCheckout(const Person& buyer, const std::string& productSlug)
    {
        auto body = ey::core::json::object();
        body->set("product_slug", productSlug);
        body->set("payment_method", "manual");
        const auto answer = postJson(buyer, "/api/v1/checkout", body);
        if (answer.status != 201)
            throw std::runtime_error("manual checkout failed: " + answer.body);
        return answer.json();
    }

    std::int64_t seats(const std::string& productId)
    {
        return count(*m_server, "SELECT stock::bigint AS n FROM products WHERE id = $1",
                     {productId});
    }

    std::int64_t entries()
    {
        return count(*m_server, "SELECT count(*) AS n FROM journal_entries", {});
    }

    /// The active membership's end, in milliseconds since the epoch.
    std::int64_t membershipEnd(const Person& buyer)
    {
        return count(*m_server,
                     "SELECT (extract(epoch FROM ends_at) * 1000)::bigint AS n FROM memberships "
                     "WHERE user_id = $1 AND status = 'active'",
                     {buyer.id});
    }

    ManualClock m_clock;
    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::string m_pro;
    std::string m_monthly;
    std::string m_cheap;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestOrderLifecycle)
#include "TestOrderLifecycle.moc"
