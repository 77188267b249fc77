// What checkout and payment hand to the affiliate and follow-up modules: who is credited (body
// referral code, the ey_ref cookie, a coupon's owner, never the buyer), the commission that lands
// in the wallet, the plan's and the product's follow-up messages scheduled on payment and
// cancelled on refund.
#include "CommerceTestKit.h"

using namespace ey::test;
using namespace ey::test::commerce;
namespace json = ey::core::json;

class TestCheckoutWiring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(nullptr, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_referrer = affiliate("perujuk@eksporyuk.test", "PERUJUK");
        m_cookieReferrer = affiliate("kuki@eksporyuk.test", "KUKI01");
        m_couponOwner = affiliate("kupon@eksporyuk.test", "KUPON01");

        auto plan = planBody("Paket Komisi", {{"1m", 500'000}}, "accumulate", {});
        plan->set("commission_type", "percent");
        plan->set("commission_value", 20);
        auto followups = json::array();
        for (int day : {0, 3}) {
            auto step = json::object();
            step->set("delay_days", day);
            step->set("template", "Halo {nama}, terima kasih atas pembelian {produk} ({invoice}).");
            followups->add(step);
        }
        plan->set("followups", followups);
        m_plan = createCatalogItem(*m_admin, "plans", plan)->getValue<std::string>("slug");

        auto coupon = json::object();
        coupon->set("code", "KUPON5");
        coupon->set("kind", "percent");
        coupon->set("value", 5);
        coupon->set("owner_affiliate_id", m_couponOwner->id);
        createCatalogItem(*m_admin, "coupons", coupon);
    }

    void attribution_data()
    {
        QTest::addColumn<QString>("bodyCode");
        QTest::addColumn<QString>("cookieCode");
        QTest::addColumn<QString>("coupon");
        QTest::addColumn<QString>("expected"); // referrer | cookie | coupon | none
        QTest::newRow("body code") << QStringLiteral("PERUJUK") << QStringLiteral("")
                                   << QStringLiteral("") << QStringLiteral("referrer");
        QTest::newRow("cookie code") << QStringLiteral("") << QStringLiteral("KUKI01")
                                     << QStringLiteral("") << QStringLiteral("cookie");
        QTest::newRow("body wins over cookie")
            << QStringLiteral("PERUJUK") << QStringLiteral("KUKI01") << QStringLiteral("")
            << QStringLiteral("referrer");
        QTest::newRow("coupon owner wins") << QStringLiteral("PERUJUK") << QStringLiteral("KUKI01")
                                           << QStringLiteral("KUPON5") << QStringLiteral("coupon");
        QTest::newRow("unknown code") << QStringLiteral("TIDAKADA") << QStringLiteral("")
                                      << QStringLiteral("") << QStringLiteral("none");
        QTest::newRow("no code") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("")
                                 << QStringLiteral("none");
    }

    void attribution()
    {
        QFETCH(QString, bodyCode);
        QFETCH(QString, cookieCode);
        QFETCH(QString, coupon);
        QFETCH(QString, expected);
        auto buyer = fresh();
        auto body = json::object();
        body->set("plan_slug", m_plan);
        if (!bodyCode.isEmpty())
            body->set("referral_code", bodyCode.toStdString());
        if (!coupon.isEmpty())
            body->set("coupon_code", coupon.toStdString());
        std::map<std::string, std::string> headers;
        if (!cookieCode.isEmpty())
            headers["Cookie"] = "theme=dark; ey_ref=" + cookieCode.toStdString();
        const auto created = postJson(buyer, "/api/v1/checkout", body, headers);
        QCOMPARE(created.status, 201);
        const auto t = created.json();
        const auto invoice = t->getValue<std::string>("invoice_number");

        const Person* credited = expected == QStringLiteral("referrer") ? m_referrer.get()
                                 : expected == QStringLiteral("cookie") ? m_cookieReferrer.get()
                                 : expected == QStringLiteral("coupon") ? m_couponOwner.get()
                                                                        : nullptr;
        if (credited)
            QCOMPARE(t->getValue<std::string>("affiliate_id"), credited->id);
        else
            QVERIFY(t->isNull("affiliate_id"));

        const auto before = credited ? walletBalance(*m_server, credited->id, "affiliate") : 0;
        QCOMPARE(payInvoice(*m_server, *m_fake, invoice), std::string("paid"));
        if (credited)
            // 20 % of what was paid.
            QCOMPARE(walletBalance(*m_server, credited->id, "affiliate") - before,
                     t->getValue<std::int64_t>("amount") / 5);
    }

    void buyerNeverRefersThemselves()
    {
        auto self = affiliate("sendiri@eksporyuk.test", "SENDIRI");
        auto body = json::object();
        body->set("plan_slug", m_plan);
        body->set("referral_code", "SENDIRI");
        const auto created = postJson(*self, "/api/v1/checkout", body);
        QCOMPARE(created.status, 201);
        QVERIFY(created.json()->isNull("affiliate_id"));
    }

    void followUpsScheduledOnPaymentAndCancelledOnRefund()
    {
        auto buyer = fresh();
        auto body = json::object();
        body->set("plan_slug", m_plan);
        const auto invoice = checkoutInvoice(buyer, body);
        const std::string pending = "SELECT count(*) AS n FROM followup_messages f JOIN "
                                    "transactions t ON t.id = f.transaction_id WHERE "
                                    "t.invoice_number = $1 AND f.status = 'pending'";
        QCOMPARE(count(*m_server, pending, {invoice}), std::int64_t{0});
        QCOMPARE(payInvoice(*m_server, *m_fake, invoice), std::string("paid"));
        QCOMPARE(count(*m_server, pending, {invoice}), std::int64_t{2});
        // The buyer is told by email and WhatsApp too (queued when they have a number).
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM notifications WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{1});

        auto refund = json::object();
        refund->set("reason", "Batal");
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", refund).status,
            200);
        QCOMPARE(count(*m_server, pending, {invoice}), std::int64_t{0});
    }

    void productFollowUpsScheduledOnPayment()
    {
        const auto [id, slug] = createLinkedProduct(
            *m_admin, "Kelas Ekspor Kopi", 80'000, std::nullopt, {{"course", "kelas-kopi"}},
            {{0, "Halo {nama}, {produk} sudah bisa dibuka."}, {7, "Bagaimana {produk}?"}});
        auto buyer = fresh();
        auto body = json::object();
        body->set("product_slug", slug);
        const auto invoice = checkoutInvoice(buyer, body);
        const std::string scheduled = "SELECT count(*) AS n FROM followup_messages f JOIN "
                                      "transactions t ON t.id = f.transaction_id WHERE "
                                      "t.invoice_number = $1 AND f.status = 'pending'";
        QCOMPARE(count(*m_server, scheduled, {invoice}), std::int64_t{0});
        QCOMPARE(payInvoice(*m_server, *m_fake, invoice), std::string("paid"));
        QCOMPARE(count(*m_server, scheduled, {invoice}), std::int64_t{2});
        // Each message names the product bought, the second one a week later.
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM followup_messages f JOIN transactions t ON t.id "
                       "= f.transaction_id WHERE t.invoice_number = $1 AND f.step = 2 AND "
                       "strpos(f.body, 'Kelas Ekspor Kopi') > 0 AND f.due_at - t.paid_at "
                       "BETWEEN interval '6 days 23 hours' AND interval '7 days 1 hour'",
                       {invoice}),
                 std::int64_t{1});
        Q_UNUSED(id);
    }

private:
    Person fresh()
    {
        return person(*m_server, "wiring-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    std::unique_ptr<Person> affiliate(const std::string& email, const std::string& code)
    {
        auto p = std::make_unique<Person>(person(*m_server, email, {"affiliate"}));
        auto body = json::object();
        body->set("code", code);
        const auto answer = p->http.request("PUT", "/api/v1/me/affiliate", json::stringify(body));
        if (answer.status != 201)
            throw std::runtime_error("referral code not set: " + answer.body);
        return p;
    }

    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_referrer;
    std::unique_ptr<Person> m_cookieReferrer;
    std::unique_ptr<Person> m_couponOwner;
    std::string m_plan;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCheckoutWiring)
#include "TestCheckoutWiring.moc"
