// Membership plans: one JSON document with prices, grants and follow-ups; slugs made from titles
// and kept unique; descriptions cleaned of scripts; the public shop shows active plans only;
// refusals are 409/422 with the field named; every change leaves an activity-log row.
#include "CatalogTestKit.h"

#include "HtmlSanitizer.h"

#include <QTest>

#include <memory>
#include <set>

using namespace ey::test;
using namespace ey::test::catalog;

class TestCatalogPlans : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_support;
    std::unique_ptr<Person> m_member;

    std::string createPlanWith(const std::string& title)
    {
        return field(created(*m_admin, "/api/v1/admin/catalog/plans", planBody(title)), "slug");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_support = std::make_unique<Person>(person(*m_server, "cs@example.com", {"support"}));
        m_member =
            std::make_unique<Person>(person(*m_server, "member@example.com", {"member_free"}));
    }

    void createsPlanWithPricesGrantsAndFollowups()
    {
        auto body = planBody("Paket Ekspor Pro", "active", 2'500'000);
        auto prices = body->getArray("prices");
        auto monthly = ey::core::json::object();
        monthly->set("duration", "1m");
        monthly->set("price", std::int64_t(300'000));
        prices->add(monthly);
        body->set("badge", "paling_laris");
        body->set("commission_type", "fixed");
        body->set("commission_value", std::int64_t(250'000));
        body->set("salespage_url", "https://eksporyuk.com/pro");
        auto grants = ey::core::json::array();
        for (const auto& [kind, ref] :
             std::vector<std::pair<std::string, std::string>>{{"group", "grup-eksportir"},
                                                              {"course", "kelas-dasar-ekspor"},
                                                              {"feature", "database_buyer"}}) {
            auto grant = ey::core::json::object();
            grant->set("kind", kind);
            grant->set("ref", ref);
            grants->add(grant);
        }
        body->set("grants", grants);
        auto followups = ey::core::json::array();
        for (int day : {1, 3}) {
            auto followup = ey::core::json::object();
            followup->set("delay_days", day);
            followup->set("template", "Halo {{nama}}, hari ke-" + std::to_string(day));
            followups->add(followup);
        }
        body->set("followups", followups);

        const auto plan = created(*m_admin, "/api/v1/admin/catalog/plans", body);
        QCOMPARE(field(plan, "slug"), std::string("paket-ekspor-pro"));
        QCOMPARE(field(plan, "badge"), std::string("paling_laris"));
        QCOMPARE(plan->getValue<std::int64_t>("commission_value"), std::int64_t(250'000));

        // Read back: prices in duration order (1m before 12m), all parts present.
        const auto read = m_admin->http.get("/api/v1/admin/catalog/plans/" + field(plan, "id"));
        QCOMPARE(read.status, 200);
        const auto stored = read.json();
        const auto storedPrices = stored->getArray("prices");
        QCOMPARE(storedPrices->size(), 2u);
        QCOMPARE(storedPrices->getObject(0)->getValue<std::string>("duration"), std::string("1m"));
        QCOMPARE(storedPrices->getObject(1)->getValue<std::int64_t>("price"),
                 std::int64_t(2'500'000));
        QCOMPARE(stored->getArray("grants")->size(), 3u);
        const auto storedFollowups = stored->getArray("followups");
        QCOMPARE(storedFollowups->size(), 2u);
        QCOMPARE(storedFollowups->getObject(1)->getValue<int>("delay_days"), 3);

        // The whole document is replaced by PUT; the slug stays when none is sent.
        auto change = planBody("Paket Ekspor Pro Plus", "active", 2'000'000);
        const auto updated =
            put(*m_admin, "/api/v1/admin/catalog/plans/" + field(plan, "id"), change);
        QCOMPARE(updated.status, 200);
        QCOMPARE(field(updated.json(), "slug"), std::string("paket-ekspor-pro"));
        QCOMPARE(updated.json()->getArray("prices")->size(), 1u);
        QCOMPARE(updated.json()->getArray("followups")->size(), 0u);

        QCOMPARE(auditRows(*m_server, "catalog.plan.create", field(plan, "id")), std::int64_t(1));
        QCOMPARE(auditRows(*m_server, "catalog.plan.update", field(plan, "id")), std::int64_t(1));
        const auto row = m_server->instance().db().exec(
            "SELECT before->>'title' AS before_title, after->>'title' AS after_title,"
            " actor_id::text AS actor FROM activity_log"
            " WHERE action = 'catalog.plan.update' AND entity_id = $1",
            {field(plan, "id")});
        QCOMPARE(row.front().str("before_title"), std::string("Paket Ekspor Pro"));
        QCOMPARE(row.front().str("after_title"), std::string("Paket Ekspor Pro Plus"));
        QCOMPARE(row.front().str("actor"), m_admin->id);
    }

    void slugFromTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "Paket Pemula Ekspor"
                               << "paket-pemula-ekspor";
        QTest::newRow("ampersand and digits") << "Ekspor & Impor 2025!"
                                              << "ekspor-dan-impor-2025";
        QTest::newRow("accents") << QString::fromUtf8("Kaf\xc3\xa9 \xc3\x89kspor") << "kafe-ekspor";
        QTest::newRow("apostrophe") << "Promo Jum'at Berkah"
                                    << "promo-jumat-berkah";
        QTest::newRow("spaces and dashes") << "  Paket -- VIP  "
                                           << "paket-vip";
        QTest::newRow("no letters") << "!!!"
                                    << "paket";
    }

    void slugFromTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(createPlanWith(title.toStdString()), slug.toStdString());
    }

    void slugCollisionsAreNumbered()
    {
        QCOMPARE(createPlanWith("Paket Gold"), std::string("paket-gold"));
        QCOMPARE(createPlanWith("Paket Gold"), std::string("paket-gold-2"));
        QCOMPARE(createPlanWith("Paket  GOLD"), std::string("paket-gold-3"));

        // A slug typed by hand that is taken is a 409, not silently renamed.
        auto body = planBody("Gold Lain");
        body->set("slug", "paket-gold");
        const auto taken = post(*m_admin, "/api/v1/admin/catalog/plans", body);
        QCOMPARE(taken.status, 409);
        QVERIFY(field(taken.json(), "detail").find("paket-gold") != std::string::npos);
        QVERIFY(hasField(taken, "slug")); // the editor shows it at the slug field

        // Editing the slug to a taken one is refused too; to a free one it works.
        const auto plan = created(*m_admin, "/api/v1/admin/catalog/plans", planBody("Silver"));
        auto edit = planBody("Silver");
        edit->set("slug", "paket-gold-2");
        QCOMPARE(put(*m_admin, "/api/v1/admin/catalog/plans/" + field(plan, "id"), edit).status,
                 409);
        edit->set("slug", "silver-2026");
        const auto renamed =
            put(*m_admin, "/api/v1/admin/catalog/plans/" + field(plan, "id"), edit);
        QCOMPARE(renamed.status, 200);
        QCOMPARE(field(renamed.json(), "slug"), std::string("silver-2026"));

        // A malformed slug names the field.
        edit->set("slug", "Bukan Slug");
        const auto bad = put(*m_admin, "/api/v1/admin/catalog/plans/" + field(plan, "id"), edit);
        QCOMPARE(bad.status, 422);
        QVERIFY(hasField(bad, "slug"));
    }

    void sanitizer_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("clean");
        QTest::newRow("allowed kept") << "<p>Halo <b>tebal</b> <em>miring</em></p>"
                                      << "<p>Halo <b>tebal</b> <em>miring</em></p>";
        QTest::newRow("script removed with content")
            << "<p>Hai</p><script>alert('x')</script><h2>Judul</h2>"
            << "<p>Hai</p><h2>Judul</h2>";
        QTest::newRow("event handlers dropped") << "<p onclick=\"steal()\" class=\"x\">A</p>"
                                                << "<p>A</p>";
        QTest::newRow("javascript href dropped") << "<a href=\"javascript:alert(1)\">klik</a>"
                                                 << "<a>klik</a>";
        QTest::newRow("https href kept")
            << "<a href=\"https://eksporyuk.com/a\" onmouseover=\"x()\">ok</a>"
            << "<a href=\"https://eksporyuk.com/a\" rel=\"nofollow noopener\">ok</a>";
        QTest::newRow("style and iframe removed")
            << "<style>p{}</style><iframe src=\"https://evil\"></iframe><ul><li>1</li></ul>"
            << "<ul><li>1</li></ul>";
        QTest::newRow("unknown tags unwrapped") << "<div><span>teks</span></div>"
                                                << "teks";
        QTest::newRow("img with onerror removed") << "<img src=x onerror=alert(1)>foto"
                                                  << "foto";
        QTest::newRow("unclosed closed") << "<ul><li>satu"
                                         << "<ul><li>satu</li></ul>";
        QTest::newRow("stray angle escaped") << "3 < 5 > 2"
                                             << "3 &lt; 5 &gt; 2";
        QTest::newRow("uppercase script") << "<SCRIPT>x</SCRIPT>ok<br/>"
                                          << "ok<br>";
        QTest::newRow("comment dropped") << "a<!-- <script>x</script> -->b"
                                         << "ab";
    }

    void sanitizer()
    {
        QFETCH(QString, html);
        QFETCH(QString, clean);
        QCOMPARE(QString::fromStdString(ey::catalog::HtmlSanitizer::clean(html.toStdString())),
                 clean);
    }

    void descriptionIsSanitizedOnWrite()
    {
        auto body = planBody("Paket Aman");
        body->set("description_html",
                  "<p onmouseover=\"x()\">Belajar ekspor</p><script>document.cookie</script>");
        const auto plan = created(*m_admin, "/api/v1/admin/catalog/plans", body);
        QCOMPARE(field(plan, "description_html"), std::string("<p>Belajar ekspor</p>"));
    }

    void publicListShowsOnlyActivePlans()
    {
        created(*m_admin, "/api/v1/admin/catalog/plans", planBody("Publik Draft", "draft"));
        created(*m_admin, "/api/v1/admin/catalog/plans", planBody("Publik Arsip", "archived"));
        auto active = planBody("Publik Aktif", "active", 500'000);
        active->set("badge", "paling_murah");
        created(*m_admin, "/api/v1/admin/catalog/plans", active);

        HttpClient visitor(m_server->baseUrl());
        const auto result = visitor.get("/api/v1/catalog/plans");
        QCOMPARE(result.status, 200);
        const auto items = result.json()->getArray("items");
        std::set<std::string> slugs;
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(i);
            QCOMPARE(field(item, "status"), std::string("active"));
            QVERIFY(!item->has("followups"));
            QVERIFY(!item->has("commission_value"));
            slugs.insert(field(item, "slug"));
        }
        QVERIFY(slugs.count("publik-aktif"));
        QVERIFY(!slugs.count("publik-draft"));
        QVERIFY(!slugs.count("publik-arsip"));

        const auto one = visitor.get("/api/v1/catalog/plans/publik-aktif");
        QCOMPARE(one.status, 200);
        QCOMPARE(field(one.json(), "badge"), std::string("paling_murah"));
        QCOMPARE(one.json()->getArray("prices")->getObject(0)->getValue<std::int64_t>("price"),
                 std::int64_t(500'000));
        QCOMPARE(visitor.get("/api/v1/catalog/plans/publik-draft").status, 404);
        QCOMPARE(visitor.get("/api/v1/catalog/plans/tidak-ada").status, 404);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("keyText");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("percent above 100") << "percent"
                                           << "commission_value";
        QTest::newRow("negative fixed") << "fixed"
                                        << "commission_value";
        QTest::newRow("duration twice") << "twice"
                                        << "prices[1].duration";
        QTest::newRow("negative price") << "negative"
                                        << "prices[0].price";
        QTest::newRow("unknown duration") << "duration"
                                          << "prices[0].duration";
        QTest::newRow("active without price") << "noprice"
                                              << "prices";
        QTest::newRow("salespage not http") << "salespage"
                                            << "salespage_url";
        QTest::newRow("no title") << "title"
                                  << "title";
        QTest::newRow("bad grant kind") << "grant"
                                        << "grants[0].kind";
        QTest::newRow("negative follow-up delay") << "delay"
                                                  << "followups[0].delay_days";
    }

    void refusals()
    {
        QFETCH(QString, keyText);
        const auto key = keyText.toStdString();
        QFETCH(QString, errorField);
        auto body = planBody("Paket Salah");
        auto price = [](const std::string& duration, std::int64_t amount) {
            auto item = ey::core::json::object();
            item->set("duration", duration);
            item->set("price", amount);
            return item;
        };
        if (key == "percent") {
            body->set("commission_type", "percent");
            body->set("commission_value", 150);
        } else if (key == "fixed") {
            body->set("commission_type", "fixed");
            body->set("commission_value", -5);
        } else if (key == "twice") {
            body->getArray("prices")->add(price("12m", 10));
        } else if (key == "negative") {
            auto prices = ey::core::json::array();
            prices->add(price("1m", -1));
            body->set("prices", prices);
        } else if (key == "duration") {
            auto prices = ey::core::json::array();
            prices->add(price("2m", 1));
            body->set("prices", prices);
        } else if (key == "noprice") {
            body->set("status", "active");
            body->set("prices", ey::core::json::array());
        } else if (key == "salespage") {
            body->set("salespage_url", "javascript:alert(1)");
        } else if (key == "title") {
            body->set("title", "   ");
        } else if (key == "grant") {
            auto grants = ey::core::json::array();
            auto grant = ey::core::json::object();
            grant->set("kind", "kupon");
            grant->set("ref", "x");
            grants->add(grant);
            body->set("grants", grants);
        } else if (key == "delay") {
            auto followups = ey::core::json::array();
            auto followup = ey::core::json::object();
            followup->set("delay_days", -1);
            followup->set("template", "Halo");
            followups->add(followup);
            body->set("followups", followups);
        }
        const auto result = post(*m_admin, "/api/v1/admin/catalog/plans", body);
        QCOMPARE(result.status, 422);
        QVERIFY2(hasField(result, errorField.toStdString()), result.body.c_str());
        QVERIFY(!field(result.json(), "detail").empty());
    }

    void permissions()
    {
        QCOMPARE(post(*m_member, "/api/v1/admin/catalog/plans", planBody("Nope")).status, 403);
        QCOMPARE(m_member->http.get("/api/v1/admin/catalog/plans").status, 403);
        // Support reads the catalog (to answer buyers) but cannot change it.
        QCOMPARE(m_support->http.get("/api/v1/admin/catalog/plans").status, 200);
        QCOMPARE(post(*m_support, "/api/v1/admin/catalog/plans", planBody("Nope")).status, 403);
        HttpClient visitor(m_server->baseUrl());
        QCOMPARE(visitor.get("/api/v1/admin/catalog/plans").status, 401);
    }

    void listIsKeysetPagedAndFiltered()
    {
        for (int i = 0; i < 3; ++i)
            created(*m_admin, "/api/v1/admin/catalog/plans",
                    planBody("Halaman " + std::to_string(i), "archived"));
        const auto first =
            m_admin->http.get("/api/v1/admin/catalog/plans?status=archived&q=halaman&limit=2");
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json()->getArray("items")->size(), 2u);
        const auto cursor = field(first.json(), "next_cursor");
        const auto second = m_admin->http.get(
            "/api/v1/admin/catalog/plans?status=archived&q=halaman&limit=2&cursor=" + cursor);
        QCOMPARE(second.status, 200);
        const auto items = second.json()->getArray("items");
        QCOMPARE(items->size(), 1u);
        QVERIFY(second.json()->isNull("next_cursor"));
        std::set<std::string> seen;
        for (const auto& page : {first.json()->getArray("items"), items})
            for (unsigned i = 0; i < page->size(); ++i)
                seen.insert(field(page->getObject(i), "id"));
        QCOMPARE(seen.size(), std::size_t(3));
        QCOMPARE(m_admin->http.get("/api/v1/admin/catalog/plans?status=gratis").status, 400);
    }

    void deleteIsAudited()
    {
        const auto plan = created(*m_admin, "/api/v1/admin/catalog/plans", planBody("Hapus Saya"));
        const auto id = field(plan, "id");
        QCOMPARE(m_admin->http.request("DELETE", "/api/v1/admin/catalog/plans/" + id).status, 204);
        QCOMPARE(m_admin->http.get("/api/v1/admin/catalog/plans/" + id).status, 404);
        QCOMPARE(auditRows(*m_server, "catalog.plan.delete", id), std::int64_t(1));
        QCOMPARE(m_admin->http.request("DELETE", "/api/v1/admin/catalog/plans/" + id).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestCatalogPlans)
#include "TestCatalogPlans.moc"
