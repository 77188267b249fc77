// Push through OneSignal, checked against a local server speaking OneSignal's create-notification
// API: the request body and Key auth header, an empty id on HTTP 200 counting as not sent (kept and
// retried), OneSignal's error arrays and objects recorded, and nothing sent without credentials.
#include "FakeProvider.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "NotifyService.h"
#include "OneSignalAdapter.h"
#include "ServerInstance.h"

#include <Poco/URI.h>

#include <QTest>

using namespace ey;
using ey::test::FakeProvider;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::ProviderReply;
using ey::test::ProviderRequest;
using ey::test::TestServer;

namespace {

const std::string kAppId = "8e0f21fa-9a5a-4ae7-a9a6-ca1f24294b86";
const std::string kApiKey = "os_v2_app_rahasia";
const std::string kSentAnswer =
    "{\"id\":\"b98881cc-1e94-4366-bbd9-db8f3429292b\",\"external_id\":null}";

std::map<std::string, std::string> credentials(const FakeProvider& fake)
{
    return {{"onesignal.base_url", fake.baseUrl()},
            {"onesignal.app_id", kAppId},
            {"onesignal.api_key", kApiKey},
            {"outbound.poll_ms", "100"}};
}

void notifyByPush(TestServer& server, const std::string& userId)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        notify::NewNotification notification{userId,          "TICKET",
                                             "Tiket dibalas", "Ada balasan baru dari tim support.",
                                             "ticket:42",     "42"};
        notification.push = true;
        server.instance().notify().notify(tx, notification);
    });
}

std::string pushField(TestServer& server, const char* column)
{
    return server.instance()
        .db()
        .exec("SELECT id::text AS id, status, attempts::text AS attempts,"
              " COALESCE(last_error, '') AS last_error, COALESCE(provider, '') AS provider,"
              " COALESCE(provider_message_id, '') AS provider_message_id"
              " FROM outbound_messages WHERE channel = 'push'")
        .front()
        .str(column);
}

notify::OutboundMessage queuedPush()
{
    notify::OutboundMessage message;
    message.id = "0b6e4f0e-5d1c-4a53-9a0e-52f4f1b0c001";
    message.channel = "push";
    message.recipient = "c0ffee00-0000-4000-8000-000000000001";
    message.subject = "Judul";
    message.body = notify::OneSignalAdapter::queuedBody("Judul", "Isi", "", "");
    return message;
}

} // namespace

class TestOneSignal : public QObject
{
    Q_OBJECT
private slots:
    void pushIsSentWithOneSignalsFields()
    {
        FakeProvider fake;
        fake.setHandler([](const ProviderRequest&) { return ProviderReply{200, kSentAnswer}; });
        TestServer server(nullptr, credentials(fake));
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        notifyByPush(server, sari);
        QTRY_COMPARE_WITH_TIMEOUT(pushField(server, "status"), std::string("sent"), 5000);
        QCOMPARE(pushField(server, "provider"), std::string("onesignal"));
        QCOMPARE(pushField(server, "provider_message_id"),
                 std::string("b98881cc-1e94-4366-bbd9-db8f3429292b"));

        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        const auto& request = received.front();
        QCOMPARE(request.method, std::string("POST"));
        const Poco::URI uri(request.uri);
        QCOMPARE(uri.getPath(), std::string("/notifications"));
        QCOMPARE(uri.getQuery(), std::string("c=push"));
        QCOMPARE(request.headers.at("Authorization"), "Key " + kApiKey);
        QVERIFY(request.headers.at("Content-Type").starts_with("application/json"));

        const auto body = core::json::parse(request.body).extract<core::json::ObjectPtr>();
        QCOMPARE(body->getValue<std::string>("app_id"), kAppId);
        const auto externalIds = body->getObject("include_aliases")->getArray("external_id");
        QCOMPARE(externalIds->size(), std::size_t(1));
        QCOMPARE(externalIds->getElement<std::string>(0), sari);
        QCOMPARE(body->getValue<std::string>("target_channel"), std::string("push"));
        QCOMPARE(body->getObject("contents")->getValue<std::string>("en"),
                 std::string("Ada balasan baru dari tim support."));
        QCOMPARE(body->getObject("contents")->getValue<std::string>("id"),
                 std::string("Ada balasan baru dari tim support."));
        QCOMPARE(body->getObject("headings")->getValue<std::string>("id"),
                 std::string("Tiket dibalas"));
        QCOMPARE(body->getObject("headings")->getValue<std::string>("en"),
                 std::string("Tiket dibalas"));
        QCOMPARE(body->getObject("data")->getValue<std::string>("redirect"),
                 std::string("ticket:42"));
        QCOMPARE(body->getObject("data")->getValue<std::string>("source_id"), std::string("42"));
        // The queue row's id: a retry after a lost answer is recognised by OneSignal.
        QCOMPARE(body->getValue<std::string>("idempotency_key"), pushField(server, "id"));
        // Exactly one targeting mode.
        QVERIFY(!body->has("include_subscription_ids"));
        QVERIFY(!body->has("included_segments"));
    }

