// The member directory end to end over HTTP: privacy by default, hidden members never found,
// each member's show_* choices, area filters and counts, priority tiers first.
#include "ServerInstance.h"
#include "TestSupport.h"

#include "Db.h"
#include "Json.h"

#include <QTest>

using namespace ey;
using ey::test::HttpClient;

namespace {

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

QByteArrayList names(const core::json::ObjectPtr& page)
{
    QByteArrayList out;
    const auto list = page->getArray("items");
    for (std::size_t i = 0; i < list->size(); ++i)
        out << QByteArray::fromStdString(
            list->getObject(static_cast<unsigned>(i))->getValue<std::string>("full_name"));
    return out;
}

} // namespace

class TestMemberDirectory : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestServer> m_server;
    std::string m_province;       ///< "32"
    std::string m_regency;        ///< a regency of m_province
    std::string m_otherRegency;   ///< another regency of m_province
    std::string m_otherProvince;  ///< "33"
    std::string m_foreignRegency; ///< a regency of m_otherProvince

    /// A signed-in member with the given listing (PUT /directory/me must succeed).
    std::unique_ptr<HttpClient> member(const std::string& email, const std::string& name,
                                       const std::string& listing)
    {
        test::createUser(m_server->instance(), email, {"member_free"}, name);
        auto client = std::make_unique<HttpClient>(m_server->baseUrl());
        client->login(email, test::kTestPassword);
        if (!listing.empty()) {
            const auto saved = client->request("PUT", "/api/v1/directory/me", listing);
            if (saved.status != 200)
                throw std::runtime_error("listing of " + email + ": " + saved.body);
        }
        return client;
    }

    std::string listed(const std::string& province, const std::string& regency,
                       const std::string& extra = {})
    {
        std::string json = R"({"visibility":"members")";
        if (!province.empty())
            json += ",\"province_code\":\"" + province + "\"";
        if (!regency.empty())
            json += ",\"regency_code\":\"" + regency + "\"";
        return json + extra + "}";
    }

