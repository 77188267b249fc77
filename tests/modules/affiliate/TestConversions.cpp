// Conversions: recorded once per transaction, reversed partly then fully on refunds, and the
// affiliate's summary (clicks, conversions, net commission, rate, Jakarta days) built from them.
#include "AffiliateTestKit.h"

#include <QTest>

#include <memory>
#include <thread>
#include <vector>

using namespace ey::test;
using namespace ey::test::affiliate;
namespace json = ey::core::json;

namespace {
constexpr qint64 kMar8Noon = 1773118800000 - 2 * 86'400'000; // 2026-03-08 12:00 WIB
constexpr qint64 kMar9Evening = 1773050400000;               // 2026-03-09 17:00 WIB
constexpr qint64 kMar9LateNight = 1773073800000;             // 2026-03-09 23:30 WIB
constexpr qint64 kMar10AfterMidnight = 1773081000000;        // 2026-03-10 01:30 WIB (still 9th UTC)
constexpr qint64 kMar10Noon = 1773118800000;                 // 2026-03-10 12:00 WIB
} // namespace

class TestConversions : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_dinda;
    std::unique_ptr<Person> m_rudi;
    std::string m_buyer;

    void at(qint64 unixMs) { m_clock.advanceMs(unixMs - m_clock.nowMs()); }

    void click(const std::string& code)
    {
        HttpClient anonymous(m_server->baseUrl());
        auto body = json::object();
        body->set("code", code);
        body->set("path", "/membership/ekspor-pemula");
        const auto result = anonymous.post("/api/v1/affiliate/clicks", catalog::text(body));
        QCOMPARE(result.status, 200);
        QVERIFY(result.json()->getValue<bool>("valid"));
    }

    struct Row
    {
        std::int64_t commission;
        std::int64_t reversed;
        std::string status;
    };
    std::optional<Row> conversionOf(const std::string& transactionId)
    {
        const auto rows = m_server->instance().db().exec(
            "SELECT commission, reversed, status FROM affiliate_conversions"
            " WHERE transaction_id = $1::uuid",
            {transactionId});
        if (rows.empty())
            return std::nullopt;
        return Row{rows.front().i64("commission"), rows.front().i64("reversed"),
                   rows.front().str("status")};
    }

