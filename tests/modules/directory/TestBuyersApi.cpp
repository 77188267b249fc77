// The buyer directory API over real HTTP and PostgreSQL: admin curation (validation, duplicates,
// filters, paging, audit, realtime events), member search and detail with masking, views,
// likes, favourites, history, reports, statistics, plan limits and the role boundaries.
#include "BuyerTestKit.h"

#include <QTest>

#include <set>

using namespace ey;
using namespace ey::test;
using namespace ey::test::buyers;

namespace {

std::vector<std::string> companies(const HttpResult& result)
{
    std::vector<std::string> names;
    const auto items = result.json()->getArray("items");
    for (unsigned i = 0; i < items->size(); ++i)
        names.push_back(items->getObject(i)->getValue<std::string>("company"));
    return names;
}

bool contains(const std::vector<std::string>& items, const std::string& item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

int auditCount(TestServer& server, const std::string& action, const std::string& id)
{
    return static_cast<int>(count(server,
                                  "SELECT count(*) AS n FROM activity_log WHERE action = $1"
                                  " AND entity_id = $2",
                                  {action, id}));
}

/// Realtime "buyer.updated" events naming this buyer and action.
int eventCount(TestServer& server, const std::string& id, const std::string& action)
{
    return static_cast<int>(count(server,
                                  "SELECT count(*) AS n FROM realtime_events WHERE event ="
                                  " 'buyer.updated' AND data->>'id' = $1 AND data->>'action' = $2",
                                  {id, action}));
}

} // namespace

class TestBuyersApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_member;
    std::unique_ptr<Person> m_mentor;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin = std::make_unique<Person>(
            person(*m_server, "admin@example.com", {"admin"}, "Admin Satu"));
        m_member = std::make_unique<Person>(
            person(*m_server, "anggota@example.com", {"member_free"}, "Anggota Gratis"));
        m_mentor = std::make_unique<Person>(
            person(*m_server, "mentor@example.com", {"mentor"}, "Mentor Ekspor"));
    }

    void countries()
    {
        const auto result = m_member->http.get("/api/v1/directory/countries");
        QCOMPARE(result.status, 200);
        const auto items = result.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(249));
        std::string previous;
        bool sawJapan = false;
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(i);
            QVERIFY(previous <= field(item, "name_id"));
            previous = field(item, "name_id");
            if (field(item, "code") == "JP") {
                sawJapan = true;
                QCOMPARE(field(item, "name_id"), std::string("Jepang"));
                QCOMPARE(field(item, "name_en"), std::string("Japan"));
                QCOMPARE(field(item, "flag"), std::string("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"));
            }
        }
        QVERIFY(sawJapan);
        QCOMPARE(HttpClient(m_server->baseUrl()).get("/api/v1/directory/countries").status, 401);
    }

    void createValidatesEveryField()
    {
        auto result = send(*m_admin, "POST", "/api/v1/admin/buyers", "{}");
        QCOMPARE(result.status, 422);
        auto errors = result.json()->getObject("errors");
        QVERIFY(errors->has("company"));
        QVERIFY(errors->has("country"));

        result = send(*m_admin, "POST", "/api/v1/admin/buyers", R"({
            "company": "Validasi Co", "country": "Atlantis", "email": "bukan-email",
            "phone": "telepon saya", "hs_codes": ["09"], "rating": 7,
            "payment_terms": ["cash"], "shipping_terms": ["FOB", "XYZ"], "business_scale": "huge"})");
        QCOMPARE(result.status, 422);
        errors = result.json()->getObject("errors");
        for (const auto* name : {"country", "email", "phone", "hs_codes", "rating", "payment_terms",
                                 "shipping_terms", "business_scale"})
            QVERIFY2(errors->has(name), (std::string(name) + " in " + result.body).c_str());
        QVERIFY(!errors->has("company"));
        // Indonesian by default, English on request.
        QVERIFY(result.json()->getValue<std::string>("detail").size() > 0);
        const auto english = m_admin->http.request(
            "POST", "/api/v1/admin/buyers", "{}",
            {{"Content-Type", "application/json"}, {"Accept-Language", "en"}});
        QCOMPARE(english.json()->getObject("errors")->getValue<std::string>("company"),
                 std::string("The company name is required."));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM buyers WHERE company = 'Validasi Co'"),
                 0);
    }

    void createNormalisesAndAudits()
    {
        const auto created = send(*m_admin, "POST", "/api/v1/admin/buyers", R"({
            "company": "  Tokyo   Coffee Trading  ", "contact_person": "Hiro Tanaka",
            "email": "Hiro@Tokyo-Coffee.co.jp", "phone": "+81 3-1234-5678", "country": "jp",
            "products": ["Kopi Arabika", "Kopi Robusta", "kopi arabika"], "hs_codes": ["0901.11"],
            "business_scale": "medium", "payment_terms": ["T/T", "lc"], "shipping_terms": ["fob"],
            "notes": "Importir kopi spesialti", "verified": true, "rating": 4,
            "source": "Pameran SIAL 2026"})");
        QCOMPARE(created.status, 201);
        const auto body = created.json();
        const auto id = field(body, "id");
        QCOMPARE(field(body, "company"), std::string("Tokyo Coffee Trading"));
        QCOMPARE(field(body, "email"), std::string("hiro@tokyo-coffee.co.jp"));
        QCOMPARE(field(body, "phone"), std::string("+81312345678"));
        QCOMPARE(field(body, "country"), std::string("JP"));
        QCOMPARE(field(body, "flag"), std::string("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"));
        QCOMPARE(body->getArray("products")->size(), std::size_t(2));
        QCOMPARE(body->getArray("hs_codes")->getElement<std::string>(0), std::string("090111"));
        QCOMPARE(body->getArray("payment_terms")->getElement<std::string>(0), std::string("TT"));
        QCOMPARE(body->getArray("payment_terms")->getElement<std::string>(1), std::string("LC"));
        QCOMPARE(body->getArray("shipping_terms")->getElement<std::string>(0), std::string("FOB"));
        QCOMPARE(body->getValue<bool>("verified"), true);
        QCOMPARE(body->getValue<int>("rating"), 4);
        QCOMPARE(body->getValue<int>("views"), 0);
        QVERIFY(!field(body, "date_added").empty());
        QCOMPARE(auditCount(*m_server, "buyer.create", id), 1);
        QCOMPARE(eventCount(*m_server, id, "created"), 1);

        const auto fetched = m_admin->http.get("/api/v1/admin/buyers/" + id);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(field(fetched.json(), "contact_person"), std::string("Hiro Tanaka"));
        QCOMPARE(
            m_admin->http.get("/api/v1/admin/buyers/00000000-0000-0000-0000-000000000000").status,
            404);
        QCOMPARE(m_admin->http.get("/api/v1/admin/buyers/not-an-id").status, 404);
    }

    void duplicatesAreRefusedWithTheirId()
    {
        const auto first = createBuyer(*m_admin, buyerBody("Rotterdam Spice BV", "NL",
                                                           R"("email": "buy@rotterdam-spice.nl")"));
        // Same company and country, other case and spacing.
        auto result = send(*m_admin, "POST", "/api/v1/admin/buyers",
                           buyerBody("  rotterdam   SPICE bv ", "Belanda"));
        QCOMPARE(result.status, 409);
        QCOMPARE(field(result.json(), "duplicate_id"), first);
        QCOMPARE(field(result.json(), "type"),
                 std::string("https://eksporyuk.com/problems/conflict"));
        // Same email, other company.
        result = send(*m_admin, "POST", "/api/v1/admin/buyers",
                      buyerBody("Other Name BV", "NL", R"("email": "BUY@rotterdam-spice.nl")"));
        QCOMPARE(result.status, 409);
        QCOMPARE(field(result.json(), "duplicate_id"), first);
        // The same company in another country is another buyer.
        const auto german = createBuyer(*m_admin, buyerBody("Rotterdam Spice BV", "DE"));
        // An edit that would collide is refused too.
        result = send(*m_admin, "PATCH", "/api/v1/admin/buyers/" + german, R"({"country": "NL"})");
        QCOMPARE(result.status, 409);
        QCOMPARE(field(result.json(), "duplicate_id"), first);
    }

    void patchChangesOnlyWhatIsSent()
    {
        const auto id = createBuyer(
            *m_admin,
            buyerBody(
                "Dubai Dates Trading", "AE",
                R"("contact_person": "Ahmed Rashid", "products": ["Gula Aren"], "rating": 3)"));
        auto result = send(*m_admin, "PATCH", "/api/v1/admin/buyers/" + id,
                           R"({"contact_person": null, "rating": 5, "verified": true})");
        QCOMPARE(result.status, 200);
        auto body = result.json();
        QVERIFY(body->isNull("contact_person"));
        QCOMPARE(body->getValue<int>("rating"), 5);
        QCOMPARE(body->getValue<bool>("verified"), true);
        QCOMPARE(body->getArray("products")->getElement<std::string>(0), std::string("Gula Aren"));
        QCOMPARE(field(body, "company"), std::string("Dubai Dates Trading"));
        QCOMPARE(auditCount(*m_server, "buyer.update", id), 1);
        QCOMPARE(eventCount(*m_server, id, "updated"), 1);

        result = send(*m_admin, "PATCH", "/api/v1/admin/buyers/" + id,
                      R"({"company": null, "rating": 0})");
        QCOMPARE(result.status, 422);
        QVERIFY(result.json()->getObject("errors")->has("company"));
        QVERIFY(result.json()->getObject("errors")->has("rating"));
        QCOMPARE(send(*m_admin, "PATCH",
                      "/api/v1/admin/buyers/00000000-0000-0000-0000-000000000000",
                      R"({"rating": 2})")
                     .status,
                 404);
    }

    void deleteRemovesAndAudits()
    {
        const auto id = createBuyer(*m_admin, buyerBody("Hapus Saja Ltd", "GB"));
        QCOMPARE(send(*m_admin, "DELETE", "/api/v1/admin/buyers/" + id).status, 204);
        QCOMPARE(m_admin->http.get("/api/v1/admin/buyers/" + id).status, 404);
        QCOMPARE(send(*m_admin, "DELETE", "/api/v1/admin/buyers/" + id).status, 404);
        QCOMPARE(auditCount(*m_server, "buyer.delete", id), 1);
        QCOMPARE(eventCount(*m_server, id, "deleted"), 1);
    }

    void filters()
    {
        createBuyer(*m_admin, R"({"company": "Filter Kelapa 100% Murni", "country": "AU",
            "products": ["Coconut Sugar"], "hs_codes": ["1701"], "payment_terms": ["LC"],
            "shipping_terms": ["CIF"], "verified": true, "business_scale": "large"})");
        createBuyer(*m_admin, R"({"company": "Filter Rumput Laut", "country": "CN",
            "products": ["Seaweed"], "hs_codes": ["1212"], "payment_terms": ["TT"],
            "shipping_terms": ["FOB"], "notes": "butuh kelapa juga", "business_scale": "small"})");
        createBuyer(*m_admin, R"({"company": "Filter_Furniture", "country": "US",
            "products": ["Teak Furniture"], "hs_codes": ["9403"], "payment_terms": ["DP"]})");
        auto list = [&](const std::string& query) {
            const auto result = m_admin->http.get("/api/v1/admin/buyers?" + query);
            if (result.status != 200)
                qFatal("list failed: %s", result.body.c_str());
            return companies(result);
        };
        auto names = list("q=KELAPA");
        QVERIFY(contains(names, "Filter Kelapa 100% Murni"));
        QVERIFY(contains(names, "Filter Rumput Laut")); // notes are searched too
        QVERIFY(!contains(names, "Filter_Furniture"));
        // % and _ are taken literally.
        names = list("q=100%25");
        QCOMPARE(names, std::vector<std::string>{"Filter Kelapa 100% Murni"});
        names = list("q=filter_");
        QCOMPARE(names, std::vector<std::string>{"Filter_Furniture"});
        QCOMPARE(list("country=CN"), std::vector<std::string>{"Filter Rumput Laut"});
        QCOMPARE(list("product=1212"), std::vector<std::string>{"Filter Rumput Laut"});
        QCOMPARE(list("product=coconut"), std::vector<std::string>{"Filter Kelapa 100% Murni"});
        QCOMPARE(list("q=filter&payment_term=lc"),
                 std::vector<std::string>{"Filter Kelapa 100% Murni"});
        QCOMPARE(list("q=filter&shipping_term=FOB"),
                 std::vector<std::string>{"Filter Rumput Laut"});
        QCOMPARE(list("q=filter&business_scale=small"),
                 std::vector<std::string>{"Filter Rumput Laut"});
        QCOMPARE(list("q=filter&verified=true"),
                 std::vector<std::string>{"Filter Kelapa 100% Murni"});
        QCOMPARE(list("q=filter&verified=false").size(), std::size_t(2));
        QCOMPARE(list("q=filter&added_from=2000-01-01&added_to=2100-12-31").size(), std::size_t(3));
        QCOMPARE(list("q=filter&added_to=2000-01-01").size(), std::size_t(0));
        QCOMPARE(list("q=filter&added_from=2100-01-01").size(), std::size_t(0));

        const auto bad = m_admin->http.get(
            "/api/v1/admin/buyers?country=XX&verified=maybe&added_from=2026-02-30&sort=price");
        QCOMPARE(bad.status, 422);
        const auto errors = bad.json()->getObject("errors");
        for (const auto* name : {"country", "verified", "added_from", "sort"})
            QVERIFY2(errors->has(name), name);
    }

    void paging()
    {
        for (const auto* name : {"Page E", "Page C", "Page A", "Page D", "Page B"})
            createBuyer(*m_admin, buyerBody(std::string(name) + " Trading", "SG"));
        for (const std::string sort : {"newest", "company"}) {
            std::vector<std::string> seen;
            std::string cursor;
            int pages = 0;
            do {
                const auto result =
                    m_admin->http.get("/api/v1/admin/buyers?country=SG&limit=2&sort=" + sort +
                                      (cursor.empty() ? "" : "&cursor=" + cursor));
                QCOMPARE(result.status, 200);
                for (const auto& name : companies(result))
                    seen.push_back(name);
                const auto body = result.json();
                cursor = body->isNull("next_cursor") ? std::string() : field(body, "next_cursor");
                ++pages;
            } while (!cursor.empty() && pages < 10);
            QCOMPARE(pages, 3);
            QCOMPARE(seen.size(), std::size_t(5));
            QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(5));
            if (sort == "company")
                QCOMPARE(seen.front(), std::string("Page A Trading"));
            else
                QCOMPARE(seen.front(), std::string("Page B Trading"));
        }
        QCOMPARE(m_admin->http.get("/api/v1/admin/buyers?cursor=bm9wZQ").status, 400);
    }

    void rolesAreKeptApart()
    {
        QCOMPARE(m_member->http.get("/api/v1/admin/buyers").status, 403);
        QCOMPARE(send(*m_member, "POST", "/api/v1/admin/buyers", buyerBody("Member Co")).status,
                 403);
        QCOMPARE(m_member->http.get("/api/v1/admin/buyer-stats").status, 403);
        QCOMPARE(m_member->http.get("/api/v1/admin/buyer-reports").status, 403);
        QCOMPARE(m_member->http.get("/api/v1/admin/directory-limits").status, 403);
        // Mentors curate buyers but do not change plan limits.
        QCOMPARE(m_mentor->http.get("/api/v1/admin/buyers").status, 200);
        QCOMPARE(m_mentor->http.get("/api/v1/admin/directory-limits").status, 403);
        QCOMPARE(HttpClient(m_server->baseUrl()).get("/api/v1/buyers").status, 401);
    }

    void memberSeesSummariesAndMaskedContact()
    {
        const auto id = createBuyer(*m_admin, R"({"company": "Masking Coffee KK", "country": "JP",
            "contact_person": "Hiro Tanaka", "email": "budi@example.com", "phone": "+81312345678",
            "notes": "catatan", "products": ["Kopi"]})");
        const auto search = m_member->http.get("/api/v1/buyers?q=masking");
        QCOMPARE(search.status, 200);
        const auto summary = search.json()->getArray("items")->getObject(0);
        QCOMPARE(field(summary, "company"), std::string("Masking Coffee KK"));
        QVERIFY(!summary->has("email"));
        QVERIFY(!summary->has("phone"));
        QVERIFY(!summary->has("contact_person"));
        QVERIFY(!summary->has("notes"));
        QCOMPARE(summary->getValue<bool>("unlocked"), false);

        const auto opened = m_member->http.get("/api/v1/buyers/" + id);
        QCOMPARE(opened.status, 200);
        const auto body = opened.json();
        QCOMPARE(body->getValue<bool>("contact_masked"), true);
        QCOMPARE(field(body, "email"), std::string("b***@e***.com"));
        QCOMPARE(field(body, "phone"), std::string("+813******78"));
        QCOMPARE(field(body, "contact_person"), std::string("Hiro T."));
        QCOMPARE(body->getValue<bool>("unlocked"), true);
        QCOMPARE(body->getObject("quota")->getValue<int>("used"), 1);

        // Staff see everything and are never counted.
        const auto staff = m_admin->http.get("/api/v1/buyers/" + id);
        QCOMPARE(staff.status, 200);
        QCOMPARE(staff.json()->getValue<bool>("contact_masked"), false);
        QCOMPARE(field(staff.json(), "email"), std::string("budi@example.com"));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM buyer_views WHERE user_id = $1::uuid",
                       {m_admin->id}),
                 0);
        QCOMPARE(m_admin->http.get("/api/v1/buyers/quota").json()->getValue<int>("used"), 0);
        QVERIFY(m_admin->http.get("/api/v1/buyers/quota").json()->isNull("remaining"));
    }

    void viewsHistoryAndViewers()
    {
        const auto id = createBuyer(*m_admin, buyerBody("Viewed Palm Sugar Co", "SA"));
        const auto other =
            person(*m_server, "anggota2@example.com", {"member_free"}, "Anggota Dua");
        QCOMPARE(m_member->http.get("/api/v1/buyers/" + id).status, 200);
        QCOMPARE(m_member->http.get("/api/v1/buyers/" + id).status, 200);
        QCOMPARE(other.http.get("/api/v1/buyers/" + id).status, 200);

        // Each member sees only their own views.
        auto history = m_member->http.get("/api/v1/buyers/history").json()->getArray("items");
        QCOMPARE(field(history->getObject(0)->getObject("buyer"), "id"), id);
        QCOMPARE(history->getObject(0)->getValue<int>("views"), 2);
        history = other.http.get("/api/v1/buyers/history").json()->getArray("items");
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->getObject(0)->getValue<int>("views"), 1);
        const auto mine =
            m_member->http.get("/api/v1/buyers?q=viewed%20palm").json()->getArray("items");
        QCOMPARE(mine->getObject(0)->getValue<int>("my_views"), 2);

        // Staff see every member.
        const auto viewers = m_admin->http.get("/api/v1/admin/buyers/" + id + "/viewers");
        QCOMPARE(viewers.status, 200);
        const auto items = viewers.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(2));
        QCOMPARE(field(items->getObject(0), "full_name"), std::string("Anggota Gratis"));
        QCOMPARE(items->getObject(0)->getValue<int>("views"), 2);
        QCOMPARE(field(items->getObject(1), "email"), std::string("anggota2@example.com"));
        const auto detail = m_admin->http.get("/api/v1/admin/buyers/" + id).json();
        QCOMPARE(detail->getValue<int>("views"), 3);
        QCOMPARE(detail->getValue<int>("viewers"), 2);
        QCOMPARE(m_member->http.get("/api/v1/admin/buyers/" + id + "/viewers").status, 403);
    }

    void likesAndFavorites()
    {
        const auto first = createBuyer(*m_admin, buyerBody("Liked Seaweed Co", "CN"));
        const auto second = createBuyer(*m_admin, buyerBody("Liked Garment GmbH", "DE"));
        QCOMPARE(send(*m_member, "PUT", "/api/v1/buyers/" + first + "/like").status, 204);
        QCOMPARE(send(*m_member, "PUT", "/api/v1/buyers/" + first + "/like").status, 204);
        QTest::qWait(5);
        QCOMPARE(send(*m_member, "PUT", "/api/v1/buyers/" + second + "/like").status, 204);
        QCOMPARE(m_admin->http.get("/api/v1/admin/buyers/" + first).json()->getValue<int>("likes"),
                 1);
        auto favorites = companies(m_member->http.get("/api/v1/buyers/favorites"));
        QCOMPARE(favorites, (std::vector<std::string>{"Liked Garment GmbH", "Liked Seaweed Co"}));
        QVERIFY(m_member->http.get("/api/v1/buyers?q=liked%20seaweed")
                    .json()
                    ->getArray("items")
                    ->getObject(0)
                    ->getValue<bool>("liked"));
        QCOMPARE(send(*m_member, "DELETE", "/api/v1/buyers/" + second + "/like").status, 204);
        QCOMPARE(send(*m_member, "DELETE", "/api/v1/buyers/" + second + "/like").status, 204);
        favorites = companies(m_member->http.get("/api/v1/buyers/favorites"));
        QCOMPARE(favorites, std::vector<std::string>{"Liked Seaweed Co"});
        QCOMPARE(send(*m_member, "PUT", "/api/v1/buyers/00000000-0000-0000-0000-000000000000/like")
                     .status,
                 404);
    }

    void reportsFlow()
    {
        const auto id = createBuyer(*m_admin, buyerBody("Reported Furniture Inc", "US"));
        auto result = send(*m_member, "POST", "/api/v1/buyers/" + id + "/reports",
                           R"({"reason": "wrong_contact", "message": "Nomornya tidak aktif"})");
        QCOMPARE(result.status, 201);
        const auto reportId = field(result.json(), "id");
        QCOMPARE(field(result.json(), "status"), std::string("open"));
        QCOMPARE(field(result.json(), "company"), std::string("Reported Furniture Inc"));
        QCOMPARE(
            send(*m_member, "POST", "/api/v1/buyers/" + id + "/reports", R"({"reason": "closed"})")
                .status,
            409);
        QCOMPARE(
            send(*m_member, "POST", "/api/v1/buyers/" + id + "/reports", R"({"reason": "because"})")
                .status,
            422);
        QCOMPARE(
            m_admin->http.get("/api/v1/admin/buyers/" + id).json()->getValue<int>("open_reports"),
            1);

        const auto open = m_admin->http.get("/api/v1/admin/buyer-reports?status=open");
        QCOMPARE(open.status, 200);
        bool listed = false;
        const auto items = open.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i)
            listed = listed || field(items->getObject(i), "id") == reportId;
        QVERIFY(listed);
        QCOMPARE(field(items->getObject(0), "full_name"), std::string("Anggota Gratis"));

        result = send(*m_admin, "POST", "/api/v1/admin/buyer-reports/" + reportId + "/resolve",
                      R"({"status": "resolved", "note": "Nomor diperbarui"})");
        QCOMPARE(result.status, 200);
        QCOMPARE(field(result.json(), "status"), std::string("resolved"));
        QCOMPARE(field(result.json(), "resolution_note"), std::string("Nomor diperbarui"));
        QVERIFY(!result.json()->isNull("resolved_at"));
        QCOMPARE(auditCount(*m_server, "buyer_report.resolve", reportId), 1);
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/buyer-reports/" + reportId + "/resolve",
                      R"({"status": "dismissed"})")
                     .status,
                 409);
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/buyer-reports/" + reportId + "/resolve",
                      R"({"status": "open"})")
                     .status,
                 422);
        QCOMPARE(m_admin->http.get("/api/v1/admin/buyer-reports?status=lost").status, 422);
        // Once handled, the member may report again.
        QCOMPARE(
            send(*m_member, "POST", "/api/v1/buyers/" + id + "/reports", R"({"reason": "closed"})")
                .status,
            201);
    }

    void planLimits()
    {
        const auto list = m_admin->http.get("/api/v1/admin/directory-limits");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(6));
        QCOMPARE(field(items->getObject(0), "tier"), std::string("free"));
        QCOMPARE(items->getObject(0)->getValue<int>("buyers_per_month"), 5);
        QVERIFY(items->getObject(5)->isNull("buyers_per_month"));

        auto result = send(*m_admin, "PUT", "/api/v1/admin/directory-limits/1m",
                           R"({"buyers_per_month": 25})");
        QCOMPARE(result.status, 422);
        QVERIFY(result.json()->getObject("errors")->has("full_contact"));
        result = send(*m_admin, "PUT", "/api/v1/admin/directory-limits/1m",
                      R"({"buyers_per_month": 25, "full_contact": true, "csv_download": true,
                          "api_access": false, "priority_listing": false, "verified_badge": false})");
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getValue<int>("buyers_per_month"), 25);
        QCOMPARE(result.json()->getValue<bool>("csv_download"), true);
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM activity_log WHERE action ="
                                  " 'directory_limits.update'"),
                 1);
        QCOMPARE(send(*m_admin, "PUT", "/api/v1/admin/directory-limits/2y",
                      R"({"buyers_per_month": null, "full_contact": true, "csv_download": true,
                          "api_access": false, "priority_listing": false, "verified_badge": false})")
                     .status,
                 404);
    }

    void statistics()
    {
        // A server of its own: the figures are about a known data set.
        ManualClock clock;
        // Wednesday 2027-03-10 10:00 Jakarta.
        clock.advanceMs(1'804'647'600'000LL - clock.nowMs());
        TestServer server(&clock);
        const auto admin = person(server, "statadmin@example.com", {"admin"}, "Admin Statistik");
        const auto member =
            person(server, "statmember@example.com", {"member_free"}, "Anggota Statistik");
        const auto other = person(server, "statother@example.com", {"member_free"}, "Anggota Lain");
        const std::int64_t week = 7LL * 24 * 3600 * 1000;
        clock.advanceMs(-2 * week); // two weeks earlier: one buyer
        const auto old = createBuyer(
            admin,
            R"({"company": "Stat Old", "country": "JP", "products": ["Kopi"], "verified": true})");
        clock.advanceMs(2 * week);
        const auto a = createBuyer(
            admin, R"({"company": "Stat A", "country": "JP", "products": ["kopi", "Teh"]})");
        const auto b = createBuyer(
            admin,
            R"({"company": "Stat B", "country": "NL", "products": ["KOPI"], "verified": true})");
        member.http.get("/api/v1/buyers/" + a);
        member.http.get("/api/v1/buyers/" + a);
        member.http.get("/api/v1/buyers/" + b);
        other.http.get("/api/v1/buyers/" + a);
        send(member, "PUT", "/api/v1/buyers/" + b + "/like");
        send(other, "PUT", "/api/v1/buyers/" + b + "/like");
        send(other, "PUT", "/api/v1/buyers/" + old + "/like");

        const auto result = admin.http.get("/api/v1/admin/buyer-stats?weeks=3");
        QCOMPARE(result.status, 200);
        const auto body = result.json();
        QCOMPARE(body->getValue<int>("total"), 3);
        QCOMPARE(body->getValue<int>("verified"), 2);
        const auto weeks = body->getArray("new_per_week");
        QCOMPARE(weeks->size(), std::size_t(3));
        QCOMPARE(field(weeks->getObject(0), "week_start"), std::string("2027-02-22"));
        QCOMPARE(weeks->getObject(0)->getValue<int>("count"), 1);
        QCOMPARE(weeks->getObject(1)->getValue<int>("count"), 0);
        QCOMPARE(field(weeks->getObject(2), "week_start"), std::string("2027-03-08"));
        QCOMPARE(weeks->getObject(2)->getValue<int>("count"), 2);
        const auto countries = body->getArray("by_country");
        QCOMPARE(field(countries->getObject(0), "country"), std::string("JP"));
        QCOMPARE(countries->getObject(0)->getValue<int>("count"), 2);
        QCOMPARE(field(countries->getObject(0), "flag"),
                 std::string("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"));
        const auto products = body->getArray("by_product");
        QCOMPARE(field(products->getObject(0), "product"), std::string("kopi"));
        QCOMPARE(products->getObject(0)->getValue<int>("count"), 3);
        const auto viewed = body->getArray("most_viewed");
        QCOMPARE(field(viewed->getObject(0), "company"), std::string("Stat A"));
        QCOMPARE(viewed->getObject(0)->getValue<int>("views"), 3);
        QCOMPARE(viewed->getObject(0)->getValue<int>("viewers"), 2);
        const auto liked = body->getArray("most_liked");
        QCOMPARE(field(liked->getObject(0), "company"), std::string("Stat B"));
        QCOMPARE(liked->getObject(0)->getValue<int>("likes"), 2);
        const auto viewers = body->getArray("top_viewers");
        QCOMPARE(field(viewers->getObject(0), "full_name"), std::string("Anggota Statistik"));
        QCOMPARE(viewers->getObject(0)->getValue<int>("views"), 3);
        QCOMPARE(viewers->getObject(0)->getValue<int>("buyers"), 2);
        QCOMPARE(admin.http.get("/api/v1/admin/buyer-stats?weeks=0").status, 422);
        QCOMPARE(admin.http.get("/api/v1/admin/buyer-stats?weeks=105").status, 422);
    }
};

QTEST_GUILESS_MAIN(TestBuyersApi)
#include "TestBuyersApi.moc"
