// In-app notifications as their owner meets them: the list and its pages, the unread badge,
// marking read, and never seeing anybody else's.
#include "TestSupport.h"

#include "Db.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <QTest>

#include <set>
#include <stdexcept>

using namespace ey;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {

void notifyUser(TestServer& server, const std::string& userId, const std::string& title,
                bool email = false)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        server.instance().notify().notify(
            tx,
            {userId, "TICKET", title, "Ada balasan baru untuk " + title, "ticket:42", "42", email});
    });
}

std::int64_t unread(const HttpClient& client)
{
    const auto result = client.get("/api/v1/notifications/unread-count");
    if (result.status != 200)
        throw std::runtime_error("unread-count answered " + std::to_string(result.status));
    return result.json()->getValue<std::int64_t>("unread");
}

std::vector<std::string> titles(const core::json::ObjectPtr& page)
{
    std::vector<std::string> result;
    const auto items = page->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i)
        result.push_back(
            items->getObject(static_cast<unsigned>(i))->getValue<std::string>("title"));
    return result;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private slots:
    void listsNewestFirstPageByPage()
    {
        ManualClock clock;
        TestServer server(&clock);
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        for (int i = 1; i <= 5; ++i) {
            notifyUser(server, sari, "Tiket " + std::to_string(i));
            clock.advanceMs(1000);
        }
        HttpClient client(server.baseUrl());
        client.login("sari@example.com", test::kTestPassword);

        std::vector<std::string> seen;
        std::string path = "/api/v1/notifications?limit=2";
        int pages = 0;
        for (;;) {
            const auto result = client.get(path);
            QCOMPARE(result.status, 200);
            const auto page = result.json();
            for (const auto& title : titles(page))
                seen.push_back(title);
            ++pages;
            if (page->isNull("next_cursor"))
                break;
            path = "/api/v1/notifications?limit=2&cursor=" +
                   page->getValue<std::string>("next_cursor");
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        const std::vector<std::string> expected{"Tiket 5", "Tiket 4", "Tiket 3", "Tiket 2",
                                                "Tiket 1"};
        QCOMPARE(seen, expected);

        // Every field the desktop shows is there, with the documented names.
        const auto first =
            client.get("/api/v1/notifications?limit=1").json()->getArray("items")->getObject(0);
        QCOMPARE(first->getValue<std::string>("type"), std::string("TICKET"));
        QCOMPARE(first->getValue<std::string>("message"),
                 std::string("Ada balasan baru untuk Tiket 5"));
        QCOMPARE(first->getValue<std::string>("redirect"), std::string("ticket:42"));
        QCOMPARE(first->getValue<std::string>("source_id"), std::string("42"));
        QCOMPARE(first->getValue<bool>("read"), false);
        QVERIFY(first->getValue<std::string>("created_at").ends_with("Z"));
        QCOMPARE(first->getValue<std::string>("id").size(), std::size_t(36));
    }

    void marksReadAndKeepsTheBadgeRight()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        for (int i = 1; i <= 3; ++i)
            notifyUser(server, sari, "Tiket " + std::to_string(i));
        HttpClient client(server.baseUrl());
        client.login("sari@example.com", test::kTestPassword);
        QCOMPARE(unread(client), std::int64_t(3));

        const auto id = client.get("/api/v1/notifications?limit=1")
                            .json()
                            ->getArray("items")
                            ->getObject(0)
                            ->getValue<std::string>("id");
        QCOMPARE(client.post("/api/v1/notifications/" + id + "/read", "").status, 204);
        QCOMPARE(unread(client), std::int64_t(2));
        // Reading it again changes nothing and is not an error.
        QCOMPARE(client.post("/api/v1/notifications/" + id + "/read", "").status, 204);
        QCOMPARE(unread(client), std::int64_t(2));

        const auto unreadOnly = client.get("/api/v1/notifications?unread=true").json();
        QCOMPARE(titles(unreadOnly).size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i)
            QVERIFY(unreadOnly->getArray("items")
                        ->getObject(static_cast<unsigned>(i))
                        ->getValue<std::string>("id") != id);
        const auto all = client.get("/api/v1/notifications").json()->getArray("items");
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->getObject(0)->getValue<bool>("read"), true);

        const auto readAll = client.post("/api/v1/notifications/read-all", "");
        QCOMPARE(readAll.status, 200);
        QCOMPARE(readAll.json()->getValue<std::int64_t>("updated"), std::int64_t(2));
        QCOMPARE(unread(client), std::int64_t(0));
        QCOMPARE(client.post("/api/v1/notifications/read-all", "")
                     .json()
                     ->getValue<std::int64_t>("updated"),
                 std::int64_t(0));
        QCOMPARE(titles(client.get("/api/v1/notifications?unread=true").json()).size(),
                 std::size_t(0));
    }

    void othersNotificationsAreInvisible_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("another user's notification") << QStringLiteral("theirs");
        QTest::newRow("unknown id") << QStringLiteral("00000000-0000-4000-8000-000000000000");
        QTest::newRow("malformed id") << QStringLiteral("not-a-uuid");
    }

    void othersNotificationsAreInvisible()
    {
        QFETCH(QString, target);
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        test::createUser(server.instance(), "budi@example.com", {"member_free"});
        notifyUser(server, sari, "Rahasia Sari");
        HttpClient sariClient(server.baseUrl());
        sariClient.login("sari@example.com", test::kTestPassword);
        const auto theirs = sariClient.get("/api/v1/notifications")
                                .json()
                                ->getArray("items")
                                ->getObject(0)
                                ->getValue<std::string>("id");

        HttpClient budi(server.baseUrl());
        budi.login("budi@example.com", test::kTestPassword);
        QCOMPARE(titles(budi.get("/api/v1/notifications").json()).size(), std::size_t(0));
        QCOMPARE(unread(budi), std::int64_t(0));

        const auto id = target == QStringLiteral("theirs") ? theirs : target.toStdString();
        const auto result = budi.request("POST", "/api/v1/notifications/" + id + "/read", "",
                                         {{"Accept-Language", "en"}});
        QCOMPARE(result.status, 404);
        QVERIFY(result.header("content-type").starts_with("application/problem+json"));
        QCOMPARE(result.json()->getValue<std::string>("detail"),
                 std::string("Notification not found. Reload your notification list."));

        // Budi's read-all leaves Sari's badge alone.
        QCOMPARE(budi.post("/api/v1/notifications/read-all", "")
                     .json()
                     ->getValue<std::int64_t>("updated"),
                 std::int64_t(0));
        QCOMPARE(unread(sariClient), std::int64_t(1));
    }

    void refusesStrangersAndBadInput_data()
    {
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("list without session")
            << false << QStringLiteral("/api/v1/notifications") << 401;
        QTest::newRow("count without session")
            << false << QStringLiteral("/api/v1/notifications/unread-count") << 401;
        QTest::newRow("stream without session") << false << QStringLiteral("/api/v1/events") << 401;
        QTest::newRow("limit zero")
            << true << QStringLiteral("/api/v1/notifications?limit=0") << 400;
        QTest::newRow("garbage cursor")
            << true << QStringLiteral("/api/v1/notifications?cursor=zzz") << 400;
        // A well-encoded cursor whose parts are not a time and an id must not reach SQL.
        QTest::newRow("forged cursor")
            << true << QStringLiteral("/api/v1/notifications?cursor=eHx5") << 400;
        QTest::newRow("bad last event id")
            << true << QStringLiteral("/api/v1/events?last_event_id=abc") << 400;
    }

    void refusesStrangersAndBadInput()
    {
        QFETCH(bool, signedIn);
        QFETCH(QString, path);
        QFETCH(int, status);
        TestServer server;
        test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        HttpClient client(server.baseUrl());
        if (signedIn)
            client.login("sari@example.com", test::kTestPassword);
        const auto result = client.get(path.toStdString());
        QCOMPARE(result.status, status);
        QVERIFY(result.header("content-type").starts_with("application/problem+json"));
        QVERIFY(!result.json()->getValue<std::string>("detail").empty());
    }

    void badCallsFromOtherModulesStoreNothing()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 server.instance().db().transaction([&](core::Tx& tx) {
                                     server.instance().notify().notify(
                                         tx, {sari, "GOSSIP", "Judul", "Isi", "", "", false});
                                 }));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, server.instance().db().transaction([&](core::Tx& tx) {
                server.instance().notify().publish(tx, {{sari}, {}, false}, "Bad Name!",
                                                   core::json::object());
            }));
        const auto count =
            server.instance().db().exec("SELECT (SELECT count(*) FROM notifications)"
                                        " + (SELECT count(*) FROM realtime_events) AS n");
        QCOMPARE(count.front().i64("n"), std::int64_t(0));

        // An over-long title is cut to fit, not refused: the event that caused it already happened.
        notifyUser(server, sari, std::string(300, 'x'));
        QCOMPARE(server.instance()
                     .db()
                     .exec("SELECT length(title) AS n FROM notifications")
                     .front()
                     .i64("n"),
                 std::int64_t(200));
    }

    void adminSeesDeliveryStatus()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        notifyUser(server, sari, "Dengan email", true);
        notifyUser(server, sari, "Tanpa email", false);

        // The email waits in the queue, addressed to Sari; without credentials nothing pretends to
        // send.
        const auto row =
            server.instance().db().exec("SELECT recipient, subject, status FROM outbound_messages");
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.front().str("recipient"), std::string("sari@example.com"));
        QCOMPARE(row.front().str("subject"), std::string("Dengan email"));
        QCOMPARE(row.front().str("status"), std::string("queued"));

        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto status = admin.get("/api/v1/admin/notify/status");
        QCOMPARE(status.status, 200);
        const auto email = status.json()->getObject("providers")->getObject("email");
        QCOMPARE(email->getValue<bool>("configured"), false);
        QCOMPARE(email->getValue<std::string>("name"), std::string("mailketing"));
        const auto queue = status.json()->getObject("queue");
        QCOMPARE(queue->getValue<std::int64_t>("queued"), std::int64_t(1));
        QCOMPARE(queue->getValue<std::int64_t>("sent"), std::int64_t(0));
        QCOMPARE(queue->getValue<std::int64_t>("failed"), std::int64_t(0));

        HttpClient member(server.baseUrl());
        member.login("sari@example.com", test::kTestPassword);
        QCOMPARE(member.get("/api/v1/admin/notify/status").status, 403);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "TestNotifications.moc"
