// Google sign-in end to end against a local fake speaking Google's wire format: the browser
// flow over real HTTP (start → authorize → callback → a working session), the apps' code
// exchange, linking by email, intents' roles, and every refusal a person may meet.
#include "FakeGoogle.h"
#include "TestSupport.h"

#include "IdentityService.h"
#include "ServerInstance.h"

#include <Poco/URI.h>

#include <QRegularExpression>
#include <QTest>

#include <vector>

using namespace ey;
using ey::test::FakeGoogle;
using ey::test::GooglePerson;
using ey::test::HttpClient;
using ey::test::HttpResult;

namespace {

std::string pathAndQuery(const std::string& url)
{
    return Poco::URI(url).getPathAndQuery();
}

std::string sessionToken(const HttpResult& page)
{
    const QRegularExpression pattern(
        QString::fromUtf8(R"re(setItem\("ey_session","([A-Za-z0-9_-]+)"\))re"));
    const auto match = pattern.match(QString::fromStdString(page.body));
    return match.hasMatch() ? match.captured(1).toStdString() : std::string();
}

std::int64_t count(core::Db& db, const std::string& sql, const std::string& param)
{
    return db.exec(sql, {param}).front().i64("n");
}

} // namespace

class TestGoogleSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeGoogle> m_google;
    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<test::TestServer> m_server;
    std::vector<std::string> m_testIntentCreated;

    core::Db& db() { return m_server->instance().db(); }

    /// Drives a browser through the flow and returns the callback's answer.
    HttpResult signInThroughBrowser(const std::string& startQuery = "intent=login&return_to=/")
    {
        HttpClient site(m_server->baseUrl());
        const auto start = site.get("/auth/google/start?" + startQuery);
        if (start.status != 302)
            return start;
        const auto toGoogle = start.header("location");
        if (toGoogle.rfind(m_google->authUrl(), 0) != 0)
            throw std::runtime_error("start went to " + toGoogle);
        const auto authorized = HttpClient(m_google->baseUrl()).get(pathAndQuery(toGoogle));
        if (authorized.status != 302)
            throw std::runtime_error("authorize answered " + authorized.body);
        const auto back = authorized.header("location");
        if (back.rfind(m_server->baseUrl() + "/auth/google/callback?", 0) != 0)
            throw std::runtime_error("Google sent the browser to " + back);
        return site.get(pathAndQuery(back));
    }

    std::optional<std::string> userIdByEmail(const std::string& email)
    {
        const auto rows = db().exec("SELECT id::text AS id FROM users WHERE email = $1", {email});
        if (rows.empty())
            return std::nullopt;
        return rows.front().str("id");
    }

