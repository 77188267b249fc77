// The checkout as a buyer meets it, in headless Chromium against the real server: arrive through
// an affiliate link, register inline, pay and land on the Xendit invoice page, come back signed
// in, and "Ganti Akun" shows the sign-in form again. Screenshots go to /tmp for review.
#include "HeadlessChromium.h"
#include "StorefrontTestKit.h"

#include "../commerce/CommerceTestKit.h"

#include <QTest>

#include <memory>

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

} // namespace

class TestCheckoutBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The lead installs chromium with the other dependencies; without it this suite fails.
        QVERIFY2(!HeadlessChromium::executable().empty(),
                 "chromium is not installed: apt-get install chromium");
    }

    void registersPaysAndSwitchesAccount()
    {
        FakeXendit xendit(test::commerce::kSecretKey);
        TestServer server(nullptr, test::commerce::xenditConfig(xendit));
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto plan = createPlan(
            admin, "Ekspor Pro", {{"1m", 149000}, {"3m", 399000}, {"12m", 1200000}}, "paling_laris",
            "active",
            "<p>Program lengkap untuk UMKM yang ingin <strong>mulai ekspor</strong>: riset pasar, "
            "mencari buyer, dokumen ekspor sampai pengiriman.</p><ul><li>Materi video "
            "bertahap</li><li>Template dokumen ekspor</li></ul>",
            {"Database buyer luar negeri", "Konsultasi mingguan", "Sertifikat kelulusan"});
        const auto planId = plan->getValue<std::string>("id");
        const auto slug = plan->getValue<std::string>("slug");
        QCOMPARE(
            admin.http
                .request("PUT", "/api/v1/admin/catalog/plans/" + planId + "/logo",
                         pngImage(160, 160, QColor(0x20, 0x47, 0xFC), QColor(0x00, 0xB4, 0xD8)))
                .status,
            200);
        QCOMPARE(
            admin.http
                .request("PUT", "/api/v1/admin/catalog/plans/" + planId + "/banner",
                         pngImage(1200, 300, QColor(0x0F, 0x2A, 0x8C), QColor(0xFF, 0xC3, 0x0D)))
                .status,
            200);
        auto coupon = core::json::object();
        coupon->set("code", "HEMAT10");
        coupon->set("kind", "percent");
        coupon->set("value", 10);
        QCOMPARE(
            admin.http.post("/api/v1/admin/catalog/coupons", core::json::stringify(coupon)).status,
            201);
        auto rina = person(server, "rina@example.com", {"affiliate"}, "Rina");
        auto code = core::json::object();
        code->set("code", "RINA77");
        QVERIFY(
            rina.http.request("PUT", "/api/v1/me/affiliate", core::json::stringify(code)).status <
            300);

        HeadlessChromium browser;
        const auto base = server.baseUrl();

        // The plan page, for the record.
        browser.navigate(base + "/membership/" + slug);
        QVERIFY(browser.waitFor(visible(".hero-banner")));
        QVERIFY(browser.waitFor("document.querySelector('.hero-banner').complete && "
                                "document.querySelector('.hero-banner').naturalWidth === 1200"));
        browser.screenshot("/tmp/ey-storefront-plan.png");

        // Arrive through the affiliate's link with a coupon: the HttpOnly referral cookie is set
        // and the coupon field is filled in.
        browser.navigate(base + "/checkout/" + slug + "?ref=RINA77&coupon=HEMAT10&duration=12m");
        QVERIFY(browser.waitFor(visible("#register-panel")));
        const auto cookies = browser.command("Network.getAllCookies")->getArray("cookies");
        bool refCookie = false;
        for (unsigned i = 0; i < cookies->size(); ++i) {
            const auto cookie = cookies->getObject(i);
            if (cookie->getValue<std::string>("name") == "ey_ref")
                refCookie = cookie->getValue<std::string>("value") == "RINA77" &&
                            cookie->getValue<bool>("httpOnly");
        }
        QVERIFY(refCookie);
        QCOMPARE(browser.evaluateString("document.getElementById('coupon').value"),
                 std::string("HEMAT10"));
        QCOMPARE(browser.evaluateString(textOf("#sum-total")), std::string("Rp 1.200.000"));
        browser.screenshot("/tmp/ey-storefront-checkout.png");

        // Paying before having an account says what to do.
        browser.evaluate(click("#pay"));
        QVERIFY(browser.waitFor(visible("#pay-problem")));
        QVERIFY(browser.evaluateString(textOf("#pay-problem")).find("Daftar atau masuk") == 0);

        // Register inline; the server's field errors appear under the fields.
        browser.evaluate(typeInto("#reg-full_name", "Budi Santoso"));
        browser.evaluate(typeInto("#reg-email", "budi.santoso@gmail.com"));
        browser.evaluate(typeInto("#reg-whatsapp", "0812-3456-7890"));
        browser.evaluate(typeInto("#reg-password", "pendek"));
        browser.evaluate(click("#register-submit"));
        QVERIFY(browser.waitFor(textOf("#register-panel .error[data-for=password]") +
                                " === 'Kata sandi minimal 8 karakter.'"));
        browser.screenshot("/tmp/ey-storefront-checkout-error.png");
        browser.evaluate(typeInto("#reg-password", "rahasia-ekspor-2026"));
        browser.evaluate(click("#register-submit"));
        QVERIFY(browser.waitFor(visible("#signed-in")));
        QCOMPARE(browser.evaluateString(textOf("#account-name")), std::string("Budi Santoso"));
        QVERIFY(!browser.evaluateBool(visible("#auth-forms")));
        const auto buyer = server.instance().db().exec(
            "SELECT u.id::text AS id FROM users u JOIN user_roles r ON r.user_id = u.id"
            " WHERE u.email = 'budi.santoso@gmail.com' AND r.role = 'member_free'");
        QCOMPARE(buyer.size(), std::size_t(1));
        // Signed in, the server's quote applies the coupon.
        QVERIFY(browser.waitFor(textOf("#sum-total") + " === 'Rp 1.080.000'"));
        QCOMPARE(browser.evaluateString(textOf("#sum-discount")), std::string("-Rp 120.000"));

        // Pay: the browser lands on the invoice page Xendit gave for this order.
        browser.answerLocally("https://checkout.xendit.co/",
                              "<!doctype html><title>Xendit Invoice</title><h1>Xendit</h1>");
        browser.evaluate(click("#pay"));
        QVERIFY(browser.waitFor("location.href.startsWith('https://checkout.xendit.co/web/')",
                                std::chrono::seconds(20)));
        const auto invoices = xendit.invoices();
        QCOMPARE(invoices.size(), std::size_t(1));
        QCOMPARE(invoices.front().amount, std::int64_t(1080000));
        QCOMPARE(invoices.front().payerEmail, std::string("budi.santoso@gmail.com"));
        QCOMPARE(browser.evaluateString("location.href"),
                 "https://checkout.xendit.co/web/" + invoices.front().id);
        const auto orders = server.instance().db().exec(
            "SELECT status, amount, affiliate_id::text AS affiliate FROM transactions"
            " WHERE buyer_id = $1::uuid",
            {buyer.front().str("id")});
        QCOMPARE(orders.size(), std::size_t(1));
        QCOMPARE(orders.front().str("status"), std::string("PENDING"));
        QCOMPARE(orders.front().i64("amount"), std::int64_t(1080000));
        // The referral from the link is credited with the order.
        QCOMPARE(orders.front().optStr("affiliate").value_or(""), rina.id);
        // The order went out with the page load's idempotency key.
        QVERIFY(server.instance().db().exec("SELECT 1 FROM idempotency_keys").size() >= 1);

        // Back on the checkout the buyer is recognised ...
        browser.navigate(base + "/checkout/" + slug);
        QVERIFY(browser.waitFor(visible("#signed-in")));
        QVERIFY(browser.evaluateString(textOf("#signed-in")).find("Masuk sebagai") !=
                std::string::npos);
        browser.screenshot("/tmp/ey-storefront-checkout-signed-in.png");
        const auto token = browser.evaluateString("localStorage.getItem('ey_token')");
        QVERIFY(!token.empty());

        // ... and "Ganti Akun" signs out and shows the sign-in form.
        browser.evaluate(click("#switch-account"));
        QVERIFY(browser.waitFor(visible("#login-panel")));
        QVERIFY(!browser.evaluateBool(visible("#signed-in")));
        QVERIFY(browser.evaluateBool("localStorage.getItem('ey_token') === null"));
        HttpClient old(base);
        old.setToken(token);
        QTRY_COMPARE_WITH_TIMEOUT(old.get("/api/v1/me").status, 401, 5000);
    }

    void signsInAndPaysByManualTransferOnAPhone()
    {
        FakeXendit xendit(test::commerce::kSecretKey);
        auto config = test::commerce::xenditConfig(xendit);
        config["payments.manual_bank_name"] = "Bank Mandiri";
        config["payments.manual_account_number"] = "1234567890";
        config["payments.manual_account_holder"] = "PT Ekspor Yuk Indonesia";
        TestServer server(nullptr, config);
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto slug =
            createPlan(admin, "Ekspor Starter", {{"1m", 99000}, {"3m", 249000}}, "paling_murah",
                       "active", "<p>Mulai ekspor dengan langkah kecil.</p>",
                       {"Grup komunitas eksportir"})
                ->getValue<std::string>("slug");
        test::createUser(server.instance(), "sari@example.com", {"member_free"}, "Sari Dewi");

        HeadlessChromium browser;
        auto phone = core::json::object();
        phone->set("width", 390);
        phone->set("height", 844);
        phone->set("deviceScaleFactor", 1);
        phone->set("mobile", true);
        browser.command("Emulation.setDeviceMetricsOverride", phone);
        browser.navigate(server.baseUrl() + "/checkout/" + slug + "?duration=3m");
        QVERIFY(browser.waitFor(visible("#tab-login")));
        browser.screenshot("/tmp/ey-storefront-checkout-mobile.png");

        // "Masuk" with a wrong password says so in plain words, then the right one signs in.
        browser.evaluate(click("#tab-login"));
        QVERIFY(browser.waitFor(visible("#login-panel")));
        browser.evaluate(typeInto("#login-email", "sari@example.com"));
        browser.evaluate(typeInto("#login-password", "salah-sandi"));
        browser.evaluate(click("#login-submit"));
        QVERIFY(browser.waitFor(visible("#login-problem")));
        QVERIFY(
            browser.evaluateString(textOf("#login-problem")).find("Email atau kata sandi salah") ==
            0);
        browser.evaluate(typeInto("#login-password", test::kTestPassword));
        browser.evaluate(click("#login-submit"));
        QVERIFY(browser.waitFor(visible("#signed-in")));
        QCOMPARE(browser.evaluateString(textOf("#account-name")), std::string("Sari Dewi"));

        // Manual transfer: no redirect; the invoice number and the bank details are shown.
        browser.evaluate(click("input[name=payment_method][value=manual]"));
        browser.evaluate(click("#pay"));
        QVERIFY(browser.waitFor(visible("#manual-result")));
        const auto result = browser.evaluateString(textOf("#manual-result"));
        QVERIFY2(result.find("Pesanan INV") == 0, result.c_str());
        QVERIFY2(result.find("Rp 249.000") != std::string::npos, result.c_str());
        QVERIFY2(result.find("1234567890") != std::string::npos, result.c_str());
        QVERIFY2(result.find("PT Ekspor Yuk Indonesia") != std::string::npos, result.c_str());
        QVERIFY(browser.evaluateString("location.pathname").find("/checkout/") == 0);
        QCOMPARE(xendit.invoices().size(), std::size_t(0));
        browser.screenshot("/tmp/ey-storefront-checkout-manual-mobile.png");
    }

    void comparisonAndCatalogPagesRender()
    {
        TestServer server;
        const auto admin = person(server, "admin@example.com", {"admin"});
        const auto basic = createPlan(admin, "Ekspor Basic", {{"1m", 99000}, {"12m", 990000}},
                                      "paling_murah", "active", "", {"Grup komunitas eksportir"});
        const auto pro = createPlan(
            admin, "Ekspor Pro", {{"12m", 1200000}, {"lifetime", 3500000}}, "paling_laris",
            "active", "",
            {"Grup komunitas eksportir", "Database buyer luar negeri", "Konsultasi mingguan"});
        const auto product = createProduct(admin, "Ebook Panduan Ekspor", 79000);
        QCOMPARE(
            admin.http
                .request("PUT",
                         "/api/v1/admin/catalog/products/" + product->getValue<std::string>("id") +
                             "/cover",
                         pngImage(640, 360, QColor(0x05, 0x96, 0x69), QColor(0x20, 0x47, 0xFC)))
                .status,
            200);

        HeadlessChromium browser;
        browser.navigate(server.baseUrl() +
                         "/checkout/compare?plans=" + basic->getValue<std::string>("slug") + "," +
                         pro->getValue<std::string>("slug") + ",paket-lama");
        QVERIFY(browser.waitFor(visible("table.compare")));
        QCOMPARE(browser.evaluate("document.querySelectorAll('table.compare thead th').length")
                     .convert<int>(),
                 3);
        QVERIFY(browser.evaluateBool(visible("#not-found")));
        browser.screenshot("/tmp/ey-storefront-compare.png");

        browser.navigate(server.baseUrl() + "/checkout/all");
        QVERIFY(browser.waitFor(visible("#products .cover")));
        QVERIFY(browser.waitFor("document.querySelector('#products .cover').naturalWidth === 640"));
        browser.screenshot("/tmp/ey-storefront-all.png");
        // The filter form works without script: choosing a duration and submitting.
        browser.evaluate("(() => { document.getElementById('f-duration').value = 'lifetime';"
                         " document.querySelector('form.filters').submit(); return true; })()");
        QVERIFY(browser.waitFor("location.search === '?duration=lifetime&max_price=&badge='"));
        QVERIFY(browser.waitFor(visible("#plans")));
        QCOMPARE(
            browser.evaluate("document.querySelectorAll('#plans article').length").convert<int>(),
            1);
    }
};

QTEST_MAIN(TestCheckoutBrowser)
#include "TestCheckoutBrowser.moc"
