// The realtime stream as a connected desktop meets it: events arrive within a second on any
// server instance, reconnecting replays what was missed (and only one's own), heartbeats keep
// the line alive, and nothing is sent for work that was rolled back.
#include "SseClient.h"
#include "TestSupport.h"

#include "Db.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <QElapsedTimer>
#include <QTest>

#include <stdexcept>

using namespace ey;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::SseClient;
using ey::test::TestServer;

namespace {

void notifyUser(TestServer& server, const std::string& userId, const std::string& title)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        server.instance().notify().notify(
            tx, {userId, "TICKET", title, "Isi " + title, "ticket:7", "7", false});
    });
}

void publish(TestServer& server, const notify::Audience& audience, const std::string& event,
             const std::string& note)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        auto data = core::json::object();
        data->set("note", note);
        server.instance().notify().publish(tx, audience, event, data);
    });
}

std::string tokenFor(TestServer& server, const std::string& email)
{
    HttpClient client(server.baseUrl());
    return client.login(email, test::kTestPassword);
}

std::string field(const test::SseEvent& event, const std::string& name)
{
    return core::json::parseObject(event.data)->getValue<std::string>(name);
}

/// Waits until the stream is open and its writer loop runs (the retry hint is its first line).
bool ready(const SseClient& client)
{
    for (int i = 0; i < 100 && client.retry().empty() && !client.closed(); ++i)
        QTest::qWait(50);
    return client.retry() == "3000";
}

std::vector<std::string> notes(const std::vector<test::SseEvent>& events)
{
    std::vector<std::string> result;
    for (const auto& event : events)
        result.push_back(event.event == "notification" ? field(event, "title")
                                                       : field(event, "note"));
    return result;
}

} // namespace

