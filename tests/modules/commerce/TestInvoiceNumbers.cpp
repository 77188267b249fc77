// Invoice numbers: INV001, INV002, ... with no gap and no repeat under concurrent checkouts.
#include "CommerceTestKit.h"

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace ey::test;
using namespace ey::test::commerce;

class TestInvoiceNumbers : public QObject
{
    Q_OBJECT

private slots:
    void concurrentCheckoutsNumberWithoutGaps_data()
    {
        QTest::addColumn<int>("checkouts");
        QTest::newRow("one") << 1;
        QTest::newRow("fifty") << 50;
    }

    void concurrentCheckoutsNumberWithoutGaps()
    {
        QFETCH(int, checkouts);
        FakeXendit fake(kSecretKey);
        TestServer server(nullptr, xenditConfig(fake));
        auto admin = person(server, "admin@eksporyuk.test", {"admin"});
        const auto plan = createPlan(admin, "Paket Ekspor Pro", {{"1m", 150'000}});
        std::vector<Person> buyers;
        for (int i = 0; i < 5; ++i)
            buyers.push_back(
                person(server, "buyer" + std::to_string(i) + "@eksporyuk.test", {"member_free"}));

        std::mutex mutex;
        std::vector<std::string> numbers;
        std::vector<int> statuses;
        std::vector<std::thread> threads;
        for (int i = 0; i < checkouts; ++i)
            threads.emplace_back([&, i] {
                const auto answer =
                    checkoutPlan(buyers[static_cast<std::size_t>(i) % buyers.size()], plan, "1m");
                std::lock_guard lock(mutex);
                statuses.push_back(answer.status);
                if (answer.status == 201)
                    numbers.push_back(answer.json()->getValue<std::string>("invoice_number"));
            });
        for (auto& thread : threads)
            thread.join();

        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201),
                 static_cast<std::ptrdiff_t>(checkouts));
        std::sort(numbers.begin(), numbers.end());
        std::vector<std::string> expected;
        for (int i = 1; i <= checkouts; ++i) {
            char text[16];
            std::snprintf(text, sizeof text, "INV%03d", i);
            expected.emplace_back(text);
        }
        QCOMPARE(numbers, expected);
        // Each number reached Xendit once, as its external_id.
        QCOMPARE(fake.invoices().size(), static_cast<std::size_t>(checkouts));
    }

    void refusedCheckoutGivesItsNumberBack()
    {
        FakeXendit fake(kSecretKey);
        TestServer server(nullptr, xenditConfig(fake));
        auto admin = person(server, "admin@eksporyuk.test", {"admin"});
        const auto plan = createPlan(admin, "Paket Ekspor Pro", {{"1m", 150'000}});
        auto buyer = person(server, "budi@eksporyuk.test", {"member_free"});
        QCOMPARE(checkoutPlan(buyer, plan, "1m").json()->getValue<std::string>("invoice_number"),
                 std::string("INV001"));
        // A refused checkout (unknown duration) takes no number.
        QCOMPARE(checkoutPlan(buyer, plan, "12m").status, 422);
        QCOMPARE(checkoutPlan(buyer, plan, "1m").json()->getValue<std::string>("invoice_number"),
                 std::string("INV002"));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceNumbers)
#include "TestInvoiceNumbers.moc"
