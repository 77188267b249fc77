// WhatsApp through Fonnte, checked against a local server speaking Fonnte's send API: form
// fields with the raw device token in Authorization, "status" deciding over the HTTP status
// (status:false on HTTP 200 is a failure whose reason is kept), retries through the outbound
// queue, and whatsapp.provider choosing between Fonnte and Starsender.
#include "FakeProvider.h"
#include "TestSupport.h"

#include "Db.h"
#include "FonnteAdapter.h"
#include "Json.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/ServerSocket.h>

#include <QTest>

#include <atomic>
#include <sstream>

using namespace ey;
using ey::test::FakeProvider;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::ProviderReply;
using ey::test::ProviderRequest;
using ey::test::TestServer;

namespace {

const std::string kToken = "fonnte-token-Xy12";
// A real captured answer (INTEGRATIONS.md §2.3).
const std::string kSentAnswer =
    R"({"detail":"success! message in queue","id":["142223099"],"process":"pending",)"
    R"("quota":{"6281234567890":{"details":"deduced from total quota","quota":999,"remaining":998,)"
    R"("used":1}},"requestid":369052479,"status":true,"target":["6281234567890"]})";
const std::string kTokenInvalid = R"({"reason":"token invalid","status":false})";

std::map<std::string, std::string> fields(const ProviderRequest& request)
{
    Poco::Net::HTTPRequest http(Poco::Net::HTTPRequest::HTTP_POST, request.uri);
    http.setContentType(request.headers.at("Content-Type"));
    std::istringstream body(request.body);
    Poco::Net::HTMLForm form;
    form.load(http, body);
    std::map<std::string, std::string> values;
    for (const auto& [name, value] : form)
        values[name] = value;
    return values;
}

std::map<std::string, std::string> credentials(const FakeProvider& fake)
{
    return {{"whatsapp.provider", "fonnte"},
            {"fonnte.base_url", fake.baseUrl()},
            {"fonnte.token", kToken},
            {"outbound.poll_ms", "100"},
            {"followup.poll_seconds", "3600"}};
}

notify::OutboundMessage queuedText()
{
    notify::OutboundMessage message;
    message.id = "0b6e4f0e-5d1c-4a53-9a0e-52f4f1b0c001";
    message.channel = "whatsapp";
    message.recipient = "6281234567890";
    message.body = "Halo Sari & tim,\nPembayaran INV001 = Rp499.000 diterima ✅";
    return message;
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

std::string userWithWhatsapp(TestServer& server, const std::string& email,
                             const std::string& number)
{
    const auto id = test::createUser(server.instance(), email, {"member_premium"});
    server.instance().db().exec("UPDATE users SET whatsapp = $2 WHERE id = $1::uuid", {id, number});
    return id;
}

std::string whatsappField(TestServer& server, const char* column)
{
    return server.instance()
        .db()
        .exec("SELECT status, attempts::text AS attempts, COALESCE(last_error, '') AS last_error,"
              " COALESCE(provider, '') AS provider,"
              " COALESCE(provider_message_id, '') AS provider_message_id"
              " FROM outbound_messages WHERE channel = 'whatsapp'")
        .front()
        .str(column);
}

} // namespace

class TestFonnte : public QObject
{
    Q_OBJECT
private slots:
    void adapterSpeaksFonntesForm()
    {
        FakeProvider fake;
        fake.setHandler([](const ProviderRequest&) { return ProviderReply{200, kSentAnswer}; });
        notify::FonnteSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.token = kToken;
        notify::FonnteAdapter adapter(settings);
        QVERIFY(adapter.configured());
        QCOMPARE(adapter.channel(), std::string("whatsapp"));
        QCOMPARE(adapter.name(), std::string("fonnte"));
        const auto result = adapter.send(queuedText());
        QVERIFY(result.outcome == notify::SendResult::Outcome::Sent);
        QCOMPARE(result.providerMessageId.value_or(""), std::string("142223099"));

        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        const auto& request = received.front();
        QCOMPARE(request.method, std::string("POST"));
        QCOMPARE(request.uri, std::string("/send"));
        QCOMPARE(request.headers.at("Authorization"), kToken); // raw token, no prefix
        QVERIFY(
            request.headers.at("Content-Type").starts_with("application/x-www-form-urlencoded"));
        const std::map<std::string, std::string> expected{{"target", "6281234567890"},
                                                          {"message", queuedText().body}};
        QCOMPARE(fields(request), expected);
    }

