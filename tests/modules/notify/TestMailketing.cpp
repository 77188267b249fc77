// Email through Mailketing, checked against a local server speaking Mailketing's wire format:
// the adapter's form fields, the queue sending each email once, retrying provider errors, and
// keeping everything queued while no credentials are configured.
#include "TestSupport.h"

#include "Db.h"
#include "MailketingAdapter.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <QTest>

#include <filesystem>
#include <mutex>
#include <set>

using namespace ey;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {

/// What Mailketing's POST /api/v1/send received.
struct ReceivedMail
{
    std::string method;
    std::string path;
    std::string contentType;
    std::map<std::string, std::string> fields;
};

/// A local stand-in for api.mailketing.co.id: records each form and answers as told.
class FakeMailketing
{
public:
    FakeMailketing()
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(4);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket, params);
        m_server->start();
    }
    ~FakeMailketing() { m_server->stopAll(true); }

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    /// The next answers: HTTP status and body.
    void answer(int status, std::string body)
    {
        std::lock_guard lock(m_mutex);
        m_status = status;
        m_body = std::move(body);
    }
    std::vector<ReceivedMail> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    class Handler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit Handler(FakeMailketing& fake) : m_fake(fake) {}
        void handleRequest(Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response) override
        {
            ReceivedMail mail{request.getMethod(), request.getURI(), request.getContentType(), {}};
            Poco::Net::HTMLForm form(request, request.stream());
            for (const auto& [name, value] : form)
                mail.fields[name] = value;
            int status = 200;
            std::string body;
            {
                std::lock_guard lock(m_fake.m_mutex);
                m_fake.m_received.push_back(mail);
                status = m_fake.m_status;
                body = m_fake.m_body;
            }
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
            response.setContentType("application/json");
            response.sendBuffer(body.data(), body.size());
        }

    private:
        FakeMailketing& m_fake;
    };
    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FakeMailketing& fake) : m_fake(fake) {}
        Poco::Net::HTTPRequestHandler*
        createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new Handler(m_fake);
        }

    private:
        FakeMailketing& m_fake;
    };

    int m_port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    mutable std::mutex m_mutex;
    int m_status = 200;
    std::string m_body = R"({"status":"success","response":"Mail Sent"})";
    std::vector<ReceivedMail> m_received;
};

std::map<std::string, std::string> credentials(const FakeMailketing& fake)
{
    return {{"mailketing.base_url", fake.baseUrl()},
            {"mailketing.api_token", "token-rahasia"},
            {"mailketing.from_email", "halo@eksporyuk.com"},
            {"mailketing.from_name", "EksporYuk"},
            {"outbound.poll_ms", "100"}};
}

/// Another server instance on `shared`'s database, with its own config values and data dir.
class SecondInstance
{
public:
    SecondInstance(TestServer& shared, const core::Clock* clock,
                   std::map<std::string, std::string> values)
        : m_dataDir(shared.dataDir() + "-second")
    {
        core::Config config;
        config.databaseUrl = shared.instance().db().url();
        config.dataDir = m_dataDir;
        config.port = 0;
        config.dbPoolSize = 4;
        config.httpThreads = 4;
        config.values = std::move(values);
        config.values.try_emplace("password.cost", "minimum");
        m_server = std::make_unique<app::ServerInstance>(config, clock);
        m_server->start();
    }
    ~SecondInstance()
    {
        m_server.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dataDir, ec);
    }

private:
    std::string m_dataDir;
    std::unique_ptr<app::ServerInstance> m_server;
};

void notifyByEmail(TestServer& server, const std::string& userId, const std::string& title)
{
    server.instance().db().transaction([&](core::Tx& tx) {
        server.instance().notify().notify(
            tx, {userId, "TICKET", title, "Halo,\nada balasan <baru>.", "", "", true});
    });
}

std::string queueField(TestServer& server, const char* column)
{
    return server.instance()
        .db()
        .exec("SELECT status, attempts::text AS attempts, COALESCE(last_error, '') AS last_error,"
              " COALESCE(provider, '') AS provider, (sent_at IS NOT NULL)::text AS has_sent_at "
              "FROM outbound_messages")
        .front()
        .str(column);
}

} // namespace

