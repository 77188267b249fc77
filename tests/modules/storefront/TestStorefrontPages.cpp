// The public pages over HTTP as a visitor meets them: plan page, escaping, salespage redirect,
// referral and coupon cookies, friendly 404s, comparison, the all-plans filters and the product
// gallery on the checkout page.
#include "StorefrontTestKit.h"

#include <QTest>

using namespace ey;
using namespace ey::test::storefront;
using ey::test::HttpClient;
using ey::test::TestServer;

namespace {

std::string slugOf(const core::json::ObjectPtr& document)
{
    return document->getValue<std::string>("slug");
}

/// The Set-Cookie line for `name`, or "" (the test client keeps one value per header name, so
/// each request here sets at most one cookie).
std::string cookieLine(const ey::test::HttpResult& result, const std::string& name)
{
    const auto line = result.header("set-cookie");
    return line.rfind(name + "=", 0) == 0 ? line : std::string();
}

} // namespace

class TestStorefrontPages : public QObject
{
    Q_OBJECT
private slots:
    void planPageShowsTitlePricesAndBadge()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto plan = createPlan(
            admin, "Ekspor Pro", {{"1m", 150000}, {"12m", 1200000}}, "paling_laris", "active",
            "<p>Belajar ekspor dari nol sampai kapal berangkat.</p>", {"Database buyer"});
        HttpClient visitor(server.baseUrl());
        const auto page = visitor.get("/membership/" + slugOf(plan));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.header("content-type"), std::string("text/html; charset=utf-8"));
        QVERIFY(contains(page.body, "<title>Ekspor Pro | EksporYuk</title>"));
        QVERIFY(contains(page.body,
                         "<meta name=\"description\" content=\"Belajar ekspor dari nol sampai "
                         "kapal berangkat.\">"));
        QVERIFY(contains(page.body, "<h1>Ekspor Pro</h1>"));
        QVERIFY(contains(page.body, "Rp 150.000"));
        QVERIFY(contains(page.body, "Rp 1.200.000"));
        QVERIFY(contains(page.body, "&asymp; Rp 100.000 / bulan"));
        QVERIFY(contains(page.body, "Paling Laris"));
        QVERIFY(contains(page.body, "Database buyer"));
        QVERIFY(contains(page.body, "href=\"/checkout/" + slugOf(plan) + "?duration=12m\""));
        // The brand palette arrives as CSS variables.
        QVERIFY(contains(page.body, "--primary:#2047FC"));
        // No cookie without ?ref or ?coupon.
        QCOMPARE(page.header("set-cookie"), std::string());
    }

    void escapesEverythingTheAdminTyped()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto plan =
            createPlan(admin, "<script>alert(1)</script>", {{"1m", 99000}}, "none", "active",
                       "<p>Aman</p><script>alert(2)</script>", {"\"><img src=x onerror=alert(3)>"});
        HttpClient visitor(server.baseUrl());
        for (const std::string& path : std::vector<std::string>{
                 "/membership/" + slugOf(plan), "/checkout/" + slugOf(plan), "/checkout/all"}) {
            const auto page = visitor.get(path);
            QCOMPARE(page.status, 200);
            QVERIFY2(!contains(page.body, "<script>alert"), path.c_str());
            QVERIFY2(!contains(page.body, "<img src=x"), path.c_str());
            QVERIFY2(contains(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;"), path.c_str());
        }
    }

    void salespageRedirectsAfterTheCookie()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const std::string salespage = "https://promo.eksporyuk.com/kelas-buyer";
        const auto plan =
            createPlan(admin, "Kelas Buyer", {{"3m", 450000}}, "none", "active", "", {}, salespage);
        HttpClient visitor(server.baseUrl());
        const auto result = visitor.get("/membership/" + slugOf(plan) + "?coupon=HEMAT10");
        QCOMPARE(result.status, 302);
        QCOMPARE(result.header("location"), salespage);
        QCOMPARE(cookieLine(result, "ey_coupon"),
                 std::string("ey_coupon=HEMAT10; Max-Age=2592000; Path=/; SameSite=Lax"));
    }

    void referralCookieOnlyForAnActiveCode()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto plan = createPlan(admin, "Starter", {{"1m", 50000}});
        HttpClient visitor(server.baseUrl());

        const auto unknown = visitor.get("/membership/" + slugOf(plan) + "?ref=TIDAKADA");
        QCOMPARE(unknown.status, 200);
        QCOMPARE(cookieLine(unknown, "ey_ref"), std::string());
        const auto hostile = visitor.get("/checkout/all?ref=a%3Bb%0D%0ASet-Cookie:x");
        QCOMPARE(hostile.status, 200);
        QCOMPARE(hostile.header("set-cookie"), std::string());

        // An active affiliate, made through the affiliate API.
        auto rina = person(server, "rina@example.com", {"affiliate"}, "Rina");
        auto body = core::json::object();
        body->set("code", "RINA77");
        const auto made =
            rina.http.request("PUT", "/api/v1/me/affiliate", core::json::stringify(body));
        if (made.status != 200 && made.status != 201)
            QSKIP(("the affiliate API could not create a code: " + made.body).c_str());
        const auto valid = visitor.get("/membership/" + slugOf(plan) + "?ref=RINA77");
        QCOMPARE(valid.status, 200);
        QCOMPARE(cookieLine(valid, "ey_ref"),
                 std::string("ey_ref=RINA77; Max-Age=2592000; Path=/; SameSite=Lax; HttpOnly"));
        // The click was recorded (affiliate engineer's table).
        QCOMPARE(server.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM affiliate_clicks")
                     .front()
                     .i64("n"),
                 std::int64_t(1));

        // Last click wins: a second affiliate's link overwrites the cookie.
        auto dodi = person(server, "dodi@example.com", {"affiliate"}, "Dodi");
        body->set("code", "DODI88");
        QVERIFY(
            dodi.http.request("PUT", "/api/v1/me/affiliate", core::json::stringify(body)).status <
            300);
        const auto second = visitor.request("GET", "/checkout/" + slugOf(plan) + "?ref=DODI88", {},
                                            {{"Cookie", "ey_ref=RINA77"}});
        QVERIFY(contains(cookieLine(second, "ey_ref"), "ey_ref=DODI88;"));
        QVERIFY(contains(second.body, "data-ref=\"DODI88\""));
        // Without a new link the cookie's code goes with the order.
        const auto later = visitor.request("GET", "/checkout/" + slugOf(plan), {},
                                           {{"Cookie", "ey_ref=RINA77; ey_coupon=HEMAT10"}});
        QVERIFY(contains(later.body, "data-ref=\"RINA77\""));
        QVERIFY(contains(later.body, "value=\"HEMAT10\""));
    }

    void unknownOrDraftPlansGetAFriendlyPage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("membership unknown") << "/membership/tidak-ada";
        QTest::newRow("membership draft") << "/membership/DRAFT";
        QTest::newRow("checkout unknown") << "/checkout/tidak-ada";
        QTest::newRow("checkout draft") << "/checkout/DRAFT";
    }
    void unknownOrDraftPlansGetAFriendlyPage()
    {
        QFETCH(QString, path);
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto draft = createPlan(admin, "Paket Rahasia", {{"1m", 10000}}, "none", "draft");
        HttpClient visitor(server.baseUrl());
        auto target = path.toStdString();
        if (const auto at = target.find("DRAFT"); at != std::string::npos)
            target.replace(at, 5, slugOf(draft));
        const auto result = visitor.get(target);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.header("content-type"), std::string("text/html; charset=utf-8"));
        QVERIFY(contains(result.body, "Halaman tidak ditemukan"));
        QVERIFY(!contains(result.body, "Paket Rahasia"));
        QVERIFY(contains(result.body, "href=\"/checkout/all\""));
    }

    void compareListsUnknownSlugs()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto basic = createPlan(admin, "Basic", {{"1m", 100000}, {"12m", 1000000}});
        const auto pro = createPlan(admin, "Pro", {{"12m", 2000000}, {"lifetime", 5000000}},
                                    "paling_laris", "active", "", {"Mentoring 1:1"});
        HttpClient visitor(server.baseUrl());
        const auto page =
            visitor.get("/checkout/compare?plans=" + slugOf(basic) + ",paket-hantu," + slugOf(pro));
        QCOMPARE(page.status, 200);
        QVERIFY(contains(page.body, "data-slug=\"" + slugOf(basic) + "\""));
        QVERIFY(contains(page.body, "data-slug=\"" + slugOf(pro) + "\""));
        QVERIFY(contains(page.body, "Paket tidak ditemukan: paket-hantu."));
        QVERIFY(contains(page.body, "Rp 5.000.000"));
        QVERIFY(contains(page.body, "Mentoring 1:1"));
        QVERIFY(contains(page.body, "href=\"/checkout/" + slugOf(pro) + "\""));

        QCOMPARE(visitor.get("/checkout/compare?plans=" + slugOf(basic)).status, 400);
        QCOMPARE(visitor.get("/checkout/compare?plans=a,b,c,d,e").status, 400);
        QCOMPARE(visitor.get("/checkout/compare?plans=hantu-1,hantu-2").status, 404);
    }

    void allPageFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("hidden");
        const QStringList everything{QStringLiteral("paket-a"), QStringLiteral("paket-b"),
                                     QStringLiteral("paket-c"), QStringLiteral("ebook-ekspor")};
        QTest::newRow("no filter") << "" << everything << QStringList();
        QTest::newRow("duration 12m")
            << "?duration=12m" << QStringList{QStringLiteral("paket-a")}
            << QStringList{QStringLiteral("paket-b"), QStringLiteral("paket-c"),
                           QStringLiteral("ebook-ekspor")};
        QTest::newRow("max price")
            << "?max_price=200000"
            << QStringList{QStringLiteral("paket-a"), QStringLiteral("ebook-ekspor")}
            << QStringList{QStringLiteral("paket-b"), QStringLiteral("paket-c")};
        QTest::newRow("badge") << "?badge=paling_murah" << QStringList{QStringLiteral("paket-b")}
                               << QStringList{QStringLiteral("paket-a"), QStringLiteral("paket-c"),
                                              QStringLiteral("ebook-ekspor")};
        QTest::newRow("nonsense ignored")
            << "?duration=7y&max_price=-1&badge=x" << everything << QStringList();
    }
    void allPageFilters()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, hidden);
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        createPlan(admin, "Paket A", {{"1m", 100000}, {"12m", 900000}}, "paling_laris");
        createPlan(admin, "Paket B", {{"1m", 300000}}, "paling_murah");
        createPlan(admin, "Paket C", {{"lifetime", 5000000}});
        createPlan(admin, "Paket Draft", {{"1m", 1000}}, "none", "draft");
        createProduct(admin, "Ebook Ekspor", 50000);
        HttpClient visitor(server.baseUrl());
        const auto page = visitor.get("/checkout/all" + query.toStdString());
        QCOMPARE(page.status, 200);
        QVERIFY(!contains(page.body, "paket-draft"));
        for (const auto& slug : shown)
            QVERIFY2(contains(page.body, "data-slug=\"" + slug.toStdString() + "\""),
                     qPrintable(slug));
        for (const auto& slug : hidden)
            QVERIFY2(!contains(page.body, "data-slug=\"" + slug.toStdString() + "\""),
                     qPrintable(slug));
    }

    void xenditSendsBuyersBackToAReadablePage()
    {
        TestServer server;
        HttpClient visitor(server.baseUrl());
        const auto paid = visitor.get("/checkout/success?invoice=INV042");
        QCOMPARE(paid.status, 200);
        QVERIFY(contains(paid.body, "<h1>Terima kasih!</h1>"));
        QVERIFY(contains(paid.body, "<strong>INV042</strong>"));
        const auto failed = visitor.get("/checkout/failed?invoice=INV042");
        QCOMPARE(failed.status, 200);
        QVERIFY(contains(failed.body, "Pembayaran belum berhasil"));
        // A partner's top-up comes back to a page about the partner's payment, not an order.
        const auto partner = visitor.get("/checkout/success?invoice=PT-20261121-000042");
        QCOMPARE(partner.status, 200);
        QVERIFY(contains(partner.body, "<strong>PT-20261121-000042</strong>"));
        QVERIFY(contains(partner.body, "Dasbor Partner"));
        QVERIFY(!contains(partner.body, "Lihat paket lain"));
        // Anything that is not an invoice number is not echoed.
        const auto odd = visitor.get("/checkout/success?invoice=%3Cb%3Ehai");
        QCOMPARE(odd.status, 200);
        QVERIFY(!contains(odd.body, "hai"));
    }

    void checkoutPagePreselectsTheDuration()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto plan = createPlan(admin, "Ekspor Pro", {{"1m", 150000}, {"12m", 1200000}});
        const auto product = createProduct(admin, "Ebook Ekspor", 75000);
        HttpClient visitor(server.baseUrl());
        const auto page = visitor.get("/checkout/" + slugOf(plan) + "?duration=12m&coupon=HEMAT10");
        QCOMPARE(page.status, 200);
        QVERIFY(contains(page.body,
                         "value=\"12m\" data-price=\"1200000\" data-label=\"12 Bulan\" checked"));
        QVERIFY(contains(page.body, "<span id=\"sum-total\">Rp 1.200.000</span>"));
        QVERIFY(contains(page.body, "value=\"HEMAT10\""));
        QVERIFY(contains(page.body, "Transfer bank manual"));
        QVERIFY(contains(page.body, "Bayar Sekarang"));
        QVERIFY(contains(page.body, "<script src=\"/web/checkout.js?v="));

        const auto productPage = visitor.get("/checkout/" + slugOf(product));
        QCOMPARE(productPage.status, 200);
        QVERIFY(contains(productPage.body, "data-kind=\"product\""));
        QVERIFY(contains(productPage.body, "Rp 75.000"));
        QVERIFY(!contains(productPage.body, "Galeri produk"));

        // With a gallery, the product page shows its thumbnails in order under the title.
        const auto galleryPath =
            "/api/v1/admin/catalog/products/" + product->getValue<std::string>("id") + "/gallery";
        const auto firstUrl =
            admin.http.request("POST", galleryPath, pngImage(40, 40, Qt::red, Qt::yellow))
                .json()
                ->getValue<std::string>("url");
        const auto secondUrl =
            admin.http.request("POST", galleryPath, pngImage(40, 40, Qt::blue, Qt::green))
                .json()
                ->getValue<std::string>("url");
        const auto withGallery = visitor.get("/checkout/" + slugOf(product)).body;
        const auto titleAt = withGallery.find("id=\"item-title\">Ebook Ekspor<");
        const auto firstAt =
            withGallery.find("<img src=\"" + firstUrl + "\" alt=\"Ebook Ekspor - gambar 1\"");
        const auto secondAt =
            withGallery.find("<img src=\"" + secondUrl + "\" alt=\"Ebook Ekspor - gambar 2\"");
        QVERIFY(titleAt != std::string::npos);
        QVERIFY(firstAt != std::string::npos && secondAt != std::string::npos);
        QVERIFY(titleAt < firstAt && firstAt < secondAt);
        QCOMPARE(visitor.get(secondUrl).status, 200);

        const auto scriptAt = page.body.find("/web/checkout.js?v=");
        const auto scriptUrl = page.body.substr(scriptAt, page.body.find('"', scriptAt) - scriptAt);
        const auto script = visitor.get(scriptUrl);
        QCOMPARE(script.status, 200);
        QCOMPARE(script.header("content-type"), std::string("text/javascript; charset=utf-8"));
        QCOMPARE(script.header("cache-control"),
                 std::string("public, max-age=31536000, immutable"));
        QCOMPARE(visitor.get("/web/checkout.js?v=old").header("cache-control"),
                 std::string("no-cache"));
        QCOMPARE(visitor.get("/web/storefront.css").header("content-type"),
                 std::string("text/css; charset=utf-8"));
        QCOMPARE(visitor.get("/web/layout.html").status, 404);
    }
};

QTEST_MAIN(TestStorefrontPages)
#include "TestStorefrontPages.moc"
