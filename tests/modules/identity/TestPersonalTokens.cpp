// Personal API tokens: a member whose plan includes API access calls the buyer directory from a
// script on the same quota; the token opens nothing else, never sits in the database, and stops
// when revoked, when the plan lapses, when the account is deactivated, its password changes or an
// admin signs it out everywhere, and past its rate.
#include "../directory/BuyerTestKit.h"

#include "Paging.h"
#include "Random.h"

#include <QTest>

#include <set>

using namespace ey;
using namespace ey::test;
using namespace ey::test::buyers;

namespace {

constexpr std::int64_t kHour = 3600LL * 1000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr int kRatePerMinute = 20;

/// A client that presents a personal token instead of a session.
HttpClient tokenClient(TestServer& server, const std::string& token)
{
    HttpClient client(server.baseUrl());
    client.setToken(token);
    return client;
}

std::string problemType(const HttpResult& result)
{
    return result.json()->getValue<std::string>("type");
}

std::string detail(const HttpResult& result)
{
    return result.json()->getValue<std::string>("detail");
}

} // namespace

class TestPersonalTokens : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::vector<std::string> m_buyers;
    int m_people = 0;

    /// A fresh member with a membership of `days` (185: the 6-month tier) that began an hour ago.
    Person member(int days)
    {
        const auto email = "anggota" + std::to_string(++m_people) + "@example.com";
        auto who = person(*m_server, email, {days > 0 ? "member_premium" : "member_free"});
        if (days > 0)
            grantMembership(*m_server, who.id, days, m_clock.nowMs() - kHour);
        return who;
    }

    HttpResult create(const Person& who, const std::string& name = "Skrip CRM",
                      const std::string& scope = "buyers")
    {
        return send(who, "POST", "/api/v1/me/api-tokens",
                    "{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\"}");
    }

    /// Creates a buyers token for `who` and returns it (fails the test when it cannot).
    std::string token(const Person& who)
    {
        const auto created = create(who);
        if (created.status != 201)
            qFatal("creating a token failed: %d %s", created.status, created.body.c_str());
        return field(created.json(), "token");
    }

