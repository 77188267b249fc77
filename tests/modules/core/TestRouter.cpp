// The router: matching, the one permission check, body limits, errors as problem+json.
#include "Json.h"
#include "Problem.h"
#include "Router.h"

#include <QTest>

using namespace ey::core;

namespace {

class FixedAuthenticator : public Authenticator
{
public:
    std::optional<AuthContext> fromBearerToken(const std::string& token) override
    {
        if (token != "good")
            return std::nullopt;
        AuthContext auth;
        auth.userId = "u1";
        auth.permissions = {"tickets.use"};
        return auth;
    }
    std::optional<ApiKeyClient> fromApiKey(const std::string& key) override
    {
        if (key != "app-key")
            return std::nullopt;
        return ApiKeyClient{"k1", "Android", 2};
    }
};

class StoppedClock : public Clock
{
public:
    std::int64_t nowMs() const override { return 1'700'000'000'000; }
};

struct Call
{
    Response response;
    json::ObjectPtr problem() const { return json::parseObject(response.body); }
};

} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

    StoppedClock m_clock;
    std::unique_ptr<Router> m_router;

    Call call(const std::string& method, const std::string& path,
              std::map<std::string, std::string> headers = {}, const std::string& body = {})
    {
        Request request;
        request.method = method;
        request.path = path;
        for (auto& [k, v] : headers)
            request.headers[k] = v;
        Call call;
        m_router->dispatch(request, call.response, [&](std::size_t limit) {
            if (body.size() > limit)
                throw Problem::tooLarge({"terlalu besar", "too large"});
            return body;
        });
        return call;
    }

private slots:
    void init()
    {
        m_router = std::make_unique<Router>(m_clock);
        m_router->setAuthenticator(std::make_shared<FixedAuthenticator>());
        m_router->add({"GET", "/api/v1/tickets/{id}", "tickets.use",
                       [](Request& rq, Response& rs) {
                           auto o = json::object();
                           o->set("id", rq.param("id"));
                           rs.json(o);
                       },
                       0, "getTicket"});
        m_router->add({"POST", "/api/v1/tickets", "tickets.use",
                       [](Request& rq, Response& rs) { rs.json(rq.jsonBody(), 201); }, 10,
                       "createTicket"});
        m_router->add({"GET", "/api/v1/admin/users", "users.manage",
                       [](Request&, Response& rs) { rs.noContent(); }, 0, "listUsers"});
        m_router->add({"GET", "/public", access::Public,
                       [](Request&, Response& rs) { rs.noContent(); }, 0, "pub"});
        m_router->add({"GET", "/boom", access::Public,
                       [](Request&, Response&) { throw std::runtime_error("x"); }, 0, "boom"});
    }

    void matchesPathParameters()
    {
        const auto result =
            call("GET", "/api/v1/tickets/abc-123", {{"Authorization", "Bearer good"}});
        QCOMPARE(result.response.status, 200);
        QCOMPARE(result.problem()->getValue<std::string>("id"), std::string("abc-123"));
        QVERIFY(!result.response.headers.at("X-Request-Id").empty());
    }

    void literalSegmentBeatsParameterAddedEarlier()
    {
        // Added after "/api/v1/tickets/{id}", as a module added later would.
        m_router->add({"GET", "/api/v1/tickets/export.csv", "tickets.use",
                       [](Request&, Response& rs) {
                           auto o = json::object();
                           o->set("export", true);
                           rs.json(o);
                       },
                       0, "exportTickets"});
        const auto exported =
            call("GET", "/api/v1/tickets/export.csv", {{"Authorization", "Bearer good"}});
        QCOMPARE(exported.response.status, 200);
        QVERIFY(exported.problem()->getValue<bool>("export"));
        const auto one = call("GET", "/api/v1/tickets/t-9", {{"Authorization", "Bearer good"}});
        QCOMPARE(one.problem()->getValue<std::string>("id"), std::string("t-9"));
    }

    void answersStatusForEachFailure_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown path") << "GET"
                                      << "/nope"
                                      << "good" << 404;
        QTest::newRow("wrong method") << "DELETE"
                                      << "/api/v1/tickets/1"
                                      << "good" << 405;
        QTest::newRow("no session") << "GET"
                                    << "/api/v1/tickets/1"
                                    << "" << 401;
        QTest::newRow("bad token") << "GET"
                                   << "/api/v1/tickets/1"
                                   << "forged" << 401;
        QTest::newRow("missing permission") << "GET"
                                            << "/api/v1/admin/users"
                                            << "good" << 403;
        QTest::newRow("public needs nothing") << "GET"
                                              << "/public"
                                              << "" << 204;
        QTest::newRow("handler crash") << "GET"
                                       << "/boom"
                                       << "" << 500;
    }
    void answersStatusForEachFailure()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, token);
        QFETCH(int, status);
        std::map<std::string, std::string> headers;
        if (!token.isEmpty())
            headers["Authorization"] = "Bearer " + token.toStdString();
        const auto result = call(method.toStdString(), path.toStdString(), headers);
        QCOMPARE(result.response.status, status);
        if (status >= 400) {
            QVERIFY(result.response.contentType.starts_with("application/problem+json"));
            QCOMPARE(result.problem()->getValue<int>("status"), status);
            QVERIFY(!result.problem()->getValue<std::string>("detail").empty());
        }
    }

    void refusesOversizedBody()
    {
        const auto result = call("POST", "/api/v1/tickets", {{"Authorization", "Bearer good"}},
                                 R"({"title":"a long one"})");
        QCOMPARE(result.response.status, 413);
    }

    void rejectsMalformedJsonReadably()
    {
        const auto result =
            call("POST", "/api/v1/tickets", {{"Authorization", "Bearer good"}}, "{x");
        QCOMPARE(result.response.status, 400);
        QCOMPARE(result.problem()->getValue<std::string>("detail"),
                 std::string("Format JSON tidak valid."));
    }

    void speaksEnglishWhenAsked()
    {
        const auto result = call("GET", "/api/v1/admin/users",
                                 {{"Authorization", "Bearer good"}, {"Accept-Language", "en"}});
        QCOMPARE(result.problem()->getValue<std::string>("detail"),
                 std::string("Your role does not allow this action."));
    }

    void limitsEachApiKey()
    {
        // The fake key allows two requests a minute and the clock stands still.
        QCOMPARE(call("GET", "/public", {{"X-Api-Key", "app-key"}}).response.status, 204);
        QCOMPARE(call("GET", "/public", {{"X-Api-Key", "app-key"}}).response.status, 204);
        const auto third = call("GET", "/public", {{"X-Api-Key", "app-key"}});
        QCOMPARE(third.response.status, 429);
        QVERIFY(!third.response.headers.at("Retry-After").empty());
        QCOMPARE(call("GET", "/public", {{"X-Api-Key", "revoked"}}).response.status, 401);
    }

    void countsRequestsInMetrics()
    {
        call("GET", "/public");
        const auto text = m_router->metrics().render();
        QVERIFY(text.find(
                    "ey_http_requests_total{method=\"GET\",route=\"/public\",status=\"204\"} 1") !=
                std::string::npos);
        QVERIFY(text.find("ey_http_request_duration_seconds_bucket{method=\"GET\",route=\"/"
                          "public\",le=\"+Inf\"} 1") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "TestRouter.moc"