class TestMailketing : public QObject
{
    Q_OBJECT
private slots:
    void adapterSpeaksMailketingsForm()
    {
        FakeMailketing fake;
        notify::MailketingSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.apiToken = "token-rahasia";
        settings.fromEmail = "halo@eksporyuk.com";
        settings.fromName = "EksporYuk Support";
        notify::MailketingAdapter adapter(settings);
        QVERIFY(adapter.configured());
        const auto result =
            adapter.send({"sari@example.com", "Tiket dibalas & ditutup", "<p>Halo Sari</p>"});
        QVERIFY(result.outcome == notify::SendResult::Outcome::Sent);

        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        const auto& mail = received.front();
        QCOMPARE(mail.method, std::string("POST"));
        QCOMPARE(mail.path, std::string("/api/v1/send"));
        QVERIFY(mail.contentType.starts_with("application/x-www-form-urlencoded"));
        const std::map<std::string, std::string> expected{
            {"api_token", "token-rahasia"},         {"from_name", "EksporYuk Support"},
            {"from_email", "halo@eksporyuk.com"},   {"recipient", "sari@example.com"},
            {"subject", "Tiket dibalas & ditutup"}, {"content", "<p>Halo Sari</p>"}};
        QCOMPARE(mail.fields, expected);
    }

