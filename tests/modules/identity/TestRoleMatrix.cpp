// The whole role × route matrix: every route of the running server, called by a user of every role
// and by nobody, must be allowed or refused exactly as the permission table below says.
#include "TestSupport.h"

#include "Json.h"
#include "Router.h"
#include "ServerInstance.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/URI.h>

#include <QTest>

#include <map>
#include <set>

using namespace ey;

namespace {

// What each role may do, written independently of the migration so that drift on either side fails.
const std::map<std::string, std::set<std::string>> kExpected = {
    {"admin",
     {"users.read", "users.manage", "api_keys.manage", "activity.read", "branding.manage",
      "tickets.use", "tickets.handle", "tickets.manage", "notify.manage", "catalog.read",
      "catalog.manage", "finance.read", "finance.manage", "sales.read", "sales.manage",
      "affiliate.use", "affiliate.manage", "agent.checkout", "partner.use", "partner.billing",
      "partner.manage", "partner.invoices", "assessments.manage", "directory.buyers.browse",
      "directory.buyers.manage", "directory.limits.manage", "directory.members", "suppliers.onboard",
      "suppliers.own", "suppliers.browse", "suppliers.review", "suppliers.decide",
      "suppliers.assessment", "forwarders.browse", "forwarders.manage"}},
    {"founder",
     {"users.read", "activity.read", "tickets.use", "catalog.read", "finance.read", "sales.read"}},
    {"cofounder",
     {"users.read", "activity.read", "tickets.use", "catalog.read", "finance.read", "sales.read"}},
    {"finance",
     {"tickets.use", "catalog.read", "finance.read", "finance.manage", "sales.read",
      "sales.manage", "partner.invoices"}},
    {"support", {"users.read", "tickets.use", "tickets.handle", "catalog.read"}},
    {"mentor",
     {"tickets.use", "catalog.read", "directory.buyers.manage", "directory.members",
      "suppliers.browse", "suppliers.review", "suppliers.assessment", "forwarders.browse",
      "forwarders.manage"}},
    {"affiliate", {"tickets.use", "affiliate.use"}},
    {"member_premium",
     {"tickets.use", "directory.buyers.browse", "directory.members", "suppliers.browse",
      "forwarders.browse"}},
    {"member_free",
     {"tickets.use", "directory.buyers.browse", "directory.members", "suppliers.browse",
      "forwarders.browse"}},
    {"supplier", {"tickets.use", "suppliers.onboard", "suppliers.own"}},
    {"supplier_onboarding", {"suppliers.onboard"}},
    {"partner", {"tickets.use", "partner.use", "partner.billing"}},
    {"partner_operator", {"tickets.use", "partner.use"}},
    {"reseller", {"tickets.use", "agent.checkout"}},
};

std::string concretePath(const std::string& pattern)
{
    std::string path;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const auto end = pattern.find('}', i);
            const auto name = pattern.substr(i + 1, end - i - 1);
            path += name == "kind" ? "main" : "00000000-0000-4000-8000-000000000000";
            i = end + 1;
        } else {
            path += pattern[i++];
        }
    }
    return path;
}

struct Answer
{
    int status = 0;
    std::string problemType; ///< read for 403s only
};

/// Sends the request and reads only the status line (and a 403's problem), so streaming routes do
/// not hold the test.
Answer answerOf(const std::string& baseUrl, const core::Route& route, const std::string& token)
{
    Poco::URI uri(baseUrl);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(20, 0));
    Poco::Net::HTTPRequest request(route.method, concretePath(route.pattern),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    const std::string body = route.method == "GET" || route.method == "DELETE" ? "" : "{}";
    request.setContentType("application/json");
    request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    Answer answer{static_cast<int>(response.getStatus()), {}};
    if (answer.status == 403) {
        std::string body(std::istreambuf_iterator<char>(in), {});
        answer.problemType = core::json::parse(body).extract<core::json::ObjectPtr>()->optValue<std::string>("type", "");
    }
    return answer;
}

int statusOf(const std::string& baseUrl, const core::Route& route, const std::string& token)
{
    return answerOf(baseUrl, route, token).status;
}

// The router's refusal. A handler may also answer 403 for a business rule the caller's plan does not
// meet (a plan feature): that is a route the role may use, answered by its handler.
const std::string kRouterForbidden = "https://eksporyuk.com/problems/forbidden";

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        for (const auto& [role, permissions] : kExpected)
            test::createUser(m_server->instance(), role + "@matrix.test", {role});
    }
    void cleanupTestCase() { m_server.reset(); }

    void everyRouteNamesAKnownPermission()
    {
        std::set<std::string> known{core::access::Public, core::access::SignedIn};
        for (const auto& [role, permissions] : kExpected)
            known.insert(permissions.begin(), permissions.end());
        for (const auto& route : m_server->instance().router().routes())
            QVERIFY2(known.count(route.permission),
                     (route.method + " " + route.pattern + " needs " + route.permission).c_str());
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("routeIndex");
        const auto& routes = m_server->instance().router().routes();
        for (int i = 0; i < static_cast<int>(routes.size()); ++i) {
            QTest::addRow("anonymous %s %s", routes[i].method.c_str(), routes[i].pattern.c_str())
                << QString() << i;
            for (const auto& [role, permissions] : kExpected)
                QTest::addRow("%s %s %s", role.c_str(), routes[i].method.c_str(),
                              routes[i].pattern.c_str())
                    << QString::fromStdString(role) << i;
        }
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(int, routeIndex);
        const auto& route =
            m_server->instance().router().routes()[static_cast<std::size_t>(routeIndex)];
        std::string token;
        if (!role.isEmpty()) {
            test::HttpClient client(m_server->baseUrl());
            token = client.login(role.toStdString() + "@matrix.test", test::kTestPassword);
        }
        const auto answer = answerOf(m_server->baseUrl(), route, token);
        const int status = answer.status;

        if (route.permission == core::access::Public) {
            // A public route answers every caller alike: roles neither open nor close it. (A
            // webhook checks its own signature, so 401 is possible — but equally for everyone.)
            QVERIFY2(status != 403, std::to_string(status).c_str());
            if (!role.isEmpty())
                QCOMPARE(status, statusOf(m_server->baseUrl(), route, {}));
            return;
        }
        if (role.isEmpty()) {
            QCOMPARE(status, 401);
            return;
        }
        const auto& held = kExpected.at(role.toStdString());
        const bool allowed =
            route.permission == core::access::SignedIn || held.count(route.permission) > 0;
        if (allowed) {
            QVERIFY2(status != 401 && answer.problemType != kRouterForbidden,
                     ("allowed but got " + std::to_string(status)).c_str());
        } else {
            QCOMPARE(status, 403);
            QCOMPARE(answer.problemType, kRouterForbidden);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "TestRoleMatrix.moc"
