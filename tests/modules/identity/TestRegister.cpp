// Self-registration as the checkout page uses it: a new free member signed in at once, field
// errors a person can fix, a taken email, and the per-address limit.
#include "TestSupport.h"

#include "IdentityService.h"
#include "ServerInstance.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {
std::string registerBody(const std::string& name, const std::string& email,
                         const std::string& whatsapp, const std::string& password)
{
    auto body = core::json::object();
    body->set("full_name", name);
    body->set("email", email);
    body->set("whatsapp", whatsapp);
    body->set("password", password);
    return core::json::stringify(body);
}
} // namespace

class TestRegister : public QObject
{
    Q_OBJECT
private slots:
    void registersAFreeMemberAndSignsIn()
    {
        TestServer server;
        HttpClient client(server.baseUrl());
        const auto result =
            client.post("/api/v1/auth/register", registerBody("Budi Santoso", "Budi@Gmail.com",
                                                              "0812-3456-7890", "rahasia-123"));
        QCOMPARE(result.status, 201);
        const auto body = result.json();
        const auto token = body->getValue<std::string>("token");
        QCOMPARE(token.size(), std::size_t(43));
        const auto user = body->getObject("user");
        QCOMPARE(user->getValue<std::string>("email"), std::string("budi@gmail.com"));
        QCOMPARE(user->getValue<std::string>("whatsapp"), std::string("+6281234567890"));
        QCOMPARE(user->getArray("roles")->size(), std::size_t(1));
        QCOMPARE(user->getArray("roles")->getElement<std::string>(0), std::string("member_free"));

        // The token works, and the same password signs in later.
        client.setToken(token);
        const auto me = client.get("/api/v1/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()->getValue<std::string>("full_name"), std::string("Budi Santoso"));
        HttpClient again(server.baseUrl());
        again.login("budi@gmail.com", "rahasia-123");

        // The registration is in the activity log, done by the person themselves.
        const auto rows = server.instance().db().exec(
            "SELECT actor_id::text AS actor FROM activity_log WHERE action = 'user.register'");
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.front().str("actor"), user->getValue<std::string>("id"));
    }

    void explainsEachBadField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("whatsapp");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("email") << "Sari"
                               << "bukan-email"
                               << "081234567890"
                               << "rahasia-123"
                               << "email"
                               << "Format email tidak valid.";
        QTest::newRow("whatsapp") << "Sari"
                                  << "sari@example.com"
                                  << "12ab"
                                  << "rahasia-123"
                                  << "whatsapp"
                                  << "Nomor WhatsApp tidak valid (contoh: 081234567890).";
        QTest::newRow("password") << "Sari"
                                  << "sari@example.com"
                                  << "081234567890"
                                  << "pendek"
                                  << "password"
                                  << "Kata sandi minimal 8 karakter.";
        QTest::newRow("name missing") << ""
                                      << "sari@example.com"
                                      << "081234567890"
                                      << "rahasia-123"
                                      << "full_name"
                                      << "";
    }
    void explainsEachBadField()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, whatsapp);
        QFETCH(QString, password);
        QFETCH(QString, field);
        QFETCH(QString, message);
        TestServer server;
        HttpClient client(server.baseUrl());
        const auto result = client.post(
            "/api/v1/auth/register", registerBody(name.toStdString(), email.toStdString(),
                                                  whatsapp.toStdString(), password.toStdString()));
        QCOMPARE(result.status, 422);
        const auto errors = result.json()->getObject("errors");
        QVERIFY2(errors && errors->has(field.toStdString()), result.body.c_str());
        if (!message.isEmpty())
            QCOMPARE(errors->getValue<std::string>(field.toStdString()), message.toStdString());
        QCOMPARE(server.instance().db().exec("SELECT id FROM users").size(), std::size_t(0));
    }

    void refusesATakenEmail()
    {
        TestServer server;
        test::createUser(server.instance(), "ani@example.com", {"affiliate"});
        HttpClient client(server.baseUrl());
        const auto result =
            client.post("/api/v1/auth/register",
                        registerBody("Ani", "ANI@example.com", "081234567890", "rahasia-123"));
        QCOMPARE(result.status, 409);
        QCOMPARE(result.json()->getObject("errors")->getValue<std::string>("email"),
                 std::string("Email sudah terdaftar."));
    }

    void limitsRegistrationsPerAddress()
    {
        ManualClock clock;
        TestServer server(&clock);
        HttpClient client(server.baseUrl());
        for (int i = 0; i < identity::IdentityService::kIpMaxRegistrations; ++i) {
            const auto email = "warga" + std::to_string(i) + "@example.com";
            QCOMPARE(client
                         .post("/api/v1/auth/register",
                               registerBody("Warga", email, "081234567890", "rahasia-123"))
                         .status,
                     201);
        }
        const auto refused =
            client.post("/api/v1/auth/register",
                        registerBody("Warga", "lagi@example.com", "081234567890", "rahasia-123"));
        QCOMPARE(refused.status, 429);
        QVERIFY(!refused.header("retry-after").empty());
        // After the window the address may register again.
        clock.advanceMs(identity::IdentityService::kRegisterWindowMs + 1000);
        QCOMPARE(client
                     .post("/api/v1/auth/register",
                           registerBody("Warga", "lagi@example.com", "081234567890", "rahasia-123"))
                     .status,
                 201);
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "TestRegister.moc"
