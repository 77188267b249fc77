// The same Xendit callback delivered many times, in parallel, acts exactly once.
#include "CommerceTestKit.h"

#include <atomic>
#include <thread>

using namespace ey::test;
using namespace ey::test::commerce;

class TestWebhookIdempotency : public QObject
{
    Q_OBJECT

private slots:
    void parallelDuplicatesActOnce_data()
    {
        QTest::addColumn<int>("deliveries");
        QTest::newRow("twice") << 2;
        QTest::newRow("twenty") << 20;
    }

    void parallelDuplicatesActOnce()
    {
        QFETCH(int, deliveries);
        FakeXendit fake(kSecretKey);
        TestServer server(nullptr, xenditConfig(fake));
        auto admin = person(server, "admin@eksporyuk.test", {"admin"});
        const auto plan = createPlan(admin, "Paket Ekspor Pro", {{"12m", 1'200'000}});
        auto buyer = person(server, "budi@eksporyuk.test", {"member_free"});
        const auto invoice =
            checkoutPlan(buyer, plan, "12m").json()->getValue<std::string>("invoice_number");
        const auto body = callbackBody(gatewayId(fake, invoice), invoice, 1'200'000);

        std::atomic<int> ok{0};
        std::atomic<int> paid{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < deliveries; ++i)
            threads.emplace_back([&] {
                const auto answer = sendCallback(server, body);
                if (answer.status == 200)
                    ++ok;
                if (answer.status == 200 &&
                    answer.json()->getValue<std::string>("result") == "paid")
                    ++paid;
            });
        for (auto& thread : threads)
            thread.join();

        // Xendit sees success every time, so it stops retrying; only one delivery acted.
        QCOMPARE(ok.load(), deliveries);
        QCOMPARE(paid.load(), 1);
        QCOMPARE(
            count(server,
                  "SELECT count(*) AS n FROM transaction_status_history h JOIN transactions t "
                  "ON t.id = h.transaction_id WHERE t.invoice_number = $1 AND h.to_status = 'PAID'",
                  {invoice}),
            std::int64_t{1});
        QCOMPARE(
            count(server, "SELECT count(*) AS n FROM memberships WHERE user_id = $1", {buyer.id}),
            std::int64_t{1});
        QCOMPARE(
            count(
                server,
                "SELECT count(*) AS n FROM journal_entries WHERE kind = 'sale' AND reference = $1",
                {invoice}),
            std::int64_t{1});
        QCOMPARE(
            count(server, "SELECT count(*) AS n FROM notifications WHERE user_id = $1", {buyer.id}),
            std::int64_t{1});
        QCOMPARE(count(server, "SELECT count(*) AS n FROM payment_events", {}), std::int64_t{1});

        // A later redelivery (Xendit's retry schedule) is still a no-op.
        const auto late = sendCallback(server, body);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.json()->getValue<bool>("duplicate"), true);
        QCOMPARE(count(server, "SELECT count(*) AS n FROM journal_entries WHERE reference = $1",
                       {invoice}),
                 std::int64_t{1});
    }
};

QTEST_GUILESS_MAIN(TestWebhookIdempotency)
#include "TestWebhookIdempotency.moc"
