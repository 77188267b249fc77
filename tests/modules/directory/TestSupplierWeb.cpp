// The supplier's web app as a supplier meets it, in headless Chromium against the real server:
// register by email, choose the type, fill the tabs, answer the assessment and submit; once
// verified, add a product with an image, upload a logo and banner, see the Premium card, and the
// public page with both pictures. Plus the logo/banner API rules. Screenshots go to /tmp.
#include "../commerce/CommerceTestKit.h"
#include "../storefront/HeadlessChromium.h"
#include "../storefront/StorefrontTestKit.h"

#include "Files.h"
#include "IdentityService.h"

#include <QTest>

#include <Poco/Base64Encoder.h>

#include <sstream>

using namespace ey;
using namespace ey::test::storefront;
using ey::test::HttpClient;
using ey::test::TestServer;
using ey::test::commerce::FakeXendit;

namespace {

/// A JavaScript string literal for `text` (JSON strings are valid JavaScript).
std::string js(const std::string& text)
{
    auto holder = core::json::array();
    holder->add(text);
    const auto list = core::json::stringify(holder);
    return list.substr(1, list.size() - 2);
}

/// Types into a field the way a person does: the value changes and an input event fires.
std::string typeInto(const std::string& selector, const std::string& value)
{
    return "(() => { const el = document.querySelector(" + js(selector) +
           "); el.value = " + js(value) +
           "; el.dispatchEvent(new Event('input', {bubbles: true})); return true; })()";
}

/// Picks an option of a select; its change event fires.
std::string choose(const std::string& selector, const std::string& value)
{
    return "(() => { const el = document.querySelector(" + js(selector) +
           "); el.value = " + js(value) +
           "; el.dispatchEvent(new Event('change', {bubbles: true})); return el.value === " +
           js(value) + "; })()";
}

std::string click(const std::string& selector)
{
    return "(() => { document.querySelector(" + js(selector) + ").click(); return true; })()";
}

std::string visible(const std::string& selector)
{
    return "(() => { const el = document.querySelector(" + js(selector) +
           "); return !!el && el.offsetParent !== null; })()";
}

std::string textOf(const std::string& selector)
{
    return "((document.querySelector(" + js(selector) + ") || {}).textContent || '')";
}

std::string textIncludes(const std::string& selector, const std::string& text)
{
    return textOf(selector) + ".includes(" + js(text) + ")";
}

/// An image shown from its bytes (a blob: or server address) with the given natural width.
std::string loaded(const std::string& selector, int width)
{
    return "(() => { const img = document.querySelector(" + js(selector) +
           "); return !!img && img.complete && img.naturalWidth === " + std::to_string(width) +
           "; })()";
}

/// Puts a file into a file input the way a person choosing it does.
std::string chooseFile(const std::string& selector, const std::string& name,
                       const std::string& mime, const std::string& bytes)
{
    std::ostringstream base64;
    Poco::Base64Encoder encoder(base64);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return "(() => { const raw = atob(" + js(base64.str()) +
           "); const bytes = new Uint8Array(raw.length);"
           " for (let i = 0; i < raw.length; ++i) bytes[i] = raw.charCodeAt(i);"
           " const list = new DataTransfer(); list.items.add(new File([bytes], " +
           js(name) + ", {type: " + js(mime) + "})); const input = document.querySelector(" +
           js(selector) +
           "); input.files = list.files; input.dispatchEvent(new Event('change', {bubbles: true}));"
           " return input.files.length === 1; })()";
}

core::json::ObjectPtr phone()
{
    auto metrics = core::json::object();
    metrics->set("width", 390);
    metrics->set("height", 844);
    metrics->set("deviceScaleFactor", 1);
    metrics->set("mobile", true);
    return metrics;
}

std::string str(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->has(name) && !object->isNull(name) ? object->getValue<std::string>(name) : "";
}

} // namespace

class TestSupplierWeb : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The lead installs chromium with the other dependencies; without it this suite fails.
        QVERIFY2(!HeadlessChromium::executable().empty(),
                 "chromium is not installed: apt-get install chromium");
    }

    void registersOnboardsThenRunsTheDashboard();
    void logoAndBannerFollowTheEditRules();
};

