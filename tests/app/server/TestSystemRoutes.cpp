// Health, readiness, metrics and request ids, as an operator or a load balancer sees them.
#include "TestSupport.h"

#include "ServerInstance.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <QTest>

using namespace ey;

class TestSystemRoutes : public QObject
{
    Q_OBJECT
private slots:
    void healthAndReadiness()
    {
        test::TestServer server;
        test::HttpClient client(server.baseUrl());
        QCOMPARE(client.get("/healthz").status, 200);
        const auto ready = client.get("/readyz");
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json()->getValue<std::string>("database"), std::string("ok"));
    }

    void metricsCountRequestsPerRouteAndPool()
    {
        test::TestServer server;
        test::HttpClient client(server.baseUrl());
        client.get("/healthz");
        client.get("/api/v1/nothing-here");
        client.post("/api/v1/auth/login", R"({"email":"x@y.z","password":"nope"})");
        const auto metrics = client.get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.header("content-type").starts_with("text/plain"));
        const auto& text = metrics.body;
        QVERIFY(
            text.find(R"(ey_http_requests_total{method="GET",route="/healthz",status="200"} 1)") !=
            std::string::npos);
        QVERIFY(
            text.find(R"(ey_http_requests_total{method="GET",route="unmatched",status="404"} 1)") !=
            std::string::npos);
        QVERIFY(
            text.find(
                R"(ey_http_requests_total{method="POST",route="/api/v1/auth/login",status="401"} 1)") !=
            std::string::npos);
        QVERIFY(text.find("ey_http_request_duration_seconds_bucket{method=\"GET\",route=\"/"
                          "healthz\",le=\"+Inf\"} 1") != std::string::npos);
        QVERIFY(text.find("ey_db_pool_size 6") != std::string::npos);
        QVERIFY(text.find("ey_db_pool_in_use ") != std::string::npos);
    }

    void echoesOrAssignsRequestIds()
    {
        test::TestServer server;
        test::HttpClient client(server.baseUrl());
        QCOMPARE(client.request("GET", "/healthz", {}, {{"X-Request-Id", "abc-123"}})
                     .header("x-request-id"),
                 std::string("abc-123"));
        const auto assigned =
            client.request("GET", "/healthz", {}, {{"X-Request-Id", "bad id\r\nx"}})
                .header("x-request-id");
        QCOMPARE(assigned.size(), std::size_t(24));
    }

    void refusesOversizedBodies()
    {
        test::TestServer server;
        test::HttpClient client(server.baseUrl());
        // Repeated, because a server that answers before reading the body races the client's
        // upload.
        for (int i = 0; i < 20; ++i) {
            const auto result = client.post("/api/v1/auth/login", std::string(64 * 1024, 'x'));
            QCOMPARE(result.status, 413);
            QVERIFY(result.json()->getValue<std::string>("detail").find("KiB") !=
                    std::string::npos);
        }
    }

    void keepAliveSurvivesAnUnreadBody()
    {
        // A POST refused before its body is read (no session) must not poison the connection.
        test::TestServer server;
        Poco::URI uri(server.baseUrl());
        Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
        session.setKeepAlive(true);
        const std::string body(10 * 1024, 'x');
        Poco::Net::HTTPRequest refused("POST", "/api/v1/auth/logout",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        refused.setKeepAlive(true);
        refused.setContentLength64(static_cast<Poco::Int64>(body.size()));
        session.sendRequest(refused) << body;
        Poco::Net::HTTPResponse first;
        std::string ignored;
        Poco::StreamCopier::copyToString(session.receiveResponse(first), ignored);
        QCOMPARE(static_cast<int>(first.getStatus()), 401);

        Poco::Net::HTTPRequest next("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
        next.setKeepAlive(true);
        session.sendRequest(next);
        Poco::Net::HTTPResponse second;
        std::string text;
        Poco::StreamCopier::copyToString(session.receiveResponse(second), text);
        QCOMPARE(static_cast<int>(second.getStatus()), 200);
        QVERIFY(text.find("ok") != std::string::npos);
    }
    void servesWhileManyEventStreamsAreOpen()
    {
        // Every open event stream holds a worker thread; twenty desktop clients must not starve the
        // rest.
        test::TestServer server;
        test::createUser(server.instance(), "sari@example.com", {"support"});
        test::HttpClient client(server.baseUrl());
        const auto token = client.login("sari@example.com", test::kTestPassword);
        Poco::URI uri(server.baseUrl());
        std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> streams;
        for (int i = 0; i < 20; ++i) {
            auto session =
                std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
            session->setTimeout(Poco::Timespan(10, 0));
            Poco::Net::HTTPRequest request("GET", "/api/v1/events",
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Authorization", "Bearer " + token);
            session->sendRequest(request);
            Poco::Net::HTTPResponse response;
            session->receiveResponse(response);
            QCOMPARE(static_cast<int>(response.getStatus()), 200);
            streams.push_back(std::move(session));
        }
        test::HttpClient other(server.baseUrl());
        QCOMPARE(other.get("/healthz").status, 200);
        streams.clear();
    }
};

QTEST_GUILESS_MAIN(TestSystemRoutes)
#include "TestSystemRoutes.moc"