private slots:
    void initTestCase()
    {
        // 2027-01-10 05:00 UTC: mid-month in Jakarta, so no quota reset happens during the suite.
        m_clock.advanceMs(1'799'557'200'000LL - m_clock.nowMs());
        m_server = std::make_unique<TestServer>(
            &m_clock, std::map<std::string, std::string>{
                          {"api_tokens.requests_per_minute", std::to_string(kRatePerMinute)}});
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        for (const auto* name : {"Osaka Spices", "Kyoto Tea House", "Nagoya Furniture"})
            m_buyers.push_back(
                createBuyer(*m_admin, buyerBody(name, "JP",
                                                "\"email\": \"buyer@" + std::string(name, 4) +
                                                    ".example.jp\", \"phone\": \"+81612345678\"")));
    }

    void sixMonthMemberCallsTheBuyerApi()
    {
        const auto who = member(185);
        const auto created = create(who);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("cache-control"), std::string("no-store"));
        const auto body = created.json();
        const auto plain = field(body, "token");
        QVERIFY(plain.starts_with("eyp_"));
        QVERIFY(plain.size() > 40);
        QCOMPARE(field(body, "prefix"), plain.substr(0, 10));
        QCOMPARE(field(body, "scope"), std::string("buyers"));
        QCOMPARE(field(body, "name"), std::string("Skrip CRM"));
        QCOMPARE(field(body, "status"), std::string("active"));
        QVERIFY(body->isNull("expires_at"));

        // The script searches and opens a buyer; the quota is the member's own.
        const auto script = tokenClient(*m_server, plain);
        const auto search = script.get("/api/v1/buyers?q=osaka");
        QCOMPARE(search.status, 200);
        QCOMPARE(search.json()->getArray("items")->size(), std::size_t(1));
        const auto opened = script.get("/api/v1/buyers/" + m_buyers[0]);
        QCOMPARE(opened.status, 200);
        QCOMPARE(field(opened.json(), "company"), std::string("Osaka Spices"));
        QCOMPARE(opened.json()->getObject("quota")->getValue<int>("used"), 1);
        const auto quota = who.http.get("/api/v1/buyers/quota").json();
        QCOMPARE(field(quota, "tier"), std::string("6m"));
        QCOMPARE(quota->getValue<int>("used"), 1);
        QCOMPARE(quota->getValue<int>("remaining"), 99);
        // Opened in the app, the same buyer costs nothing more.
        QCOMPARE(who.http.get("/api/v1/buyers/" + m_buyers[0]).status, 200);
        QCOMPARE(who.http.get("/api/v1/buyers/quota").json()->getValue<int>("used"), 1);

        // The owner's list shows the token by its prefix, with when it was last used.
        const auto listed = who.http.get("/api/v1/me/api-tokens");
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.body.find(plain) == std::string::npos);
        const auto item = listed.json()->getArray("items")->getObject(0);
        QCOMPARE(field(item, "prefix"), plain.substr(0, 10));
        QVERIFY(!item->has("token"));
        QVERIFY(!item->isNull("last_used_at"));

        // The database keeps the hash only: not in the token's row, not in the activity log.
        auto& db = m_server->instance().db();
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM personal_tokens WHERE token_hash = $1",
                       {core::sha256Hex(plain)}),
                 1);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM personal_tokens t WHERE strpos(t::text, $1) > 0",
                       {plain.substr(4)}),
                 0);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM activity_log a WHERE strpos(a::text, $1) > 0",
                       {plain.substr(4)}),
                 0);
        QCOMPARE(db.exec("SELECT action FROM activity_log WHERE entity_type = 'personal_token'"
                         " AND actor_id = $1::uuid",
                         {who.id})
                     .front()
                     .str("action"),
                 std::string("personal_token.create"));
    }

    void tokenOpensOnlyItsScope()
    {
        const auto who = member(185);
        const auto script = tokenClient(*m_server, token(who));
        // Account routes: the router's own refusal for tokens.
        for (const auto& [method, path] :
             std::vector<std::pair<std::string, std::string>>{{"GET", "/api/v1/me"},
                                                              {"GET", "/api/v1/me/api-tokens"},
                                                              {"POST", "/api/v1/me/api-tokens"}}) {
            const auto refused =
                script.request(method, path, "{\"name\": \"lagi\", \"scope\": \"buyers\"}",
                               {{"Content-Type", "application/json"}});
            QCOMPARE(refused.status, 403);
            QCOMPARE(problemType(refused),
                     std::string("https://eksporyuk.com/problems/token-scope"));
        }
        // Another area, even one the member's role opens in the app.
        QCOMPARE(who.http.get("/api/v1/forwarders").status, 200);
        const auto forwarders = script.get("/api/v1/forwarders");
        QCOMPARE(forwarders.status, 403);
        QCOMPARE(problemType(forwarders), std::string("https://eksporyuk.com/problems/forbidden"));
        const auto admin = script.get("/api/v1/admin/buyers");
        QCOMPARE(admin.status, 403);
        QCOMPARE(problemType(admin), std::string("https://eksporyuk.com/problems/forbidden"));
        // A made-up token of the same shape is simply not signed in.
        const auto forged = tokenClient(*m_server, "eyp_" + core::randomToken(32));
        QCOMPARE(forged.get("/api/v1/buyers").status, 401);
    }

    void plansWithoutApiAccessCannotCreate_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<std::string>("tier");
        QTest::newRow("free") << 0 << std::string("gratis");
        QTest::newRow("1 month") << 30 << std::string("1 bulan");
        QTest::newRow("3 months") << 95 << std::string("3 bulan");
    }
    void plansWithoutApiAccessCannotCreate()
    {
        QFETCH(int, days);
        QFETCH(std::string, tier);
        const auto who = member(days);
        const auto refused = create(who);
        QCOMPARE(refused.status, 403);
        QCOMPARE(problemType(refused),
                 std::string("https://eksporyuk.com/problems/api-access-not-in-plan"));
        QVERIFY2(detail(refused).find("(" + tier + ")") != std::string::npos,
                 detail(refused).c_str());
        QVERIFY2(detail(refused).find("6 bulan, 12 bulan atau seumur hidup") != std::string::npos,
                 detail(refused).c_str());
        const auto english = who.http.request(
            "POST", "/api/v1/me/api-tokens", "{\"name\": \"CRM\", \"scope\": \"buyers\"}",
            {{"Content-Type", "application/json"}, {"Accept-Language", "en"}});
        QVERIFY2(detail(english).find("6-month, 12-month or lifetime") != std::string::npos,
                 detail(english).c_str());
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM personal_tokens WHERE user_id = $1::uuid",
                       {who.id}),
                 0);

        // The scope list says so before the member tries.
        const auto scopes = who.http.get("/api/v1/me/api-token-scopes").json()->getArray("items");
        QCOMPARE(scopes->size(), std::size_t(1));
        const auto buyers = scopes->getObject(0);
        QCOMPARE(field(buyers, "name"), std::string("buyers"));
        QCOMPARE(buyers->getValue<bool>("available"), false);
        QCOMPARE(buyers->getObject("reason")->getValue<std::string>("type"),
                 std::string("https://eksporyuk.com/problems/api-access-not-in-plan"));
    }

    void scopeListForAPlanWithApiAccess()
    {
        const auto who = member(185);
        const auto buyers =
            who.http.get("/api/v1/me/api-token-scopes").json()->getArray("items")->getObject(0);
        QCOMPARE(buyers->getValue<bool>("available"), true);
        QVERIFY(buyers->isNull("reason"));
        QCOMPARE(buyers->getArray("permissions")->getElement<std::string>(0),
                 std::string("directory.buyers.browse"));
    }

    void inputIsChecked_data()
    {
        QTest::addColumn<std::string>("body");
        QTest::addColumn<std::string>("field");
        std::string longName;
        for (int i = 0; i < 101; ++i)
            longName += "\xc3\xa9"; // é: 101 characters, 202 bytes
        QTest::newRow("no name") << std::string("{\"scope\": \"buyers\"}") << std::string("name");
        QTest::newRow("blank name")
            << std::string("{\"name\": \"  \", \"scope\": \"buyers\"}") << std::string("name");
        QTest::newRow("long name")
            << "{\"name\": \"" + longName + "\", \"scope\": \"buyers\"}" << std::string("name");
        QTest::newRow("unknown scope")
            << std::string("{\"name\": \"CRM\", \"scope\": \"suppliers\"}") << std::string("scope");
        QTest::newRow("lifetime 0 days")
            << std::string("{\"name\": \"CRM\", \"scope\": \"buyers\", \"expires_in_days\": 0}")
            << std::string("expires_in_days");
    }
    void inputIsChecked()
    {
        QFETCH(std::string, body);
        QFETCH(std::string, field);
        const auto who = member(185);
        const auto refused = send(who, "POST", "/api/v1/me/api-tokens", body);
        QCOMPARE(refused.status, 422);
        QVERIFY2(refused.json()->getObject("errors")->has(field), refused.body.c_str());
        if (field == "scope")
            QVERIFY2(refused.body.find("buyers") != std::string::npos, refused.body.c_str());
    }

    void atMostFiveLiveTokens()
    {
        const auto who = member(185);
        std::vector<std::string> ids;
        for (int i = 0; i < 5; ++i) {
            const auto created = create(who, "Skrip " + std::to_string(i));
            QCOMPARE(created.status, 201);
            ids.push_back(field(created.json(), "id"));
        }
        const auto sixth = create(who, "Skrip 6");
        QCOMPARE(sixth.status, 409);
        QCOMPARE(sixth.json()->getValue<int>("limit"), 5);
        QVERIFY2(detail(sixth).find("Cabut") != std::string::npos, detail(sixth).c_str());
        QCOMPARE(send(who, "DELETE", "/api/v1/me/api-tokens/" + ids[0]).status, 204);
        QCOMPARE(create(who, "Skrip 6").status, 201);

        // The list pages through all six, the revoked one included, each once.
        std::set<std::string> seen;
        std::string path = "/api/v1/me/api-tokens?limit=4";
        for (int pages = 0; pages < 3 && !path.empty(); ++pages) {
            const auto page = who.http.get(path).json();
            for (const auto& item : *page->getArray("items"))
                seen.insert(field(item.extract<core::json::ObjectPtr>(), "id"));
            path = page->isNull("next_cursor")
                       ? std::string()
                       : "/api/v1/me/api-tokens?limit=4&cursor=" + field(page, "next_cursor");
        }
        QCOMPARE(seen.size(), std::size_t(6));
        QVERIFY(seen.count(ids[0]));
        QCOMPARE(who.http.get("/api/v1/me/api-tokens?cursor=" + core::encodeCursor("gisteren", "x"))
                     .status,
                 400);
    }

    void expiringToken()
    {
        const auto who = member(185);
        const auto created =
            send(who, "POST", "/api/v1/me/api-tokens",
                 "{\"name\": \"Uji coba\", \"scope\": \"buyers\", \"expires_in_days\": 1}");
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json()->isNull("expires_at"));
        const auto script = tokenClient(*m_server, field(created.json(), "token"));
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        m_clock.advanceMs(kDay);
        const auto expired = script.get("/api/v1/buyers");
        QCOMPARE(expired.status, 401);
        QVERIFY2(detail(expired).find("habis") != std::string::npos, detail(expired).c_str());
        QCOMPARE(
            field(who.http.get("/api/v1/me/api-tokens").json()->getArray("items")->getObject(0),
                  "status"),
            std::string("expired"));
    }

    void revokedTokenStops()
    {
        const auto who = member(185);
        const auto other = member(185);
        const auto created = create(who);
        const auto id = field(created.json(), "id");
        const auto script = tokenClient(*m_server, field(created.json(), "token"));
        QCOMPARE(script.get("/api/v1/buyers").status, 200);

        // Someone else's token, or no token at all, is not found.
        QCOMPARE(send(other, "DELETE", "/api/v1/me/api-tokens/" + id).status, 404);
        QCOMPARE(send(who, "DELETE", "/api/v1/me/api-tokens/bukan-id").status, 404);
        QCOMPARE(script.get("/api/v1/buyers").status, 200);

        QCOMPARE(send(who, "DELETE", "/api/v1/me/api-tokens/" + id).status, 204);
        const auto refused = script.get("/api/v1/buyers");
        QCOMPARE(refused.status, 401);
        QVERIFY2(detail(refused).find("dicabut") != std::string::npos, detail(refused).c_str());
        // Revoking again changes nothing.
        QCOMPARE(send(who, "DELETE", "/api/v1/me/api-tokens/" + id).status, 204);
        const auto item =
            who.http.get("/api/v1/me/api-tokens").json()->getArray("items")->getObject(0);
        QCOMPARE(field(item, "status"), std::string("revoked"));
        QVERIFY(!item->isNull("revoked_at"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1"
                       " AND action = 'personal_token.revoke'",
                       {id}),
                 1);
    }

    void lapsedMembershipStopsToken()
    {
        const auto who = person(*m_server, "habis@example.com", {"member_premium"});
        // A 6-month membership with two days left.
        grantMembership(*m_server, who.id, 185, m_clock.nowMs() - 183 * kDay);
        const auto script = tokenClient(*m_server, token(who));
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        m_clock.advanceMs(3 * kDay);
        const auto lapsed = script.get("/api/v1/buyers");
        QCOMPARE(lapsed.status, 401);
        QVERIFY2(detail(lapsed).find("tidak mencakup akses API") != std::string::npos,
                 detail(lapsed).c_str());
        // Renewed, the same token works again.
        m_server->instance().db().exec(
            "UPDATE memberships SET ends_at = ends_at + interval '185 days'"
            " WHERE user_id = $1::uuid",
            {who.id});
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
    }

    void accountChangesRevokeTokens_data()
    {
        QTest::addColumn<std::string>("method");
        QTest::addColumn<std::string>("suffix");
        QTest::addColumn<std::string>("body");
        QTest::newRow("deactivated") << std::string("PATCH") << std::string()
                                     << std::string("{\"status\": \"deactivated\"}");
        QTest::newRow("new password") << std::string("PATCH") << std::string()
                                      << std::string("{\"password\": \"kata-sandi-baru-1\"}");
        // The admin's "sign out everywhere" for a suspected break-in.
        QTest::newRow("sessions revoked")
            << std::string("POST") << std::string("/revoke-sessions") << std::string();
    }
    void accountChangesRevokeTokens()
    {
        QFETCH(std::string, method);
        QFETCH(std::string, suffix);
        QFETCH(std::string, body);
        const auto who = member(185);
        const auto script = tokenClient(*m_server, token(who));
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        QCOMPARE(send(*m_admin, method, "/api/v1/admin/users/" + who.id + suffix, body).status,
                 200);
        QCOMPARE(script.get("/api/v1/buyers").status, 401);
        // Reactivating the account does not bring the token back.
        QCOMPARE(
            send(*m_admin, "PATCH", "/api/v1/admin/users/" + who.id, "{\"status\": \"active\"}")
                .status,
            200);
        QCOMPARE(script.get("/api/v1/buyers").status, 401);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM activity_log WHERE entity_id = $1"
                       " AND (after->>'revoked_api_tokens')::int = 1",
                       {who.id}),
                 1);
    }

    void rateLimitPerToken()
    {
        const auto who = member(185);
        const auto script = tokenClient(*m_server, token(who));
        const auto other = tokenClient(*m_server, token(who));
        for (int i = 0; i < kRatePerMinute; ++i)
            QCOMPARE(script.get("/api/v1/buyers/quota").status, 200);
        const auto limited = script.get("/api/v1/buyers/quota");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), std::to_string(60 / kRatePerMinute));
        QVERIFY2(detail(limited).find(std::to_string(kRatePerMinute)) != std::string::npos,
                 detail(limited).c_str());
        // Each token has its own allowance, and the member's session is not limited by it.
        QCOMPARE(other.get("/api/v1/buyers/quota").status, 200);
        QCOMPARE(who.http.get("/api/v1/buyers/quota").status, 200);
        m_clock.advanceMs(60 * 1000 / kRatePerMinute + 1000);
        QCOMPARE(script.get("/api/v1/buyers/quota").status, 200);
    }

    void lastUsedIsWrittenAtMostOncePerMinute()
    {
        const auto who = member(185);
        const auto created = create(who);
        const auto id = field(created.json(), "id");
        const auto script = tokenClient(*m_server, field(created.json(), "token"));
        const auto lastUsed = [&] {
            return m_server->instance()
                .db()
                .exec("SELECT (extract(epoch FROM last_used_at) * 1000)::bigint AS ms"
                      " FROM personal_tokens WHERE id = $1::uuid",
                      {id})
                .front()
                .optI64("ms");
        };
        QVERIFY(!lastUsed());
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        const auto first = lastUsed();
        QVERIFY(first);
        m_clock.advanceMs(30 * 1000);
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        QCOMPARE(lastUsed(), first);
        m_clock.advanceMs(31 * 1000);
        QCOMPARE(script.get("/api/v1/buyers").status, 200);
        QVERIFY(*lastUsed() > *first);
    }
};

QTEST_GUILESS_MAIN(TestPersonalTokens)
#include "TestPersonalTokens.moc"
