// Products: the price a buyer pays (promo window, premium discount, rounding), bundles that refuse
// themselves, duplicates and nesting, seats that run out, the public shop's visibility rules, and
// what a product grants and sends after purchase (grants, follow-ups).
#include "CatalogTestKit.h"

#include "CatalogService.h"

#include <QTest>

#include <memory>
#include <set>

using namespace ey::test;
using namespace ey::test::catalog;
using ey::catalog::CatalogService;

namespace {
constexpr qint64 kHour = 3600000;
constexpr qint64 kT = 1'750'000'000'000; // the promo's end in the pure price table
} // namespace

class TestCatalogProducts : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;

    std::string productUrl(const ey::core::json::ObjectPtr& product)
    {
        return "/api/v1/admin/catalog/products/" + field(product, "id");
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(&m_clock);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
    }

    void effectivePrice_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("promo");       // -1: none
        QTest::addColumn<qint64>("promoEndsAt"); // 0: open-ended
        QTest::addColumn<int>("premiumPercent");
        QTest::addColumn<QString>("pricing");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("premium");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("base only")
            << 100000LL << -1LL << 0LL << 0 << "one_time" << kT << false << 100000LL;
        QTest::newRow("promo before its end")
            << 100000LL << 80000LL << kT << 0 << "one_time" << kT - 1 << false << 80000LL;
        QTest::newRow("promo ends exactly at its end")
            << 100000LL << 80000LL << kT << 0 << "one_time" << kT << false << 100000LL;
        QTest::newRow("promo after its end")
            << 100000LL << 80000LL << kT << 0 << "one_time" << kT + kHour << false << 100000LL;
        QTest::newRow("open-ended promo")
            << 100000LL << 80000LL << 0LL << 0 << "one_time" << kT << false << 80000LL;
        QTest::newRow("premium on promo")
            << 100000LL << 80000LL << kT << 15 << "one_time" << kT - 1 << true << 68000LL;
        QTest::newRow("premium on base after promo")
            << 100000LL << 80000LL << kT << 15 << "one_time" << kT << true << 85000LL;
        QTest::newRow("non-premium gets no discount")
            << 100000LL << -1LL << 0LL << 15 << "one_time" << kT << false << 100000LL;
        QTest::newRow("rounds down")
            << 99999LL << -1LL << 0LL << 10 << "subscription" << kT << true << 89999LL;
        QTest::newRow("rounds down small")
            << 1LL << -1LL << 0LL << 50 << "one_time" << kT << true << 0LL;
        QTest::newRow("full premium discount")
            << 50000LL << -1LL << 0LL << 100 << "one_time" << kT << true << 0LL;
        QTest::newRow("free") << 0LL << -1LL << 0LL << 20 << "free" << kT << true << 0LL;
        QTest::newRow("promo of zero")
            << 100000LL << 0LL << kT << 10 << "one_time" << kT - 1 << true << 0LL;
    }

    void effectivePrice()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, promo);
        QFETCH(qint64, promoEndsAt);
        QFETCH(int, premiumPercent);
        QFETCH(QString, pricing);
        QFETCH(qint64, now);
        QFETCH(bool, premium);
        QFETCH(qint64, expected);
        ey::catalog::Product product;
        product.basePrice = base;
        if (promo >= 0)
            product.promoPrice = promo;
        if (promoEndsAt > 0)
            product.promoEndsAtMs = promoEndsAt;
        product.premiumDiscountPercent = premiumPercent;
        product.pricingType = pricing.toStdString();
        QCOMPARE(CatalogService::effectivePrice(product, now, premium), std::int64_t(expected));
    }

    void promoWindowOnThePublicPage()
    {
        auto body = productBody("Ebook Promo Kilat", 200'000);
        body->set("promo_price", std::int64_t(150'000));
        body->set("promo_ends_at", ey::core::isoTime(m_clock.nowMs() + kHour));
        body->set("premium_discount_percent", 10);
        created(*m_admin, "/api/v1/admin/catalog/products", body);

        HttpClient visitor(m_server->baseUrl());
        auto page = visitor.get("/api/v1/catalog/products/ebook-promo-kilat");
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json()->getValue<std::int64_t>("price"), std::int64_t(150'000));
        QCOMPARE(page.json()->getValue<std::int64_t>("premium_price"), std::int64_t(135'000));

        m_clock.advanceMs(2 * kHour);
        page = visitor.get("/api/v1/catalog/products/ebook-promo-kilat");
        QCOMPARE(page.json()->getValue<std::int64_t>("price"), std::int64_t(200'000));
        QCOMPARE(page.json()->getValue<std::int64_t>("premium_price"), std::int64_t(180'000));
    }

    void priceRules_data()
    {
        QTest::addColumn<QString>("keyText");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("promo not below base") << "promo"
                                              << "promo_price";
        QTest::newRow("promo end without promo") << "promoEnd"
                                                 << "promo_ends_at";
        QTest::newRow("free with a price") << "free"
                                           << "base_price";
        QTest::newRow("percent above 100") << "percent"
                                           << "premium_discount_percent";
        QTest::newRow("negative stock") << "stock"
                                        << "stock";
        QTest::newRow("bad date") << "date"
                                  << "promo_ends_at";
        QTest::newRow("unknown category") << "category"
                                          << "category";
        QTest::newRow("unknown creator") << "creator"
                                         << "creator_id";
    }

    void priceRules()
    {
        QFETCH(QString, keyText);
        const auto key = keyText.toStdString();
        QFETCH(QString, errorField);
        auto body = productBody("Produk Salah", 100'000);
        if (key == "promo") {
            body->set("promo_price", std::int64_t(100'000));
        } else if (key == "promoEnd") {
            body->set("promo_ends_at", "2030-01-01T00:00:00+07:00");
        } else if (key == "free") {
            body->set("pricing_type", "free");
        } else if (key == "percent") {
            body->set("premium_discount_percent", 101);
        } else if (key == "stock") {
            body->set("stock", -1);
        } else if (key == "date") {
            body->set("promo_price", std::int64_t(1));
            body->set("promo_ends_at", "besok");
        } else if (key == "category") {
            body->set("category", "buku");
        } else if (key == "creator") {
            body->set("creator_id", "00000000-0000-4000-8000-000000000000");
        }
        const auto result = post(*m_admin, "/api/v1/admin/catalog/products", body);
        QCOMPARE(result.status, 422);
        QVERIFY2(hasField(result, errorField.toStdString()), result.body.c_str());
    }

    void bundles()
    {
        const auto a = created(*m_admin, "/api/v1/admin/catalog/products", productBody("Isi A"));
        const auto b = created(*m_admin, "/api/v1/admin/catalog/products", productBody("Isi B"));
        auto body = productBody("Bundel Hemat", 150'000);
        body->set("bundle_items", list({field(a, "id"), field(b, "id")}));
        const auto bundle = created(*m_admin, "/api/v1/admin/catalog/products", body);
        QVERIFY(bundle->getValue<bool>("is_bundle"));
        QCOMPARE(bundle->getArray("bundle_items")->size(), 2u);

        // Itself, twice the same item, an unknown product, or a bundle inside a bundle: refused.
        const std::vector<std::vector<std::string>> refused = {
            {field(a, "id"), field(bundle, "id")},
            {field(a, "id"), field(a, "id")},
            {"00000000-0000-4000-8000-000000000000"}};
        for (const auto& items : refused) {
            auto change = productBody("Bundel Hemat", 150'000);
            change->set("bundle_items", list(items));
            const auto result = put(*m_admin, productUrl(bundle), change);
            QCOMPARE(result.status, 422);
            QVERIFY(hasField(result, "bundle_items"));
        }
        auto nested = productBody("Bundel Besar", 300'000);
        nested->set("bundle_items", list({field(bundle, "id")}));
        QCOMPARE(post(*m_admin, "/api/v1/admin/catalog/products", nested).status, 422);
        // An item of a bundle cannot become a bundle itself.
        auto itemAsBundle = productBody("Isi A");
        itemAsBundle->set("bundle_items", list({field(b, "id")}));
        QCOMPARE(put(*m_admin, productUrl(a), itemAsBundle).status, 422);

        // An item still inside a bundle cannot be deleted; after leaving the bundle it can.
        const auto blocked = m_admin->http.request("DELETE", productUrl(a));
        QCOMPARE(blocked.status, 409);
        QVERIFY(field(blocked.json(), "detail").find("Bundel Hemat") != std::string::npos);
        auto smaller = productBody("Bundel Hemat", 150'000);
        smaller->set("bundle_items", list({field(b, "id")}));
        QCOMPARE(put(*m_admin, productUrl(bundle), smaller).status, 200);
        QCOMPARE(m_admin->http.request("DELETE", productUrl(a)).status, 204);
        QCOMPARE(auditRows(*m_server, "catalog.product.delete", field(a, "id")), std::int64_t(1));
    }

    void grantsAndFollowupsRoundTrip()
    {
        auto body = productBody("Kelas Ekspor Lengkap", 250'000, "publish", "jasa");
        auto grants = ey::core::json::array();
        for (const auto& [kind, ref] : std::vector<std::pair<std::string, std::string>>{
                 {"file", "modul-ekspor.pdf"}, {"course", "kelas-ekspor"}, {"event", "zoom-1"}}) {
            auto grant = ey::core::json::object();
            grant->set("kind", kind);
            grant->set("ref", ref);
            grants->add(grant);
        }
        body->set("grants", grants);
        auto followups = ey::core::json::array();
        for (const auto& [days, text] : std::vector<std::pair<int, std::string>>{
                 {0, "Selamat datang!"}, {3, "Sudah mulai?"}}) {
            auto followup = ey::core::json::object();
            followup->set("delay_days", days);
            followup->set("template", text);
            followups->add(followup);
        }
        body->set("followups", followups);
        const auto product = created(*m_admin, "/api/v1/admin/catalog/products", body);

        const auto stored = m_admin->http.get(productUrl(product)).json();
        const auto storedGrants = stored->getArray("grants");
        QCOMPARE(storedGrants->size(), 3u);
        // Kept in the order group, course, event, file.
        QCOMPARE(field(storedGrants->getObject(0), "kind"), std::string("course"));
        QCOMPARE(field(storedGrants->getObject(2), "ref"), std::string("modul-ekspor.pdf"));
        const auto storedFollowups = stored->getArray("followups");
        QCOMPARE(storedFollowups->size(), 2u);
        QCOMPARE(storedFollowups->getObject(1)->getValue<int>("delay_days"), 3);
        QCOMPARE(field(storedFollowups->getObject(1), "template"), std::string("Sudah mulai?"));

        // The shop shows what the product opens, never the seller's messages.
        HttpClient visitor(m_server->baseUrl());
        const auto page = visitor.get("/api/v1/catalog/products/kelas-ekspor-lengkap").json();
        QCOMPARE(page->getArray("grants")->size(), 3u);
        QVERIFY(!page->has("followups"));

        // PUT replaces both lists.
        auto change = productBody("Kelas Ekspor Lengkap", 250'000, "publish", "jasa");
        auto one = ey::core::json::array();
        auto grant = ey::core::json::object();
        grant->set("kind", "group");
        grant->set("ref", "grup-alumni");
        one->add(grant);
        change->set("grants", one);
        const auto updated = put(*m_admin, productUrl(product), change);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json()->getArray("grants")->size(), 1u);
        QCOMPARE(updated.json()->getArray("followups")->size(), 0u);
    }

    void badGrantsAndFollowups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("delayDays");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("unknown kind") << "feature" << 1 << "grants[0].kind";
        QTest::newRow("delay too long") << "file" << 3651 << "followups[0].delay_days";
    }

    void badGrantsAndFollowups()
    {
        QFETCH(QString, kind);
        QFETCH(int, delayDays);
        QFETCH(QString, errorField);
        auto body = productBody("Produk Tautan Salah", 100'000);
        auto grants = ey::core::json::array();
        auto grant = ey::core::json::object();
        grant->set("kind", kind.toStdString());
        grant->set("ref", "x");
        grants->add(grant);
        body->set("grants", grants);
        auto followups = ey::core::json::array();
        auto followup = ey::core::json::object();
        followup->set("delay_days", delayDays);
        followup->set("template", "Halo");
        followups->add(followup);
        body->set("followups", followups);
        const auto result = post(*m_admin, "/api/v1/admin/catalog/products", body);
        QCOMPARE(result.status, 422);
        QVERIFY2(hasField(result, errorField.toStdString()), result.body.c_str());
    }

    void duplicateGrantRefused()
    {
        auto body = productBody("Produk Dobel Akses", 100'000);
        auto grants = ey::core::json::array();
        for (int i = 0; i < 2; ++i) {
            auto grant = ey::core::json::object();
            grant->set("kind", "file");
            grant->set("ref", "sama.pdf");
            grants->add(grant);
        }
        body->set("grants", grants);
        const auto result = post(*m_admin, "/api/v1/admin/catalog/products", body);
        QCOMPARE(result.status, 422);
        QVERIFY2(hasField(result, "grants[1]"), result.body.c_str());
    }

    void seatsRunOut()
    {
        auto body = productBody("Webinar Ekspor Kopi", 50'000, "publish", "webinar");
        body->set("stock", 2);
        const auto product = created(*m_admin, "/api/v1/admin/catalog/products", body);
        const auto id = field(product, "id");
        auto& db = m_server->instance().db();
        int taken = 0;
        for (int i = 0; i < 3; ++i)
            db.transaction(
                [&](ey::core::Tx& tx) { taken += CatalogService::takeSeat(tx, id) ? 1 : 0; });
        QCOMPARE(taken, 2);
        HttpClient visitor(m_server->baseUrl());
        const auto page = visitor.get("/api/v1/catalog/products/webinar-ekspor-kopi");
        QCOMPARE(page.json()->getValue<std::int64_t>("stock"), std::int64_t(0));
        QVERIFY(page.json()->getValue<bool>("sold_out"));

        // Unlimited stock never runs out.
        const auto open =
            created(*m_admin, "/api/v1/admin/catalog/products", productBody("Tanpa Batas"));
        bool ok = false;
        db.transaction(
            [&](ey::core::Tx& tx) { ok = CatalogService::takeSeat(tx, field(open, "id")); });
        QVERIFY(ok);
    }

    void publicShopVisibility()
    {
        created(*m_admin, "/api/v1/admin/catalog/products",
                productBody("Toko Draft", 1, "draft", "kelas"));
        created(*m_admin, "/api/v1/admin/catalog/products",
                productBody("Toko Segera", 1, "coming_soon", "kelas"));
        auto tagged = productBody("Toko Terbit", 1, "publish", "kelas");
        tagged->set("tags", list({"Ekspor", "ekspor", "Digital"}));
        tagged->set("description_html", "<p>Isi</p><script>x()</script>");
        const auto published = created(*m_admin, "/api/v1/admin/catalog/products", tagged);
        QCOMPARE(published->getArray("tags")->size(), 2u); // lower-cased, duplicates removed
        QCOMPARE(field(published, "description_html"), std::string("<p>Isi</p>"));

        HttpClient visitor(m_server->baseUrl());
        const auto result = visitor.get("/api/v1/catalog/products?category=kelas&limit=50");
        QCOMPARE(result.status, 200);
        std::set<std::string> slugs;
        const auto items = result.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i) {
            QVERIFY(!items->getObject(i)->has("affiliate_percent"));
            slugs.insert(field(items->getObject(i), "slug"));
        }
        QCOMPARE(slugs, (std::set<std::string>{"toko-segera", "toko-terbit"}));
        QCOMPARE(visitor.get("/api/v1/catalog/products/toko-draft").status, 404);
        const auto byTag = visitor.get("/api/v1/catalog/products?q=digital");
        QCOMPARE(byTag.json()->getArray("items")->size(), 1u);

        // The admin list sees drafts, filtered by status.
        const auto drafts = m_admin->http.get("/api/v1/admin/catalog/products?status=draft&q=toko");
        QCOMPARE(drafts.json()->getArray("items")->size(), 1u);
        QCOMPARE(auditRows(*m_server, "catalog.product.create", field(published, "id")),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestCatalogProducts)
#include "TestCatalogProducts.moc"
