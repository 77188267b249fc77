// One sale in full (buyer profile, affiliate, items, history with the raw gateway payload,
// payment events, follow-up log, ledger postings) and resending its notice to the buyer.
#include "SalesFixture.h"

using namespace ey::test;
using namespace ey::test::sales;

class TestSalesDetail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_world = std::make_unique<SalesWorld>(); }

    void insertedSaleInFull()
    {
        const auto result = m_world->admin->http.get("/api/v1/admin/sales/inv900001");
        QCOMPARE(result.status, 200);
        const auto sale = result.json();
        QCOMPARE(sale->getValue<std::string>("invoice_number"), std::string("INV900001"));
        const auto buyer = sale->getObject("buyer");
        QCOMPARE(buyer->getValue<std::string>("full_name"), std::string("Budi Santoso"));
        QCOMPARE(buyer->getValue<std::string>("whatsapp"), std::string("+6281234567890"));
        QCOMPARE(buyer->getArray("roles")->getElement<std::string>(0), std::string("member_free"));
        const auto affiliate = sale->getObject("affiliate");
        QCOMPARE(affiliate->getValue<std::string>("full_name"), std::string("Dinda Lestari"));
        QCOMPARE(affiliate->getValue<std::string>("email"), std::string("dinda@affiliate.test"));
        QCOMPARE(affiliate->getValue<std::int64_t>("commission"), std::int64_t{15'000});
        QCOMPARE(sale->getArray("items")->size(), std::size_t{1});
        const auto history = sale->getArray("history");
        QCOMPARE(history->size(), std::size_t{2});
        QCOMPARE(
            history->getObject(1)->getObject("payload")->getValue<std::string>("payment_channel"),
            std::string("MANDIRI"));
        const auto log = sale->getArray("followup_log");
        QCOMPARE(log->size(), std::size_t{5});
        QCOMPARE(log->getObject(0)->getValue<std::string>("status"), std::string("sent"));
        QCOMPARE(log->getObject(4)->getValue<std::string>("status"), std::string("pending"));
        const auto ledger = sale->getArray("ledger");
        QCOMPARE(ledger->size(), std::size_t{1});
        std::int64_t sum = 0;
        const auto postings = ledger->getObject(0)->getArray("postings");
        for (std::size_t i = 0; i < postings->size(); ++i)
            sum += postings->getObject(static_cast<unsigned>(i))->getValue<std::int64_t>("amount");
        QCOMPARE(sum, std::int64_t{0});
    }

    void checkoutSaleInFull()
    {
        const auto sale =
            m_world->admin->http.get("/api/v1/admin/sales/" + m_world->checkoutInvoice).json();
        QCOMPARE(sale->getValue<std::string>("status"), std::string("PAID"));
        // The membership the purchase activated shows on the buyer's profile.
        QCOMPARE(sale->getObject("buyer")->getObject("membership")->getValue<std::string>("plan"),
                 std::string("Paket Ekspor Dasar"));
        // Xendit's callback body, as received, and the payment event.
        const auto history = sale->getArray("history");
        QCOMPARE(history->getObject(history->size() - 1)
                     ->getObject("payload")
                     ->getValue<std::string>("external_id"),
                 m_world->checkoutInvoice);
        QCOMPARE(sale->getArray("payment_events")->size(), std::size_t{1});
        // The revenue split's journal entry, balanced.
        const auto ledger = sale->getArray("ledger");
        QCOMPARE(ledger->size(), std::size_t{1});
        QCOMPARE(ledger->getObject(0)->getValue<std::string>("kind"), std::string("sale"));
        QVERIFY(ledger->getObject(0)->getArray("postings")->size() >= 2);
    }

    void unknownInvoiceIsNotFound()
    {
        const auto result = m_world->admin->http.get("/api/v1/admin/sales/INV999999");
        QCOMPARE(result.status, 404);
        QVERIFY(result.json()->getValue<std::string>("detail").find("INV999999") !=
                std::string::npos);
    }

    void resend_data()
    {
        QTest::addColumn<QString>("invoice");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("notice");
        QTest::newRow("paid: confirmation")
            << QStringLiteral("INV900001") << 200 << QStringLiteral("confirmation");
        QTest::newRow("pending: payment link")
            << QStringLiteral("INV900003") << 200 << QStringLiteral("payment_link");
        QTest::newRow("expired: nothing to send")
            << QStringLiteral("INV900004") << 409 << QStringLiteral("");
        QTest::newRow("refunded: nothing to send")
            << QStringLiteral("INV900005") << 409 << QStringLiteral("");
        QTest::newRow("unknown") << QStringLiteral("INV999999") << 404 << QStringLiteral("");
    }

    void resend()
    {
        QFETCH(QString, invoice);
        QFETCH(int, status);
        QFETCH(QString, notice);
        auto& db = m_world->server->instance().db();
        const auto before =
            commerce::count(*m_world->server,
                            "SELECT count(*) AS n FROM notifications WHERE source_id IN"
                            " (SELECT id::text FROM transactions WHERE invoice_number = $1)",
                            {invoice.toStdString()});
        const auto result = m_world->admin->http.post(
            "/api/v1/admin/sales/" + invoice.toStdString() + "/resend", "");
        QCOMPARE(result.status, status);
        if (status != 200) {
            QVERIFY(!result.json()->getValue<std::string>("detail").empty());
            return;
        }
        QCOMPARE(result.json()->getValue<std::string>("notice"), notice.toStdString());
        QCOMPARE(commerce::count(*m_world->server,
                                 "SELECT count(*) AS n FROM notifications WHERE source_id IN"
                                 " (SELECT id::text FROM transactions WHERE invoice_number = $1)",
                                 {invoice.toStdString()}),
                 before + 1);
        // The admin action is in the activity log.
        QCOMPARE(db.exec("SELECT count(*) AS n FROM activity_log WHERE action = 'sales.resend'"
                         " AND entity_id = (SELECT id::text FROM transactions"
                         "   WHERE invoice_number = $1)",
                         {invoice.toStdString()})
                     .front()
                     .i64("n"),
                 std::int64_t{1});
    }

    void resendIsIdempotentAndNeedsManage()
    {
        const std::map<std::string, std::string> key{{"Idempotency-Key", "resend-once-1"}};
        const auto first =
            m_world->admin->http.request("POST", "/api/v1/admin/sales/INV900002/resend", "", key);
        const auto again =
            m_world->admin->http.request("POST", "/api/v1/admin/sales/INV900002/resend", "", key);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.header("idempotent-replayed"), std::string("true"));
        QCOMPARE(m_world->server->instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM activity_log WHERE action = 'sales.resend'"
                           " AND entity_id = (SELECT id::text FROM transactions"
                           "   WHERE invoice_number = 'INV900002')")
                     .front()
                     .i64("n"),
                 std::int64_t{1});
        // A founder reads sales but does not act on them; finance does.
        auto founder = commerce::person(*m_world->server, "founder@eksporyuk.test", {"founder"});
        QCOMPARE(founder.http.get("/api/v1/admin/sales/INV900002").status, 200);
        QCOMPARE(founder.http.post("/api/v1/admin/sales/INV900002/resend", "").status, 403);
        auto finance = commerce::person(*m_world->server, "finance@eksporyuk.test", {"finance"});
        QCOMPARE(finance.http.post("/api/v1/admin/sales/INV900002/resend", "").status, 200);
        QCOMPARE(m_world->member->http.post("/api/v1/admin/sales/INV900002/resend", "").status,
                 403);
    }

private:
    std::unique_ptr<SalesWorld> m_world;
};

QTEST_GUILESS_MAIN(TestSalesDetail)
#include "TestSalesDetail.moc"
