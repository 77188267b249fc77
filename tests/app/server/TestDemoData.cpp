// The quick start's demo data: one account per role that can sign in, and tickets to work on.
#include "TestSupport.h"

#include "Db.h"
#include "EmbeddedResources.h"
#include "ServerInstance.h"

#include <QTest>

using namespace ey;

class TestDemoData : public QObject
{
    Q_OBJECT
private slots:
    void loadsOnceIntoAnEmptyDatabase()
    {
        test::TestServer server;
        QVERIFY(server.instance().loadDemoData());
        QVERIFY(!server.instance().loadDemoData()); // never twice, never over real data

        auto& db = server.instance().db();
        const auto roles = db.exec("SELECT count(DISTINCT role) AS n FROM user_roles").front().i64("n");
        QCOMPARE(roles, std::int64_t(12));
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets").front().i64("n") >= 5);
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets WHERE assignee_id IS NULL").front().i64("n") >= 1);
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets WHERE status = 'resolved'").front().i64("n") >= 1);

        const auto document = core::json::parse(std::string(*resources::find("resources/demo/demo.json")))
                                  .extract<core::json::ObjectPtr>();
        const auto password = document->getValue<std::string>("password");
        const auto users = document->getArray("users");
        for (std::size_t i = 0; i < users->size(); ++i) {
            test::HttpClient client(server.baseUrl());
            client.login(users->getObject(static_cast<unsigned>(i))->getValue<std::string>("email"), password);
            QCOMPARE(client.get("/api/v1/me").status, 200);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "TestDemoData.moc"