// moc reads only the class above.
#ifndef Q_MOC_RUN
void TestSupplierWeb::registersOnboardsThenRunsTheDashboard()
{
    FakeXendit xendit(test::commerce::kSecretKey);
    TestServer server(nullptr, test::commerce::xenditConfig(xendit));
    auto& db = server.instance().db();
    const auto admin = person(server, "admin@example.com", {"admin"});
    const auto mentor = person(server, "mentor@example.com", {"mentor"});
    const auto base = server.baseUrl();
    HeadlessChromium browser;

    // ---- register by email
    browser.navigate(base + "/supplier/daftar");
    QVERIFY(browser.waitFor(visible("#sp-form")));
    browser.evaluate(typeInto("#f-full_name", "Dewi Lestari"));
    browser.evaluate(typeInto("#f-email", "dewi@rempah.example"));
    browser.evaluate(typeInto("#f-password", "rempah-sumbing-2026"));
    browser.evaluate(typeInto("#f-whatsapp", "0812-3456-7890"));
    browser.evaluate(click("#sp-form button[type=submit]"));
    QVERIFY(browser.waitFor("location.pathname === '/supplier/onboarding'"));

    // ---- choose the type
    QVERIFY(browser.waitFor(visible("input[name=type][value=produsen]")));
    browser.evaluate(click("input[name=type][value=produsen]"));
    browser.evaluate(click("#sp-stage .card button.btn"));
    QVERIFY(browser.waitFor(visible("#sp-company_name")));
    QCOMPARE(db.exec("SELECT s.status FROM suppliers s JOIN users u ON u.id = s.user_id"
                     " WHERE u.email = 'dewi@rempah.example'")
                 .front()
                 .str("status"),
             std::string("onboarding"));

    // ---- the profile tabs
    browser.evaluate(typeInto("#sp-company_name", "CV Rempah Sumbing Nusantara"));
    QVERIFY(browser.evaluateBool(choose("#sp-legal_form", "CV")));
    browser.evaluate(typeInto("#sp-business_field", "Pertanian rempah"));
    browser.evaluate(typeInto("#sp-main_products", "Cengkeh, pala dan kayu manis"));
    browser.evaluate(typeInto("#sp-year_founded", "2012"));
    browser.evaluate(click(".sp-form button[type=submit]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Identitas tersimpan.")));

    browser.evaluate(click("button[data-tab=address]"));
    QVERIFY(browser.waitFor("!!document.querySelector('#sp-province_code option[value=\"32\"]')"));
    browser.evaluate(typeInto("#sp-address_line", "Jl. Raya Sumbing 12, Desa Kledung"));
    QVERIFY(browser.evaluateBool(choose("#sp-province_code", "32")));
    QVERIFY(
        browser.waitFor("!!document.querySelector('#sp-regency_code option[value=\"32.73\"]')"));
    QVERIFY(browser.evaluateBool(choose("#sp-regency_code", "32.73")));
    QVERIFY(browser.waitFor(
        "!!document.querySelector('#sp-district_code option[value=\"32.73.01\"]')"));
    QVERIFY(browser.evaluateBool(choose("#sp-district_code", "32.73.01")));
    browser.evaluate(typeInto("#sp-postal_code", "40111"));
    browser.evaluate(click(".sp-form button[type=submit]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Alamat tersimpan.")));

    browser.evaluate(click("button[data-tab=contact]"));
    QVERIFY(browser.waitFor(visible("#sp-pic_name")));
    browser.evaluate(typeInto("#sp-pic_name", "Dewi Lestari"));
    browser.evaluate(typeInto("#sp-whatsapp", "0812-3456-7890"));
    browser.evaluate(typeInto("#sp-business_email", "sales@rempah.example"));
    browser.evaluate(click(".sp-form button[type=submit]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Kontak tersimpan.")));

    browser.evaluate(click("button[data-tab=bio]"));
    QVERIFY(browser.waitFor(visible("#sp-description")));
    browser.evaluate(
        typeInto("#sp-description", "Kelompok tani rempah di lereng Gunung Sumbing sejak 2012."));
    browser.evaluate(click(".sp-form button[type=submit]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Bio tersimpan.")));

    // ---- the assessment: every question answered with its third option
    browser.evaluate(click("button[data-tab=assessment]"));
    QVERIFY(browser.waitFor(visible(".sp-question")));
    const int questions =
        browser.evaluate("document.querySelectorAll('.sp-question').length").convert<int>();
    QVERIFY(questions > 0);
    browser.evaluate("(() => { document.querySelectorAll('.sp-question').forEach(q =>"
                     " q.querySelectorAll('input[type=radio]')[2].click()); return true; })()");
    browser.evaluate(click(".sp-assessment button[type=submit]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Jawaban tersimpan.")));

    // ---- submit
    browser.evaluate(click("button[data-tab=submit]"));
    QVERIFY(browser.waitFor(textIncludes(".sp-panel", "Semua isian wajib sudah lengkap.")));
    browser.evaluate(click(".sp-panel .btn.block"));
    QVERIFY(browser.waitFor(textIncludes("#sp-status", "Menunggu peninjauan")));
    browser.screenshot("/tmp/ey-supplier-waiting.png");
    const auto row = db.exec("SELECT s.id::text AS id, s.status, p.company_name, p.regency_code,"
                             " (SELECT count(*) FROM supplier_assessment_answers a"
                             "   WHERE a.supplier_id = s.id) AS answers"
                             " FROM suppliers s JOIN users u ON u.id = s.user_id"
                             " JOIN supplier_profiles p ON p.supplier_id = s.id"
                             " WHERE u.email = 'dewi@rempah.example'")
                         .front();
    QCOMPARE(row.str("status"), std::string("waiting_review"));
    QCOMPARE(row.str("company_name"), std::string("CV Rempah Sumbing Nusantara"));
    QCOMPARE(row.str("regency_code"), std::string("32.73"));
    QCOMPARE(row.i64("answers"), std::int64_t(questions));
    const auto supplierId = row.str("id");

    // ---- verified through the staff API
    QCOMPARE(mentor.http
                 .request("POST", "/api/v1/admin/suppliers/" + supplierId + "/recommend",
                          R"({"note": "Lengkap."})", {{"Content-Type", "application/json"}})
                 .status,
             200);
    QCOMPARE(admin.http
                 .request("POST", "/api/v1/admin/suppliers/" + supplierId + "/decide",
                          R"({"decision": "verify"})", {{"Content-Type", "application/json"}})
                 .status,
             200);

    // ---- the dashboard opens on the products; the free plan's limits are named
    browser.navigate(base + "/supplier/onboarding");
    QVERIFY(browser.waitFor(visible("button[data-tab=products][aria-selected=true]")));
    QVERIFY(browser.waitFor(textIncludes("#sp-products", "Belum ada produk.")));
    QVERIFY(browser.evaluateString(textOf(".sp-panel"))
                .find("Paket Free: 1 produk, 3 gambar per produk.") != std::string::npos);
    QCOMPARE(browser.evaluateString(textOf("#sp-brand .sp-initials")), std::string("RS"));

    // ---- a product with an image
    browser.evaluate(click("#sp-add-product"));
    QVERIFY(browser.waitFor(visible("#sp-product-title")));
    browser.evaluate(typeInto("#sp-product-title", "Cengkeh kering grade A"));
    browser.evaluate(typeInto("#sp-product-description_html",
                              "Cengkeh kering kadar air 12%.\n\nKapasitas 5 ton per bulan."));
    browser.evaluate(typeInto("#sp-product-categories", "Rempah, Cengkeh"));
    QVERIFY(browser.evaluateBool(choose("#sp-product-status", "active")));
    browser.evaluate(click("#sp-product-save"));
    QVERIFY2(
        browser.waitFor(visible("#sp-image-file")),
        browser.evaluateString(textOf("#sp-error") + " + ' | ' + " + textOf(".sp-panel")).c_str());
    browser.evaluate(
        chooseFile("#sp-image-file", "cengkeh.png", "image/png",
                   pngImage(640, 640, QColor(0x7c, 0x2d, 0x12), QColor(0xf5, 0x9e, 0x0b))));
    browser.evaluate(click("#sp-image-upload"));
    QVERIFY(browser.waitFor(loaded(".sp-image img", 640)));
    // Shown from the bytes fetched with the token: no token in any address.
    QVERIFY(
        browser.evaluateString("document.querySelector('.sp-image img').src").rfind("blob:", 0) ==
        0);
    const auto product = db.exec("SELECT p.title, p.status, p.categories::text AS categories,"
                                 " p.description_html, count(i.id) AS images"
                                 " FROM supplier_products p"
                                 " LEFT JOIN supplier_product_images i ON i.product_id = p.id"
                                 " WHERE p.supplier_id = $1::uuid GROUP BY p.id",
                                 {supplierId});
    QCOMPARE(product.size(), std::size_t(1));
    QCOMPARE(product.front().str("title"), std::string("Cengkeh kering grade A"));
    QCOMPARE(product.front().str("status"), std::string("active"));
    QCOMPARE(product.front().str("categories"), std::string("{Rempah,Cengkeh}"));
    QCOMPARE(product.front().str("description_html"),
             std::string("<p>Cengkeh kering kadar air 12%.</p><p>Kapasitas 5 ton per bulan.</p>"));
    QCOMPARE(product.front().i64("images"), std::int64_t(1));

    // Back on the list: the product, its image count and status; the free plan allows one
    // product, so adding another is locked with the way to Premium.
    browser.evaluate(click(".sp-back"));
    QVERIFY(browser.waitFor(visible(".sp-product")));
    QCOMPARE(browser.evaluateString(textOf(".sp-product .sp-product-title")),
             std::string("Cengkeh kering grade A"));
    QCOMPARE(browser.evaluateString(textOf(".sp-product .sp-image-count")),
             std::string("1 gambar"));
    QCOMPARE(browser.evaluateString(textOf(".sp-product .sp-pill")), std::string("Tayang"));
    QVERIFY(browser.waitFor(loaded(".sp-product .sp-thumb img", 640)));
    QVERIFY(browser.evaluateBool("document.getElementById('sp-add-product').disabled"));
    QCOMPARE(browser.evaluateString(textOf(".sp-panel .sp-cta")),
             std::string("Buka fitur ini dengan Premium Supplier"));

    // Editing keeps the images; the list shows the new title.
    browser.evaluate(click(".sp-product .btn.ghost"));
    QVERIFY(browser.waitFor("document.getElementById('sp-product-title') &&"
                            " document.getElementById('sp-product-title').value ==="
                            " 'Cengkeh kering grade A'"));
    QCOMPARE(browser.evaluateString("document.getElementById('sp-product-description_html').value"),
             std::string("Cengkeh kering kadar air 12%.\n\nKapasitas 5 ton per bulan."));
    browser.evaluate(typeInto("#sp-product-title", "Cengkeh kering grade A (Sumbing)"));
    browser.evaluate(click("#sp-product-save"));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Perubahan produk tersimpan.")));
    QCOMPARE(browser.evaluateString(textOf(".sp-product .sp-product-title")),
             std::string("Cengkeh kering grade A (Sumbing)"));
    QCOMPARE(browser.evaluateString(textOf(".sp-product .sp-image-count")),
             std::string("1 gambar"));

    // ---- logo and banner
    browser.evaluate(click("button[data-tab=media]"));
    QVERIFY(browser.waitFor(visible("#sp-logo-file")));
    QVERIFY(browser.evaluateBool(
        chooseFile("#sp-logo-file", "logo.png", "image/png",
                   pngImage(256, 256, QColor(0x05, 0x96, 0x69), QColor(0xff, 0xc3, 0x0d)))));
    browser.evaluate(click("#sp-logo-upload"));
    QVERIFY(browser.waitFor(loaded("#sp-brand .sp-logo img", 256)));
    QVERIFY(browser.waitFor(visible("#sp-banner-file")));
    browser.evaluate(
        chooseFile("#sp-banner-file", "banner.png", "image/png",
                   pngImage(1600, 400, QColor(0x0f, 0x2a, 0x8c), QColor(0x05, 0x96, 0x69))));
    browser.evaluate(click("#sp-banner-upload"));
    QVERIFY(browser.waitFor(loaded("#sp-brand .sp-banner img", 1600)));
    QVERIFY(browser.waitFor(textIncludes("#sp-stage", "Banner tersimpan.")));
    // Verified, so both changes are kept with before/after.
    QCOMPARE(db.exec("SELECT count(*) AS n FROM supplier_audit WHERE supplier_id = $1::uuid"
                     " AND section IN ('logo', 'banner')",
                     {supplierId})
                 .front()
                 .i64("n"),
             std::int64_t(2));
    QVERIFY(!db.exec("SELECT logo_key FROM supplier_profiles WHERE supplier_id = $1::uuid"
                     " AND logo_key IS NOT NULL AND banner_key IS NOT NULL",
                     {supplierId})
                 .empty());
    // A free supplier's pictures are not public yet: the page says how to change that.
    QVERIFY(browser.evaluateString(textOf(".sp-panel .sp-locked")).find("Premium Supplier") !=
            std::string::npos);

    // ---- the Premium card (its data comes from helper "supplier-premium"'s API)
    browser.evaluate(click("button[data-tab=premium]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-tier-now", "Anda memakai paket Free.")));
    const auto sessionToken = browser.evaluateString("sessionStorage.getItem('ey_session')");
    HttpClient own(base);
    own.setToken(sessionToken);
    if (own.get("/api/v1/supplier/premium").status == 200) {
        QVERIFY(browser.waitFor(visible("#sp-plans")));
        QVERIFY(browser.evaluateString(textOf("#sp-plans")).find("Rp 99.000") != std::string::npos);
        QCOMPARE(browser.evaluateString(textOf("#sp-premium .sp-cta")),
                 std::string("Buka fitur ini dengan Premium Supplier"));
        // Buying sends the supplier to the invoice Xendit made for the order ...
        browser.answerLocally("https://checkout.xendit.co/",
                              "<!doctype html><title>Xendit Invoice</title><h1>Xendit</h1>");
        browser.evaluate(click("#sp-plans [data-plan=monthly] button"));
        QVERIFY(browser.waitFor("location.href.startsWith('https://checkout.xendit.co/')",
                                std::chrono::seconds(20)));
        QCOMPARE(xendit.invoices().size(), std::size_t(1));
        QCOMPARE(xendit.invoices().front().amount, std::int64_t(99000));
        // ... and back on the dashboard the order waits for its payment.
        browser.navigate(base + "/supplier/onboarding#premium");
        QVERIFY(browser.waitFor(textIncludes("#sp-premium .sp-orders", "Menunggu pembayaran")));
        QVERIFY(browser.evaluateString(textOf("#sp-premium .sp-orders")).find("Rp 99.000") !=
                std::string::npos);
    } else {
        qInfo("GET /api/v1/supplier/premium is not there yet: only the fallback was checked");
        QVERIFY(browser.waitFor(textIncludes("#sp-premium", "Hubungi admin EksporYuk")));
    }
    browser.screenshot("/tmp/ey-supplier-premium.png");

    browser.evaluate(click("button[data-tab=products]"));
    QVERIFY(browser.waitFor(loaded(".sp-product .sp-thumb img", 640)));
    QVERIFY(browser.waitFor(loaded("#sp-brand .sp-banner img", 1600)));
    browser.screenshot("/tmp/ey-supplier-dashboard.png");

    // ---- the public page, once an admin makes the supplier premium
    const auto slug = str(own.get("/api/v1/supplier/me").json(), "slug");
    QVERIFY(!slug.empty());
    HttpClient anonymous(base);
    QCOMPARE(anonymous.get("/api/v1/public/suppliers/" + slug + "/logo").status, 404);
    QCOMPARE(admin.http
                 .request("PATCH", "/api/v1/admin/suppliers/" + supplierId + "/tier",
                          R"({"tier": "premium"})", {{"Content-Type", "application/json"}})
                 .status,
             200);
    const auto logo = anonymous.get("/api/v1/public/suppliers/" + slug + "/logo");
    QCOMPARE(logo.status, 200);
    QCOMPARE(logo.header("content-type"), std::string("image/png"));
    browser.navigate(base + "/supplier/" + slug);
    QVERIFY(browser.waitFor(loaded(".sp-hero .sp-logo img", 256)));
    QVERIFY(browser.waitFor(loaded(".sp-hero-banner img", 1600)));
    QVERIFY(
        browser.evaluateString(textOf(".sp-profile")).find("Cengkeh kering grade A (Sumbing)") !=
        std::string::npos);
    QVERIFY(browser.waitFor(loaded(".sp-profile .item-card img", 640)));
    browser.screenshot("/tmp/ey-supplier-public.png");

    // ---- a phone: the public page and the dashboard
    browser.command("Emulation.setDeviceMetricsOverride", phone());
    browser.navigate(base + "/supplier/" + slug);
    QVERIFY(browser.waitFor(loaded(".sp-hero .sp-logo img", 256)));
    QVERIFY(browser.evaluateBool("document.documentElement.scrollWidth <= 390"));
    browser.screenshot("/tmp/ey-supplier-public-mobile.png");
    browser.navigate(base + "/supplier/onboarding#products");
    QVERIFY(browser.waitFor(loaded(".sp-product .sp-thumb img", 640)));
    QVERIFY(browser.waitFor(loaded("#sp-brand .sp-logo img", 256)));
    QVERIFY(browser.evaluateBool("document.documentElement.scrollWidth <= 390"));
    // Premium now: the dashboard says until when, and no longer locks the second product.
    QVERIFY(browser.evaluateString(textOf("#sp-brand")).find("Premium") != std::string::npos);
    QVERIFY(!browser.evaluateBool("document.getElementById('sp-add-product').disabled"));
    browser.screenshot("/tmp/ey-supplier-dashboard-mobile.png");
    browser.evaluate(click("button[data-tab=premium]"));
    QVERIFY(browser.waitFor(textIncludes("#sp-tier-now", "Premium aktif")));
    QVERIFY(browser.evaluateBool("document.documentElement.scrollWidth <= 390"));
    browser.screenshot("/tmp/ey-supplier-premium-mobile.png");
}