    void adapterReadsFonntesAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const int sent = static_cast<int>(notify::SendResult::Outcome::Sent);
        const int retry = static_cast<int>(notify::SendResult::Outcome::RetryLater);
        const int rejected = static_cast<int>(notify::SendResult::Outcome::Rejected);
        QTest::newRow("sent") << 200 << QString::fromStdString(kSentAnswer) << sent << QString();
        QTest::newRow("token invalid on 200") << 200 << QString::fromStdString(kTokenInvalid)
                                              << retry << QStringLiteral("token invalid");
        QTest::newRow("device disconnected")
            << 200 << QStringLiteral(R"({"reason":"devices disconnected","status":false})") << retry
            << QStringLiteral("devices disconnected");
        QTest::newRow("invalid target")
            << 200 << QStringLiteral(R"({"reason":"target invalid","status":false})") << rejected
            << QStringLiteral("target invalid");
        QTest::newRow("status false, no reason")
            << 200 << QStringLiteral(R"({"status":false})") << retry
            << QStringLiteral("Fonnte answered status:false");
        QTest::newRow("server error") << 500 << QStringLiteral("Internal Server Error") << retry
                                      << QStringLiteral("HTTP 500: Internal Server Error");
        QTest::newRow("not json") << 200 << QStringLiteral("<html>maintenance</html>") << retry
                                  << QStringLiteral("unreadable answer: <html>maintenance</html>");
    }

    void adapterReadsFonntesAnswers()
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
        notify::FonnteSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.token = kToken;
        const auto result = notify::FonnteAdapter(settings).send(queuedText());
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
        notify::FonnteSettings settings;
        settings.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        settings.token = kToken;
        const auto result = notify::FonnteAdapter(settings).send(queuedText());
        QVERIFY(result.outcome == notify::SendResult::Outcome::RetryLater);
        QVERIFY(!result.error.empty());
    }

    void tokenInvalidKeepsTheReasonAndRetries()
    {
        FakeProvider fake;
        std::atomic<bool> tokenFixed{false};
        fake.setHandler([&tokenFixed](const ProviderRequest&) {
            return ProviderReply{200, tokenFixed ? kSentAnswer : kTokenInvalid};
        });
        ManualClock clock;
        TestServer server(&clock, credentials(fake));
        const auto sari = userWithWhatsapp(server, "sari@example.com", "081234567890");
        notifyByWhatsapp(server, sari);
        QTRY_COMPARE_WITH_TIMEOUT(whatsappField(server, "last_error"), std::string("token invalid"),
                                  5000);
        QCOMPARE(whatsappField(server, "status"), std::string("queued")); // not sent, not lost
        QCOMPARE(whatsappField(server, "provider"), std::string("fonnte"));
        QCOMPARE(fields(fake.received().front()).at("target"), std::string("6281234567890"));

        tokenFixed = true;
        clock.advanceMs(31'000);
        QTRY_COMPARE_WITH_TIMEOUT(whatsappField(server, "status"), std::string("sent"), 5000);
        QCOMPARE(whatsappField(server, "provider_message_id"), std::string("142223099"));
        QCOMPARE(whatsappField(server, "attempts"), std::string("2"));
        QTest::qWait(300);
        QCOMPARE(fake.received().size(), std::size_t(2));
        QCOMPARE(fields(fake.received().back()).at("message"),
                 std::string("*Pembayaran diterima*\nAkses membership Anda sudah aktif."));
    }

    void configChoosesTheProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("fonnteToken");
        QTest::addColumn<bool>("starsenderKey");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("configured");
        QTest::newRow("fonnte named")
            << QStringLiteral("fonnte") << true << true << QStringLiteral("fonnte") << true;
        QTest::newRow("starsender named")
            << QStringLiteral("starsender") << true << true << QStringLiteral("starsender") << true;
        QTest::newRow("fonnte named, no token")
            << QStringLiteral("fonnte") << false << true << QStringLiteral("fonnte") << false;
        QTest::newRow("unset, only fonnte")
            << QString() << true << false << QStringLiteral("fonnte") << true;
        QTest::newRow("unset, only starsender")
            << QString() << false << true << QStringLiteral("starsender") << true;
        QTest::newRow("unset, neither")
            << QString() << false << false << QStringLiteral("starsender") << false;
    }

    void configChoosesTheProvider()
    {
        QFETCH(QString, provider);
        QFETCH(bool, fonnteToken);
        QFETCH(bool, starsenderKey);
        QFETCH(QString, name);
        QFETCH(bool, configured);
        std::map<std::string, std::string> values{{"followup.poll_seconds", "3600"}};
        if (!provider.isEmpty())
            values["whatsapp.provider"] = provider.toStdString();
        if (fonnteToken)
            values["fonnte.token"] = kToken;
        if (starsenderKey)
            values["starsender.api_key"] = "dev-key";
        // Unreachable base URLs: this test only reads the status page.
        values["fonnte.base_url"] = "http://127.0.0.1:9";
        values["starsender.base_url"] = "http://127.0.0.1:9";
        TestServer server(nullptr, values);
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto result = admin.get("/api/v1/admin/notify/status");
        QCOMPARE(result.status, 200);
        const auto whatsapp = result.json()->getObject("providers")->getObject("whatsapp");
        QCOMPARE(whatsapp->getValue<std::string>("name"), name.toStdString());
        QCOMPARE(whatsapp->getValue<bool>("configured"), configured);
    }
};

QTEST_GUILESS_MAIN(TestFonnte)
#include "TestFonnte.moc"