    void emptyIdMeansNotSentAndIsRetried()
    {
        FakeProvider fake;
        fake.setHandler([](const ProviderRequest&) {
            return ProviderReply{
                200, "{\"id\":\"\",\"errors\":[\"All included players are not subscribed\"]}"};
        });
        ManualClock clock;
        TestServer server(&clock, credentials(fake));
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        notifyByPush(server, sari);
        QTRY_COMPARE_WITH_TIMEOUT(pushField(server, "attempts"), std::string("1"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(pushField(server, "last_error"),
                                  std::string("All included players are not subscribed"), 2000);
        QCOMPARE(pushField(server, "status"), std::string("queued"));
        QTest::qWait(400); // the retry waits for its backoff, not for the next poll
        QCOMPARE(fake.received().size(), std::size_t(1));

        // Sari installs the app; after the backoff the push goes, once, with the same key.
        fake.setHandler([](const ProviderRequest&) { return ProviderReply{200, kSentAnswer}; });
        clock.advanceMs(31'000);
        QTRY_COMPARE_WITH_TIMEOUT(pushField(server, "status"), std::string("sent"), 5000);
        QTest::qWait(300);
        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(2));
        QCOMPARE(pushField(server, "attempts"), std::string("2"));
        QCOMPARE(pushField(server, "last_error"), std::string());
        const auto key = [](const ProviderRequest& request) {
            return core::json::parse(request.body)
                .extract<core::json::ObjectPtr>()
                ->getValue<std::string>("idempotency_key");
        };
        QCOMPARE(key(received[0]), key(received[1]));
    }

    void adapterReadsOneSignalsAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const int sent = static_cast<int>(notify::SendResult::Outcome::Sent);
        const int retry = static_cast<int>(notify::SendResult::Outcome::RetryLater);
        const int rejected = static_cast<int>(notify::SendResult::Outcome::Rejected);
        QTest::newRow("sent") << 200 << QString::fromStdString(kSentAnswer) << sent << QString();
        QTest::newRow("id absent")
            << 200 << QStringLiteral("{}") << retry
            << QStringLiteral("OneSignal answered without a notification id");
        QTest::newRow("id null, errors array")
            << 200 << QStringLiteral("{\"id\":null,\"errors\":[\"a\",\"b\"]}") << retry
            << QStringLiteral("a; b");
        QTest::newRow("errors object")
            << 200
            << QStringLiteral(
                   "{\"id\":\"\",\"errors\":{\"invalid_aliases\":{\"external_id\":[\"u1\"]}}}")
            << retry << QStringLiteral("{\"invalid_aliases\":{\"external_id\":[\"u1\"]}}");
        QTest::newRow("bad request") << 400 << QStringLiteral("{\"errors\":[\"app_id not found\"]}")
                                     << rejected << QStringLiteral("HTTP 400: app_id not found");
        QTest::newRow("wrong key") << 403 << QStringLiteral("{\"errors\":[\"Access denied.\"]}")
                                   << retry << QStringLiteral("HTTP 403: Access denied.");
        QTest::newRow("rate limited") << 429 << QStringLiteral("Too Many Requests") << retry
                                      << QStringLiteral("HTTP 429: Too Many Requests");
        QTest::newRow("not json") << 200 << QStringLiteral("<html>maintenance</html>") << retry
                                  << QStringLiteral("unreadable answer: <html>maintenance</html>");
    }

    void adapterReadsOneSignalsAnswers()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, outcome);
        QFETCH(QString, error);
        FakeProvider fake;
        const std::string answer = body.toStdString();
        fake.setHandler([status, answer](const ProviderRequest&) {
            return ProviderReply{status, answer};
        });
        notify::OneSignalSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.appId = kAppId;
        settings.apiKey = kApiKey;
        notify::OneSignalAdapter adapter(settings);
        QVERIFY(adapter.configured());
        const auto result = adapter.send(queuedPush());
        QCOMPARE(static_cast<int>(result.outcome), outcome);
        QCOMPARE(result.error, error.toStdString());
    }

    void legacyKeyPrefixIsNotUsed()
    {
        // The current API takes "Key <App API key>"; "Basic" belongs to the legacy v1 endpoint.
        FakeProvider fake;
        notify::OneSignalSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.appId = kAppId;
        settings.apiKey = kApiKey;
        fake.setHandler([](const ProviderRequest& request) {
            return request.headers.count("Authorization") &&
                           request.headers.at("Authorization").starts_with("Key ")
                       ? ProviderReply{200, kSentAnswer}
                       : ProviderReply{403, "{\"errors\":[\"Access denied.\"]}"};
        });
        QVERIFY(notify::OneSignalAdapter(settings).send(queuedPush()).outcome ==
                notify::SendResult::Outcome::Sent);
    }

    void withoutCredentialsPushesWaitInTheQueue()
    {
        FakeProvider fake;
        auto values = credentials(fake);
        values.erase("onesignal.api_key");
        TestServer server(nullptr, values);
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        notifyByPush(server, sari);
        QTest::qWait(500); // several poll intervals: long enough for a wrong sender to act
        QCOMPARE(fake.received().size(), std::size_t(0));
        QCOMPARE(pushField(server, "status"), std::string("queued"));
        QCOMPARE(pushField(server, "attempts"), std::string("0"));

        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto status = admin.get("/api/v1/admin/notify/status").json();
        const auto push = status->getObject("providers")->getObject("push");
        QCOMPARE(push->getValue<bool>("configured"), false);
        QCOMPARE(push->getValue<std::string>("name"), std::string("onesignal"));
        const auto queue = status->getObject("queues")->getObject("push");
        QCOMPARE(queue->getValue<std::int64_t>("queued"), std::int64_t(1));
        QCOMPARE(queue->getValue<std::int64_t>("failed"), std::int64_t(0));
        // Email was not asked for, so its queue stays empty.
        QCOMPARE(status->getObject("queues")->getObject("email")->getValue<std::int64_t>("queued"),
                 std::int64_t(0));
    }

    void noPushUnlessAsked()
    {
        FakeProvider fake;
        TestServer server(nullptr, credentials(fake));
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        server.instance().db().transaction([&](core::Tx& tx) {
            server.instance().notify().notify(tx,
                                              {sari, "SYSTEM", "Pengumuman", "Isi", "", "", false});
        });
        QTest::qWait(300);
        QCOMPARE(fake.received().size(), std::size_t(0));
        QCOMPARE(server.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM outbound_messages WHERE channel = 'push'")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestOneSignal)
#include "TestOneSignal.moc"