void TestSupplierWeb::logoAndBannerFollowTheEditRules()
{
    TestServer server;
    auto& db = server.instance().db();
    const auto admin = person(server, "admin@example.com", {"admin"});
    identity::NewUser user;
    user.email = "budi@kopi.example";
    user.fullName = "Budi";
    user.password = test::kTestPassword;
    const auto signIn =
        server.instance().identity().registerFor("supplier", user, {"10.9.1.1", "test"});
    HttpClient supplier(server.baseUrl());
    supplier.setToken(signIn.token);
    const auto json = std::map<std::string, std::string>{{"Content-Type", "application/json"}};
    const auto logo = pngImage(200, 200, QColor(0x20, 0x47, 0xfc), QColor(0xff, 0xff, 0xff));

    // Allowed while still a draft (the bio tab's rule), not audited before verification.
    auto put =
        supplier.request("PUT", "/api/v1/supplier/me/logo", logo, {{"Content-Type", "image/png"}});
    QCOMPARE(put.status, 200);
    const auto firstUrl = str(put.json(), "logo_url");
    QVERIFY(firstUrl.rfind("/api/v1/supplier/me/logo?v=", 0) == 0);
    QVERIFY(put.json()->isNull("banner_url"));
    auto got = supplier.get("/api/v1/supplier/me/logo");
    QCOMPARE(got.status, 200);
    QCOMPARE(got.header("content-type"), std::string("image/png"));
    QCOMPARE(got.body, logo);
    const auto supplierId =
        db.exec("SELECT id::text AS id FROM suppliers WHERE user_id = $1::uuid", {signIn.user.id})
            .front()
            .str("id");
    QCOMPARE(db.exec("SELECT count(*) AS n FROM supplier_audit WHERE supplier_id = $1::uuid",
                     {supplierId})
                 .front()
                 .i64("n"),
             std::int64_t(0));

    // Replacing gives a new address and removes the old file.
    const auto oldKey =
        db.exec("SELECT logo_key FROM supplier_profiles WHERE supplier_id = $1::uuid", {supplierId})
            .front()
            .str("logo_key");
    put = supplier.request("PUT", "/api/v1/supplier/me/logo",
                           pngImage(120, 120, QColor(0, 0, 0), QColor(0xff, 0, 0)),
                           {{"Content-Type", "image/png"}});
    QCOMPARE(put.status, 200);
    QVERIFY(str(put.json(), "logo_url") != firstUrl);
    const core::FileStore files(server.dataDir() + "/files");
    QVERIFY(!files.read(oldKey));
    QVERIFY(files.read(
        db.exec("SELECT logo_key FROM supplier_profiles WHERE supplier_id = $1::uuid", {supplierId})
            .front()
            .str("logo_key")));

    // Checked by content and size, with words a person can act on.
    auto bad =
        supplier.request("PUT", "/api/v1/supplier/me/banner", "%PDF-1.4\n% not an image\n%%EOF\n",
                         {{"Content-Type", "image/png"}});
    QCOMPARE(bad.status, 415);
    QVERIFY(str(bad.json(), "detail").find("PNG, JPEG atau WebP") != std::string::npos);
    bad = supplier.request("PUT", "/api/v1/supplier/me/banner",
                           std::string("\x89PNG\r\n\x1a\n", 8) + std::string(3 * 1024 * 1024, 'x'),
                           {{"Content-Type", "image/png"}});
    QCOMPARE(bad.status, 413);
    QVERIFY(str(bad.json(), "detail").find("maksimal 2 MiB") != std::string::npos);
    bad =
        supplier.request("PUT", "/api/v1/supplier/me/banner", "", {{"Content-Type", "image/png"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(supplier.request("DELETE", "/api/v1/supplier/me/banner").status, 404);
    QCOMPARE(supplier.get("/api/v1/supplier/me/banner").status, 404);

    // Waiting for review: locked like the bio tab, with the reason.
    QCOMPARE(
        supplier.request("PUT", "/api/v1/supplier/me/type", R"({"type": "trader"})", json).status,
        200);
    db.exec("UPDATE suppliers SET status = 'waiting_review' WHERE id = $1::uuid", {supplierId});
    const auto locked = supplier.request("PUT", "/api/v1/supplier/me/banner", logo,
                                         {{"Content-Type", "image/png"}});
    QCOMPARE(locked.status, 409);
    QVERIFY(str(locked.json(), "detail").find("menunggu peninjauan") != std::string::npos);
    QCOMPARE(supplier.request("DELETE", "/api/v1/supplier/me/logo").status, 409);

    // Verified: allowed again and audited before/after; members see the pictures, the public
    // only while the profile is public (premium).
    db.exec("UPDATE suppliers SET status = 'verified', slug = 'kopi-budi' WHERE id = $1::uuid",
            {supplierId});
    QCOMPARE(supplier.request("DELETE", "/api/v1/supplier/me/logo").status, 204);
    QCOMPARE(supplier.get("/api/v1/supplier/me/logo").status, 404);
    QCOMPARE(
        supplier.request("PUT", "/api/v1/supplier/me/banner", logo, {{"Content-Type", "image/png"}})
            .status,
        200);
    const auto audit = db.exec("SELECT section, before->>'logo_key' AS before_key,"
                               " after->>'logo_key' AS after_key FROM supplier_audit"
                               " WHERE supplier_id = $1::uuid ORDER BY id",
                               {supplierId});
    QCOMPARE(audit.size(), std::size_t(2));
    QCOMPARE(audit[0].str("section"), std::string("logo"));
    QVERIFY(!audit[0].optStr("before_key").value_or("").empty());
    QVERIFY(!audit[0].optStr("after_key"));
    QCOMPARE(audit[1].str("section"), std::string("banner"));

    const auto member = person(server, "anggota@example.com", {"member_free"});
    QCOMPARE(member.http.get("/api/v1/suppliers/kopi-budi/banner").status, 200);
    QCOMPARE(member.http.get("/api/v1/suppliers/kopi-budi/logo").status, 404);
    const auto detail = member.http.get("/api/v1/suppliers/kopi-budi").json();
    QVERIFY(str(detail, "banner_url").rfind("/api/v1/suppliers/kopi-budi/banner?v=", 0) == 0);
    QVERIFY(detail->isNull("logo_url"));
    // The staff reviewing the supplier see them too.
    const auto staff = admin.http.get("/api/v1/admin/suppliers/" + supplierId);
    QVERIFY(str(staff.json(), "banner_url")
                .rfind("/api/v1/admin/suppliers/" + supplierId + "/banner?v=", 0) == 0);
    QCOMPARE(admin.http.get(str(staff.json(), "banner_url")).body, logo);
    HttpClient anonymous(server.baseUrl());
    QCOMPARE(anonymous.get("/api/v1/public/suppliers/kopi-budi/banner").status, 404);
    QCOMPARE(admin.http
                 .request("PATCH", "/api/v1/admin/suppliers/" + supplierId + "/tier",
                          R"({"tier": "premium"})", json)
                 .status,
             200);
    const auto publicBanner = anonymous.get("/api/v1/public/suppliers/kopi-budi/banner");
    QCOMPARE(publicBanner.status, 200);
    QCOMPARE(publicBanner.body, logo);
}
#endif

QTEST_MAIN(TestSupplierWeb)
#include "TestSupplierWeb.moc"
