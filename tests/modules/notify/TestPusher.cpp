// Realtime web through Pusher, checked against a local server speaking Pusher's trigger API: the
// official signing test vector, every published event arriving on the right channel with its
// event name and data, big payloads reduced to a reference, and the private-channel auth endpoint.
#include "FakeProvider.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"
#include "NotifyService.h"
#include "PusherAdapter.h"
#include "ServerInstance.h"

#include <Poco/DigestEngine.h>
#include <Poco/MD5Engine.h>
#include <Poco/URI.h>

#include <sodium.h>

#include <QTest>

#include <chrono>
#include <cstdlib>

using namespace ey;
using ey::test::FakeProvider;
using ey::test::HttpClient;
using ey::test::ProviderReply;
using ey::test::ProviderRequest;
using ey::test::TestServer;

namespace {

const std::string kAppId = "3";
const std::string kKey = "278d425bdf160c739803";
const std::string kSecret = "7ad3773142a6692b25b8";

/// Written independently of the adapter: libsodium's HMAC-SHA256 as lowercase hex.
std::string hmacHex(const std::string& key, const std::string& text)
{
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                                key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()),
                                  text.size());
    crypto_auth_hmacsha256_final(&state, mac);
    std::string hex;
    char byte[3];
    for (const unsigned char c : mac) {
        std::snprintf(byte, sizeof byte, "%02x", c);
        hex += byte;
    }
    return hex;
}

/// What a Pusher server checks before it accepts a trigger; an empty string means accepted.
std::string pusherRefusal(const ProviderRequest& request)
{
    const Poco::URI uri(request.uri);
    if (request.method != "POST" || uri.getPath() != "/apps/" + kAppId + "/events")
        return "wrong endpoint " + request.method + " " + uri.getPath();
    std::map<std::string, std::string> params;
    for (const auto& [name, value] : uri.getQueryParameters())
        params[name] = value;
    if (params["auth_key"] != kKey)
        return "unknown auth_key";
    if (params["auth_version"] != "1.0")
        return "auth_version must be 1.0";
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    if (std::llabs(now - std::atoll(params["auth_timestamp"].c_str())) > 600)
        return "Timestamp expired";
    Poco::MD5Engine md5;
    md5.update(request.body);
    if (params["body_md5"] != Poco::DigestEngine::digestToHex(md5.digest()))
        return "body_md5 does not match";
    std::string toSign = "POST\n/apps/" + kAppId + "/events\n";
    bool first = true;
    for (const auto& [name, value] : params) { // std::map: sorted by key
        if (name == "auth_signature")
            continue;
        toSign += (first ? "" : "&") + name + "=" + value;
        first = false;
    }
    if (params["auth_signature"] != hmacHex(kSecret, toSign))
        return "Invalid signature";
    if (request.headers.count("Content-Type") == 0 ||
        request.headers.at("Content-Type").find("application/json") != 0)
        return "Content-Type must be application/json";
    return {};
}

/// One trigger Pusher accepted: channel, event name and the data string.
struct Trigger
{
    std::string channel;
    std::string name;
    std::string data;
};

/// A local stand-in for api-<cluster>.pusher.com that only accepts correctly signed triggers.
class FakePusher
{
public:
    FakePusher()
    {
        m_fake.setHandler([](const ProviderRequest& request) {
            const auto refusal = pusherRefusal(request);
            if (!refusal.empty())
                return ProviderReply{401, refusal};
            return ProviderReply{200, "{}"};
        });
    }
    std::string baseUrl() const { return m_fake.baseUrl(); }
    std::vector<Trigger> accepted() const
    {
        std::vector<Trigger> triggers;
        for (const auto& request : m_fake.received()) {
            if (!pusherRefusal(request).empty())
                continue;
            const auto body = core::json::parse(request.body).extract<core::json::ObjectPtr>();
            triggers.push_back({body->getValue<std::string>("channel"),
                                body->getValue<std::string>("name"),
                                body->getValue<std::string>("data")});
        }
        return triggers;
    }
    std::size_t requests() const { return m_fake.received().size(); }

private:
    FakeProvider m_fake;
};

