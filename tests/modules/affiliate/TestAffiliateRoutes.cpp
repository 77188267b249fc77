// The affiliate routes as people use them: choosing a code (taken, malformed, changed), each
// affiliate seeing only their own figures, the admin's affiliate and agent screens with their
// validation and audit rows, and the public clicks endpoint used by the mobile app.
#include "AffiliateTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::affiliate;
namespace json = ey::core::json;

namespace {

json::ObjectPtr codeBody(const std::string& code)
{
    auto body = json::object();
    body->set("code", code);
    return body;
}

HttpResult click(TestServer& server, const std::string& code)
{
    HttpClient anonymous(server.baseUrl());
    auto body = json::object();
    body->set("code", code);
    body->set("path", "/membership/paket-ekspor?ref=" + code);
    return anonymous.post("/api/v1/affiliate/clicks", catalog::text(body));
}

} // namespace

class TestAffiliateRoutes : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_dinda;
    std::unique_ptr<Person> m_rudi;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(
            nullptr, std::map<std::string, std::string>{{"affiliate.cookie_days", "7"}});
        m_admin =
            std::make_unique<Person>(catalog::person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_dinda = std::make_unique<Person>(
            catalog::person(*m_server, "dinda@eksporyuk.test", {"affiliate"}));
        m_rudi = std::make_unique<Person>(
            catalog::person(*m_server, "rudi@eksporyuk.test", {"affiliate"}));
    }

    void noCodeYetIsNotFound()
    {
        const auto result = m_dinda->http.get("/api/v1/me/affiliate");
        QCOMPARE(result.status, 404);
        QVERIFY(catalog::field(result.json(), "detail").find("belum punya kode") !=
                std::string::npos);
        QCOMPARE(m_dinda->http.get("/api/v1/me/affiliate/summary").status, 404);
    }

    void choosingACode()
    {
        auto result = catalog::put(*m_dinda, "/api/v1/me/affiliate", codeBody("EksporDinda"));
        QCOMPARE(result.status, 201);
        QCOMPARE(catalog::field(result.json(), "code"), std::string("EksporDinda"));
        QCOMPARE(result.json()->getValue<int>("cookie_days"), 7);

        result = m_dinda->http.get("/api/v1/me/affiliate");
        QCOMPARE(result.status, 200);
        QCOMPARE(catalog::field(result.json(), "status"), std::string("active"));
        QCOMPARE(catalog::auditRows(*m_server, "affiliate.create", m_dinda->id), std::int64_t(1));
    }

    void takenCodeIsAConflict_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("same spelling") << "EksporDinda";
        QTest::newRow("other case") << "eksporDINDA";
    }

    void takenCodeIsAConflict()
    {
        QFETCH(QString, code);
        const auto result =
            catalog::put(*m_rudi, "/api/v1/me/affiliate", codeBody(code.toStdString()));
        QCOMPARE(result.status, 409);
        QVERIFY(catalog::field(result.json(), "detail").find("sudah dipakai") != std::string::npos);
        QCOMPARE(m_rudi->http.get("/api/v1/me/affiliate").status, 404);
    }

    void malformedCodeIsRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("too short") << "ab";
        QTest::newRow("too long") << "abcdefghijklmnopqrstu";
        QTest::newRow("space") << "rudi ekspor";
        QTest::newRow("quote") << "rudi'";
        QTest::newRow("slash") << "rudi/1";
        QTest::newRow("empty") << "";
    }

    void malformedCodeIsRefused()
    {
        QFETCH(QString, code);
        const auto result =
            catalog::put(*m_rudi, "/api/v1/me/affiliate", codeBody(code.toStdString()));
        QCOMPARE(result.status, 422);
        QVERIFY(catalog::hasField(result, "code"));
    }

    void changingOnesCode()
    {
        QCOMPARE(catalog::put(*m_rudi, "/api/v1/me/affiliate", codeBody("rudi_1")).status, 201);
        const auto result = catalog::put(*m_rudi, "/api/v1/me/affiliate", codeBody("RUDI-EKSPOR"));
        QCOMPARE(result.status, 200);
        QCOMPARE(catalog::field(result.json(), "code"), std::string("RUDI-EKSPOR"));
        QCOMPARE(catalog::auditRows(*m_server, "affiliate.code_change", m_rudi->id),
                 std::int64_t(1));
        // The old code is free again for someone else.
        QCOMPARE(click(*m_server, "rudi_1").json()->getValue<bool>("valid"), false);
    }

    void clicksEndpoint_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("counted");
        QTest::newRow("exact") << "EksporDinda" << true << 1;
        // The same code from the same address a moment later: still valid, not counted again.
        QTest::newRow("any case, repeat") << "ekspordinda" << true << 0;
        QTest::newRow("unknown") << "TidakAda" << false << 0;
        QTest::newRow("malformed") << "a'; DROP TABLE x" << false << 0;
    }

    void clicksEndpoint()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(int, counted);
        const auto before = m_server->instance()
                                .db()
                                .exec("SELECT count(*) AS n FROM affiliate_clicks")
                                .front()
                                .i64("n");
        const auto result = click(*m_server, code.toStdString());
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getValue<bool>("valid"), valid);
        QCOMPARE(result.json()->getValue<int>("cookie_days"), 7);
        const auto after = m_server->instance()
                               .db()
                               .exec("SELECT count(*) AS n FROM affiliate_clicks")
                               .front()
                               .i64("n");
        QCOMPARE(after - before, std::int64_t(counted));
    }

    void clicksKeepNoAddress()
    {
        const auto rows =
            m_server->instance().db().exec("SELECT DISTINCT ip_hash FROM affiliate_clicks");
        QVERIFY(!rows.empty());
        for (const auto& row : rows) {
            QCOMPARE(row.str("ip_hash").size(), std::size_t(64));
            QVERIFY(row.str("ip_hash").find("127.0.0.1") == std::string::npos);
        }
    }

    void otherAffiliatesDataIsInvisible()
    {
        click(*m_server, "RUDI-EKSPOR");
        const auto buyer =
            createUser(m_server->instance(), "buyer@eksporyuk.test", {"member_free"});
        const auto tx = paidTransaction(*m_server, buyer, 1'000'000);
        recordConversion(*m_server, tx, m_dinda->id, 1'000'000, 250'000);

        // Dinda sees her sale, Rudi does not; each summary counts only its owner's clicks.
        auto dinda = m_dinda->http.get("/api/v1/me/affiliate/conversions").json();
        QCOMPARE(dinda->getArray("items")->size(), std::size_t(1));
        auto rudi = m_rudi->http.get("/api/v1/me/affiliate/conversions").json();
        QCOMPARE(rudi->getArray("items")->size(), std::size_t(0));
        QCOMPARE(
            m_dinda->http.get("/api/v1/me/affiliate/summary").json()->getValue<qint64>("clicks"),
            qint64(1));
        const auto rudiSummary = m_rudi->http.get("/api/v1/me/affiliate/summary").json();
        QCOMPARE(rudiSummary->getValue<qint64>("clicks"), qint64(1));
        QCOMPARE(rudiSummary->getValue<qint64>("commission"), qint64(0));

        // Admin screens are closed to affiliates; open to the admin with everyone's totals.
        QCOMPARE(m_dinda->http.get("/api/v1/admin/affiliates").status, 403);
        const auto list = m_admin->http.get("/api/v1/admin/affiliates?q=dinda");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->getObject(0)->getValue<qint64>("commission"), qint64(250'000));
        QCOMPARE(items->getObject(0)->getValue<qint64>("clicks"), qint64(1));
        QCOMPARE(
            m_admin->http.get("/api/v1/admin/affiliates?limit=1").json()->isNull("next_cursor"),
            false);
    }

    void membersCannotUseAffiliateRoutes()
    {
        const auto member = catalog::person(*m_server, "member@eksporyuk.test", {"member_free"});
        QCOMPARE(member.http.get("/api/v1/me/affiliate").status, 403);
        QCOMPARE(catalog::put(member, "/api/v1/me/affiliate", codeBody("MEMBER1")).status, 403);
    }

    void suspensionIsAuditedAndStopsClicks()
    {
        auto result = setStatus(*m_admin, m_rudi->id, "suspended");
        QCOMPARE(result.status, 200);
        QCOMPARE(catalog::field(result.json(), "status"), std::string("suspended"));
        QCOMPARE(catalog::auditRows(*m_server, "affiliate.status", m_rudi->id), std::int64_t(1));
        QCOMPARE(click(*m_server, "RUDI-EKSPOR").json()->getValue<bool>("valid"), false);
        // A suspended affiliate cannot move to a fresh code either.
        QCOMPARE(catalog::put(*m_rudi, "/api/v1/me/affiliate", codeBody("RUDI-BARU")).status, 409);

        QCOMPARE(setStatus(*m_admin, m_rudi->id, "paused").status, 422);
        QCOMPARE(setStatus(*m_admin, m_admin->id, "active").status, 404);
        QCOMPARE(setStatus(*m_admin, m_rudi->id, "active").status, 200);
        QCOMPARE(click(*m_server, "RUDI-EKSPOR").json()->getValue<bool>("valid"), true);
    }

    void repeatClicksCountOncePerAddressPerHalfHour()
    {
        auto sari = catalog::person(*m_server, "sari@eksporyuk.test", {"affiliate"});
        QCOMPARE(catalog::put(sari, "/api/v1/me/affiliate", codeBody("SARI-EKSPOR")).status, 201);
        auto& db = m_server->instance().db();
        const auto clicks = [&] {
            return db
                .exec("SELECT count(*) AS n FROM affiliate_clicks WHERE affiliate_id = $1::uuid",
                      {sari.id})
                .front()
                .i64("n");
        };

        // Two clicks from one address: both answer the same, one is counted.
        for (int i = 0; i < 2; ++i) {
            const auto result = click(*m_server, "SARI-EKSPOR");
            QCOMPARE(result.status, 200);
            QCOMPARE(result.json()->getValue<bool>("valid"), true);
            QCOMPARE(result.json()->getValue<int>("cookie_days"), 7);
        }
        QCOMPARE(clicks(), std::int64_t(1));

        // Another address (the storefront records its ?ref= visits through the same service).
        QVERIFY(m_server->instance().affiliates().recordClick("SARI-EKSPOR", "/membership",
                                                              "203.0.113.7"));
        QCOMPARE(clicks(), std::int64_t(2));

        // 29 minutes after the counted click the same address is still a repeat...
        const auto age = [&](const char* interval) {
            db.exec("UPDATE affiliate_clicks SET created_at = now() - $2::interval"
                    " WHERE affiliate_id = $1::uuid",
                    {sari.id, std::string(interval)});
        };
        age("29 minutes");
        QCOMPARE(click(*m_server, "SARI-EKSPOR").json()->getValue<bool>("valid"), true);
        QCOMPARE(clicks(), std::int64_t(2));
        // ...and after 30 minutes it counts again, once per address.
        age("31 minutes");
        QCOMPARE(click(*m_server, "sari-ekspor").json()->getValue<bool>("valid"), true);
        QCOMPARE(click(*m_server, "SARI-EKSPOR").json()->getValue<bool>("valid"), true);
        QCOMPARE(clicks(), std::int64_t(3));
    }

    void agentAssignment_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("referrer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");

        QTest::newRow("not a reseller") << "member"
                                        << "dinda" << 404 << "";
        QTest::newRow("unknown user") << "nobody"
                                      << "dinda" << 404 << "";
        QTest::newRow("referrer is not an affiliate") << "agent"
                                                      << "member" << 422 << "referred_by";
        QTest::newRow("referrer is the agent") << "agent"
                                               << "agent" << 422 << "referred_by";
        QTest::newRow("referrer is not an id") << "agent"
                                               << "garbage" << 422 << "referred_by";
        QTest::newRow("valid affiliate") << "agent"
                                         << "dinda" << 200 << "";
        QTest::newRow("cleared") << "agent"
                                 << "" << 200 << "";
    }

    void agentAssignment()
    {
        QFETCH(QString, agent);
        QFETCH(QString, referrer);
        QFETCH(int, status);
        QFETCH(QString, field);

        static const auto agentId =
            createUser(m_server->instance(), "agen@eksporyuk.test", {"reseller"});
        static const auto memberId =
            createUser(m_server->instance(), "bukan-agen@eksporyuk.test", {"member_free"});
        const auto idOf = [&](const QString& name) -> std::string {
            if (name == QStringLiteral("agent"))
                return agentId;
            if (name == QStringLiteral("member"))
                return memberId;
            if (name == QStringLiteral("dinda"))
                return m_dinda->id;
            if (name == QStringLiteral("nobody"))
                return "99999999-9999-4999-8999-999999999999";
            return name.toStdString();
        };
        const auto result = assignAgent(*m_admin, idOf(agent), idOf(referrer));
        QCOMPARE(result.status, status);
        if (!field.isEmpty())
            QVERIFY2(catalog::hasField(result, field.toStdString()), result.body.c_str());
        if (status == 200) {
            const auto body = result.json();
            QCOMPARE(body->isNull("referred_by"), referrer.isEmpty());
            if (!referrer.isEmpty())
                QCOMPARE(catalog::field(body, "referred_by_code"), std::string("EksporDinda"));
        }
    }

    void agentsAreListedAndAudited()
    {
        const auto list = m_admin->http.get("/api/v1/admin/agents");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(1)); // only users holding the reseller role
        const auto agentId = catalog::field(items->getObject(0), "user_id");
        QCOMPARE(catalog::auditRows(*m_server, "agent.referrer", agentId), std::int64_t(2));
        QCOMPARE(m_dinda->http.get("/api/v1/admin/agents").status, 403);
        QCOMPARE(assignAgent(*m_dinda, agentId, m_dinda->id).status, 403);
    }

    void badCursorIsABadRequest()
    {
        QCOMPARE(m_admin->http.get("/api/v1/admin/affiliates?cursor=bm9wZXxub3Bl").status, 400);
    }

    void cookieDaysFromConfig_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("days");
        QTest::newRow("default") << "" << 30;
        QTest::newRow("a week") << "7" << 7;
        QTest::newRow("zero clamps to one") << "0" << 1;
        QTest::newRow("beyond a year clamps") << "1000" << 365;
        QTest::newRow("not a number") << "tiga puluh" << 30;
    }

    void cookieDaysFromConfig()
    {
        QFETCH(QString, value);
        QFETCH(int, days);
        ey::core::Config config;
        if (!value.isEmpty())
            config.values["affiliate.cookie_days"] = value.toStdString();
        ey::core::SystemClock clock;
        ey::affiliate::AffiliateService service(m_server->instance().db(), clock, config);
        QCOMPARE(service.cookieDays(), days);
    }
};

QTEST_GUILESS_MAIN(TestAffiliateRoutes)
#include "TestAffiliateRoutes.moc"
