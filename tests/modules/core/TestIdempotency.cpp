// Idempotency-Key: a retried POST acts once, a reused key with another body is refused.
#include "Db.h"
#include "Idempotency.h"
#include "Router.h"
#include "TestSupport.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace ey::core;

namespace {
class UserAuthenticator : public Authenticator
{
public:
    std::optional<AuthContext> fromBearerToken(const std::string& token) override
    {
        AuthContext auth;
        auth.userId = token;
        return auth;
    }
    std::optional<ApiKeyClient> fromApiKey(const std::string&) override { return std::nullopt; }
};
} // namespace

class TestIdempotency : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestDatabase> m_database;
    std::unique_ptr<Db> m_db;
    SystemClock m_clock;
    std::unique_ptr<Router> m_router;
    std::atomic<int> m_runs{0};

    Response post(const std::string& user, const std::string& key, const std::string& body)
    {
        Request request;
        request.method = "POST";
        request.path = "/api/v1/replies";
        request.headers["Authorization"] = "Bearer " + user;
        if (!key.empty())
            request.headers["Idempotency-Key"] = key;
        Response response;
        m_router->dispatch(request, response, [&](std::size_t) { return body; });
        return response;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<ey::test::TestDatabase>();
        m_db = std::make_unique<Db>(m_database->url(), 8);
        m_router = std::make_unique<Router>(m_clock);
        m_router->setAuthenticator(std::make_shared<UserAuthenticator>());
        m_runs = 0;
        m_router->add({"POST", "/api/v1/replies", access::SignedIn,
                       idempotent(*m_db,
                                  [this](Request& rq, Response& rs) {
                                      const int run = ++m_runs;
                                      std::this_thread::sleep_for(std::chrono::milliseconds(30));
                                      auto body = json::object();
                                      body->set("run", run);
                                      body->set("echo", rq.body);
                                      rs.json(body, 201);
                                  }),
                       1024, "reply"});
    }

    void repeatReplaysFirstResponse()
    {
        const auto first = post("u1", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", "halo");
        const auto second = post("u1", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"", "halo");
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.at("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(m_runs.load(), 1);
    }

    void keysBelongToTheirCaller()
    {
        post("u1", "k", "halo");
        post("u2", "k", "halo");
        QCOMPARE(m_runs.load(), 2);
    }

    void reusedKeyWithOtherBodyIsRefused()
    {
        post("u1", "k", "halo");
        const auto other = post("u1", "k", "lain");
        QCOMPARE(other.status, 422);
        QCOMPARE(m_runs.load(), 1);
    }

    void concurrentRepeatsActOnce()
    {
        std::vector<std::thread> threads;
        std::atomic<int> created{0}, conflicts{0};
        for (int i = 0; i < 6; ++i)
            threads.emplace_back([&] {
                const auto r = post("u1", "same", "halo");
                if (r.status == 201)
                    ++created;
                else if (r.status == 409)
                    ++conflicts;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(m_runs.load(), 1);
        QCOMPARE(created.load() + conflicts.load(), 6);
    }

    void withoutKeyEveryRequestRuns()
    {
        post("u1", "", "halo");
        post("u1", "", "halo");
        QCOMPARE(m_runs.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "TestIdempotency.moc"
