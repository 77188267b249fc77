// The served OpenAPI document and the router describe exactly the same routes.
#include "TestSupport.h"

#include "Router.h"
#include "ServerInstance.h"

#include <QTest>

#include <set>

using namespace ey;

class TestOpenApi : public QObject
{
    Q_OBJECT
private slots:
    void documentMatchesRouter()
    {
        test::TestServer server;
        test::HttpClient client(server.baseUrl());
        const auto served = client.get("/api/v1/openapi.json");
        QCOMPARE(served.status, 200);
        const auto document = served.json();
        QCOMPARE(document->getValue<std::string>("openapi"), std::string("3.1.0"));

        std::set<std::string> documented;
        std::map<std::string, std::string> documentedPermission;
        std::set<std::string> operationIds;
        const auto paths = document->getObject("paths");
        for (const auto& [path, item] : *paths) {
            const auto operations = item.extract<core::json::ObjectPtr>();
            for (const auto& [method, operation] : *operations) {
                if (method == "parameters" || method == "summary" || method == "description")
                    continue;
                std::string upper = method;
                for (auto& c : upper)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                const auto key = upper + " " + path;
                documented.insert(key);
                const auto op = operation.extract<core::json::ObjectPtr>();
                QVERIFY2(op->has("operationId"), key.c_str());
                QVERIFY2(operationIds.insert(op->getValue<std::string>("operationId")).second,
                         ("duplicate operationId at " + key).c_str());
                documentedPermission[key] = op->optValue<std::string>("x-permission", "");
            }
        }
        std::set<std::string> routed;
        for (const auto& route : server.instance().router().routes()) {
            const auto key = route.method + " " + route.pattern;
            routed.insert(key);
            QVERIFY2(documented.count(key), ("not documented: " + key).c_str());
            QCOMPARE(documentedPermission[key], route.permission);
        }
        for (const auto& key : documented)
            QVERIFY2(routed.count(key), ("documented but not routed: " + key).c_str());
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
