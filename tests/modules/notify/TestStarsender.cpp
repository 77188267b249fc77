// WhatsApp through Starsender, checked against a local server speaking Starsender's v3 send API:
// JSON body with the raw device key in Authorization, "success" deciding over the HTTP status,
// notifications with whatsapp queued to the user's number, retries through the outbound queue,
// and the provider's state on the admin status page.
#include "FakeProvider.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "Notifier.h"
#include "NotifyService.h"
#include "ServerInstance.h"
#include "StarsenderAdapter.h"

#include <Poco/Net/ServerSocket.h>

#include <QTest>

#include <atomic>

using namespace ey;
using ey::test::FakeProvider;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::ProviderReply;
using ey::test::ProviderRequest;
using ey::test::TestServer;

namespace {

const std::string kApiKey = "dev-key-7f3a9c";
const std::string kSentAnswer =
    R"({"success":true,"data":{"id":"9c2e1f","to":"6281234567890"},"message":"Message sent"})";

std::map<std::string, std::string> credentials(const FakeProvider& fake)
{
    return {{"starsender.base_url", fake.baseUrl()},
            {"starsender.api_key", kApiKey},
            {"outbound.poll_ms", "100"},
            {"followup.poll_seconds", "3600"}};
}

notify::OutboundMessage queuedText()
{
    notify::OutboundMessage message;
    message.id = "0b6e4f0e-5d1c-4a53-9a0e-52f4f1b0c001";
    message.channel = "whatsapp";
    message.recipient = "6281234567890";
    message.body = "Halo Sari \"Dewi\"\nPembayaran INV001 diterima ✅";
    return message;
}

std::string userWithWhatsapp(TestServer& server, const std::string& email,
                             const std::optional<std::string>& number)
{
    const auto id = test::createUser(server.instance(), email, {"member_premium"});
    if (number)
        server.instance().db().exec("UPDATE users SET whatsapp = $2 WHERE id = $1::uuid",
                                    {id, *number});
    return id;
}

void notifyByWhatsapp(TestServer& server, const std::string& userId)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        notify::NewNotification notification{
            userId, "SYSTEM", "Pembayaran diterima", "Akses membership Anda sudah aktif.", "", ""};
        notification.whatsapp = true;
        server.instance().notify().notify(tx, notification);
    });
}

std::string whatsappField(TestServer& server, const char* column)
{
    return server.instance()
        .db()
        .exec("SELECT status, attempts::text AS attempts, recipient, body,"
              " COALESCE(last_error, '') AS last_error, COALESCE(provider, '') AS provider,"
              " COALESCE(provider_message_id, '') AS provider_message_id"
              " FROM outbound_messages WHERE channel = 'whatsapp'")
        .front()
        .str(column);
}

std::int64_t whatsappRows(TestServer& server)
{
    return server.instance()
        .db()
        .exec("SELECT count(*) AS n FROM outbound_messages WHERE channel = 'whatsapp'")
        .front()
        .i64("n");
}

} // namespace

class TestStarsender : public QObject
{
    Q_OBJECT
private slots:
    void adapterSpeaksStarsendersJson()
    {
        FakeProvider fake;
        fake.setHandler([](const ProviderRequest&) { return ProviderReply{200, kSentAnswer}; });
        notify::StarsenderSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.apiKey = kApiKey;
        notify::StarsenderAdapter adapter(settings);
        QVERIFY(adapter.configured());
        QCOMPARE(adapter.channel(), std::string("whatsapp"));
        const auto result = adapter.send(queuedText());
        QVERIFY(result.outcome == notify::SendResult::Outcome::Sent);
        QCOMPARE(result.providerMessageId.value_or(""), std::string("9c2e1f"));

        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        const auto& request = received.front();
        QCOMPARE(request.method, std::string("POST"));
        QCOMPARE(request.uri, std::string("/api/send"));
        QCOMPARE(request.headers.at("Authorization"), kApiKey); // raw key, no "Bearer"
        QVERIFY(request.headers.at("Content-Type").starts_with("application/json"));
        const auto body = core::json::parseObject(request.body);
        QCOMPARE(body->size(), std::size_t(3));
        QCOMPARE(body->getValue<std::string>("messageType"), std::string("text"));
        QCOMPARE(body->getValue<std::string>("to"), std::string("6281234567890"));
        QCOMPARE(body->getValue<std::string>("body"), queuedText().body);
    }

