// Membership upgrades end to end: the quote the storefront shows, the price per the new plan's
// upgrade mode, activation (old expired, new active, upgrade log) and the entitlements moving.
#include "CommerceTestKit.h"

#include "CommerceService.h"

using namespace ey::test;
using namespace ey::test::commerce;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

} // namespace

class TestUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(&m_clock, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_pro = createCatalogItem(
                    *m_admin, "plans",
                    planBody("Paket Pro", {{"12m", 1'200'000}, {"lifetime", 3'000'000}},
                             "accumulate", {{"group", "grup-pro"}, {"course", "kelas-dasar"}}))
                    ->getValue<std::string>("slug");
        m_elite = createCatalogItem(*m_admin, "plans",
                                    planBody("Paket Elite", {{"12m", 2'400'000}}, "accumulate",
                                             {{"group", "grup-elite"}, {"course", "kelas-lanjut"}}))
                      ->getValue<std::string>("slug");
        m_full = createCatalogItem(*m_admin, "plans",
                                   planBody("Paket Full", {{"12m", 2'000'000}}, "full",
                                            {{"feature", "konsultasi"}}))
                     ->getValue<std::string>("slug");
        m_cheap = createCatalogItem(*m_admin, "plans",
                                    planBody("Paket Hemat", {{"1m", 100'000}}, "accumulate", {}))
                      ->getValue<std::string>("slug");
    }

    void unusedValueRule_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("remaining");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("credit");
        QTest::newRow("half") << qint64(1'200'000) << qint64(50) << qint64(100) << qint64(600'000);
        QTest::newRow("floor") << qint64(100) << qint64(1) << qint64(3) << qint64(33);
        QTest::newRow("ended") << qint64(1'200'000) << qint64(0) << qint64(100) << qint64(0);
        QTest::newRow("empty period") << qint64(1'200'000) << qint64(5) << qint64(0) << qint64(0);
        QTest::newRow("never above paid")
            << qint64(500) << qint64(200) << qint64(100) << qint64(500);
        // Rp 10^12 over ten years of milliseconds does not overflow.
        QTest::newRow("large") << qint64(1'000'000'000'000) << qint64(157'680'000'000)
                               << qint64(315'360'000'000) << qint64(500'000'000'000);
    }

    void unusedValueRule()
    {
        QFETCH(qint64, paid);
        QFETCH(qint64, remaining);
        QFETCH(qint64, total);
        QFETCH(qint64, credit);
        QCOMPARE(ey::commerce::CommerceService::unusedValue(paid, remaining, total), credit);
    }

    void quoteWithoutMembershipIsNoUpgrade()
    {
        auto buyer = fresh();
        const auto quote =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_elite + "&duration=12m");
        QCOMPARE(quote.status, 200);
        const auto q = quote.json();
        QCOMPARE(q->getValue<std::int64_t>("subtotal"), std::int64_t{2'400'000});
        QCOMPARE(q->getValue<std::int64_t>("coupon_discount"), std::int64_t{0});
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), std::int64_t{0});
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{2'400'000});
        QVERIFY(q->isNull("upgrade"));
    }

    void quoteRefusesBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing") << QString() << QStringLiteral("plan_slug");
        QTest::newRow("both") << QStringLiteral("plan_slug=a&product_slug=b")
                              << QStringLiteral("plan_slug");
        QTest::newRow("duration") << QStringLiteral("plan_slug=a&duration=2m")
                                  << QStringLiteral("duration");
    }

    void quoteRefusesBadInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        auto buyer = fresh();
        const auto answer = buyer.http.get("/api/v1/checkout/quote?" + query.toStdString());
        QCOMPARE(answer.status, 422);
        QVERIFY(answer.json()->getObject("errors")->has(field.toStdString()));
    }

    void renewalIsNotAnUpgrade()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "12m");
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_pro + "&duration=12m").json();
        QVERIFY(q->isNull("upgrade"));
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{1'200'000});
    }

    void accumulateUpgradeCreditsTheUnusedValue()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "12m");
        QVERIFY(access(buyer, "group", "grup-pro"));
        m_clock.advanceMs(30 * kDayMs);
        buyer.http.login(buyer.email, kTestPassword); // sessions do not last a month

        const auto expected = expectedCredit(buyer, 1'200'000);
        // About 335 of 365 days are left.
        QVERIFY(expected > 1'090'000 && expected < 1'110'000);

        const auto quote =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_elite + "&duration=12m");
        QCOMPARE(quote.status, 200);
        const auto q = quote.json();
        QCOMPARE(q->getValue<std::int64_t>("subtotal"), std::int64_t{2'400'000});
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), expected);
        QCOMPARE(q->getValue<std::int64_t>("total"), 2'400'000 - expected);
        const auto upgrade = q->getObject("upgrade");
        QVERIFY(upgrade);
        QCOMPARE(upgrade->getValue<std::string>("from_plan_slug"), m_pro);
        QCOMPARE(upgrade->getValue<std::string>("from_plan_title"), std::string("Paket Pro"));
        QCOMPARE(upgrade->getValue<std::string>("mode"), std::string("accumulate"));
        const auto days = upgrade->getValue<std::int64_t>("remaining_days");
        QVERIFY(days >= 334 && days <= 336);

        // The checkout charges the same, with the credit shown as the item's discount.
        auto body = ey::core::json::object();
        body->set("plan_slug", m_elite);
        body->set("duration", "12m");
        const auto created = postJson(buyer, "/api/v1/checkout", body);
        QCOMPARE(created.status, 201);
        const auto order = created.json();
        const auto invoice = order->getValue<std::string>("invoice_number");
        QCOMPARE(order->getValue<std::int64_t>("amount"), 2'400'000 - expected);
        QCOMPARE(order->getValue<std::int64_t>("upgrade_credit"), expected);
        QCOMPARE(order->getValue<std::string>("upgrade_mode"), std::string("accumulate"));
        QCOMPARE(order->getArray("items")->getObject(0)->getValue<std::int64_t>("discount"),
                 expected);

        // Nothing changes before the payment.
        QVERIFY(access(buyer, "group", "grup-pro"));
        QVERIFY(!access(buyer, "group", "grup-elite"));

        QCOMPARE(payInvoice(*m_server, *m_fake, invoice), std::string("paid"));
        const auto membership = buyer.http.get("/api/v1/me/membership").json();
        QCOMPARE(
            membership->getObject("membership")->getObject("plan")->getValue<std::string>("slug"),
            m_elite);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM memberships WHERE user_id = $1 AND status = "
                       "'expired'",
                       {buyer.id}),
                 std::int64_t{1});

        // The log row the seed asks for.
        const auto logs = m_server->instance().db().exec(
            "SELECT l.payment_mode, l.total_paid, l.credit, op.slug AS old_slug, "
            "np.slug AS new_slug, om.status AS old_status, nm.status AS new_status, "
            "t.invoice_number FROM membership_upgrade_logs l "
            "JOIN membership_plans op ON op.id = l.old_plan_id "
            "JOIN membership_plans np ON np.id = l.new_plan_id "
            "JOIN memberships om ON om.id = l.old_membership_id "
            "JOIN memberships nm ON nm.id = l.new_membership_id "
            "JOIN transactions t ON t.id = l.transaction_id WHERE l.user_id = $1",
            {buyer.id});
        QCOMPARE(logs.size(), std::size_t{1});
        const auto log = logs.front();
        QCOMPARE(log.str("payment_mode"), std::string("accumulate"));
        QCOMPARE(log.i64("total_paid"), 2'400'000 - expected);
        QCOMPARE(log.i64("credit"), expected);
        QCOMPARE(log.str("old_slug"), m_pro);
        QCOMPARE(log.str("new_slug"), m_elite);
        QCOMPARE(log.str("old_status"), std::string("expired"));
        QCOMPARE(log.str("new_status"), std::string("active"));
        QCOMPARE(log.str("invoice_number"), invoice);

        // The old plan's grants are closed (rows kept), the new plan's are open.
        QVERIFY(!access(buyer, "group", "grup-pro"));
        QCOMPARE(reason(buyer, "group", "grup-pro"), std::string("revoked"));
        QVERIFY(access(buyer, "group", "grup-elite"));
        QVERIFY(access(buyer, "course", "kelas-lanjut"));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM user_entitlements WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{4});
    }

    void fullModePaysTheNewPrice()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "12m");
        m_clock.advanceMs(10 * kDayMs);
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_full + "&duration=12m").json();
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), std::int64_t{0});
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{2'000'000});
        QCOMPARE(q->getObject("upgrade")->getValue<std::string>("mode"), std::string("full"));

        const auto invoice = buy(buyer, m_full, "12m");
        QCOMPARE(count(*m_server, "SELECT amount AS n FROM transactions WHERE invoice_number = $1",
                       {invoice}),
                 std::int64_t{2'000'000});
        const auto logs = m_server->instance().db().exec(
            "SELECT payment_mode, credit, total_paid FROM membership_upgrade_logs "
            "WHERE user_id = $1",
            {buyer.id});
        QCOMPARE(logs.size(), std::size_t{1});
        QCOMPARE(logs.front().str("payment_mode"), std::string("full"));
        QCOMPARE(logs.front().i64("credit"), std::int64_t{0});
        QCOMPARE(logs.front().i64("total_paid"), std::int64_t{2'000'000});
        QVERIFY(access(buyer, "feature", "konsultasi"));
        QVERIFY(!access(buyer, "course", "kelas-dasar"));
    }

    void lifetimeMembershipGivesNoCredit()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "lifetime");
        m_clock.advanceMs(10 * kDayMs);
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_elite + "&duration=12m").json();
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), std::int64_t{0});
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{2'400'000});
        QVERIFY(q->getObject("upgrade")->isNull("remaining_days"));
    }

    void creditNeverGoesBelowZero()
    {
        auto buyer = fresh();
        buy(buyer, m_pro, "12m");
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_cheap + "&duration=1m").json();
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), std::int64_t{100'000});
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{0});
    }

    void endedMembershipIsReplacedNotUpgraded()
    {
        auto buyer = fresh();
        auto body = ey::core::json::object();
        body->set("plan_slug", m_cheap);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(buyer, body)), std::string("paid"));
        m_clock.advanceMs(40 * kDayMs);
        buyer.http.login(buyer.email, kTestPassword);
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_elite + "&duration=12m").json();
        QVERIFY(q->isNull("upgrade"));
        QCOMPARE(q->getValue<std::int64_t>("total"), std::int64_t{2'400'000});
        buy(buyer, m_elite, "12m");
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM membership_upgrade_logs WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{0});
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM memberships WHERE user_id = $1 AND status = "
                       "'active'",
                       {buyer.id}),
                 std::int64_t{1});
        QVERIFY(access(buyer, "group", "grup-elite"));
    }

    void refundedValueGivesNoCredit()
    {
        auto buyer = fresh();
        const auto invoice = buy(buyer, m_pro, "12m");
        // Half refunded: only the half kept counts towards the credit.
        m_admin->http.login(m_admin->email, kTestPassword); // the clock has moved on
        auto body = ey::core::json::object();
        body->set("amount", 600'000);
        body->set("reason", "Setengah dikembalikan");
        QCOMPARE(
            postJson(*m_admin, "/api/v1/admin/transactions/" + invoice + "/refund", body).status,
            200);
        const auto expected = expectedCredit(buyer, 600'000);
        const auto q =
            buyer.http.get("/api/v1/checkout/quote?plan_slug=" + m_elite + "&duration=12m").json();
        QCOMPARE(q->getValue<std::int64_t>("upgrade_credit"), expected);
        QVERIFY(expected > 590'000 && expected <= 600'000);
    }

private:
    Person fresh()
    {
        return person(*m_server, "upgrade-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    std::string buy(const Person& buyer, const std::string& plan, const std::string& duration)
    {
        return buyPlan(*m_server, *m_fake, buyer, plan, duration);
    }

    std::string reason(const Person& who, const std::string& kind, const std::string& ref)
    {
        return who.http.get("/api/v1/me/access?kind=" + kind + "&ref=" + param(ref))
            .json()
            ->getValue<std::string>("reason");
    }

    /// floor(paid × remaining / total) from the active membership's own period, now.
    std::int64_t expectedCredit(const Person& buyer, std::int64_t paid)
    {
        const auto rows = m_server->instance().db().exec(
            "SELECT (extract(epoch FROM ends_at - starts_at) * 1000)::bigint AS total_ms, "
            "(extract(epoch FROM ends_at - to_timestamp($2::bigint / 1000.0)) * 1000)::bigint "
            "AS remaining_ms FROM memberships WHERE user_id = $1 AND status = 'active'",
            {buyer.id, m_clock.nowMs()});
        const auto total = rows.front().i64("total_ms");
        const auto remaining = rows.front().i64("remaining_ms");
        return static_cast<std::int64_t>(static_cast<long double>(paid) * remaining / total);
    }

    ManualClock m_clock;
    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::string m_pro;
    std::string m_elite;
    std::string m_full;
    std::string m_cheap;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