std::map<std::string, std::string> credentials(const std::string& baseUrl)
{
    return {{"pusher.app_id", kAppId},
            {"pusher.key", kKey},
            {"pusher.secret", kSecret},
            {"pusher.base_url", baseUrl},
            {"outbound.poll_ms", "100"}};
}

std::int64_t pusherRows(TestServer& server, const std::string& status)
{
    return server.instance()
        .db()
        .exec("SELECT count(*) AS n FROM outbound_messages WHERE channel = 'pusher' AND status = "
              "$1",
              {status})
        .front()
        .i64("n");
}

const Trigger* findTrigger(const std::vector<Trigger>& triggers, const std::string& channel,
                           const std::string& name)
{
    for (const auto& trigger : triggers) {
        if (trigger.channel == channel && trigger.name == name)
            return &trigger;
    }
    return nullptr;
}

} // namespace

class TestPusher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void signatureMatchesOfficialVector()
    {
        const std::string body = "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{"
                                 "\\\"some\\\":\\\"data\\\"}\"}";
        QCOMPARE(notify::PusherAdapter::md5Hex(body),
                 std::string("ec365a775a4cd0599faeb73354201b6f"));
        const std::string expected =
            "da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c";
        QCOMPARE(notify::PusherAdapter::authSignature(
                     kSecret, "POST", "/apps/3/events",
                     {{"auth_key", kKey},
                      {"auth_timestamp", "1353088179"},
                      {"auth_version", "1.0"},
                      {"body_md5", "ec365a775a4cd0599faeb73354201b6f"}}),
                 expected);
        QCOMPARE(notify::PusherAdapter::signedQuery("3", kKey, kSecret, body, 1353088179),
                 "auth_key=" + kKey +
                     "&auth_timestamp=1353088179&auth_version=1.0&body_md5="
                     "ec365a775a4cd0599faeb73354201b6f&auth_signature=" +
                     expected);
    }

    void channelAuthMatchesPusherDocumentation()
    {
        // The example of pusher.com/docs/channels/library_auth_reference/auth-signatures.
        notify::PusherSettings settings;
        settings.appId = kAppId;
        settings.key = kKey;
        settings.secret = kSecret;
        settings.cluster = "ap1";
        const core::SystemClock clock;
        const notify::PusherAdapter adapter(settings, clock);
        QVERIFY(adapter.configured());
        QCOMPARE(adapter.channelAuth("1234.1234", "private-foobar"),
                 std::string("278d425bdf160c739803:"
                             "58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4"));
    }

    void channelsFollowTheAudience()
    {
        using notify::PusherAdapter;
        QCOMPARE(PusherAdapter::channelsFor({{"u1", "u2", "u1"}, "tickets.handle", false}),
                 (std::vector<std::string>{"private-user-u1", "private-user-u2",
                                           "private-permission-tickets.handle"}));
        QCOMPARE(PusherAdapter::channelsFor({{"u1"}, {}, true}),
                 (std::vector<std::string>{"public-everyone"}));
    }

    void publishedEventsArriveOnTheirChannels()
    {
        FakePusher pusher;
        TestServer server(nullptr, credentials(pusher.baseUrl()));
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        auto& notify = server.instance().notify();
        server.instance().db().transaction([&](core::Tx& tx) {
            notify.notify(
                tx, {sari, "TICKET", "Tiket dibalas", "Ada balasan baru", "ticket:1", "1", false});
            auto ticket = core::json::object();
            ticket->set("id", "t-7");
            ticket->set("status", "open");
            notify.publish(tx, {{}, "tickets.handle", false}, "ticket.updated", ticket);
            auto branding = core::json::object();
            branding->set("etag", "\"v2\"");
            notify.publish(tx, {{}, {}, true}, "branding.updated", branding);
        });
        QTRY_COMPARE_WITH_TIMEOUT(pusherRows(server, "sent"), std::int64_t(3), 5000);
        const auto triggers = pusher.accepted();
        QCOMPARE(triggers.size(), pusher.requests()); // every request was correctly signed
        QCOMPARE(triggers.size(), std::size_t(3));

        const auto* notification =
            findTrigger(triggers, "private-user-" + sari, std::string("notification"));
        QVERIFY(notification);
        const auto data = core::json::parse(notification->data).extract<core::json::ObjectPtr>();
        QCOMPARE(data->getValue<std::string>("title"), std::string("Tiket dibalas"));
        QCOMPARE(data->getValue<std::string>("redirect"), std::string("ticket:1"));

        const auto* ticket =
            findTrigger(triggers, "private-permission-tickets.handle", "ticket.updated");
        QVERIFY(ticket);
        QCOMPARE(ticket->data, std::string("{\"id\":\"t-7\",\"status\":\"open\"}"));
        const auto* everyone = findTrigger(triggers, "public-everyone", "branding.updated");
        QVERIFY(everyone);
        QCOMPARE(everyone->data, std::string("{\"etag\":\"\\\"v2\\\"\"}"));
    }

    void bigPayloadSendsAReferenceInstead()
    {
        FakePusher pusher;
        TestServer server(nullptr, credentials(pusher.baseUrl()));
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        auto big = core::json::object();
        big->set("text", std::string(11 * 1024, 'x'));
        server.instance().db().transaction([&](core::Tx& tx) {
            server.instance().notify().publish(tx, {{sari}, {}, false}, "catalog.imported", big);
        });
        QTRY_COMPARE_WITH_TIMEOUT(pusherRows(server, "sent"), std::int64_t(1), 5000);
        const auto triggers = pusher.accepted();
        QCOMPARE(triggers.size(), std::size_t(1));
        const auto data = core::json::parse(triggers.front().data).extract<core::json::ObjectPtr>();
        QCOMPARE(data->getValue<std::string>("event"), std::string("catalog.imported"));
        const auto storedId = server.instance()
                                  .db()
                                  .exec("SELECT max(id) AS id FROM realtime_events")
                                  .front()
                                  .i64("id");
        QCOMPARE(data->getValue<std::int64_t>("id"), storedId);
        QVERIFY(!data->has("text"));
    }

    void rolledBackEventIsNeverTriggered()
    {
        FakePusher pusher;
        TestServer server(nullptr, credentials(pusher.baseUrl()));
        try {
            server.instance().db().transaction([&](core::Tx& tx) {
                server.instance().notify().publish(tx, {{}, {}, true}, "branding.updated",
                                                   core::json::object());
                throw std::runtime_error("the caller's work failed");
            });
        } catch (const std::runtime_error&) {
        }
        QTest::qWait(400);
        QCOMPARE(pusher.requests(), std::size_t(0));
        QCOMPARE(pusherRows(server, "queued"), std::int64_t(0));
    }

    void refusedTriggerStaysQueuedWithTheError()
    {
        FakeProvider wrongSecret; // answers like Pusher does to a bad signature
        wrongSecret.setHandler([](const ProviderRequest&) {
            return ProviderReply{401, "Invalid signature: you should have sent HmacSHA256Hex"};
        });
        TestServer server(nullptr, credentials(wrongSecret.baseUrl()));
        server.instance().db().transaction([&](core::Tx& tx) {
            server.instance().notify().publish(tx, {{}, {}, true}, "branding.updated",
                                               core::json::object());
        });
        QTRY_COMPARE_WITH_TIMEOUT(wrongSecret.received().size(), std::size_t(1), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            server.instance()
                .db()
                .exec("SELECT COALESCE(last_error, '') AS e FROM outbound_messages")
                .front()
                .str("e"),
            std::string("HTTP 401: Invalid signature: you should have sent HmacSHA256Hex"), 5000);
        QCOMPARE(pusherRows(server, "queued"), std::int64_t(1));
    }

    void withoutCredentialsNothingIsQueuedOrSent()
    {
        FakePusher pusher;
        auto values = credentials(pusher.baseUrl());
        values.erase("pusher.secret");
        TestServer server(nullptr, values);
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        server.instance().db().transaction([&](core::Tx& tx) {
            server.instance().notify().publish(tx, {{}, {}, true}, "branding.updated",
                                               core::json::object());
        });
        QTest::qWait(400);
        QCOMPARE(pusher.requests(), std::size_t(0));
        QCOMPARE(pusherRows(server, "queued"), std::int64_t(0));

        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto status = admin.get("/api/v1/admin/notify/status").json();
        const auto provider = status->getObject("providers")->getObject("pusher");
        QCOMPARE(provider->getValue<bool>("configured"), false);
        QCOMPARE(provider->getValue<std::string>("name"), std::string("pusher"));
        QCOMPARE(status->getObject("queues")->getObject("pusher")->getValue<std::int64_t>("queued"),
                 std::int64_t(0));
        // The channel auth explains what is missing instead of signing with nothing.
        const auto auth = admin.post("/api/v1/realtime/pusher/auth",
                                     "{\"socket_id\":\"1.2\",\"channel_name\":\"public-x\"}");
        QCOMPARE(auth.status, 503);
        QVERIFY(auth.json()->getValue<std::string>("detail").find("Pusher") != std::string::npos);
    }

    void channelAuthEndpoint_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("form");
        QTest::addColumn<int>("status");
        QTest::newRow("own user channel") << "sari@example.com"
                                          << "private-user-{sari}" << false << 200;
        QTest::newRow("own channel as pusher-js form") << "sari@example.com"
                                                       << "private-user-{sari}" << true << 200;
        QTest::newRow("someone else's channel") << "sari@example.com"
                                                << "private-user-{budi}" << false << 403;
        QTest::newRow("permission not held") << "sari@example.com"
                                             << "private-permission-notify.manage" << true << 403;
        QTest::newRow("permission held") << "admin@example.com"
                                         << "private-permission-notify.manage" << false << 200;
        QTest::newRow("permission prefix only") << "admin@example.com"
                                                << "private-permission-" << false << 403;
        QTest::newRow("other channel kinds") << "admin@example.com"
                                             << "presence-room" << false << 403;
    }

    void channelAuthEndpoint()
    {
        QFETCH(QString, email);
        QFETCH(QString, channel);
        QFETCH(bool, form);
        QFETCH(int, status);
        FakePusher pusher;
        TestServer server(nullptr, credentials(pusher.baseUrl()));
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        const auto budi = test::createUser(server.instance(), "budi@example.com", {"member_free"});
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        std::string channelName = channel.toStdString();
        for (const auto& [placeholder, id] :
             {std::pair<std::string, std::string>{"{sari}", sari}, {"{budi}", budi}}) {
            if (const auto at = channelName.find(placeholder); at != std::string::npos)
                channelName.replace(at, placeholder.size(), id);
        }
        HttpClient client(server.baseUrl());
        client.login(email.toStdString(), test::kTestPassword);
        const std::string socketId = "123.456";
        const auto result =
            form ? client.request("POST", "/api/v1/realtime/pusher/auth",
                                  "socket_id=" + socketId + "&channel_name=" + channelName,
                                  {{"Content-Type", "application/x-www-form-urlencoded"}})
                 : client.post("/api/v1/realtime/pusher/auth", "{\"socket_id\":\"" + socketId +
                                                                   "\",\"channel_name\":\"" +
                                                                   channelName + "\"}");
        QVERIFY2(result.status == status, result.body.c_str());
        if (status == 200) {
            QCOMPARE(result.json()->getValue<std::string>("auth"),
                     kKey + ":" + hmacHex(kSecret, socketId + ":" + channelName));
        } else {
            QVERIFY(!result.json()->has("auth"));
            QVERIFY(!result.json()->getValue<std::string>("detail").empty());
        }
    }

    void channelAuthRejectsMalformedRequests()
    {
        FakePusher pusher;
        TestServer server(nullptr, credentials(pusher.baseUrl()));
        const auto sari = test::createUser(server.instance(), "sari@example.com", {"member_free"});
        HttpClient anonymous(server.baseUrl());
        QCOMPARE(anonymous
                     .post("/api/v1/realtime/pusher/auth",
                           "{\"socket_id\":\"1.2\",\"channel_name\":\"private-user-" + sari + "\"}")
                     .status,
                 401);
        HttpClient client(server.baseUrl());
        client.login("sari@example.com", test::kTestPassword);
        const auto badSocket = client.post("/api/v1/realtime/pusher/auth",
                                           "{\"socket_id\":\"1.2;x\",\"channel_name\":\"private-"
                                           "user-" +
                                               sari + "\"}");
        QCOMPARE(badSocket.status, 422);
        const auto missing = client.post("/api/v1/realtime/pusher/auth", "{\"socket_id\":\"1.2\"}");
        QCOMPARE(missing.status, 422);
    }
};

QTEST_GUILESS_MAIN(TestPusher)
#include "TestPusher.moc"