class TestEventStream : public QObject
{
    Q_OBJECT
private slots:
    void burstsArriveWithoutWaitingForLaterTraffic()
    {
        // Events committed while the listener is busy loading the previous one must still arrive
        // at once, not when some later event happens to wake the listener.
        TestServer server;
        test::createUser(server.instance(), "budi@example.com", {"member_free"});
        SseClient stream(server.baseUrl(), tokenFor(server, "budi@example.com"));
        QVERIFY(ready(stream));
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 6; ++i)
                publish(server, {{}, {}, true}, "burst", "ke-" + std::to_string(round * 6 + i));
            QTRY_COMPARE_WITH_TIMEOUT(stream.events("burst").size(), std::size_t((round + 1) * 6),
                                      1000);
        }
    }

    void deliversWithinASecondToTheRightPeople()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        test::createUser(server.instance(), "budi@example.com", {"member_free"});
        test::createUser(server.instance(), "sinta@example.com", {"support"});
        SseClient sariStream(server.baseUrl(), tokenFor(server, "sari@example.com"));
        SseClient budiStream(server.baseUrl(), tokenFor(server, "budi@example.com"));
        SseClient sintaStream(server.baseUrl(), tokenFor(server, "sinta@example.com"));
        QVERIFY(ready(sariStream) && ready(budiStream) && ready(sintaStream));
        QCOMPARE(sariStream.status(), 200);
        QVERIFY(sariStream.contentType().starts_with("text/event-stream"));

        QElapsedTimer sinceCommit;
        notifyUser(server, sari, "Balasan tiket");
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(sariStream.events("notification").size(), std::size_t(1), 1000);
        QVERIFY2(sinceCommit.elapsed() < 1000, "the event must reach the client within a second");
        const auto event = sariStream.events("notification").front();
        QCOMPARE(field(event, "title"), std::string("Balasan tiket"));
        QCOMPARE(field(event, "redirect"), std::string("ticket:7"));
        const auto storedId = server.instance()
                                  .db()
                                  .exec("SELECT max(id) AS id FROM realtime_events")
                                  .front()
                                  .i64("id");
        QCOMPARE(event.id, std::to_string(storedId));

        // Audience by permission and for everyone; the last event proves the earlier ones were
        // processed, so what Budi lacks he will never get.
        publish(server, {{}, "tickets.handle", false}, "queue.changed", "untuk support");
        publish(server, {{}, {}, true}, "branding.updated", "untuk semua");
        QTRY_COMPARE_WITH_TIMEOUT(budiStream.events("branding.updated").size(), std::size_t(1),
                                  1000);
        QTRY_COMPARE_WITH_TIMEOUT(sintaStream.events("branding.updated").size(), std::size_t(1),
                                  1000);
        QTRY_COMPARE_WITH_TIMEOUT(sariStream.events("branding.updated").size(), std::size_t(1),
                                  1000);
        QCOMPARE(budiStream.events().size(), std::size_t(1));
        QCOMPARE(notes(sintaStream.events()),
                 (std::vector<std::string>{"untuk support", "untuk semua"}));
        QCOMPARE(notes(sariStream.events()),
                 (std::vector<std::string>{"Balasan tiket", "untuk semua"}));
    }

    void secondInstanceOnTheSameDatabaseDeliversToo()
    {
        TestServer first;
        TestServer second(first, nullptr);
        const auto sari =
            test::createUser(first.instance(), "sari@example.com", {"member_premium"});
        const auto token = tokenFor(first, "sari@example.com");
        SseClient onFirst(first.baseUrl(), token);
        SseClient onSecond(second.baseUrl(), token);
        QVERIFY(ready(onFirst) && ready(onSecond));

        notifyUser(first, sari, "Dari instance pertama");
        QTRY_COMPARE_WITH_TIMEOUT(onSecond.events("notification").size(), std::size_t(1), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(onFirst.events("notification").size(), std::size_t(1), 1000);
        notifyUser(second, sari, "Dari instance kedua");
        QTRY_COMPARE_WITH_TIMEOUT(onFirst.events("notification").size(), std::size_t(2), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(onSecond.events("notification").size(), std::size_t(2), 1000);
        QCOMPARE(notes(onFirst.events()), notes(onSecond.events()));
    }

    void reconnectReplaysWhatWasMissed_data()
    {
        QTest::addColumn<bool>("byHeader");
        QTest::newRow("Last-Event-ID header") << true;
        QTest::newRow("last_event_id query") << false;
    }

    void reconnectReplaysWhatWasMissed()
    {
        QFETCH(bool, byHeader);
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        const auto budi = test::createUser(server.instance(), "budi@example.com", {"member_free"});
        const auto token = tokenFor(server, "sari@example.com");
        std::string lastSeen;
        {
            SseClient stream(server.baseUrl(), token);
            QVERIFY(ready(stream));
            notifyUser(server, sari, "Sebelum putus");
            QTRY_COMPARE_WITH_TIMEOUT(stream.events().size(), std::size_t(1), 1000);
            lastSeen = stream.events().front().id;
        }
        // While Sari is offline.
        notifyUser(server, sari, "Terlewat 1");
        notifyUser(server, budi, "Milik Budi");
        publish(server, {{}, "tickets.handle", false}, "queue.changed", "untuk support");
        publish(server, {{}, {}, true}, "branding.updated", "untuk semua");
        notifyUser(server, sari, "Terlewat 2");

        std::map<std::string, std::string> headers;
        std::string path = "/api/v1/events";
        if (byHeader)
            headers["Last-Event-ID"] = lastSeen;
        else
            path += "?last_event_id=" + lastSeen;
        SseClient again(server.baseUrl(), token, headers, path);
        QVERIFY(ready(again));
        QTRY_COMPARE_WITH_TIMEOUT(again.events().size(), std::size_t(3), 2000);
        QCOMPARE(notes(again.events()),
                 (std::vector<std::string>{"Terlewat 1", "untuk semua", "Terlewat 2"}));
        // Replayed events keep their ids, in order, so the client can resume from any of them.
        const auto events = again.events();
        QVERIFY(std::stoll(events[0].id) > std::stoll(lastSeen));
        QVERIFY(std::stoll(events[0].id) < std::stoll(events[1].id));
        QVERIFY(std::stoll(events[1].id) < std::stoll(events[2].id));

        // Live events continue after the replay, without repeating it.
        notifyUser(server, sari, "Langsung");
        QTRY_COMPARE_WITH_TIMEOUT(again.events().size(), std::size_t(4), 1000);
        QCOMPARE(notes(again.events()).back(), std::string("Langsung"));
    }

    void replayIsLimitedToTheLastDay()
    {
        ManualClock clock;
        TestServer server(&clock);
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        const auto token = tokenFor(server, "sari@example.com");
        notifyUser(server, sari, "Kemarin lusa");
        clock.advanceMs(25LL * 60 * 60 * 1000);
        notifyUser(server, sari, "Baru saja");
        SseClient stream(server.baseUrl(), token, {{"Last-Event-ID", "0"}});
        QVERIFY(ready(stream));
        QTRY_COMPARE_WITH_TIMEOUT(stream.events().size(), std::size_t(1), 1000);
        QCOMPARE(notes(stream.events()), (std::vector<std::string>{"Baru saja"}));
    }

    void heartbeatKeepsTheLineAlive()
    {
        TestServer server(nullptr, {{"events.heartbeat_seconds", "1"}});
        test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        SseClient stream(server.baseUrl(), tokenFor(server, "sari@example.com"));
        QVERIFY(ready(stream));
        QTRY_VERIFY_WITH_TIMEOUT(stream.comments().size() >= 2, 3500);
        QCOMPARE(stream.comments().front(), std::string(": ping"));
        QVERIFY(!stream.closed());
    }

    void rollbackPublishesNothing()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        SseClient stream(server.baseUrl(), tokenFor(server, "sari@example.com"));
        QVERIFY(ready(stream));
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error, server.instance().db().transaction([&](core::Tx& tx) {
                server.instance().notify().notify(
                    tx, {sari, "TICKET", "Dibatalkan", "", "", "", false});
                throw std::runtime_error("the ticket change failed after notifying");
            }));
        notifyUser(server, sari, "Jadi");
        QTRY_COMPARE_WITH_TIMEOUT(stream.events().size(), std::size_t(1), 1000);
        QCOMPARE(notes(stream.events()), (std::vector<std::string>{"Jadi"}));
        QCOMPARE(
            server.instance().db().exec("SELECT count(*) AS n FROM notifications").front().i64("n"),
            std::int64_t(1));
    }

    void survivesLosingTheListenerConnection()
    {
        TestServer server;
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        SseClient stream(server.baseUrl(), tokenFor(server, "sari@example.com"));
        QVERIFY(ready(stream));
        const char* listeners =
            "SELECT count(*) AS n FROM pg_stat_activity"
            " WHERE datname = current_database() AND application_name = 'eksporyuk-events'";
        QCOMPARE(server.instance().db().exec(listeners).front().i64("n"), std::int64_t(1));

        // What a PostgreSQL restart does to the listener, without disturbing the other tests'
        // databases.
        server.instance().db().exec(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND application_name = 'eksporyuk-events'");
        notifyUser(server, sari, "Saat terputus");
        QTRY_COMPARE_WITH_TIMEOUT(stream.events().size(), std::size_t(1), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.instance().db().exec(listeners).front().i64("n"),
                                  std::int64_t(1), 5000);
        notifyUser(server, sari, "Setelah tersambung lagi");
        QTRY_COMPARE_WITH_TIMEOUT(stream.events().size(), std::size_t(2), 1000);
        QCOMPARE(notes(stream.events()),
                 (std::vector<std::string>{"Saat terputus", "Setelah tersambung lagi"}));
    }

    void streamEndsPromptlyWhenTheServerStops()
    {
        auto server = std::make_unique<TestServer>();
        test::createUser(server->instance(), "sari@example.com", {"member_premium"});
        SseClient stream(server->baseUrl(), tokenFor(*server, "sari@example.com"));
        QVERIFY(ready(stream));
        QElapsedTimer stopping;
        stopping.start();
        server.reset();
        QVERIFY2(stopping.elapsed() < 3000, "an open stream must not hold up shutdown");
        QTRY_VERIFY_WITH_TIMEOUT(stream.closed(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "TestEventStream.moc"