private slots:
    void init()
    {
        m_google = std::make_unique<FakeGoogle>();
        m_clock = std::make_unique<test::ManualClock>();
        m_server = std::make_unique<test::TestServer>(m_clock.get(), m_google->config());
        m_testIntentCreated.clear();
        // A test-only intent: its roles, and a step that runs in the account's own transaction.
        m_server->instance().identity().addSignupIntent(
            "tester", {{"affiliate"}, false, [this](core::Sql& tx, const std::string& userId) {
                           tx.exec("SELECT 1 FROM users WHERE id = $1::uuid", {userId});
                           m_testIntentCreated.push_back(userId);
                       }});
    }

    void cleanup()
    {
        m_server.reset();
        m_clock.reset();
        m_google.reset();
    }

    void providersSayWhetherGoogleIsSetUp()
    {
        HttpClient client(m_server->baseUrl());
        QCOMPARE(client.get("/api/v1/auth/providers").json()->getValue<bool>("google"), true);

        test::TestServer bare;
        HttpClient other(bare.baseUrl());
        QCOMPARE(other.get("/api/v1/auth/providers").json()->getValue<bool>("google"), false);
        const auto start = other.get("/auth/google/start?intent=login&return_to=/");
        QCOMPARE(start.status, 503);
        QVERIFY(start.header("content-type").rfind("text/html", 0) == 0);
        QVERIFY(start.body.find("Masuk dengan Google belum diatur") != std::string::npos);
        const auto api = other.post("/api/v1/auth/google",
                                    R"({"code":"x","code_verifier":"x","redirect_uri":"x"})");
        QCOMPARE(api.status, 503);
    }

    void webFlowCreatesAMemberWithAWorkingSession()
    {
        HttpClient site(m_server->baseUrl());
        const auto start = site.get("/auth/google/start?intent=login&return_to=/akun");
        QCOMPARE(start.status, 302);
        QCOMPARE(start.header("cache-control"), std::string("no-store"));
        const auto authorized =
            HttpClient(m_google->baseUrl()).get(pathAndQuery(start.header("location")));
        const auto sent = m_google->lastAuthorize();
        QCOMPARE(sent.at("client_id"), std::string(FakeGoogle::kClientId));
        QCOMPARE(sent.at("redirect_uri"), m_server->baseUrl() + "/auth/google/callback");
        QCOMPARE(sent.at("response_type"), std::string("code"));
        QCOMPARE(sent.at("scope"), std::string("openid email profile"));
        QCOMPARE(sent.at("code_challenge_method"), std::string("S256"));
        QCOMPARE(sent.at("prompt"), std::string("select_account"));
        QVERIFY(sent.at("state").size() >= 32);
        QVERIFY(!sent.at("nonce").empty());
        // Only the state's hash is kept, and the verifier never leaves the server.
        QCOMPARE(count(db(), "SELECT count(*) AS n FROM oauth_flows WHERE state_hash = $1",
                       sent.at("state")),
                 0);

        const auto done = site.get(pathAndQuery(authorized.header("location")));
        QCOMPARE(done.status, 200);
        QCOMPARE(done.header("cache-control"), std::string("no-store"));
        QVERIFY(done.header("content-security-policy").find("script-src 'nonce-") !=
                std::string::npos);
        QVERIFY(done.body.find("location.replace(\"/akun\")") != std::string::npos);
        const auto token = sessionToken(done);
        QVERIFY(!token.empty());

        HttpClient member(m_server->baseUrl());
        member.setToken(token);
        const auto me = member.get("/api/v1/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()->getValue<std::string>("email"), std::string("sari@gmail.com"));
        QCOMPARE(me.json()->getValue<std::string>("full_name"), std::string("Sari Wulandari"));
        QCOMPARE(me.json()->getArray("roles")->getElement<std::string>(0),
                 std::string("member_free"));
        // No password was made up: the account cannot sign in with one.
        QCOMPARE(HttpClient(m_server->baseUrl())
                     .post("/api/v1/auth/login",
                           R"({"email":"sari@gmail.com","password":"password-123"})")
                     .status,
                 401);

        // The same Google account again finds the same user, not a second one.
        QVERIFY(!sessionToken(signInThroughBrowser()).empty());
        QCOMPARE(count(db(), "SELECT count(*) AS n FROM users WHERE email = $1", "sari@gmail.com"),
                 1);
        QCOMPARE(count(db(),
                       "SELECT count(*) AS n FROM user_external_logins WHERE provider = 'google'"
                       " AND subject = $1",
                       GooglePerson{}.sub),
                 1);
    }

    void newAccountGetsTheIntentsRoles()
    {
        GooglePerson person;
        person.sub = "2000";
        person.email = "Pemasok@Example.COM";
        m_google->setPerson(person);
        const auto done = signInThroughBrowser("intent=tester&return_to=/mulai");
        QCOMPARE(done.status, 200);
        const auto id = userIdByEmail("pemasok@example.com");
        QVERIFY(id);
        QCOMPARE(m_testIntentCreated, std::vector<std::string>{*id});
        HttpClient member(m_server->baseUrl());
        member.setToken(sessionToken(done));
        const auto roles = member.get("/api/v1/me").json()->getArray("roles");
        QCOMPARE(roles->size(), 1u);
        QCOMPARE(roles->getElement<std::string>(0), std::string("affiliate"));
        QCOMPARE(count(db(),
                       "SELECT count(*) AS n FROM activity_log WHERE action = 'user.register'"
                       " AND entity_id = $1",
                       *id),
                 1);

        // The supplier helper registers "supplier"; when it is there, it works the same way.
        if (const auto* supplierIntent = m_server->instance().identity().signupIntent("supplier")) {
            person.sub = "3000";
            person.email = "toko@example.com";
            m_google->setPerson(person);
            const auto supplier = signInThroughBrowser("intent=supplier&return_to=/");
            QCOMPARE(supplier.status, 200);
            HttpClient client(m_server->baseUrl());
            client.setToken(sessionToken(supplier));
            const auto supplierRoles = client.get("/api/v1/me").json()->getArray("roles");
            QCOMPARE(supplierRoles->getElement<std::string>(0), supplierIntent->roles.at(0));
        }
        // An intent nobody registered is refused before anyone goes to Google.
        QCOMPARE(HttpClient(m_server->baseUrl())
                     .get("/auth/google/start?intent=nosuch&return_to=/")
                     .status,
                 404);
    }

    void existingAccountIsLinkedByEmail()
    {
        const auto existing =
            test::createUser(m_server->instance(), "sari@gmail.com", {"member_premium"}, "Sari");
        GooglePerson person;
        person.email = "SARI@gmail.com";
        m_google->setPerson(person);
        const auto done = signInThroughBrowser();
        QCOMPARE(done.status, 200);
        HttpClient member(m_server->baseUrl());
        member.setToken(sessionToken(done));
        const auto me = member.get("/api/v1/me").json();
        QCOMPARE(me->getValue<std::string>("id"), existing);
        QCOMPARE(me->getArray("roles")->getElement<std::string>(0), std::string("member_premium"));
        QCOMPARE(count(db(),
                       "SELECT count(*) AS n FROM user_external_logins WHERE user_id = $1::uuid",
                       existing),
                 1);
        QCOMPARE(count(db(), "SELECT count(*) AS n FROM users WHERE email = $1", "sari@gmail.com"),
                 1);
        // The password still works too.
        HttpClient password(m_server->baseUrl());
        password.login("sari@gmail.com", test::kTestPassword);
    }

    void replayedOrUnknownStateIsRefused()
    {
        HttpClient site(m_server->baseUrl());
        const auto start = site.get("/auth/google/start?intent=login&return_to=/");
        const auto authorized =
            HttpClient(m_google->baseUrl()).get(pathAndQuery(start.header("location")));
        const auto callback = pathAndQuery(authorized.header("location"));
        QCOMPARE(site.get(callback).status, 200);
        const auto replay = site.get(callback);
        QCOMPARE(replay.status, 400);
        QVERIFY(replay.body.find("sudah dipakai atau kedaluwarsa") != std::string::npos);
        QVERIFY(sessionToken(replay).empty());
        QCOMPARE(site.get("/auth/google/callback?code=x&state=made-up").status, 400);
        QCOMPARE(m_google->tokenCalls(), 1);
    }

    void expiredFlowIsRefused()
    {
        HttpClient site(m_server->baseUrl());
        const auto start = site.get("/auth/google/start?intent=login&return_to=/");
        const auto authorized =
            HttpClient(m_google->baseUrl()).get(pathAndQuery(start.header("location")));
        m_clock->advanceMs(identity::IdentityService::kExternalFlowMs + 1000);
        QCOMPARE(site.get(pathAndQuery(authorized.header("location"))).status, 400);
        QCOMPARE(m_google->tokenCalls(), 0);
        QVERIFY(!userIdByEmail("sari@gmail.com"));
    }

    void wrongCodeVerifierIsRefusedByGoogle()
    {
        m_google->corruptNextChallenge();
        const auto done = signInThroughBrowser();
        QCOMPARE(done.status, 502);
        QVERIFY(done.body.find("Google tidak menerima kode masuk ini") != std::string::npos);
        QVERIFY(!userIdByEmail("sari@gmail.com"));
        QCOMPARE(count(db(), "SELECT count(*) AS n FROM user_external_logins WHERE provider = $1",
                       "google"),
                 0);
    }

    void googleDownIsA502()
    {
        m_google->setTokenEndpointBroken(true);
        QCOMPARE(signInThroughBrowser().status, 502);
        QVERIFY(!userIdByEmail("sari@gmail.com"));

        // Nothing listening at all.
        auto values = m_google->config();
        values["google.token_url"] = "http://127.0.0.1:1/token";
        test::TestServer unreachable(nullptr, values);
        HttpClient site(unreachable.baseUrl());
        const auto start = site.get("/auth/google/start?intent=login&return_to=/");
        m_google->setTokenEndpointBroken(false);
        const auto authorized =
            HttpClient(m_google->baseUrl()).get(pathAndQuery(start.header("location")));
        const auto done = site.get(pathAndQuery(authorized.header("location")));
        QCOMPARE(done.status, 502);
        QVERIFY(done.body.find("tidak dapat menghubungi Google") != std::string::npos);
    }

    void unverifiedEmailIsRefused()
    {
        GooglePerson person;
        person.emailVerified = false;
        m_google->setPerson(person);
        const auto done = signInThroughBrowser();
        QCOMPARE(done.status, 403);
        QVERIFY(sessionToken(done).empty());
        QVERIFY(!userIdByEmail("sari@gmail.com"));
    }

    void deactivatedAccountIsRefused()
    {
        const auto id = test::createUser(m_server->instance(), "sari@gmail.com", {"member_free"});
        db().exec("UPDATE users SET status = 'deactivated' WHERE id = $1::uuid", {id});
        auto done = signInThroughBrowser();
        QCOMPARE(done.status, 403);
        QVERIFY(sessionToken(done).empty());
        QCOMPARE(count(db(), "SELECT count(*) AS n FROM sessions WHERE user_id = $1::uuid", id), 0);
        QCOMPARE(count(db(),
                       "SELECT count(*) AS n FROM user_external_logins WHERE user_id = $1::uuid",
                       id),
                 0);

        // Linked while active, deactivated later: refused as well.
        db().exec("UPDATE users SET status = 'active' WHERE id = $1::uuid", {id});
        QCOMPARE(signInThroughBrowser().status, 200);
        db().exec("UPDATE users SET status = 'deactivated' WHERE id = $1::uuid", {id});
        done = signInThroughBrowser();
        QCOMPARE(done.status, 403);
        QVERIFY(sessionToken(done).empty());
    }

    void returnToMustStayOnThisSite_data()
    {
        QTest::addColumn<QByteArray>("returnTo");
        QTest::newRow("protocol-relative") << QByteArray("//evil.example");
        QTest::newRow("absolute") << QByteArray("https%3A%2F%2Fevil.example%2F");
        QTest::newRow("backslash") << QByteArray("/%5Cevil.example");
        QTest::newRow("relative") << QByteArray("evil");
        QTest::newRow("script") << QByteArray("javascript:alert(1)");
    }

    void returnToMustStayOnThisSite()
    {
        QFETCH(QByteArray, returnTo);
        HttpClient site(m_server->baseUrl());
        const auto start =
            site.get("/auth/google/start?intent=login&return_to=" + returnTo.toStdString());
        QCOMPARE(start.status, 400);
        QVERIFY(start.header("location").empty());
        QCOMPARE(db().exec("SELECT count(*) AS n FROM oauth_flows").front().i64("n"), 0);
    }

    void appsExchangeTheirOwnCode()
    {
        // The app ran the browser part itself, with its own loopback redirect and verifier.
        const std::string verifier(64, 'v');
        const std::string redirect = "http://127.0.0.1:53123/";
        Poco::URI authorize(m_google->authUrl());
        authorize.addQueryParameter("client_id", FakeGoogle::kClientId);
        authorize.addQueryParameter("redirect_uri", redirect);
        authorize.addQueryParameter("response_type", "code");
        authorize.addQueryParameter("code_challenge", FakeGoogle::s256(verifier));
        authorize.addQueryParameter("code_challenge_method", "S256");
        authorize.addQueryParameter("state", "app-state");
        const auto back = HttpClient(m_google->baseUrl()).get(authorize.getPathAndQuery());
        std::string code;
        for (const auto& [name, value] : Poco::URI(back.header("location")).getQueryParameters())
            if (name == "code")
                code = value;
        QVERIFY(!code.empty());

        HttpClient app(m_server->baseUrl());
        auto request = core::json::object();
        request->set("code", code);
        request->set("code_verifier", verifier);
        request->set("redirect_uri", redirect);
        request->set("intent", "login");
        const auto body = core::json::stringify(request);
        const auto signedIn = app.post("/api/v1/auth/google", body);
        QCOMPARE(signedIn.status, 200);
        const auto json = signedIn.json();
        QVERIFY(!json->getValue<std::string>("token").empty());
        QCOMPARE(json->getObject("user")->getValue<std::string>("email"),
                 std::string("sari@gmail.com"));
        QVERIFY(json->getObject("user")->getArray("permissions")->size() > 0);

        // A code works once.
        const auto again = app.post("/api/v1/auth/google", body);
        QCOMPARE(again.status, 502);
        QVERIFY(again.header("content-type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(app.post("/api/v1/auth/google",
                          R"({"code":"x","code_verifier":"short","redirect_uri":"x"})")
                     .status,
                 422);
    }
};

QTEST_GUILESS_MAIN(TestGoogleSignIn)
#include "TestGoogleSignIn.moc"
