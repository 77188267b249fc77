// The quick start's demo data: one account per role that can sign in, tickets to work on, and a
// catalog with weeks of sales that went through the real checkout, confirmation and ledger.
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
        test::TestServer server(nullptr, app::ServerInstance::demoSettings());
        QVERIFY(server.instance().loadDemoData());
        QVERIFY(!server.instance().loadDemoData()); // never twice, never over real data

        auto& db = server.instance().db();
        const auto count = [&db](const char* sql) { return db.exec(sql).front().i64("n"); };
        QCOMPARE(count("SELECT count(DISTINCT role) AS n FROM user_roles"),
                 count("SELECT count(*) AS n FROM roles"));
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets").front().i64("n") >= 5);
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets WHERE assignee_id IS NULL").front().i64("n") >= 1);
        QVERIFY(db.exec("SELECT count(*) AS n FROM tickets WHERE status = 'resolved'").front().i64("n") >= 1);

        // Sales in every state the sales desk shows, spread over weeks so the charts say something.
        QVERIFY(count("SELECT count(*) AS n FROM transactions WHERE status = 'PAID'") >= 10);
        QCOMPARE(count("SELECT count(*) AS n FROM transactions WHERE status = 'REFUNDED'"), 1);
        QCOMPARE(count("SELECT count(*) AS n FROM transactions WHERE status = 'FAILED'"), 1);
        QCOMPARE(count("SELECT count(*) AS n FROM transactions WHERE status = 'PENDING'"), 1);
        QVERIFY(count("SELECT count(*) AS n FROM transactions WHERE affiliate_id IS NOT NULL") >= 5);
        QVERIFY(count("SELECT count(*) AS n FROM membership_upgrade_logs") >= 1);
        QCOMPARE(count("SELECT count(*) AS n FROM withdrawals WHERE status = 'requested'"), 1);
        QVERIFY(count("SELECT (extract(epoch FROM now() - min(created_at)) / 86400)::bigint AS n"
                      " FROM transactions") >= 28);
        // Moving the sales back in time moved their ledger entries with them, and nothing else.
        QCOMPARE(count("SELECT count(*) AS n FROM transactions t JOIN journal_entries j"
                       " ON j.reference = t.invoice_number AND j.kind = 'sale'"
                       " WHERE j.created_at <> t.paid_at AND abs(extract(epoch FROM"
                       " j.created_at - t.paid_at)) > 60"),
                 0);
        QCOMPARE(count("SELECT count(*) AS n FROM (SELECT entry_id FROM ledger_postings"
                       " GROUP BY entry_id HAVING sum(amount) <> 0) unbalanced"),
                 0);

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