private slots:
    void initTestCase()
    {
        at(kMar8Noon);
        m_server = std::make_unique<TestServer>(&m_clock);
        m_dinda =
            std::make_unique<Person>(newAffiliate(*m_server, "dinda@eksporyuk.test", "DINDA"));
        m_rudi = std::make_unique<Person>(newAffiliate(*m_server, "rudi@eksporyuk.test", "RUDI"));
        m_buyer = createUser(m_server->instance(), "buyer@eksporyuk.test", {"member_free"});
    }

    void recordingTwiceKeepsTheFirst()
    {
        const auto tx = paidTransaction(*m_server, m_buyer, 1'000'000);
        recordConversion(*m_server, tx, m_rudi->id, 1'000'000, 300'000);
        recordConversion(*m_server, tx, m_rudi->id, 1'000'000, 300'000);
        recordConversion(*m_server, tx, m_dinda->id, 2'000'000, 999'000); // a late, different call
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM affiliate_conversions WHERE transaction_id "
                           "= $1::uuid",
                           {tx})
                     .front()
                     .i64("n"),
                 std::int64_t(1));
        QCOMPARE(conversionOf(tx)->commission, std::int64_t(300'000));
    }

    void partialThenFullReversal_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<qint64>("reversedAfterFirst");
        QTest::addColumn<QString>("statusAfterFirst");
        QTest::addColumn<qint64>("reversedAfterSecond");
        QTest::addColumn<QString>("statusAfterSecond");

        QTest::newRow("30% then the rest") << qint64(30'000) << qint64(70'000) << qint64(30'000)
                                           << "partially_reversed" << qint64(100'000) << "reversed";
        QTest::newRow("two partial refunds")
            << qint64(10'000) << qint64(20'000) << qint64(10'000) << "partially_reversed"
            << qint64(30'000) << "partially_reversed";
        QTest::newRow("more than the commission is capped")
            << qint64(60'000) << qint64(60'000) << qint64(60'000) << "partially_reversed"
            << qint64(100'000) << "reversed";
        QTest::newRow("a refund that took no commission")
            << qint64(0) << qint64(0) << qint64(0) << "recorded" << qint64(0) << "recorded";
        QTest::newRow("full refund at once") << qint64(100'000) << qint64(5'000) << qint64(100'000)
                                             << "reversed" << qint64(100'000) << "reversed";
    }

    void partialThenFullReversal()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(qint64, reversedAfterFirst);
        QFETCH(QString, statusAfterFirst);
        QFETCH(qint64, reversedAfterSecond);
        QFETCH(QString, statusAfterSecond);

        const auto tx = paidTransaction(*m_server, m_buyer, 500'000);
        recordConversion(*m_server, tx, m_rudi->id, 500'000, 100'000);
        QCOMPARE(conversionOf(tx)->status, std::string("recorded"));

        reverseConversion(*m_server, tx, first);
        QCOMPARE(conversionOf(tx)->reversed, reversedAfterFirst);
        QCOMPARE(conversionOf(tx)->status, statusAfterFirst.toStdString());
        reverseConversion(*m_server, tx, second);
        QCOMPARE(conversionOf(tx)->reversed, reversedAfterSecond);
        QCOMPARE(conversionOf(tx)->status, statusAfterSecond.toStdString());
        QCOMPARE(conversionOf(tx)->commission, std::int64_t(100'000));
    }

    void concurrentCallsStayConsistent()
    {
        // The same success callback and several refunds racing: one conversion, and the
        // reversals add up without ever passing the commission.
        const auto tx = paidTransaction(*m_server, m_buyer, 800'000);
        std::vector<std::thread> workers;
        for (int i = 0; i < 6; ++i)
            workers.emplace_back(
                [&] { recordConversion(*m_server, tx, m_rudi->id, 800'000, 100'000); });
        for (auto& worker : workers)
            worker.join();
        workers.clear();
        for (int i = 0; i < 6; ++i)
            workers.emplace_back([&] { reverseConversion(*m_server, tx, 30'000); });
        for (auto& worker : workers)
            worker.join();
        QCOMPARE(m_server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM affiliate_conversions WHERE transaction_id "
                           "= $1::uuid",
                           {tx})
                     .front()
                     .i64("n"),
                 std::int64_t(1));
        QCOMPARE(conversionOf(tx)->reversed, std::int64_t(100'000));
        QCOMPARE(conversionOf(tx)->status, std::string("reversed"));
    }

    void reversingWithoutConversionIsNoOp()
    {
        const auto tx = paidTransaction(*m_server, m_buyer, 100'000);
        reverseConversion(*m_server, tx, 10'000);
        QVERIFY(!conversionOf(tx));
    }

    void summaryNumbers()
    {
        // 8 March: one click (outside the asked range).
        at(kMar8Noon);
        click("dinda");
        // 9 March (WIB): two clicks and a sale later refunded in full.
        at(kMar9Evening);
        click("DINDA");
        const auto refunded = paidTransaction(*m_server, m_buyer, 400'000);
        recordConversion(*m_server, refunded, m_dinda->id, 400'000, 40'000);
        reverseConversion(*m_server, refunded, 40'000);
        at(kMar9LateNight);
        click("Dinda");
        click("RUDI"); // someone else's click never shows in Dinda's figures
        // 10 March (WIB) 01:30 is still 9 March in UTC: it belongs to the 10th.
        at(kMar10AfterMidnight);
        click("dinda");
        click("dinda"); // the same address again within 30 minutes: valid, but not counted
        const auto first = paidTransaction(*m_server, m_buyer, 1'000'000);
        recordConversion(*m_server, first, m_dinda->id, 1'000'000, 100'000);
        at(kMar10Noon);
        click("dinda");
        const auto second = paidTransaction(*m_server, m_buyer, 500'000);
        recordConversion(*m_server, second, m_dinda->id, 500'000, 50'000);
        reverseConversion(*m_server, second, 20'000);
        const auto other = paidTransaction(*m_server, m_buyer, 500'000);
        recordConversion(*m_server, other, m_rudi->id, 500'000, 77'000);

        const auto result =
            m_dinda->http.get("/api/v1/me/affiliate/summary?from=2026-03-09&to=2026-03-10");
        QCOMPARE(result.status, 200);
        const auto summary = result.json();
        QCOMPARE(catalog::field(summary, "from"), std::string("2026-03-09"));
        QCOMPARE(summary->getValue<qint64>("clicks"), qint64(4));
        QCOMPARE(summary->getValue<qint64>("conversions"), qint64(2));
        QCOMPARE(summary->getValue<qint64>("commission"), qint64(130'000));
        QCOMPARE(summary->getValue<double>("conversion_rate"), 0.5);
        const auto days = summary->getArray("days");
        QCOMPARE(days->size(), std::size_t(2));
        QCOMPARE(catalog::field(days->getObject(0), "date"), std::string("2026-03-09"));
        QCOMPARE(days->getObject(0)->getValue<qint64>("clicks"), qint64(2));
        QCOMPARE(days->getObject(0)->getValue<qint64>("conversions"), qint64(0));
        QCOMPARE(days->getObject(0)->getValue<qint64>("commission"), qint64(0));
        QCOMPARE(days->getObject(1)->getValue<qint64>("clicks"), qint64(2));
        QCOMPARE(days->getObject(1)->getValue<qint64>("conversions"), qint64(2));
        QCOMPARE(days->getObject(1)->getValue<qint64>("commission"), qint64(130'000));

        // Without dates: the last 30 Jakarta days up to today, the 8th included.
        const auto recent = m_dinda->http.get("/api/v1/me/affiliate/summary").json();
        QCOMPARE(catalog::field(recent, "to"), std::string("2026-03-10"));
        QCOMPARE(catalog::field(recent, "from"), std::string("2026-02-09"));
        QCOMPARE(recent->getArray("days")->size(), std::size_t(30));
        QCOMPARE(recent->getValue<qint64>("clicks"), qint64(5));
    }

    void conversionListIsPagedNewestFirst()
    {
        auto page = m_dinda->http.get("/api/v1/me/affiliate/conversions?limit=2").json();
        auto items = page->getArray("items");
        QCOMPARE(items->size(), std::size_t(2));
        QCOMPARE(items->getObject(0)->getValue<qint64>("net_commission"), qint64(30'000));
        QCOMPARE(catalog::field(items->getObject(0), "status"), std::string("partially_reversed"));
        QCOMPARE(items->getObject(1)->getValue<qint64>("commission"), qint64(100'000));
        QVERIFY(!page->isNull("next_cursor"));
        page = m_dinda->http
                   .get("/api/v1/me/affiliate/conversions?limit=2&cursor=" +
                        catalog::field(page, "next_cursor"))
                   .json();
        items = page->getArray("items");
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(catalog::field(items->getObject(0), "status"), std::string("reversed"));
        QVERIFY(page->isNull("next_cursor"));
    }

    void summaryRefusesBadDates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a date") << "from=kemarin"
                                    << "from";
        QTest::newRow("impossible date") << "to=2026-02-30"
                                         << "to";
        QTest::newRow("reversed range") << "from=2026-03-10&to=2026-03-01"
                                        << "from";
        QTest::newRow("longer than a year") << "from=2024-01-01&to=2026-03-01"
                                            << "from";
    }

    void summaryRefusesBadDates()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const auto result =
            m_dinda->http.get("/api/v1/me/affiliate/summary?" + query.toStdString());
        QCOMPARE(result.status, 422);
        QVERIFY2(catalog::hasField(result, field.toStdString()), result.body.c_str());
    }
};

QTEST_GUILESS_MAIN(TestConversions)
#include "TestConversions.moc"
