// Shared test plumbing: a fresh database per test cloned from the migrated template, a real
// server on a loopback port, a small HTTP client, a settable clock.
#pragma once

#include "Clock.h"
#include "Config.h"
#include "Json.h"

#include <QTest>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace ey::app {
class ServerInstance;
}

// Lets QCOMPARE print std::string values on failure.
template <> inline char* QTest::toString(const std::string& text)
{
    return qstrdup(text.c_str());
}

namespace ey::test {

/// A clock the test moves by hand.
class ManualClock : public core::Clock
{
public:
    ManualClock();
    std::int64_t nowMs() const override { return m_now.load(); }
    void advanceMs(std::int64_t ms) { m_now += ms; }

private:
    std::atomic<std::int64_t> m_now;
};

/// The run's cluster, from the EY_TEST_PG_DIR the CTest fixture sets.
std::string clusterConnectionString(const std::string& database);

/// A database of its own, cloned from ey_template; dropped when destroyed.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    const std::string& url() const { return m_url; }
    const std::string& name() const { return m_name; }

private:
    std::string m_name;
    std::string m_url;
};

/// A real server on 127.0.0.1:<free port> over its own test database.
class TestServer
{
public:
    explicit TestServer(const core::Clock* clock = nullptr,
                        std::map<std::string, std::string> values = {});
    /// A second instance on the same database (multi-instance tests).
    TestServer(const TestServer& sharedDatabase, const core::Clock* clock);
    ~TestServer();
    std::string baseUrl() const;
    int port() const;
    app::ServerInstance& instance() { return *m_server; }
    const std::string& dataDir() const { return m_dataDir; }

private:
    void start(const std::string& url, const core::Clock* clock,
               std::map<std::string, std::string> values);
    std::shared_ptr<TestDatabase> m_database;
    std::string m_dataDir;
    std::unique_ptr<app::ServerInstance> m_server;
};

struct HttpResult
{
    int status = 0;
    std::map<std::string, std::string> headers; ///< lower-case names
    std::string body;

    core::json::ObjectPtr json() const;
    std::string header(const std::string& lowerName) const;
};

/// Blocking HTTP/1.1 client for tests (Poco).
class HttpClient
{
public:
    explicit HttpClient(std::string baseUrl) : m_baseUrl(std::move(baseUrl)) {}
    HttpResult request(const std::string& method, const std::string& path,
                       const std::string& body = {},
                       std::map<std::string, std::string> headers = {}) const;
    HttpResult get(const std::string& path) const { return request("GET", path); }
    HttpResult post(const std::string& path, const std::string& body) const
    {
        return request("POST", path, body);
    }
    void setToken(const std::string& token) { m_token = token; }
    const std::string& token() const { return m_token; }
    /// Signs in and keeps the token; QFAIL-style exception when it does not succeed.
    std::string login(const std::string& email, const std::string& password);

private:
    std::string m_baseUrl;
    std::string m_token;
};

/// Creates a user with the given roles straight through the service (password "password-123").
std::string createUser(app::ServerInstance& server, const std::string& email,
                       const std::vector<std::string>& roles,
                       const std::string& fullName = "Pengguna Uji");

inline const std::string kTestPassword = "password-123";

} // namespace ey::test
