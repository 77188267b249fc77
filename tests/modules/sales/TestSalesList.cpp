// The admin sales list: each filter narrows to exactly the right sales (dates on Jakarta days),
// the three sort orders, keyset paging that stays stable while sales arrive, follow-up counts,
// the ledger's affiliate commission, and who may look.
#include "SalesFixture.h"

using namespace ey::test;
using namespace ey::test::sales;

class TestSalesList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_world = std::make_unique<SalesWorld>(); }

    void rowShowsBuyerProductAffiliateAndFollowUps()
    {
        const auto page = m_world->admin->http.get("/api/v1/admin/sales?q=INV900001");
        QCOMPARE(page.status, 200);
        const auto items = page.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t{1});
        const auto row = items->getObject(0);
        QCOMPARE(row->getValue<std::string>("invoice_number"), std::string("INV900001"));
        QCOMPARE(row->getValue<std::string>("created_at"),
                 std::string("2026-11-20T16:59:00.000000Z"));
        QCOMPARE(row->getObject("buyer")->getValue<std::string>("full_name"),
                 std::string("Budi Santoso"));
        QCOMPARE(row->getObject("buyer")->getValue<std::string>("email"),
                 std::string("budi@gmail.test"));
        const auto product = row->getObject("product");
        QCOMPARE(product->getValue<std::string>("title"), std::string("Paket Ekspor Pro"));
        QCOMPARE(product->getValue<std::string>("kind"), std::string("plan"));
        QCOMPARE(product->getValue<std::string>("duration"), std::string("1m"));
        QCOMPARE(row->getValue<std::int64_t>("amount"), std::int64_t{150'000});
        QCOMPARE(row->getValue<std::string>("status"), std::string("PAID"));
        const auto affiliate = row->getObject("affiliate");
        QCOMPARE(affiliate->getValue<std::string>("full_name"), std::string("Dinda Lestari"));
        // The commission is what the ledger credited the affiliate's wallet.
        QCOMPARE(affiliate->getValue<std::int64_t>("commission"), std::int64_t{15'000});
        QCOMPARE(row->getObject("followups")->getValue<std::int64_t>("sent"), std::int64_t{3});
        QCOMPARE(row->getObject("followups")->getValue<std::int64_t>("total"), std::int64_t{5});
        QCOMPARE(row->getValue<bool>("flagged"), false);

        // A product shows its category; no affiliate is null; a pending sale has no commission.
        const auto ebook =
            m_world->admin->http.get("/api/v1/admin/sales?q=INV900004").json()->getArray("items");
        QCOMPARE(ebook->getObject(0)->getObject("product")->getValue<std::string>("category"),
                 std::string("ebook"));
        QVERIFY(ebook->getObject(0)->isNull("affiliate"));
        const auto pending =
            m_world->admin->http.get("/api/v1/admin/sales?q=INV900003").json()->getArray("items");
        QVERIFY(pending->getObject(0)->getObject("affiliate")->isNull("commission"));
    }

    void realCheckoutAppears()
    {
        const auto items =
            m_world->admin->http.get("/api/v1/admin/sales?limit=1").json()->getArray("items");
        const auto row = items->getObject(0);
        // Newest first: the sale paid through checkout and the Xendit callback "now".
        QCOMPARE(row->getValue<std::string>("invoice_number"), m_world->checkoutInvoice);
        QCOMPARE(row->getValue<std::string>("status"), std::string("PAID"));
        QCOMPARE(row->getObject("buyer")->getValue<std::string>("full_name"),
                 std::string("Andi Pratama"));
        QCOMPARE(row->getObject("product")->getValue<std::string>("title"),
                 std::string("Paket Ekspor Dasar"));
    }

    void filtersNarrow_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const auto inv1 = QString::fromStdString(m_world ? m_world->checkoutInvoice : "INV001");
        QTest::newRow("no filter")
            << QStringLiteral("")
            << inv1 + QStringLiteral(",INV900001,INV900002,INV900003,INV900004,INV900005");
        QTest::newRow("status PAID")
            << QStringLiteral("status=PAID") << inv1 + QStringLiteral(",INV900001,INV900002");
        QTest::newRow("status PENDING")
            << QStringLiteral("status=PENDING") << QStringLiteral("INV900003");
        QTest::newRow("status REFUNDED")
            << QStringLiteral("status=REFUNDED") << QStringLiteral("INV900005");
        // 2026-11-20T16:59Z is 23:59 on the 20th in Jakarta, 17:01Z is 00:01 on the 21st.
        QTest::newRow("day before Jakarta midnight")
            << QStringLiteral("from=2026-11-20&to=2026-11-20") << QStringLiteral("INV900001");
        QTest::newRow("day after Jakarta midnight")
            << QStringLiteral("from=2026-11-21&to=2026-11-21")
            << QStringLiteral("INV900002,INV900003");
        QTest::newRow("today (22 Nov)") << QStringLiteral("from=2026-11-22&to=2026-11-22") << inv1;
        QTest::newRow("this week (Mon 16 Nov)")
            << QStringLiteral("from=2026-11-16&to=2026-11-22")
            << inv1 + QStringLiteral(",INV900001,INV900002,INV900003,INV900004");
        QTest::newRow("this month")
            << QStringLiteral("from=2026-11-01&to=2026-11-30")
            << inv1 + QStringLiteral(",INV900001,INV900002,INV900003,INV900004,INV900005");
        QTest::newRow("open start")
            << QStringLiteral("to=2026-11-19") << QStringLiteral("INV900004,INV900005");
        QTest::newRow("open end") << QStringLiteral("from=2026-11-21")
                                  << inv1 + QStringLiteral(",INV900002,INV900003");
        QTest::newRow("paid on the 20th")
            << QStringLiteral("status=PAID&from=2026-11-20&to=2026-11-20")
            << QStringLiteral("INV900001");
        QTest::newRow("search name any case")
            << QStringLiteral("q=sAnToSo") << QStringLiteral("INV900001,INV900003");
        QTest::newRow("search email part")
            << QStringLiteral("q=rina.w%40") << QStringLiteral("INV900004");
        QTest::newRow("search invoice part")
            << QStringLiteral("q=inv90000")
            << QStringLiteral("INV900001,INV900002,INV900003,INV900004,INV900005");
        QTest::newRow("search wildcard is literal")
            << QStringLiteral("q=%25") << QStringLiteral("");
        QTest::newRow("search nothing") << QStringLiteral("q=tidak-ada") << QStringLiteral("");
    }

    void filtersNarrow()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const auto got = asSet(allInvoices(m_world->admin->http, query.toStdString()));
        QCOMPARE(join(got), join(invoiceSet(expected.toStdString())));
    }

    void filtersByProductAndAffiliate()
    {
        const auto& http = m_world->admin->http;
        QCOMPARE(join(asSet(allInvoices(http, "product=" + m_world->proPlanId))),
                 std::string("INV900001,INV900002"));
        QCOMPARE(join(asSet(allInvoices(http, "product=" + m_world->ebookId))),
                 std::string("INV900003,INV900004"));
        QCOMPARE(join(asSet(allInvoices(http, "affiliate=" + m_world->dinda))),
                 std::string("INV900001,INV900003"));
        QCOMPARE(join(asSet(allInvoices(http, "affiliate=" + m_world->dinda + "&status=PAID"))),
                 std::string("INV900001"));
        QCOMPARE(join(asSet(allInvoices(http, "product=" + m_world->basicPlanId + "&q=siti"))),
                 std::string("INV900005"));
    }

    void sorts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const auto inv1 = QString::fromStdString(m_world ? m_world->checkoutInvoice : "INV001");
        QTest::newRow("newest first")
            << QStringLiteral("")
            << inv1 + QStringLiteral(",INV900003,INV900002,INV900001,INV900004,INV900005");
        QTest::newRow("oldest first")
            << QStringLiteral("order=asc")
            << QStringLiteral("INV900005,INV900004,INV900001,INV900002,INV900003,") + inv1;
        QTest::newRow("amount high") << QStringLiteral("sort=amount")
                                     << QStringLiteral("INV900002,INV900005,INV900004,INV900001,") +
                                            inv1 + QStringLiteral(",INV900003");
        QTest::newRow("amount low")
            << QStringLiteral("sort=amount&order=asc")
            << QStringLiteral("INV900003,") + inv1 +
                   QStringLiteral(",INV900001,INV900004,INV900005,INV900002");
        QTest::newRow("invoice high")
            << QStringLiteral("sort=invoice")
            << QStringLiteral("INV900005,INV900004,INV900003,INV900002,INV900001,") + inv1;
        QTest::newRow("invoice low")
            << QStringLiteral("sort=invoice&order=asc")
            << inv1 + QStringLiteral(",INV900001,INV900002,INV900003,INV900004,INV900005");
    }

    void sorts()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        // Page size 1 walks the keyset cursor through every row: order and cursor together.
        for (int limit : {1, 2, 200}) {
            std::string got;
            for (const auto& invoice :
                 allInvoices(m_world->admin->http, query.toStdString(), limit))
                got += (got.empty() ? "" : ",") + invoice;
            QCOMPARE(got, expected.toStdString());
        }
    }

    void pagingStaysStableWhileSalesArrive()
    {
        auto& http = m_world->admin->http;
        const auto first = http.get("/api/v1/admin/sales?limit=2").json();
        const auto cursor = first->getValue<std::string>("next_cursor");
        // A new sale (newest of all) and an equal-amount twin arrive between page loads.
        insertSale(m_world->server->instance().db(),
                   {"INV900006", m_world->rina, "PAID", 150'000, "2026-11-22T01:59:00Z", "plan",
                    m_world->proPlanId, "Paket Ekspor Pro", std::string("1m"), std::nullopt, 0, 0,
                    0});
        std::vector<std::string> rest;
        std::string next = cursor;
        while (!next.empty()) {
            const auto page = http.get("/api/v1/admin/sales?limit=2&cursor=" + next).json();
            const auto items = page->getArray("items");
            for (std::size_t i = 0; i < items->size(); ++i)
                rest.push_back(items->getObject(static_cast<unsigned>(i))
                                   ->getValue<std::string>("invoice_number"));
            next = page->isNull("next_cursor") ? "" : page->getValue<std::string>("next_cursor");
        }
        // The pages after the cursor are exactly the older rows: no repeat, no gap.
        QCOMPARE(join(asSet(rest)), std::string("INV900001,INV900002,INV900004,INV900005"));
        QCOMPARE(rest.size(), std::size_t{4});
        // Equal amounts (150,000 twice) still page without repeats in amount order.
        const auto byAmount = allInvoices(http, "sort=amount", 1);
        QCOMPARE(asSet(byAmount).size(), byAmount.size());
        QCOMPARE(byAmount.size(), std::size_t{7});
        m_world->server->instance().db().exec(
            "DELETE FROM transactions WHERE invoice_number = 'INV900006'");
    }

    void filterChoicesForFinance()
    {
        // Finance has sales.read but not users.read: the filter choices come from the sales
        // routes, and hold only what appears on sales.
        auto finance =
            commerce::person(*m_world->server, "keuangan-pilihan@eksporyuk.test", {"finance"});
        QCOMPARE(finance.http.get("/api/v1/admin/users?role=affiliate").status, 403);

        const auto affiliates = finance.http.get("/api/v1/admin/sales/affiliates");
        QCOMPARE(affiliates.status, 200);
        const auto people = affiliates.json()->getArray("items");
        QCOMPARE(people->size(), std::size_t{1}); // Dinda; affiliates without sales are no choice
        QCOMPARE(people->getObject(0)->getValue<std::string>("id"), m_world->dinda);
        QCOMPARE(people->getObject(0)->getValue<std::string>("full_name"),
                 std::string("Dinda Lestari"));
        QCOMPARE(people->getObject(0)->getValue<std::int64_t>("sales_count"), std::int64_t{2});

        const auto products = finance.http.get("/api/v1/admin/sales/products");
        QCOMPARE(products.status, 200);
        const auto items = products.json()->getArray("items");
        std::string got;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(static_cast<unsigned>(i));
            got += item->getValue<std::string>("kind") + ":" +
                   item->getValue<std::string>("title") + ":" + item->getValue<std::string>("ref") +
                   ";";
        }
        QCOMPARE(got, "plan:Paket Ekspor Dasar:" + m_world->basicPlanId +
                          ";plan:Paket Ekspor Pro:" + m_world->proPlanId +
                          ";product:Ebook Ekspor 101:" + m_world->ebookId + ";");
        // Each choice narrows the list as the filter bar would use it.
        QCOMPARE(join(asSet(allInvoices(finance.http, "affiliate=" + m_world->dinda))),
                 std::string("INV900001,INV900003"));

        QCOMPARE(m_world->member->http.get("/api/v1/admin/sales/affiliates").status, 403);
        QCOMPARE(m_world->member->http.get("/api/v1/admin/sales/products").status, 403);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("status") << QStringLiteral("status=LUNAS") << 422;
        QTest::newRow("date") << QStringLiteral("from=2026-13-01") << 422;
        QTest::newRow("date order") << QStringLiteral("from=2026-11-22&to=2026-11-21") << 422;
        QTest::newRow("product") << QStringLiteral("product=abc") << 422;
        QTest::newRow("sort") << QStringLiteral("sort=name") << 422;
        QTest::newRow("order") << QStringLiteral("order=up") << 422;
        QTest::newRow("limit") << QStringLiteral("limit=0") << 400;
        QTest::newRow("cursor") << QStringLiteral("cursor=xyz") << 400;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        const auto result = m_world->admin->http.get("/api/v1/admin/sales?" + query.toStdString());
        QCOMPARE(result.status, status);
        QVERIFY(!result.json()->getValue<std::string>("detail").empty());
    }

    void onlySalesReadersMayLook_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QStringLiteral("/api/v1/admin/sales");
        QTest::newRow("detail") << QStringLiteral("/api/v1/admin/sales/INV900001");
        QTest::newRow("export") << QStringLiteral("/api/v1/admin/sales/export.csv");
        QTest::newRow("summary") << QStringLiteral(
            "/api/v1/admin/sales/summary?from=2026-11-01&to=2026-11-30");
        QTest::newRow("affiliate choices") << QStringLiteral("/api/v1/admin/sales/affiliates");
        QTest::newRow("product choices") << QStringLiteral("/api/v1/admin/sales/products");
    }

    void onlySalesReadersMayLook()
    {
        QFETCH(QString, path);
        QCOMPARE(m_world->member->http.get(path.toStdString()).status, 403);
        QCOMPARE(HttpClient(m_world->server->baseUrl()).get(path.toStdString()).status, 401);
        auto finance = commerce::person(
            *m_world->server, "keuangan-" + std::to_string(m_financeCount++) + "@eksporyuk.test",
            {"finance"});
        QCOMPARE(finance.http.get(path.toStdString()).status, 200);
    }

private:
    std::unique_ptr<SalesWorld> m_world;
    int m_financeCount = 0;
};

QTEST_GUILESS_MAIN(TestSalesList)
#include "TestSalesList.moc"
