// ApiClient against a real server: sign-in, problem details in the UI language, unreachable server,
// and raw uploads (bytes + content type) through the same error handling.
#include "ApiClient.h"

#include "LoopbackHttpServer.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>

#include <optional>

using namespace ey::desk;

class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;

    QUrl serverUrl() const { return QUrl(QString::fromStdString(m_server->baseUrl())); }

    struct Outcome
    {
        std::optional<ApiResponse> response;
        std::optional<ApiError> error;
        bool done() const { return response || error; }
    };

    void login(ApiClient& api, const QString& email, const QString& password, Outcome& outcome)
    {
        api.post(
            QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, this,
            [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "ayu@example.test", {"admin"}, "Ayu Admin");
    }

    void signInReturnsTokenAndUser()
    {
        ApiClient api;
        api.setBaseUrl(serverUrl());
        Outcome outcome;
        login(api, QStringLiteral("ayu@example.test"),
              QString::fromStdString(ey::test::kTestPassword), outcome);
        QTRY_VERIFY(outcome.done());
        QVERIFY2(outcome.response, qPrintable(outcome.error ? outcome.error->detail : QString()));
        const auto body = outcome.response->object();
        QVERIFY(!body.value(QStringLiteral("token")).toString().isEmpty());
        const auto user = body.value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("Ayu Admin"));
        QVERIFY(user.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("admin")));

        // The token works for the next request.
        api.setToken(body.value(QStringLiteral("token")).toString());
        Outcome me;
        api.get(
            QStringLiteral("/api/v1/me"), {}, this,
            [&me](const ApiResponse& r) { me.response = r; },
            [&me](const ApiError& e) { me.error = e; });
        QTRY_VERIFY(me.done());
        QVERIFY(me.response);
        QCOMPARE(me.response->object().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ayu@example.test"));
    }

    void wrongPasswordShowsServerDetail_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("indonesian")
            << QStringLiteral("id") << QStringLiteral("salah-id@example.test")
            << QStringLiteral("Email atau kata sandi salah. Sisa percobaan:");
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("salah-en@example.test")
                                 << QStringLiteral("Wrong email or password. Attempts left:");
    }

    void wrongPasswordShowsServerDetail()
    {
        QFETCH(QString, language);
        QFETCH(QString, email);
        QFETCH(QString, expected);
        ey::test::createUser(m_server->instance(), email.toStdString(), {"member_free"});
        ApiClient api;
        api.setBaseUrl(serverUrl());
        api.setLanguage(language);
        Outcome outcome;
        login(api, email, QStringLiteral("bukan-kata-sandinya"), outcome);
        QTRY_VERIFY(outcome.done());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->status, 401);
        QVERIFY2(outcome.error->detail.startsWith(expected), qPrintable(outcome.error->detail));
        QVERIFY(!outcome.error->isNetworkError());
    }

    void validationErrorsCarryFields()
    {
        ApiClient api;
        api.setBaseUrl(serverUrl());
        Outcome outcome;
        api.post(
            QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("email"), QStringLiteral("a@b.test")}}, this,
            [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
        QTRY_VERIFY(outcome.done());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->status, 422);
        QVERIFY(outcome.error->fieldErrors.contains(QStringLiteral("password")));
    }

    void deadTokenEmitsUnauthorized()
    {
        ApiClient api;
        api.setBaseUrl(serverUrl());
        api.setToken(QStringLiteral("token-yang-tidak-ada"));
        int unauthorized = 0;
        connect(&api, &ApiClient::unauthorized, this, [&unauthorized] { ++unauthorized; });
        Outcome outcome;
        api.get(
            QStringLiteral("/api/v1/me"), {}, this,
            [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
        QTRY_VERIFY(outcome.done());
        QCOMPARE(outcome.error->status, 401);
        QCOMPARE(unauthorized, 1);
    }

    void unreachableServerIsNetworkError()
    {
        // A port that was just free and is closed again: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy reachability(&api, &ApiClient::reachabilityChanged);
        Outcome outcome;
        api.get(
            QStringLiteral("/api/v1/me"), {}, this,
            [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
        QTRY_VERIFY(outcome.done());
        QVERIFY(outcome.error);
        QVERIFY(outcome.error->isNetworkError());
        QVERIFY(outcome.error->detail.contains(QStringLiteral("Tidak dapat terhubung")));
        QCOMPARE(reachability.count(), 1);
        QVERIFY(!api.isReachable());
    }

    void rawUploadGoesThroughTheSameErrorHandling_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("detail"); ///< empty: success
        QTest::addColumn<int>("unauthorized");
        QTest::newRow("stored") << 201 << QByteArray("{\"id\":\"a1\",\"size\":4096}") << QString() << 0;
        QTest::newRow("refused type")
            << 415
            << QByteArray("{\"type\":\"about:blank\",\"title\":\"Jenis berkas\",\"status\":415,"
                          "\"detail\":\"Jenis berkas ini tidak diterima.\"}")
            << QStringLiteral("Jenis berkas ini tidak diterima.") << 0;
        QTest::newRow("session ended")
            << 401
            << QByteArray("{\"type\":\"about:blank\",\"title\":\"Sesi\",\"status\":401,"
                          "\"detail\":\"Sesi Anda telah berakhir.\"}")
            << QStringLiteral("Sesi Anda telah berakhir.") << 1;
    }

    void rawUploadGoesThroughTheSameErrorHandling()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        QFETCH(QString, detail);
        QFETCH(int, unauthorized);
        test::LoopbackHttpServer server([&](const test::RecordedRequest&) {
            test::CannedResponse response;
            response.status = status;
            response.body = answer;
            response.contentType = status >= 400 ? "application/problem+json" : "application/json";
            return response;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        api.setToken(QStringLiteral("token-upload"));
        QSignalSpy ended(&api, &ApiClient::unauthorized);

        const QByteArray bytes(64 * 1024, '\x89');
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/tickets/t1/attachments");
        request.query.addQueryItem(QStringLiteral("filename"), QStringLiteral("layar.png"));
        request.rawBody = bytes;
        request.rawContentType = "image/png";
        request.headers.append({QByteArrayLiteral("If-Match"), QByteArrayLiteral("\"v1\"")});
        Outcome outcome;
        QNetworkReply* reply = api.send(
            request, this, [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
        QVERIFY(reply); // what callers follow uploadProgress on
        QTRY_VERIFY(outcome.done());

        // The server got the bytes as they are, typed as asked, with the usual headers.
        QCOMPARE(server.requests.size(), 1);
        const auto& received = server.requests.first();
        QCOMPARE(received.path, QByteArray("/api/v1/tickets/t1/attachments?filename=layar.png"));
        QCOMPARE(received.body, bytes);
        QCOMPARE(received.headers.value("content-type"), QByteArray("image/png"));
        QCOMPARE(received.headers.value("authorization"), QByteArray("Bearer token-upload"));
        QCOMPARE(received.headers.value("if-match"), QByteArray("\"v1\""));
        if (detail.isEmpty()) {
            QVERIFY(outcome.response);
            QCOMPARE(outcome.response->status, status);
            QCOMPARE(outcome.response->object().value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        } else {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.error->status, status);
            QCOMPARE(outcome.error->detail, detail);
        }
        QCOMPARE(ended.count(), unauthorized);
    }

    void problemExtensionMembersAreKept()
    {
        // A buyer quota problem: the standard members stay in their fields, the rest in members.
        test::LoopbackHttpServer server([](const test::RecordedRequest&) {
            test::CannedResponse response;
            response.status = 429;
            response.contentType = "application/problem+json";
            response.body =
                "{\"type\":\"https://eksporyuk.com/problems/buyer-quota\",\"title\":\"Kuota\","
                "\"status\":429,\"detail\":\"Kuota buyer bulan ini habis.\",\"instance\":\"/x\","
                "\"errors\":{\"plan\":\"Paket gratis.\"},\"limit\":20,\"used\":20,"
                "\"resets_at\":\"2026-12-01T00:00:00+07:00\",\"duplicate_id\":\"b-1\","
                "\"upgrade\":true,\"ratio\":0.5}";
            return response;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        Outcome outcome;
        api.get(
            QStringLiteral("/api/v1/buyers"), {}, this,
            [&outcome](const ApiResponse& r) { outcome.response = r; },
            [&outcome](const ApiError& e) { outcome.error = e; });
        QTRY_VERIFY(outcome.done());
        QVERIFY(outcome.error);
        const ApiError& error = *outcome.error;
        QCOMPARE(error.status, 429);
        QCOMPARE(error.detail, QStringLiteral("Kuota buyer bulan ini habis."));
        QCOMPARE(error.fieldErrors.value(QStringLiteral("plan")), QStringLiteral("Paket gratis."));
        QCOMPARE(error.members.keys(),
                 (QStringList{QStringLiteral("duplicate_id"), QStringLiteral("limit"),
                              QStringLiteral("ratio"), QStringLiteral("resets_at"),
                              QStringLiteral("upgrade"), QStringLiteral("used")}));
        QCOMPARE(error.members.value(QStringLiteral("limit")).toLongLong(), 20);
        QCOMPARE(error.members.value(QStringLiteral("used")).toLongLong(), 20);
        QCOMPARE(error.members.value(QStringLiteral("resets_at")).toString(),
                 QStringLiteral("2026-12-01T00:00:00+07:00"));
        QCOMPARE(error.members.value(QStringLiteral("duplicate_id")).toString(), QStringLiteral("b-1"));
        QCOMPARE(error.members.value(QStringLiteral("upgrade")).toBool(), true);
        QCOMPARE(error.members.value(QStringLiteral("ratio")).toDouble(), 0.5);
    }

    void problemWithoutExtensionsHasNoMembers()
    {
        // A real server problem (wrong password) carries only the standard members.
        ApiClient api;
        api.setBaseUrl(serverUrl());
        Outcome outcome;
        login(api, QStringLiteral("ayu@example.test"), QStringLiteral("salah-sandi-123"), outcome);
        QTRY_VERIFY(outcome.done());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->status, 401);
        QVERIFY2(outcome.error->members.isEmpty(),
                 qPrintable(outcome.error->members.keys().join(QLatin1Char(','))));
    }

    void contextGoneSkipsCallback()
    {
        ApiClient api;
        api.setBaseUrl(serverUrl());
        bool called = false;
        auto* context = new QObject;
        api.get(
            QStringLiteral("/healthz"), {}, context,
            [&called](const ApiResponse&) { called = true; },
            [&called](const ApiError&) { called = true; });
        delete context;
        // A later request on the same client finishing means the first one has been answered too.
        bool later = false;
        api.get(
            QStringLiteral("/healthz"), {}, this, [&later](const ApiResponse&) { later = true; },
            [&later](const ApiError&) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
