// Forwarders end to end over HTTP: staff curation (audited, 409 on a duplicate company), masking
// for plans without full contact, list filters, and the rate comparison by route.
#include "ServerInstance.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;
using ey::test::HttpResult;

namespace {

/// Gives `userId` a lifetime membership by hand (the tier "lifetime": full contact, priority).
void grantLifetime(core::Db& db, const std::string& userId)
{
    const auto plan = db.exec("INSERT INTO membership_plans (title, slug, status, created_at,"
                              " updated_at) VALUES ('Pro', 'pro-' || substr(md5($1), 1, 8),"
                              " 'active', now(), now()) RETURNING id::text AS id",
                              {userId})
                          .front()
                          .str("id");
    db.exec("INSERT INTO memberships (user_id, plan_id, status, starts_at, ends_at, created_at,"
            " updated_at) VALUES ($1::uuid, $2::uuid, 'active', now(), NULL, now(), now())",
            {userId, plan});
}

std::int64_t auditRows(core::Db& db, const std::string& action)
{
    return db.exec("SELECT count(*) AS n FROM activity_log WHERE action = $1", {action})
        .front()
        .i64("n");
}

core::json::ArrayPtr items(const HttpResult& result)
{
    return result.json()->getArray("items");
}

} // namespace

class TestForwarders : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<HttpClient> m_admin;

    std::string createForwarder(const std::string& json)
    {
        const auto result = m_admin->post("/api/v1/forwarders", json);
        if (result.status != 201)
            throw std::runtime_error("create forwarder: " + std::to_string(result.status) + " " +
                                     result.body);
        return result.json()->getValue<std::string>("id");
    }

    void addRate(const std::string& forwarderId, const std::string& json)
    {
        const auto result = m_admin->post("/api/v1/forwarders/" + forwarderId + "/rates", json);
        if (result.status != 201)
            throw std::runtime_error("add rate: " + std::to_string(result.status) + " " +
                                     result.body);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        test::createUser(m_server->instance(), "admin@example.com", {"admin"}, "Admin Satu");
        m_admin = std::make_unique<HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.com", test::kTestPassword);
    }

    void cleanup()
    {
        m_admin.reset();
        m_server.reset();
    }

    void staffCreateEditDeleteAudited()
    {
        auto& db = m_server->instance().db();
        const auto created = m_admin->post(
            "/api/v1/forwarders",
            R"({"company":"  PT  Samudra   Logistik ","services":["sea_freight","customs","sea_freight"],)"
            R"("origin_ports":["Tanjung Priok","tanjung priok","Tanjung Perak"],)"
            R"("destination_regions":["Japan"],"contact_person":"Budi Santoso",)"
            R"("email":"budi@samudra.co.id","phone":"+62 21-555 1234","rating":4,)"
            "\"website\":\"https://samudra.co.id\"}");
        QCOMPARE(created.status, 201);
        const auto forwarder = created.json();
        const auto id = forwarder->getValue<std::string>("id");
        QCOMPARE(forwarder->getValue<std::string>("company"), std::string("PT Samudra Logistik"));
        QCOMPARE(forwarder->getArray("services")->size(), 2u);
        QCOMPARE(forwarder->getArray("origin_ports")->size(), 2u);
        QCOMPARE(forwarder->getValue<std::string>("phone"), std::string("+62215551234"));
        QCOMPARE(forwarder->getValue<bool>("contact_masked"), false);
        QCOMPARE(auditRows(db, "forwarder.created"), 1);

        // The same company in other letters and spacing is a duplicate, pointing at the first.
        const auto duplicate =
            m_admin->post("/api/v1/forwarders", R"({"company":"pt samudra  logistik"})");
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.json()->getValue<std::string>("duplicate_id"), id);
        QVERIFY(duplicate.json()->getObject("errors")->has("company"));

        const auto patched = m_admin->request("PATCH", "/api/v1/forwarders/" + id,
                                              R"({"verified":true,"rating":null,"email":null})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()->getValue<bool>("verified"), true);
        QVERIFY(patched.json()->isNull("rating"));
        QVERIFY(patched.json()->isNull("email"));
        QCOMPARE(patched.json()->getValue<std::string>("company"),
                 std::string("PT Samudra Logistik"));
        QCOMPARE(auditRows(db, "forwarder.updated"), 1);

        addRate(id, R"({"origin":"Tanjung Priok","destination":"Tokyo","mode":"sea_fcl",)"
                    R"("unit":"container_20","currency":"USD","price_minor":125000,)"
                    R"("valid_until":"2099-12-31"})");
        QCOMPARE(m_admin->get("/api/v1/forwarders/" + id).json()->getValue<int>("current_rates"),
                 1);

        QCOMPARE(m_admin->request("DELETE", "/api/v1/forwarders/" + id).status, 204);
        QCOMPARE(m_admin->get("/api/v1/forwarders/" + id).status, 404);
        QCOMPARE(auditRows(db, "forwarder.deleted"), 1);
        QCOMPARE(db.exec("SELECT count(*) AS n FROM forwarder_rates").front().i64("n"), 0);
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("no company")
            << QByteArray(R"({"services":["customs"]})") << QByteArray("company");
        QTest::newRow("blank company")
            << QByteArray(R"({"company":"   "})") << QByteArray("company");
        QTest::newRow("unknown service")
            << QByteArray(R"({"company":"A","services":["rail"]})") << QByteArray("services");
        QTest::newRow("bad email")
            << QByteArray(R"({"company":"A","email":"not-an-email"})") << QByteArray("email");
        QTest::newRow("bad phone")
            << QByteArray(R"({"company":"A","phone":"12ab"})") << QByteArray("phone");
        QTest::newRow("bad website")
            << QByteArray(R"({"company":"A","website":"samudra.co.id"})") << QByteArray("website");
        QTest::newRow("rating 6") << QByteArray(R"({"company":"A","rating":6})")
                                  << QByteArray("rating");
    }

    void invalidInputNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, field);
        const auto result = m_admin->post("/api/v1/forwarders", json.toStdString());
        QCOMPARE(result.status, 422);
        QVERIFY2(result.json()->getObject("errors")->has(field.toStdString()), result.body.c_str());
        QCOMPARE(
            m_server->instance().db().exec("SELECT count(*) AS n FROM forwarders").front().i64("n"),
            0);
    }

    void invalidRateNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("field");
        const QByteArray base =
            R"("origin":"Priok","destination":"Tokyo","unit":"kg","currency":"IDR")";
        QTest::newRow("unknown mode")
            << "{" + base + R"(,"mode":"rail","price_minor":1,"valid_until":"2099-01-01"})"
            << QByteArray("mode");
        QTest::newRow("zero price")
            << "{" + base + R"(,"mode":"air","price_minor":0,"valid_until":"2099-01-01"})"
            << QByteArray("price_minor");
        QTest::newRow("impossible date")
            << "{" + base + R"(,"mode":"air","price_minor":5,"valid_until":"2099-02-30"})"
            << QByteArray("valid_until");
        QTest::newRow("transit 400 days")
            << "{" + base +
                   R"(,"mode":"air","price_minor":5,"valid_until":"2099-01-01","transit_days":400})"
            << QByteArray("transit_days");
    }

    void invalidRateNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, field);
        const auto id = createForwarder(R"({"company":"Cargo Satu"})");
        const auto result =
            m_admin->post("/api/v1/forwarders/" + id + "/rates", json.toStdString());
        QCOMPARE(result.status, 422);
        QVERIFY2(result.json()->getObject("errors")->has(field.toStdString()), result.body.c_str());
    }

    void membersSeeMaskedContactsUnlessTheirPlanHasFullContact()
    {
        const auto id =
            createForwarder(R"({"company":"PT Samudra","contact_person":"Budi Santoso Wijaya",)"
                            R"("email":"budi@samudra.co.id","phone":"+62215551234",)"
                            "\"website\":\"https://samudra.co.id\"}");
        test::createUser(m_server->instance(), "free@example.com", {"member_free"});
        const auto paid =
            test::createUser(m_server->instance(), "paid@example.com", {"member_premium"});
        grantLifetime(m_server->instance().db(), paid);

        HttpClient free(m_server->baseUrl());
        free.login("free@example.com", test::kTestPassword);
        const auto masked = free.get("/api/v1/forwarders/" + id).json();
        QCOMPARE(masked->getValue<bool>("contact_masked"), true);
        QCOMPARE(masked->getValue<std::string>("email"), std::string("b***@s***.co.id"));
        QCOMPARE(masked->getValue<std::string>("phone"), std::string("+622******34"));
        QCOMPARE(masked->getValue<std::string>("contact_person"), std::string("Budi S. W."));
        QCOMPARE(masked->getValue<std::string>("website"), std::string("https://samudra.co.id"));
        const auto listed = items(free.get("/api/v1/forwarders"));
        QCOMPARE(listed->getObject(0)->getValue<std::string>("email"),
                 std::string("b***@s***.co.id"));
        // Members browse; they never curate.
        QCOMPARE(free.post("/api/v1/forwarders", R"({"company":"Mine"})").status, 403);
        QCOMPARE(free.request("DELETE", "/api/v1/forwarders/" + id).status, 403);

        HttpClient member(m_server->baseUrl());
        member.login("paid@example.com", test::kTestPassword);
        const auto full = member.get("/api/v1/forwarders/" + id).json();
        QCOMPARE(full->getValue<bool>("contact_masked"), false);
        QCOMPARE(full->getValue<std::string>("email"), std::string("budi@samudra.co.id"));
        QCOMPARE(full->getValue<std::string>("phone"), std::string("+62215551234"));
    }

    void listFilters_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArrayList>("companies");
        QTest::newRow("all") << QByteArray("")
                             << QByteArrayList{"Alpha Cargo", "Beta Freight", "Gamma Air"};
        QTest::newRow("q notes") << QByteArray("q=reefer") << QByteArrayList{"Beta Freight"};
        QTest::newRow("q port") << QByteArray("q=belawan") << QByteArrayList{"Gamma Air"};
        QTest::newRow("service") << QByteArray("service=air_freight")
                                 << QByteArrayList{"Gamma Air"};
        QTest::newRow("origin port any case") << QByteArray("origin_port=TANJUNG%20PRIOK")
                                              << QByteArrayList{"Alpha Cargo", "Beta Freight"};
        QTest::newRow("destination")
            << QByteArray("destination=japan") << QByteArrayList{"Alpha Cargo"};
        QTest::newRow("verified") << QByteArray("verified=true") << QByteArrayList{"Beta Freight"};
        QTest::newRow("unverified")
            << QByteArray("verified=false") << QByteArrayList{"Alpha Cargo", "Gamma Air"};
    }

    void listFilters()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArrayList, companies);
        createForwarder(R"({"company":"Gamma Air","services":["air_freight"],)"
                        R"("origin_ports":["Belawan"],"destination_regions":["Europe"]})");
        createForwarder(R"({"company":"Alpha Cargo","services":["sea_freight"],)"
                        R"("origin_ports":["Tanjung Priok"],"destination_regions":["Japan"]})");
        createForwarder(R"({"company":"Beta Freight","services":["sea_freight","customs"],)"
                        R"("origin_ports":["Tanjung Priok"],"destination_regions":["Middle East"],)"
                        R"("notes":"Reefer containers for frozen fish","verified":true})");
        const auto result = m_admin->get("/api/v1/forwarders?" + query.toStdString());
        QCOMPARE(result.status, 200);
        QByteArrayList got;
        const auto list = items(result);
        for (std::size_t i = 0; i < list->size(); ++i)
            got << QByteArray::fromStdString(
                list->getObject(static_cast<unsigned>(i))->getValue<std::string>("company"));
        QCOMPARE(got, companies);
    }

    void listPagesByCompany()
    {
        for (const auto* name : {"Delta", "alpha", "Charlie", "bravo", "Echo"})
            createForwarder("{\"company\":\"" + std::string(name) + "\"}");
        QByteArrayList seen;
        std::string path = "/api/v1/forwarders?limit=2";
        for (int page = 0; page < 5; ++page) {
            const auto result = m_admin->get(path).json();
            const auto list = result->getArray("items");
            for (std::size_t i = 0; i < list->size(); ++i)
                seen << QByteArray::fromStdString(
                    list->getObject(static_cast<unsigned>(i))->getValue<std::string>("company"));
            if (result->isNull("next_cursor"))
                break;
            path =
                "/api/v1/forwarders?limit=2&cursor=" + result->getValue<std::string>("next_cursor");
        }
        QCOMPARE(seen, (QByteArrayList{"alpha", "bravo", "Charlie", "Delta", "Echo"}));
        QCOMPARE(m_admin->get("/api/v1/forwarders?service=rail").status, 422);
    }

    void compareGroupsCurrentRatesCheapestFirst()
    {
        const auto a = createForwarder(R"({"company":"Alpha Cargo","verified":true,"rating":5})");
        const auto b = createForwarder(R"({"company":"Beta Freight","rating":3})");
        const auto c = createForwarder(R"({"company":"Gamma Lines"})");
        const std::string route = R"("origin":"Tanjung Priok","destination":"Tokyo",)";
        addRate(a, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"USD",)"
                       R"("price_minor":150000,"transit_days":12,"valid_until":"2099-12-31"})");
        addRate(b, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"USD",)"
                       R"("price_minor":110000,"transit_days":18,"valid_until":"2099-12-31"})");
        addRate(c, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"USD",)"
                       R"("price_minor":125000,"valid_until":"2099-12-31"})");
        addRate(c, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"USD",)"
                       R"("price_minor":130000,"valid_until":"2099-12-31"})");
        // Expired: cheaper, but never counted and only listed on request.
        addRate(a, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"USD",)"
                       R"("price_minor":90000,"valid_until":"2001-01-31"})");
        // Another unit and another currency are other groups; another mode and route are out.
        addRate(a, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_40","currency":"USD",)"
                       R"("price_minor":210000,"valid_until":"2099-12-31"})");
        addRate(b, "{" + route +
                       R"("mode":"sea_fcl","unit":"container_20","currency":"IDR",)"
                       R"("price_minor":19000000,"valid_until":"2099-12-31"})");
        addRate(b, "{" + route +
                       R"("mode":"air","unit":"kg","currency":"USD",)"
                       R"("price_minor":450,"valid_until":"2099-12-31"})");
        addRate(
            b,
            R"({"origin":"Tanjung Perak","destination":"Tokyo","mode":"sea_fcl",)"
            R"("unit":"container_20","currency":"USD","price_minor":100,"valid_until":"2099-12-31"})");

        test::createUser(m_server->instance(), "free@example.com", {"member_free"});
        HttpClient member(m_server->baseUrl());
        member.login("free@example.com", test::kTestPassword);
        const auto result = member.get(
            "/api/v1/forwarders/compare?origin=tanjung%20priok%20&destination=TOKYO&mode=sea_fcl");
        QCOMPARE(result.status, 200);
        const auto groups = result.json()->getArray("groups");
        QCOMPARE(groups->size(), 3u);
        const auto usd20 = groups->getObject(0);
        QCOMPARE(usd20->getValue<std::string>("unit"), std::string("container_20"));
        QCOMPARE(usd20->getValue<std::string>("currency"), std::string("IDR"));
        const auto cheapest = groups->getObject(1);
        QCOMPARE(cheapest->getValue<std::string>("currency"), std::string("USD"));
        QCOMPARE(cheapest->getValue<int>("count"), 4);
        QCOMPARE(cheapest->getValue<std::int64_t>("min_minor"), 110000);
        QCOMPARE(cheapest->getValue<std::int64_t>("median_minor"), 127500);
        QCOMPARE(cheapest->getValue<std::int64_t>("max_minor"), 150000);
        const auto rates = cheapest->getArray("rates");
        QCOMPARE(rates->size(), 4u);
        QCOMPARE(rates->getObject(0)->getValue<std::string>("company"),
                 std::string("Beta Freight"));
        QCOMPARE(rates->getObject(0)->getValue<int>("transit_days"), 18);
        QCOMPARE(rates->getObject(3)->getValue<std::string>("company"), std::string("Alpha Cargo"));
        QCOMPARE(rates->getObject(3)->getValue<bool>("verified"), true);
        QCOMPARE(rates->getObject(3)->getValue<int>("rating"), 5);
        QCOMPARE(groups->getObject(2)->getValue<std::string>("unit"), std::string("container_40"));
        QCOMPARE(groups->getObject(2)->getValue<std::int64_t>("median_minor"), 210000);

        const auto withExpired =
            member.get("/api/v1/forwarders/compare?origin=Tanjung%20Priok&destination=Tokyo"
                       "&mode=sea_fcl&include_expired=true");
        const auto usd = withExpired.json()->getArray("groups")->getObject(1);
        QCOMPARE(usd->getArray("rates")->size(), 5u);
        const auto first = usd->getArray("rates")->getObject(0);
        QCOMPARE(first->getValue<std::int64_t>("price_minor"), 90000);
        QCOMPARE(first->getValue<bool>("expired"), true);
        QCOMPARE(usd->getValue<int>("count"), 4);
        QCOMPARE(usd->getValue<std::int64_t>("min_minor"), 110000);

        // Without a mode every mode of the route shows; a missing destination is refused.
        const auto allModes =
            member.get("/api/v1/forwarders/compare?origin=Tanjung%20Priok&destination=Tokyo");
        QCOMPARE(allModes.json()->getArray("groups")->size(), 4u);
        QCOMPARE(member.get("/api/v1/forwarders/compare?origin=Tanjung%20Priok").status, 422);
        QCOMPARE(member.get("/api/v1/forwarders/compare?origin=A&destination=B&mode=rail").status,
                 422);

        const auto routes = items(member.get("/api/v1/forwarders/routes"));
        QCOMPARE(routes->size(), 3u);
        QCOMPARE(routes->getObject(0)->getValue<std::string>("origin"),
                 std::string("Tanjung Perak"));
        QCOMPARE(routes->getObject(1)->getValue<std::string>("mode"), std::string("air"));
        QCOMPARE(routes->getObject(2)->getValue<int>("forwarders"), 3);
    }

    void expiryFollowsTheJakartaCalendarDay()
    {
        // 2030-03-31T17:30Z is already 1 April 00:30 in Jakarta.
        test::ManualClock clock;
        const std::int64_t target = 1901208600000; // 2030-03-31T17:30:00Z
        clock.advanceMs(target - clock.nowMs());
        m_admin.reset();
        m_server = std::make_unique<test::TestServer>(&clock);
        test::createUser(m_server->instance(), "admin@example.com", {"admin"});
        m_admin = std::make_unique<HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.com", test::kTestPassword);
        const auto id = createForwarder(R"({"company":"Alpha Cargo"})");
        addRate(id, R"({"origin":"Priok","destination":"Busan","mode":"sea_lcl","unit":"cbm",)"
                    R"("currency":"USD","price_minor":4000,"valid_until":"2030-03-31"})");
        addRate(id, R"({"origin":"Priok","destination":"Busan","mode":"sea_lcl","unit":"cbm",)"
                    R"("currency":"USD","price_minor":5000,"valid_until":"2030-04-01"})");
        const auto result =
            m_admin->get("/api/v1/forwarders/compare?origin=Priok&destination=Busan").json();
        QCOMPARE(result->getValue<std::string>("today"), std::string("2030-04-01"));
        const auto group = result->getArray("groups")->getObject(0);
        QCOMPARE(group->getValue<int>("count"), 1);
        QCOMPARE(group->getValue<std::int64_t>("min_minor"), 5000);
        const auto rates = items(m_admin->get("/api/v1/forwarders/" + id + "/rates"));
        QCOMPARE(rates->size(), 1u);
        QCOMPARE(
            items(m_admin->get("/api/v1/forwarders/" + id + "/rates?include_expired=true"))->size(),
            2u);
    }

    void rateEditAndDeleteAreAudited()
    {
        const auto id = createForwarder(R"({"company":"Alpha Cargo"})");
        const auto created = m_admin->post(
            "/api/v1/forwarders/" + id + "/rates",
            R"({"origin":"Priok","destination":"Busan","mode":"sea_lcl","unit":"cbm",)"
            R"("currency":"USD","price_minor":4000,"valid_until":"2099-03-31","transit_days":9})");
        QCOMPARE(created.status, 201);
        const auto rateId = created.json()->getValue<std::string>("id");
        const auto path = "/api/v1/forwarders/" + id + "/rates/" + rateId;
        const auto patched =
            m_admin->request("PATCH", path, R"({"price_minor":3500,"transit_days":null})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json()->getValue<std::int64_t>("price_minor"), 3500);
        QVERIFY(patched.json()->isNull("transit_days"));
        const auto other = createForwarder(R"({"company":"Beta"})");
        QCOMPARE(
            m_admin->request("DELETE", "/api/v1/forwarders/" + other + "/rates/" + rateId).status,
            404);
        QCOMPARE(m_admin->request("DELETE", path).status, 204);
        QCOMPARE(m_admin->request("DELETE", path).status, 404);
        auto& db = m_server->instance().db();
        QCOMPARE(auditRows(db, "forwarder_rate.created"), 1);
        QCOMPARE(auditRows(db, "forwarder_rate.updated"), 1);
        QCOMPARE(auditRows(db, "forwarder_rate.deleted"), 1);
    }
};

QTEST_GUILESS_MAIN(TestForwarders)
#include "TestForwarders.moc"
