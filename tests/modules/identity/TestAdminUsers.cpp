// Admin work on users and API keys: validation a person can act on, and an audit row for every
// change.
#include "TestSupport.h"

#include "Db.h"
#include "ServerInstance.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;
using ey::test::TestServer;

class TestAdminUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpClient> m_admin;
    std::string m_adminId;

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        m_adminId =
            test::createUser(m_server->instance(), "admin@example.com", {"admin"}, "Ayu Admin");
        m_admin = std::make_unique<HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.com", test::kTestPassword);
    }
    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void createsUserWithRolesAndAuditRow()
    {
        const auto created = m_admin->post(
            "/api/v1/admin/users",
            R"({"email":"Budi@Example.com","full_name":" Budi Santoso ","whatsapp":"0812-3456-7890","password":"rahasia-123","roles":["affiliate","member_premium"]})");
        QCOMPARE(created.status, 201);
        const auto user = created.json();
        QCOMPARE(user->getValue<std::string>("email"), std::string("budi@example.com"));
        QCOMPARE(user->getValue<std::string>("full_name"), std::string("Budi Santoso"));
        QCOMPARE(user->getValue<std::string>("whatsapp"), std::string("+6281234567890"));
        QCOMPARE(user->getArray("roles")->size(), std::size_t(2));

        const auto audit = m_server->instance().db().exec(
            "SELECT actor_id::text AS actor, action, after->>'email' AS email, before IS NULL AS "
            "no_before, ip"
            " FROM activity_log WHERE entity_id = $1",
            {user->getValue<std::string>("id")});
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.front().str("actor"), m_adminId);
        QCOMPARE(audit.front().str("action"), std::string("user.create"));
        QCOMPARE(audit.front().str("email"), std::string("budi@example.com"));
        QVERIFY(audit.front().boolean("no_before"));
        QCOMPARE(audit.front().str("ip"), std::string("127.0.0.1"));

        HttpClient budi(m_server->baseUrl());
        budi.login("budi@example.com", "rahasia-123");
    }

    void refusesBadInputFieldByField_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("status");
        QTest::newRow("no email")
            << R"({"full_name":"A","password":"12345678","roles":["member_free"]})"
            << "email" << 422;
        QTest::newRow("bad email")
            << R"({"email":"x@","full_name":"A","password":"12345678","roles":["member_free"]})"
            << "email" << 422;
        QTest::newRow("short password")
            << R"({"email":"a@b.co","full_name":"A","password":"123","roles":["member_free"]})"
            << "password" << 422;
        QTest::newRow("bad whatsapp")
            << R"({"email":"a@b.co","full_name":"A","whatsapp":"abc","password":"12345678","roles":["member_free"]})"
            << "whatsapp" << 422;
        QTest::newRow("unknown role")
            << R"({"email":"a@b.co","full_name":"A","password":"12345678","roles":["superuser"]})"
            << "roles" << 422;
        QTest::newRow("no role")
            << R"({"email":"a@b.co","full_name":"A","password":"12345678","roles":[]})"
            << "roles" << 422;
        QTest::newRow("duplicate email")
            << R"({"email":"ADMIN@example.com","full_name":"A","password":"12345678","roles":["member_free"]})"
            << "email" << 409;
        QTest::newRow("name not text")
            << R"({"email":"a@b.co","full_name":5,"password":"12345678","roles":["member_free"]})"
            << "full_name" << 422;
    }
    void refusesBadInputFieldByField()
    {
        QFETCH(QString, body);
        QFETCH(QString, field);
        QFETCH(int, status);
        const auto before =
            m_server->instance().db().exec("SELECT count(*) AS n FROM users").front().i64("n");
        const auto result = m_admin->post("/api/v1/admin/users", body.toStdString());
        QCOMPARE(result.status, status);
        QVERIFY2(result.json()->getObject("errors")->has(field.toStdString()), result.body.c_str());
        QCOMPARE(m_server->instance().db().exec("SELECT count(*) AS n FROM users").front().i64("n"),
                 before);
    }

    void changesRolesWithBeforeAndAfter()
    {
        const auto id = test::createUser(m_server->instance(), "sari@example.com", {"member_free"});
        const auto result = m_admin->request("PUT", "/api/v1/admin/users/" + id + "/roles",
                                             R"({"roles":["support"]})");
        QCOMPARE(result.status, 200);
        HttpClient sari(m_server->baseUrl());
        sari.login("sari@example.com", test::kTestPassword);
        QCOMPARE(sari.get("/api/v1/admin/users").status, 200); // support holds users.read now
        const auto audit =
            m_server->instance().db().exec("SELECT before->'roles'->>0 AS old_role, "
                                           "after->'roles'->>0 AS new_role FROM activity_log"
                                           " WHERE action = 'user.roles' AND entity_id = $1",
                                           {id});
        QCOMPARE(audit.front().str("old_role"), std::string("member_free"));
        QCOMPARE(audit.front().str("new_role"), std::string("support"));
    }

    void adminCannotLockThemselvesOut()
    {
        QCOMPARE(m_admin
                     ->request("PATCH", "/api/v1/admin/users/" + m_adminId,
                               R"({"status":"deactivated"})")
                     .status,
                 422);
        QCOMPARE(m_admin
                     ->request("PUT", "/api/v1/admin/users/" + m_adminId + "/roles",
                               R"({"roles":["member_free"]})")
                     .status,
                 422);
        QCOMPARE(m_admin->get("/api/v1/me").status, 200);
    }

    void unknownUserIsNotFound()
    {
        QCOMPARE(m_admin->get("/api/v1/admin/users/00000000-0000-4000-8000-000000000000").status,
                 404);
        QCOMPARE(m_admin->get("/api/v1/admin/users/not-a-uuid").status, 404);
    }

    void pagesThroughUsersWithoutGapsOrRepeats()
    {
        for (int i = 0; i < 23; ++i)
            test::createUser(m_server->instance(), "p" + std::to_string(i) + "@example.com",
                             {"member_free"});
        std::set<std::string> seen;
        std::string cursor;
        int pages = 0;
        do {
            const auto page = m_admin->get("/api/v1/admin/users?limit=5" +
                                           (cursor.empty() ? "" : "&cursor=" + cursor));
            QCOMPARE(page.status, 200);
            const auto items = page.json()->getArray("items");
            for (std::size_t i = 0; i < items->size(); ++i)
                QVERIFY(
                    seen.insert(
                            items->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"))
                        .second);
            const auto next = page.json()->get("next_cursor");
            cursor = next.isEmpty() ? std::string() : next.convert<std::string>();
            ++pages;
        } while (!cursor.empty());
        QCOMPARE(seen.size(), std::size_t(24));
        QCOMPARE(pages, 5);
        const auto search = m_admin->get("/api/v1/admin/users?q=p1");
        QVERIFY(search.json()->getArray("items")->size() >= 1);
    }

    void apiKeysAuthenticateAndRateLimitUntilRevoked()
    {
        const auto created = m_admin->post(
            "/api/v1/admin/api-keys", R"({"name":"Aplikasi Android","requests_per_minute":3})");
        QCOMPARE(created.status, 201);
        const auto key = created.json()->getValue<std::string>("key");
        const auto id = created.json()->getValue<std::string>("id");
        QVERIFY(key.starts_with("eyk_"));
        const auto listed = m_admin->get("/api/v1/admin/api-keys");
        QVERIFY(listed.body.find(key) == std::string::npos); // shown once, never again

        HttpClient app(m_server->baseUrl());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(app.request("GET", "/healthz", {}, {{"X-Api-Key", key}}).status, 200);
        const auto limited = app.request("GET", "/healthz", {}, {{"X-Api-Key", key}});
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.header("retry-after").empty());

        QCOMPARE(m_admin->request("DELETE", "/api/v1/admin/api-keys/" + id).status, 204);
        QCOMPARE(app.request("GET", "/healthz", {}, {{"X-Api-Key", key}}).status, 401);
        QCOMPARE(m_admin->request("DELETE", "/api/v1/admin/api-keys/" + id).status, 409);
        const auto activity = m_admin->get("/api/v1/admin/activity?entity_type=api_key");
        QCOMPARE(activity.json()->getArray("items")->size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestAdminUsers)
#include "TestAdminUsers.moc"
