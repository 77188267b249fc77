// Sign-in as a person meets it: wrong passwords, throttling with its wait time, sessions ending.
#include "TestSupport.h"

#include "Db.h"
#include "IdentityService.h"
#include "ServerInstance.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;
using ey::test::ManualClock;
using ey::test::TestServer;

namespace {
std::string loginBody(const std::string& email, const std::string& password)
{
    auto body = core::json::object();
    body->set("email", email);
    body->set("password", password);
    return core::json::stringify(body);
}
} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private slots:
    void signsInAndOut()
    {
        TestServer server;
        test::createUser(server.instance(), "sari@example.com", {"support"}, "Sari");
        HttpClient client(server.baseUrl());
        const auto token = client.login("SARI@example.com", test::kTestPassword);
        QCOMPARE(token.size(), std::size_t(43)); // 32 random bytes, base64url
        const auto me = client.get("/api/v1/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()->getValue<std::string>("full_name"), std::string("Sari"));
        QVERIFY(me.json()->getArray("permissions")->size() >= 2);

        // Only the hash is stored.
        const auto stored = server.instance()
                                .db()
                                .exec("SELECT token_hash FROM sessions")
                                .front()
                                .str("token_hash");
        QVERIFY(stored != token);
        QCOMPARE(stored.size(), std::size_t(64));

        QCOMPARE(client.post("/api/v1/auth/logout", "").status, 204);
        QCOMPARE(client.get("/api/v1/me").status, 401);
    }

    void wrongPasswordSaysAttemptsLeft()
    {
        TestServer server;
        test::createUser(server.instance(), "andi@example.com", {"affiliate"});
        HttpClient client(server.baseUrl());
        const auto result =
            client.post("/api/v1/auth/login", loginBody("andi@example.com", "salah-sandi"));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.header("content-type"),
                 std::string("application/problem+json; charset=utf-8"));
        QCOMPARE(result.json()->getValue<std::string>("detail"),
                 std::string("Email atau kata sandi salah. Sisa percobaan: 4."));
        const auto english =
            client.request("POST", "/api/v1/auth/login", loginBody("andi@example.com", "x"),
                           {{"Accept-Language", "en-US"}});
        QCOMPARE(english.json()->getValue<std::string>("detail"),
                 std::string("Wrong email or password. Attempts left: 3."));
        // An unknown email answers exactly like a wrong password.
        const auto unknown =
            client.post("/api/v1/auth/login", loginBody("nobody@example.com", "x"));
        QCOMPARE(unknown.status, 401);
    }

    void locksAccountAfterRepeatedFailuresThenReleases()
    {
        ManualClock clock;
        TestServer server(&clock);
        test::createUser(server.instance(), "mira@example.com", {"member_free"});
        HttpClient client(server.baseUrl());
        for (int i = 0; i < identity::IdentityService::kAccountMaxFailures - 1; ++i)
            QCOMPARE(
                client.post("/api/v1/auth/login", loginBody("mira@example.com", "wrong")).status,
                401);
        const auto locked =
            client.post("/api/v1/auth/login", loginBody("mira@example.com", "wrong"));
        QCOMPARE(locked.status, 429);
        QVERIFY(!locked.header("retry-after").empty());
        QCOMPARE(
            locked.json()->getValue<std::string>("detail"),
            std::string("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit."));
        // Even the right password waits out the lock, and the message counts down.
        clock.advanceMs(10 * 60 * 1000);
        const auto stillLocked =
            client.post("/api/v1/auth/login", loginBody("mira@example.com", test::kTestPassword));
        QCOMPARE(stillLocked.status, 429);
        QCOMPARE(
            stillLocked.json()->getValue<std::string>("detail"),
            std::string("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 5 menit."));
        clock.advanceMs(5 * 60 * 1000 + 1000);
        QCOMPARE(
            client.post("/api/v1/auth/login", loginBody("mira@example.com", test::kTestPassword))
                .status,
            200);
    }

    void locksAnAddressTryingManyAccounts()
    {
        ManualClock clock;
        TestServer server(&clock);
        HttpClient client(server.baseUrl());
        int lockedAt = 0;
        for (int i = 1; i <= identity::IdentityService::kIpMaxFailures + 1 && !lockedAt; ++i) {
            const auto result = client.post(
                "/api/v1/auth/login", loginBody("u" + std::to_string(i) + "@example.com", "x"));
            if (result.status == 429)
                lockedAt = i;
        }
        QCOMPARE(lockedAt, identity::IdentityService::kIpMaxFailures);
    }

    void failuresOutsideTheWindowDoNotAddUp()
    {
        ManualClock clock;
        TestServer server(&clock);
        test::createUser(server.instance(), "putri@example.com", {"member_premium"});
        HttpClient client(server.baseUrl());
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < identity::IdentityService::kAccountMaxFailures - 1; ++i)
                QCOMPARE(client.post("/api/v1/auth/login", loginBody("putri@example.com", "wrong"))
                             .status,
                         401);
            clock.advanceMs(identity::IdentityService::kWindowMs + 1000);
        }
    }

    void sessionsExpire()
    {
        ManualClock clock;
        TestServer server(&clock);
        test::createUser(server.instance(), "maya@example.com", {"mentor"});
        HttpClient client(server.baseUrl());
        client.login("maya@example.com", test::kTestPassword);
        QCOMPARE(client.get("/api/v1/me").status, 200);
        clock.advanceMs(std::int64_t(server.instance().config().sessionHours) * 3600 * 1000 + 1000);
        QCOMPARE(client.get("/api/v1/me").status, 401);
    }

    void logoutEverywhereEndsOtherDevices()
    {
        TestServer server;
        test::createUser(server.instance(), "fitri@example.com", {"finance"});
        HttpClient laptop(server.baseUrl());
        HttpClient phone(server.baseUrl());
        laptop.login("fitri@example.com", test::kTestPassword);
        phone.login("fitri@example.com", test::kTestPassword);
        QCOMPARE(phone.post("/api/v1/auth/logout-all", "").status, 204);
        QCOMPARE(laptop.get("/api/v1/me").status, 401);
        QCOMPARE(phone.get("/api/v1/me").status, 401);
    }

    void deactivationEndsSessionsAndBlocksSignIn()
    {
        TestServer server;
        test::createUser(server.instance(), "admin@example.com", {"admin"});
        const auto memberId =
            test::createUser(server.instance(), "oki@example.com", {"partner_operator"});
        HttpClient admin(server.baseUrl());
        admin.login("admin@example.com", test::kTestPassword);
        HttpClient member(server.baseUrl());
        member.login("oki@example.com", test::kTestPassword);

        QCOMPARE(
            admin.request("PATCH", "/api/v1/admin/users/" + memberId, R"({"status":"deactivated"})")
                .status,
            200);
        QCOMPARE(member.get("/api/v1/me").status, 401);
        const auto again =
            member.post("/api/v1/auth/login", loginBody("oki@example.com", test::kTestPassword));
        QCOMPARE(again.status, 403);
        QVERIFY(again.json()->getValue<std::string>("detail").find("dinonaktifkan") !=
                std::string::npos);
    }

    void passwordsAreArgon2id()
    {
        TestServer server;
        test::createUser(server.instance(), "hash@example.com", {"member_free"});
        const auto hash = server.instance()
                              .db()
                              .exec("SELECT password_hash FROM users")
                              .front()
                              .str("password_hash");
        QVERIFY(hash.starts_with("$argon2id$"));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
