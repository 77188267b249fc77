// Revenue buckets for the sales charts: PAID gross per Jakarta day, week, month and year, empty
// buckets as zero, and the top products by revenue.
#include "SalesFixture.h"

using namespace ey::test;
using namespace ey::test::sales;

class TestSalesSummary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_world = std::make_unique<SalesWorld>(); }

    void buckets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // start=gross/count;...
        // PAID: INV900001 150,000 on 20 Nov (Jakarta), INV900002 1,200,000 on 21 Nov (Jakarta,
        // 00:01), the checkout 99,000 on 22 Nov. PENDING, EXPIRED and REFUNDED never count.
        QTest::newRow("days")
            << QStringLiteral("from=2026-11-19&to=2026-11-22&bucket=day")
            << QStringLiteral(
                   "2026-11-19=0/0;2026-11-20=150000/1;2026-11-21=1200000/1;2026-11-22=99000/1");
        QTest::newRow("one day across midnight")
            << QStringLiteral("from=2026-11-21&to=2026-11-21&bucket=day")
            << QStringLiteral("2026-11-21=1200000/1");
        QTest::newRow("weeks from Monday")
            << QStringLiteral("from=2026-11-09&to=2026-11-29&bucket=week")
            << QStringLiteral("2026-11-09=0/0;2026-11-16=1449000/3;2026-11-23=0/0");
        QTest::newRow("months") << QStringLiteral("from=2026-10-01&to=2026-12-31&bucket=month")
                                << QStringLiteral(
                                       "2026-10-01=0/0;2026-11-01=1449000/3;2026-12-01=0/0");
        QTest::newRow("years") << QStringLiteral("from=2025-01-01&to=2026-12-31&bucket=year")
                               << QStringLiteral("2025-01-01=0/0;2026-01-01=1449000/3");
        QTest::newRow("range clips the bucket")
            << QStringLiteral("from=2026-11-21&to=2026-11-30&bucket=month")
            << QStringLiteral("2026-11-01=1299000/2");
    }

    void buckets()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto result =
            m_world->admin->http.get("/api/v1/admin/sales/summary?" + query.toStdString());
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        const auto buckets = body->getArray("buckets");
        std::string got;
        std::int64_t gross = 0;
        for (std::size_t i = 0; i < buckets->size(); ++i) {
            const auto b = buckets->getObject(static_cast<unsigned>(i));
            got += (got.empty() ? "" : ";") + b->getValue<std::string>("start") + "=" +
                   std::to_string(b->getValue<std::int64_t>("gross")) + "/" +
                   std::to_string(b->getValue<std::int64_t>("count"));
            gross += b->getValue<std::int64_t>("gross");
        }
        QCOMPARE(got, expected.toStdString());
        QCOMPARE(body->getValue<std::int64_t>("gross"), gross);
    }

    void topProductsByRevenue()
    {
        const auto body =
            m_world->admin->http.get("/api/v1/admin/sales/summary?from=2026-11-01&to=2026-11-30")
                .json();
        const auto top = body->getArray("top_products");
        QCOMPARE(top->size(), std::size_t{2});
        QCOMPARE(top->getObject(0)->getValue<std::string>("title"),
                 std::string("Paket Ekspor Pro"));
        QCOMPARE(top->getObject(0)->getValue<std::int64_t>("revenue"), std::int64_t{1'350'000});
        QCOMPARE(top->getObject(0)->getValue<std::int64_t>("count"), std::int64_t{2});
        QCOMPARE(top->getObject(1)->getValue<std::string>("title"),
                 std::string("Paket Ekspor Dasar"));
        QCOMPARE(top->getObject(1)->getValue<std::int64_t>("revenue"), std::int64_t{99'000});
        QCOMPARE(body->getArray("buckets")->size(), std::size_t{30});
    }

    void rejectsBadRanges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("missing dates") << QStringLiteral("bucket=day");
        QTest::newRow("bad bucket") << QStringLiteral("from=2026-11-01&to=2026-11-30&bucket=hour");
        QTest::newRow("reversed") << QStringLiteral("from=2026-11-30&to=2026-11-01");
        QTest::newRow("too many days")
            << QStringLiteral("from=2020-01-01&to=2026-12-31&bucket=day");
    }

    void rejectsBadRanges()
    {
        QFETCH(QString, query);
        const auto result =
            m_world->admin->http.get("/api/v1/admin/sales/summary?" + query.toStdString());
        QCOMPARE(result.status, 422);
    }

private:
    std::unique_ptr<SalesWorld> m_world;
};

QTEST_GUILESS_MAIN(TestSalesSummary)
#include "TestSalesSummary.moc"
