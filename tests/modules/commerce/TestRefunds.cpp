// Refunds end to end: partial and full refunds through the ledger, the affiliate's commission
// taken back, access revoked, the refusals staff meet, and no over-refund under concurrency.
// Also the checkout wiring they rest on: a coupon owner is the transaction's affiliate.
#include "CommerceTestKit.h"

#include <atomic>
#include <thread>

using namespace ey::test;
using namespace ey::test::commerce;

class TestRefunds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(nullptr, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_finance =
            std::make_unique<Person>(person(*m_server, "keuangan@eksporyuk.test", {"finance"}));
        m_affiliate =
            std::make_unique<Person>(person(*m_server, "mitra@eksporyuk.test", {"affiliate"}));
        auto plan = planBody("Paket Refund", {{"1m", 1'000'000}}, "accumulate",
                             {{"course", "kelas-refund"}});
        plan->set("commission_type", "percent");
        plan->set("commission_value", 10);
        m_plan = createCatalogItem(*m_admin, "plans", plan)->getValue<std::string>("slug");

        auto coupon = ey::core::json::object();
        coupon->set("code", "MITRA10");
        coupon->set("kind", "percent");
        coupon->set("value", 10);
        coupon->set("owner_affiliate_id", m_affiliate->id);
        createCatalogItem(*m_admin, "coupons", coupon);
    }

    void couponOwnerIsTheAffiliate()
    {
        auto buyer = fresh();
        const auto before = walletBalance(*m_server, m_affiliate->id, "affiliate");
        const auto invoice = buy(buyer, "MITRA10");
        QCOMPARE(count(*m_server, "SELECT amount AS n FROM transactions WHERE invoice_number = $1",
                       {invoice}),
                 std::int64_t{900'000});
        const auto t = m_admin->http.get("/api/v1/admin/transactions/" + invoice).json();
        QCOMPARE(t->getValue<std::string>("affiliate_id"), m_affiliate->id);
        // 10 % of what the buyer paid lands in the affiliate's wallet when it is paid.
        QCOMPARE(walletBalance(*m_server, m_affiliate->id, "affiliate") - before,
                 std::int64_t{90'000});
    }

    void partialThenFullRefund()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, "MITRA10");
        const auto walletAfterSale = walletBalance(*m_server, m_affiliate->id, "affiliate");
        QVERIFY(access(buyer, "course", "kelas-refund"));

        // A third back: still PAID, access kept, a third of the commission taken back.
        const auto first = refund(*m_finance, invoice, 300'000, "Sebagian kelas batal");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()->getValue<std::string>("status"), std::string("PAID"));
        QCOMPARE(first.json()->getValue<std::int64_t>("refunded_amount"), std::int64_t{300'000});
        QCOMPARE(walletBalance(*m_server, m_affiliate->id, "affiliate"), walletAfterSale - 30'000);
        QVERIFY(access(buyer, "course", "kelas-refund"));
        QCOMPARE(entrySum(invoice + "-R1"), std::int64_t{0});

        // The rest (no amount): REFUNDED, access revoked, the whole commission back.
        auto body = ey::core::json::object();
        body->set("reason", "Pembeli membatalkan");
        const auto rest =
            postJson(*m_finance, "/api/v1/admin/transactions/" + invoice + "/refund", body);
        QCOMPARE(rest.status, 200);
        const auto t = rest.json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("REFUNDED"));
        QCOMPARE(t->getValue<std::int64_t>("refunded_amount"), std::int64_t{900'000});
        QCOMPARE(walletBalance(*m_server, m_affiliate->id, "affiliate"), walletAfterSale - 90'000);
        QCOMPARE(entrySum(invoice + "-R2"), std::int64_t{0});
        QVERIFY(!access(buyer, "course", "kelas-refund"));
        QCOMPARE(buyer.http.get("/api/v1/me/membership").json()->getValue<bool>("active"), false);
        // History, audit, the buyer told (payment + two refunds).
        const auto history = t->getArray("history");
        QCOMPARE(history->getObject(static_cast<unsigned>(history->size() - 1))
                     ->getValue<std::string>("to"),
                 std::string("REFUNDED"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM activity_log WHERE action = "
                       "'transaction.refund' AND actor_id = $1 AND entity_id = "
                       "(SELECT id::text FROM transactions WHERE invoice_number = $2)",
                       {m_finance->id, invoice}),
                 std::int64_t{2});
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM notifications WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{3});

        // Nothing is left to refund.
        QCOMPARE(refund(*m_finance, invoice, 1, "lagi").status, 409);
    }

    void refundCanKeepAccess()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, {});
        auto body = ey::core::json::object();
        body->set("reason", "Kompensasi keterlambatan");
        body->set("revoke_access", false);
        QCOMPARE(postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", body)
                     .json()
                     ->getValue<std::string>("status"),
                 std::string("REFUNDED"));
        QVERIFY(access(buyer, "course", "kelas-refund"));
    }

    void refusals()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, {});
        // More than was paid: 422 naming what can still be refunded.
        const auto tooMuch = refund(*m_admin, invoice, 1'000'001, "terlalu banyak");
        QCOMPARE(tooMuch.status, 422);
        QVERIFY(tooMuch.json()->getObject("errors")->getValue<std::string>("amount").find(
                    "1.000.000") != std::string::npos);
        // A reason is required; the amount is a positive whole number.
        auto noReason = ey::core::json::object();
        noReason->set("amount", 1000);
        const auto missing =
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", noReason);
        QCOMPARE(missing.status, 422);
        QVERIFY(missing.json()->getObject("errors")->has("reason"));
        QCOMPARE(refund(*m_admin, invoice, 0, "nol").status, 422);
        // Only staff with sales.manage.
        QCOMPARE(refund(buyer, invoice, 1000, "saya sendiri").status, 403);
        QCOMPARE(refund(*m_affiliate, invoice, 1000, "mitra").status, 403);
        // Not PAID: 409; unknown: 404.
        auto pendingBody = ey::core::json::object();
        pendingBody->set("plan_slug", m_plan);
        pendingBody->set("duration", "1m");
        const auto pending = checkoutInvoice(buyer, pendingBody);
        QCOMPARE(refund(*m_admin, pending, 1000, "belum bayar").status, 409);
        QCOMPARE(refund(*m_admin, "INV999999", 1000, "tidak ada").status, 404);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM transaction_refunds r JOIN transactions t ON "
                       "t.id = r.transaction_id WHERE t.invoice_number = $1",
                       {invoice}),
                 std::int64_t{0});
    }

    void retriedRefundActsOnce()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, {});
        auto body = ey::core::json::object();
        body->set("amount", 100'000);
        body->set("reason", "Retry jaringan");
        const std::map<std::string, std::string> key{{"Idempotency-Key", "refund-" + invoice}};
        const auto first =
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", body, key);
        const auto second =
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", body, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.header("idempotent-replayed"), std::string("true"));
        QCOMPARE(count(*m_server,
                       "SELECT refunded_amount AS n FROM transactions WHERE invoice_number = $1",
                       {invoice}),
                 std::int64_t{100'000});
    }

    void concurrentRefundsNeverExceedThePayment()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, {});
        std::atomic<int> ok{0};
        std::atomic<int> refused{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 8; ++i)
            threads.emplace_back([&] {
                const auto answer = refund(*m_admin, invoice, 300'000, "bersamaan");
                if (answer.status == 200)
                    ++ok;
                else if (answer.status == 422)
                    ++refused;
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(ok.load(), 3);
        QCOMPARE(refused.load(), 5);
        QCOMPARE(count(*m_server,
                       "SELECT sum(r.amount)::bigint AS n FROM transaction_refunds r JOIN "
                       "transactions t ON t.id = r.transaction_id WHERE t.invoice_number = $1",
                       {invoice}),
                 std::int64_t{900'000});
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM journal_entries WHERE kind = 'refund' AND "
                       "reference LIKE $1",
                       {invoice + "-R%"}),
                 std::int64_t{3});
    }

private:
    Person fresh()
    {
        return person(*m_server, "refund-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    std::string buy(const Person& buyer, const std::optional<std::string>& coupon)
    {
        auto body = ey::core::json::object();
        body->set("plan_slug", m_plan);
        body->set("duration", "1m");
        if (coupon)
            body->set("coupon_code", *coupon);
        const auto invoice = checkoutInvoice(buyer, body);
        if (payInvoice(*m_server, *m_fake, invoice) != "paid")
            throw std::runtime_error("not paid: " + invoice);
        return invoice;
    }

    HttpResult refund(const Person& who, const std::string& invoice, std::int64_t amount,
                      const std::string& reason)
    {
        auto body = ey::core::json::object();
        body->set("amount", amount);
        body->set("reason", reason);
        return postJson(who, "/api/v1/admin/transactions/" + invoice + "/refund", body);
    }

    std::int64_t entrySum(const std::string& reference)
    {
        // -1 when there is not exactly one refund entry of that name.
        if (count(*m_server,
                  "SELECT count(*) AS n FROM journal_entries WHERE kind = 'refund' AND "
                  "reference = $1",
                  {reference}) != 1)
            return -1;
        return count(*m_server,
                     "SELECT COALESCE(sum(p.amount), 0)::bigint AS n FROM ledger_postings p "
                     "JOIN journal_entries e ON e.id = p.entry_id WHERE e.reference = $1",
                     {reference});
    }

    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_finance;
    std::unique_ptr<Person> m_affiliate;
    std::string m_plan;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestRefunds)
#include "TestRefunds.moc"
