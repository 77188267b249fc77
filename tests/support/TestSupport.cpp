// Test plumbing implementation.
#include "TestSupport.h"

#include "Db.h"
#include "IdentityService.h"
#include "Random.h"
#include "ServerInstance.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace ey::test {

ManualClock::ManualClock()
    : m_now(std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count())
{
}

std::string clusterConnectionString(const std::string& database)
{
    const char* dir = std::getenv("EY_TEST_PG_DIR");
    if (!dir || !*dir)
        throw std::runtime_error(
            "EY_TEST_PG_DIR is not set: run the tests through ctest (it starts the cluster)");
    const auto socketDir = (std::filesystem::path(dir) / "run").string();
    return "host='" + socketDir + "' user=eksporyuk dbname='" + database + "'";
}

TestDatabase::TestDatabase() : m_name("t_" + core::randomHex(6))
{
    core::Connection admin(clusterConnectionString("postgres"));
    // Database names cannot be parameters; ours is generated hex, never input.
    admin.script("CREATE DATABASE " + m_name + " TEMPLATE ey_template");
    m_url = clusterConnectionString(m_name);
}

TestDatabase::~TestDatabase()
{
    try {
        core::Connection admin(clusterConnectionString("postgres"));
        admin.script("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception&) {
    }
}

TestServer::TestServer(const core::Clock* clock, std::map<std::string, std::string> values)
    : m_database(std::make_shared<TestDatabase>())
{
    start(m_database->url(), clock, std::move(values));
}

TestServer::TestServer(const TestServer& sharedDatabase, const core::Clock* clock)
    : m_database(sharedDatabase.m_database)
{
    start(m_database->url(), clock, {});
}

void TestServer::start(const std::string& url, const core::Clock* clock,
                       std::map<std::string, std::string> values)
{
    m_dataDir =
        (std::filesystem::temp_directory_path() / ("ey-test-" + core::randomHex(6))).string();
    core::Config config;
    config.databaseUrl = url;
    config.dataDir = m_dataDir;
    config.port = 0;
    config.dbPoolSize = 6;
    config.httpThreads = 32;
    config.values = std::move(values);
    config.values.try_emplace("password.cost", "minimum");
    m_server = std::make_unique<app::ServerInstance>(config, clock);
    m_server->start();
}

TestServer::~TestServer()
{
    m_server.reset();
    std::error_code ec;
    std::filesystem::remove_all(m_dataDir, ec);
}

std::string TestServer::baseUrl() const
{
    return m_server->baseUrl();
}
int TestServer::port() const
{
    return m_server->port();
}

core::json::ObjectPtr HttpResult::json() const
{
    return core::json::parseObject(body);
}

std::string HttpResult::header(const std::string& lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

HttpResult HttpClient::request(const std::string& method, const std::string& path,
                               const std::string& body,
                               std::map<std::string, std::string> headers) const
{
    Poco::URI uri(m_baseUrl);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    if (!m_token.empty())
        request.set("Authorization", "Bearer " + m_token);
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
        request.setContentType("application/json");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    for (const auto& [name, value] : headers)
        request.set(name, value);
    auto& out = session.sendRequest(request);
    out << body;
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    HttpResult result;
    result.status = static_cast<int>(response.getStatus());
    for (const auto& [name, value] : response) {
        std::string lower = name;
        for (auto& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        result.headers[lower] = value;
    }
    Poco::StreamCopier::copyToString(in, result.body);
    return result;
}

std::string HttpClient::login(const std::string& email, const std::string& password)
{
    auto body = core::json::object();
    body->set("email", email);
    body->set("password", password);
    const auto result = post("/api/v1/auth/login", core::json::stringify(body));
    if (result.status != 200)
        throw std::runtime_error("login of " + email + " failed: " + std::to_string(result.status) +
                                 " " + result.body);
    m_token = result.json()->getValue<std::string>("token");
    return m_token;
}

std::string createUser(app::ServerInstance& server, const std::string& email,
                       const std::vector<std::string>& roles, const std::string& fullName)
{
    identity::NewUser user;
    user.email = email;
    user.fullName = fullName;
    user.password = kTestPassword;
    user.roles = roles;
    return server.identity().createUser(user, {}).id;
}

} // namespace ey::test