    void adapterReadsProviderAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const int sent = static_cast<int>(notify::SendResult::Outcome::Sent);
        const int retry = static_cast<int>(notify::SendResult::Outcome::RetryLater);
        const int rejected = static_cast<int>(notify::SendResult::Outcome::Rejected);
        QTest::newRow("sent") << 200
                              << QStringLiteral(R"({"status":"success","response":"Mail Sent"})")
                              << sent << QString();
        QTest::newRow("no credits")
            << 200
            << QStringLiteral(R"({"status":"failed","response":"No Credits, Please Top Up"})")
            << retry << QStringLiteral("No Credits, Please Top Up");
        QTest::newRow("wrong token")
            << 200
            << QStringLiteral(
                   R"({"status":"failed","response":"User Not Found or Wrong API Token"})")
            << retry << QStringLiteral("User Not Found or Wrong API Token");
        QTest::newRow("blacklisted")
            << 200 << QStringLiteral(R"({"status":"failed","response":"Blacklisted"})") << rejected
            << QStringLiteral("Blacklisted");
        QTest::newRow("server error") << 502 << QStringLiteral("Bad Gateway") << retry
                                      << QStringLiteral("HTTP 502: Bad Gateway");
        QTest::newRow("not json") << 200 << QStringLiteral("<html>maintenance</html>") << retry
                                  << QStringLiteral("unreadable answer: <html>maintenance</html>");
    }

    void adapterReadsProviderAnswers()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(int, outcome);
        QFETCH(QString, error);
        FakeMailketing fake;
        fake.answer(status, body.toStdString());
        notify::MailketingSettings settings;
        settings.baseUrl = fake.baseUrl();
        settings.apiToken = "t";
        settings.fromEmail = "halo@eksporyuk.com";
        const auto result =
            notify::MailketingAdapter(settings).send({"sari@example.com", "Judul", "Isi"});
        QCOMPARE(static_cast<int>(result.outcome), outcome);
        QCOMPARE(result.error, error.toStdString());
    }

    void unreachableProviderMeansRetryLater()
    {
        int port = 0;
        {
            Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
            port = socket.address().port();
        } // closed again: nothing listens there now
        notify::MailketingSettings settings;
        settings.baseUrl = "http://127.0.0.1:" + std::to_string(port);
        settings.apiToken = "t";
        settings.fromEmail = "halo@eksporyuk.com";
        const auto result =
            notify::MailketingAdapter(settings).send({"sari@example.com", "Judul", "Isi"});
        QVERIFY(result.outcome == notify::SendResult::Outcome::RetryLater);
        QVERIFY(!result.error.empty());
    }

    void withoutCredentialsEverythingStaysQueued()
    {
        FakeMailketing fake;
        auto values = credentials(fake);
        values.erase("mailketing.api_token");
        TestServer server(nullptr, values);
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        notifyByEmail(server, sari, "Tiket dibalas");
        QTest::qWait(600); // several poll intervals: long enough for a wrong sender to act
        QCOMPARE(fake.received().size(), std::size_t(0));
        QCOMPARE(queueField(server, "status"), std::string("queued"));
        QCOMPARE(queueField(server, "attempts"), std::string("0"));

        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        const auto status = admin.get("/api/v1/admin/notify/status").json();
        QCOMPARE(status->getObject("providers")->getObject("email")->getValue<bool>("configured"),
                 false);
        QCOMPARE(status->getObject("queue")->getValue<std::int64_t>("queued"), std::int64_t(1));
    }

    void queuedEmailIsSentOnceWhenAProviderIsConfigured()
    {
        FakeMailketing fake;
        ManualClock clock;
        TestServer unconfigured(&clock, {{"outbound.poll_ms", "100"}});
        const auto sari =
            test::createUser(unconfigured.instance(), "sari@example.com", {"member_premium"});
        notifyByEmail(unconfigured, sari, "Tiket dibalas");
        QTest::qWait(300);
        QCOMPARE(queueField(unconfigured, "status"), std::string("queued"));

        // An instance that has the credentials (a restart with a new config, or a second node).
        SecondInstance configured(unconfigured, &clock, credentials(fake));
        QTRY_COMPARE_WITH_TIMEOUT(queueField(unconfigured, "status"), std::string("sent"), 5000);
        QTest::qWait(500); // and nothing more goes out afterwards
        const auto received = fake.received();
        QCOMPARE(received.size(), std::size_t(1));
        QCOMPARE(received.front().fields.at("recipient"), std::string("sari@example.com"));
        QCOMPARE(received.front().fields.at("subject"), std::string("Tiket dibalas"));
        QCOMPARE(received.front().fields.at("content"),
                 std::string("<p>Halo,<br>ada balasan &lt;baru&gt;.</p>"));
        QCOMPARE(queueField(unconfigured, "attempts"), std::string("1"));
        QCOMPARE(queueField(unconfigured, "provider"), std::string("mailketing"));
        QCOMPARE(queueField(unconfigured, "has_sent_at"), std::string("true"));
    }

    void providerErrorKeepsItQueuedForRetry()
    {
        FakeMailketing fake;
        fake.answer(200, R"({"status":"failed","response":"No Credits, Please Top Up"})");
        ManualClock clock;
        TestServer server(&clock, credentials(fake));
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        notifyByEmail(server, sari, "Tiket dibalas");
        QTRY_COMPARE_WITH_TIMEOUT(queueField(server, "attempts"), std::string("1"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(queueField(server, "last_error"),
                                  std::string("No Credits, Please Top Up"), 2000);
        QCOMPARE(queueField(server, "status"), std::string("queued"));
        QTest::qWait(400); // the retry waits for its backoff, not for the next poll
        QCOMPARE(fake.received().size(), std::size_t(1));

        // The admin tops up; once the backoff has passed the email goes, once.
        fake.answer(200, R"({"status":"success","response":"Mail Sent"})");
        clock.advanceMs(31'000);
        QTRY_COMPARE_WITH_TIMEOUT(queueField(server, "status"), std::string("sent"), 5000);
        QTest::qWait(300);
        QCOMPARE(fake.received().size(), std::size_t(2));
        QCOMPARE(queueField(server, "attempts"), std::string("2"));
        QCOMPARE(queueField(server, "last_error"), std::string());
    }

    void rejectedAddressFailsForGood()
    {
        FakeMailketing fake;
        fake.answer(200, R"({"status":"failed","response":"Blacklisted"})");
        TestServer server(nullptr, credentials(fake));
        const auto sari =
            test::createUser(server.instance(), "sari@example.com", {"member_premium"});
        notifyByEmail(server, sari, "Tiket dibalas");
        QTRY_COMPARE_WITH_TIMEOUT(queueField(server, "status"), std::string("failed"), 5000);
        QCOMPARE(queueField(server, "last_error"), std::string("Blacklisted"));
        QCOMPARE(fake.received().size(), std::size_t(1));
    }

    void twoInstancesShareTheQueueWithoutDuplicates()
    {
        FakeMailketing fake;
        TestServer first(nullptr, credentials(fake));
        SecondInstance second(first, nullptr, credentials(fake));
        std::vector<std::string> users;
        for (int i = 0; i < 12; ++i)
            users.push_back(test::createUser(
                first.instance(), "orang" + std::to_string(i) + "@example.com", {"member_free"}));
        first.instance().db().transaction([&](core::Tx& tx) {
            for (const auto& user : users)
                first.instance().notify().notify(
                    tx, {user, "SYSTEM", "Pengumuman", "Isi", "", "", true});
        });
        QTRY_COMPARE_WITH_TIMEOUT(
            first.instance()
                .db()
                .exec("SELECT count(*) AS n FROM outbound_messages WHERE status = 'sent'")
                .front()
                .i64("n"),
            std::int64_t(12), 10000);
        QTest::qWait(300);
        std::set<std::string> recipients;
        for (const auto& mail : fake.received())
            recipients.insert(mail.fields.at("recipient"));
        QCOMPARE(fake.received().size(), std::size_t(12));
        QCOMPARE(recipients.size(), std::size_t(12));
    }
};

QTEST_GUILESS_MAIN(TestMailketing)
#include "TestMailketing.moc"