private slots:
    void init()
    {
        m_server = std::make_unique<test::TestServer>();
        auto& db = m_server->instance().db();
        m_province = "32";
        const auto regencies = db.exec(
            "SELECT code FROM area_regencies WHERE province_code = '32' ORDER BY code LIMIT 2");
        std::vector<std::string> codes;
        for (const auto& row : regencies)
            codes.push_back(row.str("code"));
        m_regency = codes.at(0);
        m_otherRegency = codes.at(1);
        m_otherProvince = "33";
        m_foreignRegency = db.exec("SELECT code FROM area_regencies WHERE province_code = '33'"
                                   " ORDER BY code LIMIT 1")
                               .front()
                               .str("code");
    }

    void cleanup() { m_server.reset(); }

    void nobodyIsListedUntilTheyChoose()
    {
        auto ani = member("ani@example.com", "Ani Rahma", "");
        const auto me = ani->get("/api/v1/directory/me");
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json()->getValue<std::string>("visibility"), std::string("hidden"));
        QVERIFY(me.json()->isNull("updated_at"));
        auto budi = member("budi@example.com", "Budi", listed("", ""));
        QCOMPARE(names(budi->get("/api/v1/directory/members").json()), QByteArrayList{"Budi"});
    }

    void listingIsCheckedAgainstTheRegions_data()
    {
        QTest::addColumn<QByteArray>("province");
        QTest::addColumn<QByteArray>("regency");
        QTest::addColumn<QByteArray>("field");
        QTest::newRow("unknown province")
            << QByteArray("99") << QByteArray("") << QByteArray("province_code");
        QTest::newRow("regency given as province")
            << QByteArray("32.01") << QByteArray("") << QByteArray("province_code");
        QTest::newRow("regency of another province")
            << QByteArray("32") << QByteArray("foreign") << QByteArray("regency_code");
        QTest::newRow("regency without province")
            << QByteArray("") << QByteArray("own") << QByteArray("regency_code");
        QTest::newRow("unknown regency")
            << QByteArray("32") << QByteArray("32.99") << QByteArray("regency_code");
    }

    void listingIsCheckedAgainstTheRegions()
    {
        QFETCH(QByteArray, province);
        QFETCH(QByteArray, regency);
        QFETCH(QByteArray, field);
        auto ani = member("ani@example.com", "Ani", "");
        std::string regencyCode = regency.toStdString();
        if (regencyCode == "foreign")
            regencyCode = m_foreignRegency;
        if (regencyCode == "own")
            regencyCode = m_regency;
        const auto result = ani->request("PUT", "/api/v1/directory/me",
                                         listed(province.toStdString(), regencyCode));
        QCOMPARE(result.status, 422);
        QVERIFY2(result.json()->getObject("errors")->has(field.toStdString()), result.body.c_str());
        QCOMPARE(ani->get("/api/v1/directory/me").json()->getValue<std::string>("visibility"),
                 std::string("hidden"));
    }

    void savedListingCarriesAreaNames()
    {
        auto ani = member("ani@example.com", "Ani", "");
        const auto saved = ani->request(
            "PUT", "/api/v1/directory/me",
            listed(
                m_province, m_regency,
                R"(,"headline":"  Eksportir   kopi ","business_field":"Kopi","show_email":true)"));
        QCOMPARE(saved.status, 200);
        const auto listing = saved.json();
        QCOMPARE(listing->getValue<std::string>("province_name"), std::string("Jawa Barat"));
        QVERIFY(!listing->getValue<std::string>("regency_name").empty());
        QCOMPARE(listing->getValue<std::string>("headline"), std::string("Eksportir kopi"));
        QCOMPARE(listing->getValue<bool>("show_email"), true);
        QCOMPARE(listing->getValue<bool>("show_whatsapp"), false);
        QCOMPARE(listing->getValue<bool>("priority_listing"), false);
    }

    void hiddenMembersNeverAppear()
    {
        auto ani = member("ani@example.com", "Ani Rahma", listed(m_province, m_regency));
        member("rahasia@example.com", "Siti Rahasia Sekali",
               R"({"visibility":"hidden","province_code":"32"})");
        member("never@example.com", "Siti Rahasia Juga", "");
        auto gone = member("gone@example.com", "Siti Rahasia Pergi", listed(m_province, ""));
        m_server->instance().db().exec(
            "UPDATE users SET status = 'deactivated' WHERE email = 'gone@example.com'");

        QCOMPARE(names(ani->get("/api/v1/directory/members").json()), QByteArrayList{"Ani Rahma"});
        for (const auto* query : {"q=Siti%20Rahasia%20Sekali", "q=rahasia", "province=32"}) {
            const auto page = ani->get(std::string("/api/v1/directory/members?") + query).json();
            QVERIFY2(!names(page).join(',').contains("Siti"), query);
        }
        const auto areas = ani->get("/api/v1/directory/members/areas").json();
        QCOMPARE(areas->getValue<int>("total"), 1);
    }

    void contactShownOnlyAsEachMemberChose()
    {
        auto& db = m_server->instance().db();
        auto ani = member("ani@example.com", "Ani",
                          listed(m_province, "", R"(,"show_whatsapp":true,"show_email":false)"));
        member("budi@example.com", "Budi",
               listed(m_province, "", R"(,"show_whatsapp":false,"show_email":true)"));
        db.exec("UPDATE users SET whatsapp = '+6281234567890' WHERE email IN"
                " ('ani@example.com', 'budi@example.com')");
        const auto list = ani->get("/api/v1/directory/members").json()->getArray("items");
        QCOMPARE(list->size(), 2u);
        const auto aniCard = list->getObject(0);
        QCOMPARE(aniCard->getValue<std::string>("whatsapp"), std::string("+6281234567890"));
        QVERIFY(aniCard->isNull("email"));
        const auto budiCard = list->getObject(1);
        QVERIFY(budiCard->isNull("whatsapp"));
        QCOMPARE(budiCard->getValue<std::string>("email"), std::string("budi@example.com"));
    }

    void areaFilterAndCounts()
    {
        auto ani = member("ani@example.com", "Ani", listed(m_province, m_regency));
        member("budi@example.com", "Budi", listed(m_province, m_regency));
        member("cici@example.com", "Cici", listed(m_province, m_otherRegency));
        member("dedi@example.com", "Dedi", listed(m_province, ""));
        member("eka@example.com", "Eka", listed(m_otherProvince, m_foreignRegency));
        member("fani@example.com", "Fani", listed("", ""));

        QCOMPARE(names(ani->get("/api/v1/directory/members?province=32").json()),
                 (QByteArrayList{"Ani", "Budi", "Cici", "Dedi"}));
        QCOMPARE(names(ani->get("/api/v1/directory/members?regency=" + m_regency).json()),
                 (QByteArrayList{"Ani", "Budi"}));
        QCOMPARE(names(ani->get("/api/v1/directory/members?province=33&q=ek").json()),
                 QByteArrayList{"Eka"});

        const auto areas = ani->get("/api/v1/directory/members/areas").json();
        QCOMPARE(areas->getValue<int>("total"), 6);
        QCOMPARE(areas->getValue<int>("unplaced"), 1);
        const auto provinces = areas->getArray("items");
        QCOMPARE(provinces->size(), 2u);
        core::json::ObjectPtr west;
        for (std::size_t i = 0; i < provinces->size(); ++i)
            if (provinces->getObject(static_cast<unsigned>(i))
                    ->getValue<std::string>("province_code") == "32")
                west = provinces->getObject(static_cast<unsigned>(i));
        QVERIFY(west);
        QCOMPARE(west->getValue<int>("members"), 4);
        const auto regencies = west->getArray("regencies");
        QCOMPARE(regencies->size(), 2u);
        QCOMPARE(regencies->getObject(0)->getValue<std::string>("regency_code"), m_regency);
        QCOMPARE(regencies->getObject(0)->getValue<int>("members"), 2);
    }

    void priorityTiersComeFirstWithTheirBadge()
    {
        auto ani = member("ani@example.com", "Ani", listed(m_province, ""));
        member("budi@example.com", "Budi", listed(m_province, ""));
        member("zed@example.com", "Zed", listed(m_province, ""));
        auto& db = m_server->instance().db();
        grantLifetime(db,
                      db.exec("SELECT id::text AS id FROM users WHERE email = 'zed@example.com'")
                          .front()
                          .str("id"));

        const auto page = ani->get("/api/v1/directory/members").json();
        QCOMPARE(names(page), (QByteArrayList{"Zed", "Ani", "Budi"}));
        const auto zed = page->getArray("items")->getObject(0);
        QCOMPARE(zed->getValue<bool>("priority"), true);
        QCOMPARE(zed->getValue<bool>("verified_badge"), true);
        QCOMPARE(page->getArray("items")->getObject(1)->getValue<bool>("verified_badge"), false);

        // The same order page by page.
        QByteArrayList paged;
        std::string path = "/api/v1/directory/members?limit=1";
        for (int i = 0; i < 5; ++i) {
            const auto next = ani->get(path).json();
            paged << names(next);
            if (next->isNull("next_cursor"))
                break;
            path = "/api/v1/directory/members?limit=1&cursor=" +
                   next->getValue<std::string>("next_cursor");
        }
        QCOMPARE(paged, (QByteArrayList{"Zed", "Ani", "Budi"}));
    }
};

QTEST_GUILESS_MAIN(TestMemberDirectory)
#include "TestMemberDirectory.moc"
