// The demo's partner: the quick start ships a pre-paid partner with its operator, a price, and
// the EKSPOR2026 event of "Asesmen Potensi Diri", all created through the API by the demo script.
#include "TestSupport.h"

#include "ServerInstance.h"

#include <QTest>

using namespace ey;

class TestDemoPartner : public QObject
{
    Q_OBJECT
private slots:
    void demoPartnerIsReady()
    {
        test::TestServer server(nullptr, app::ServerInstance::demoSettings());
        QVERIFY(server.instance().loadDemoData());

        test::HttpClient anonymous(server.baseUrl());
        const auto open = anonymous.get("/api/v1/partner-events/ekspor2026");
        QCOMPARE(open.status, 200);
        QCOMPARE(open.json()->getValue<std::string>("assessment_title"),
                 std::string("Asesmen Potensi Diri"));

        test::HttpClient owner(server.baseUrl());
        owner.login("partner@demo.eksporyuk.test", "eksporyuk-demo");
        const auto me = owner.get("/api/v1/partner/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()->getValue<std::string>("payment_model"), std::string("after_payment"));
        QCOMPARE(me.json()->getValue<int>("operator_count"), 1);
        QCOMPARE(owner.get("/api/v1/partner/pricing").json()->getArray("items")->size(),
                 std::size_t(1));

        test::HttpClient operatorClient(server.baseUrl());
        operatorClient.login("operator@demo.eksporyuk.test", "eksporyuk-demo");
        const auto events = operatorClient.get("/api/v1/partner/events");
        QCOMPARE(events.status, 200);
        const auto items = events.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->getObject(0)->getValue<std::string>("reference_code"),
                 std::string("EKSPOR2026"));

        // Billing in the demo: a top-up waiting for the admin, Siti's executive summary paid
        // for, and a post-paid school with one report on credit.
        test::HttpClient admin(server.baseUrl());
        admin.login("admin@demo.eksporyuk.test", "eksporyuk-demo");
        const auto waiting =
            admin.get("/api/v1/admin/partner-transactions?status=awaiting_confirmation");
        QCOMPARE(waiting.status, 200);
        const auto queue = waiting.json()->getArray("items");
        QCOMPARE(queue->size(), std::size_t(1));
        QCOMPARE(queue->getObject(0)->getValue<int>("quota"), 50);
        QCOMPARE(queue->getObject(0)->getValue<std::int64_t>("amount"), std::int64_t(6'750'000));
        QVERIFY(queue->getObject(0)->getValue<bool>("has_proof"));
        const auto clients = owner.get("/api/v1/partner/clients?q=Siti").json()->getArray("items");
        QCOMPARE(clients->size(), std::size_t(1));
        QVERIFY(clients->getObject(0)->getValue<bool>("executive_available"));

        test::HttpClient school(server.baseUrl());
        school.login("sekolah@demo.eksporyuk.test", "eksporyuk-demo");
        const auto credit = school.get("/api/v1/partner/credit");
        QCOMPARE(credit.status, 200);
        QCOMPARE(credit.json()->getValue<std::int64_t>("outstanding"), std::int64_t(120'000));
        QCOMPARE(credit.json()->getValue<std::int64_t>("available"), std::int64_t(2'880'000));
    }
};

QTEST_GUILESS_MAIN(TestDemoPartner)
#include "TestDemoPartner.moc"