    void adapterReadsStarsendersAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const int sent = static_cast<int>(notify::SendResult::Outcome::Sent);
        const int retry = static_cast<int>(notify::SendResult::Outcome::RetryLater);
        const int rejected = static_cast<int>(notify::SendResult::Outcome::Rejected);
        QTest::newRow("sent") << 200 << QString::fromStdString(kSentAnswer) << sent << QString();
        QTest::newRow("sent without data")
            << 200 << QStringLiteral(R"({"success":true,"message":"ok"})") << sent << QString();
        QTest::newRow("success false on 200")
            << 200 << QStringLiteral(R"({"success":false,"message":"Device not connected"})")
            << retry << QStringLiteral("Device not connected");
        QTest::newRow("success false, no words")
            << 200 << QStringLiteral(R"({"success":false})") << retry
            << QStringLiteral("Starsender answered success:false");
        QTest::newRow("no success flag") << 200 << QStringLiteral(R"({"message":"queued"})")
                                         << retry << QStringLiteral("queued");
        QTest::newRow("wrong key")
            << 401 << QStringLiteral(R"({"success":false,"message":"Unauthorized"})") << retry
            << QStringLiteral("HTTP 401: Unauthorized");
        QTest::newRow("bad request")
            << 400 << QStringLiteral(R"({"success":false,"message":"Invalid number"})") << rejected
            << QStringLiteral("HTTP 400: Invalid number");
        QTest::newRow("server error") << 502 << QStringLiteral("Bad Gateway") << retry
                                      << QStringLiteral("HTTP 502: Bad Gateway");
        QTest::newRow("not json") << 200 << QStringLiteral("<html>maintenance</html>") << retry
                                  << QStringLiteral("unreadable answer: <html>maintenance</html>");
    }

    void adapterReadsStarsendersAnswers()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, outcome);
        QFETCH(QString, error);
        FakeProvider fake;
        const auto answer = body.toStdString();
        fake.setHandler([status, answer](const ProviderRequest&) {
            return ProviderReply{status, answer};
        });
        notify::StarsenderSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.apiKey = kApiKey;
        const auto result = notify::StarsenderAdapter(settings).send(queuedText());
        QCOMPARE(static_cast<int>(result.outcome), outcome);
        QCOMPARE(result.error, error.toStdString());
    }

    void unreachableProviderMeansRetryLater()
    {
        int port = 0;
        {
            Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
            port = socket.address().port();
        }
        notify::StarsenderSettings settings;
        settings.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        settings.apiKey = kApiKey;
        const auto result = notify::StarsenderAdapter(settings).send(queuedText());
        QVERIFY(result.outcome == notify::SendResult::Outcome::RetryLater);
        QVERIFY(!result.error.empty());
    }

    void numbersBecomeDigitsWithCountryCode_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("digits");
        QTest::newRow("+62") << QStringLiteral("+6281234567890") << QStringLiteral("6281234567890");
        QTest::newRow("62") << QStringLiteral("6281234567890") << QStringLiteral("6281234567890");
        QTest::newRow("0812") << QStringLiteral("081234567890") << QStringLiteral("6281234567890");
        QTest::newRow("written with spaces")
            << QStringLiteral("+62 812-3456-7890") << QStringLiteral("6281234567890");
        QTest::newRow("abroad") << QStringLiteral("+6591234567") << QStringLiteral("6591234567");
        QTest::newRow("nothing") << QString() << QString();
    }

    void numbersBecomeDigitsWithCountryCode()
    {
        QFETCH(QString, stored);
        QFETCH(QString, digits);
        QCOMPARE(notify::Notifier::whatsappDigits(stored.toStdString()), digits.toStdString());
    }

    void notificationGoesToTheUsersNumber()
    {
        FakeProvider fake;
        fake.setHandler([](const ProviderRequest&) { return ProviderReply{200, kSentAnswer}; });
        TestServer server(nullptr, credentials(fake));
        const auto sari = userWithWhatsapp(server, "sari@example.com", "+6281234567890");
        notifyByWhatsapp(server, sari);
        QTRY_COMPARE_WITH_TIMEOUT(whatsappField(server, "status"), std::string("sent"), 5000);
        QTest::qWait(300); // and nothing more goes out afterwards
        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        const auto body = core::json::parseObject(received.front().body);
        QCOMPARE(body->getValue<std::string>("to"), std::string("6281234567890"));
        QCOMPARE(body->getValue<std::string>("body"),
                 std::string("*Pembayaran diterima*\nAkses membership Anda sudah aktif."));
        QCOMPARE(whatsappField(server, "provider"), std::string("starsender"));
        QCOMPARE(whatsappField(server, "provider_message_id"), std::string("9c2e1f"));
    }

    void userWithoutNumberGetsNoWhatsapp()
    {
        FakeProvider fake;
        TestServer server(nullptr, credentials(fake));
        const auto budi = userWithWhatsapp(server, "budi@example.com", std::nullopt);
        notifyByWhatsapp(server, budi);
        QCOMPARE(whatsappRows(server), std::int64_t(0));
        // The in-app notification itself is still there.
        QCOMPARE(
            server.instance()
                .db()
                .exec("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid", {budi})
                .front()
                .i64("n"),
            std::int64_t(1));
        QTest::qWait(300);
        QCOMPARE(fake.received().size(), std::size_t(0));
    }

    void failureIsRetriedAfterBackoff()
    {
        FakeProvider fake;
        std::atomic<bool> deviceOnline{false};
        fake.setHandler([&deviceOnline](const ProviderRequest&) {
            return deviceOnline ? ProviderReply{200, kSentAnswer}
                                : ProviderReply{200, R"({"success":false,"message":"Device )"
                                                     R"(not connected"})"};
        });
        ManualClock clock;
        TestServer server(&clock, credentials(fake));
        const auto sari = userWithWhatsapp(server, "sari@example.com", "+6281234567890");
        notifyByWhatsapp(server, sari);
        QTRY_COMPARE_WITH_TIMEOUT(whatsappField(server, "last_error"),
                                  std::string("Device not connected"), 5000);
        QCOMPARE(whatsappField(server, "status"), std::string("queued"));
        QCOMPARE(whatsappField(server, "attempts"), std::string("1"));
        QTest::qWait(400); // the retry waits for its backoff, not for the next poll
        QCOMPARE(fake.received().size(), std::size_t(1));

        deviceOnline = true;
        clock.advanceMs(31'000);
        QTRY_COMPARE_WITH_TIMEOUT(whatsappField(server, "status"), std::string("sent"), 5000);
        QCOMPARE(whatsappField(server, "attempts"), std::string("2"));
        QCOMPARE(whatsappField(server, "last_error"), std::string());
        QCOMPARE(fake.received().size(), std::size_t(2));
    }

    void withoutCredentialsItWaitsAndTheStatusSaysSo()
    {
        FakeProvider fake;
        auto values = credentials(fake);
        values.erase("starsender.api_key");
        TestServer server(nullptr, values);
        const auto sari = userWithWhatsapp(server, "sari@example.com", "+6281234567890");
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        notifyByWhatsapp(server, sari);
        QTest::qWait(500);
        QCOMPARE(fake.received().size(), std::size_t(0));
        QCOMPARE(whatsappField(server, "status"), std::string("queued"));

        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto status = admin.get("/api/v1/admin/notify/status").json();
        const auto provider = status->getObject("providers")->getObject("whatsapp");
        QCOMPARE(provider->getValue<bool>("configured"), false);
        QCOMPARE(provider->getValue<std::string>("name"), std::string("starsender"));
        QCOMPARE(
            status->getObject("queues")->getObject("whatsapp")->getValue<std::int64_t>("queued"),
            std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestStarsender)
#include "TestStarsender.moc"
