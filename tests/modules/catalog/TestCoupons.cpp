// Coupons: the discount arithmetic and every refusal (data-driven), the checkout's validate
// endpoint, per-user and total limits counted from real redemptions, scope and validity window.
#include "CatalogTestKit.h"

#include "CatalogService.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::catalog;
using ey::catalog::CatalogService;

namespace {
constexpr qint64 kNow = 1'750'000'000'000;
constexpr qint64 kDay = 86'400'000;
const std::string kPlanId = "11111111-1111-4111-8111-111111111111";
const std::string kOtherId = "22222222-2222-4222-8222-222222222222";
} // namespace

class TestCoupons : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_buyer;
    std::unique_ptr<Person> m_buyer2;
    std::unique_ptr<Person> m_buyer3;
    std::string m_planId;
    std::string m_productId;

    ey::core::json::ObjectPtr couponBody(const std::string& code, const std::string& kind,
                                         std::int64_t value)
    {
        auto body = ey::core::json::object();
        body->set("code", code);
        body->set("kind", kind);
        body->set("value", value);
        return body;
    }

    HttpResult validate(const Person& who, const std::string& code, const std::string& slugField,
                        const std::string& slug, const std::string& duration = {})
    {
        auto body = ey::core::json::object();
        body->set("code", code);
        body->set(slugField, slug);
        if (!duration.empty())
            body->set("duration", duration);
        return post(who, "/api/v1/catalog/coupons/validate", body);
    }

    void redeem(const std::string& couponId, const std::string& userId, const std::string& ref,
                bool expected = true)
    {
        bool ok = false;
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            ok = CatalogService::redeemCoupon(tx, couponId, userId, ref, m_clock.nowMs());
        });
        QCOMPARE(ok, expected);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(&m_clock);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        m_buyer = std::make_unique<Person>(person(*m_server, "b1@example.com", {"member_free"}));
        m_buyer2 = std::make_unique<Person>(person(*m_server, "b2@example.com", {"member_free"}));
        m_buyer3 =
            std::make_unique<Person>(person(*m_server, "b3@example.com", {"member_premium"}));
        auto plan = planBody("Paket Kupon", "active", 1'000'000);
        auto monthly = ey::core::json::object();
        monthly->set("duration", "1m");
        monthly->set("price", std::int64_t(99'999));
        plan->getArray("prices")->add(monthly);
        m_planId = field(created(*m_admin, "/api/v1/admin/catalog/plans", plan), "id");
        auto product = productBody("Ebook Kupon", 300'000);
        product->set("premium_discount_percent", 10);
        m_productId = field(created(*m_admin, "/api/v1/admin/catalog/products", product), "id");
    }

    void applyCoupon_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("active");
        QTest::addColumn<qint64>("startsIn"); // ms from now; 0 = no start
        QTest::addColumn<qint64>("endsIn");   // ms from now; 0 = no end
        QTest::addColumn<qint64>("maxTotal"); // 0 = unlimited
        QTest::addColumn<qint64>("used");
        QTest::addColumn<qint64>("maxPerUser"); // 0 = unlimited
        QTest::addColumn<qint64>("userUses");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("listed"); // "", "this" or "other"
        QTest::addColumn<QString>("target"); // plan | product
        QTest::addColumn<qint64>("subtotal");
        QTest::addColumn<qint64>("discount");
        QTest::addColumn<QString>("reason");

        QTest::newRow("percent") << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL
                                 << 0LL << "all"
                                 << ""
                                 << "plan" << 1000000LL << 100000LL << "";
        QTest::newRow("percent rounds down")
            << "percent" << 15LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 99999LL << 14999LL << "";
        QTest::newRow("percent 100")
            << "percent" << 100LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 5000LL << 5000LL << "";
        QTest::newRow("nominal") << "nominal" << 50000LL << true << 0LL << 0LL << 0LL << 0LL << 0LL
                                 << 0LL << "all"
                                 << ""
                                 << "product" << 300000LL << 50000LL << "";
        QTest::newRow("nominal above subtotal")
            << "nominal" << 500000LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 200000LL << 200000LL << "";
        QTest::newRow("zero subtotal")
            << "percent" << 50LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 0LL << 0LL << "";
        QTest::newRow("inactive") << "percent" << 10LL << false << 0LL << 0LL << 0LL << 0LL << 0LL
                                  << 0LL << "all"
                                  << ""
                                  << "plan" << 1000LL << 0LL << "inactive";
        QTest::newRow("not started")
            << "percent" << 10LL << true << kDay << 2 * kDay << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 1000LL << 0LL << "not_started";
        QTest::newRow("started") << "percent" << 10LL << true << -kDay << kDay << 0LL << 0LL << 0LL
                                 << 0LL << "all"
                                 << ""
                                 << "plan" << 1000LL << 100LL << "";
        QTest::newRow("expired") << "percent" << 10LL << true << -2 * kDay << -1LL << 0LL << 0LL
                                 << 0LL << 0LL << "all"
                                 << ""
                                 << "plan" << 1000LL << 0LL << "expired";
        QTest::newRow("no window")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 1000LL << 100LL << "";
        QTest::newRow("used up") << "percent" << 10LL << true << 0LL << 0LL << 5LL << 5LL << 0LL
                                 << 0LL << "all"
                                 << ""
                                 << "plan" << 1000LL << 0LL << "used_up";
        QTest::newRow("one use left")
            << "percent" << 10LL << true << 0LL << 0LL << 5LL << 4LL << 0LL << 0LL << "all"
            << ""
            << "plan" << 1000LL << 100LL << "";
        QTest::newRow("per-user limit")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 1LL << 1LL << 1LL << "all"
            << ""
            << "plan" << 1000LL << 0LL << "per_user_limit";
        QTest::newRow("per-user still open")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 1LL << 2LL << 1LL << "all"
            << ""
            << "plan" << 1000LL << 100LL << "";
        QTest::newRow("plans scope on product")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "plans"
            << ""
            << "product" << 1000LL << 0LL << "not_for_item";
        QTest::newRow("products scope on plan")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "products"
            << ""
            << "plan" << 1000LL << 0LL << "not_for_item";
        QTest::newRow("listed plan")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "plans"
            << "this"
            << "plan" << 1000LL << 100LL << "";
        QTest::newRow("other plan listed")
            << "percent" << 10LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "plans"
            << "other"
            << "plan" << 1000LL << 0LL << "not_for_item";
        QTest::newRow("listed product")
            << "nominal" << 700LL << true << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << "products"
            << "this"
            << "product" << 1000LL << 700LL << "";
    }

    void applyCoupon()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, value);
        QFETCH(bool, active);
        QFETCH(qint64, startsIn);
        QFETCH(qint64, endsIn);
        QFETCH(qint64, maxTotal);
        QFETCH(qint64, used);
        QFETCH(qint64, maxPerUser);
        QFETCH(qint64, userUses);
        QFETCH(QString, scope);
        QFETCH(QString, listed);
        QFETCH(QString, target);
        QFETCH(qint64, subtotal);
        QFETCH(qint64, discount);
        QFETCH(QString, reason);

        ey::catalog::Coupon coupon;
        coupon.kind = kind.toStdString();
        coupon.value = value;
        coupon.active = active;
        if (startsIn != 0)
            coupon.startsAtMs = kNow + startsIn;
        if (endsIn != 0)
            coupon.endsAtMs = kNow + endsIn;
        if (maxTotal > 0)
            coupon.maxUsesTotal = maxTotal;
        coupon.usedCount = used;
        if (maxPerUser > 0)
            coupon.maxUsesPerUser = maxPerUser;
        coupon.scope = scope.toStdString();
        const bool forPlan = target == QStringLiteral("plan");
        auto& ids = forPlan ? coupon.planIds : coupon.productIds;
        if (listed == QStringLiteral("this"))
            ids = {kPlanId};
        else if (listed == QStringLiteral("other"))
            ids = {kOtherId};
        const ey::catalog::CouponTarget item{forPlan ? ey::catalog::CouponTarget::Kind::Plan
                                                     : ey::catalog::CouponTarget::Kind::Product,
                                             kPlanId};

        const auto outcome = CatalogService::applyCoupon(coupon, subtotal, item, userUses, kNow);
        QCOMPARE(outcome.valid, reason.isEmpty());
        QCOMPARE(outcome.discount, std::int64_t(discount));
        QCOMPARE(outcome.total, std::int64_t(subtotal - discount));
        QCOMPARE(outcome.reasonCode, reason.toStdString());
        QCOMPARE(outcome.reason.has_value(), !reason.isEmpty());
        QVERIFY(outcome.total >= 0);
    }

    void validateEndpoint()
    {
        created(*m_admin, "/api/v1/admin/catalog/coupons", couponBody("HEMAT10", "percent", 10));

        // Case does not matter; a plan with several prices needs the duration.
        auto result = validate(*m_buyer, "hemat10", "plan_slug", "paket-kupon", "12m");
        QCOMPARE(result.status, 200);
        auto body = result.json();
        QVERIFY(body->getValue<bool>("valid"));
        QCOMPARE(body->getValue<std::int64_t>("subtotal"), std::int64_t(1'000'000));
        QCOMPARE(body->getValue<std::int64_t>("discount"), std::int64_t(100'000));
        QCOMPARE(body->getValue<std::int64_t>("total"), std::int64_t(900'000));
        QVERIFY(body->isNull("reason"));

        result = validate(*m_buyer, "HEMAT10", "plan_slug", "paket-kupon", "1m");
        QCOMPARE(result.json()->getValue<std::int64_t>("discount"), std::int64_t(9'999));

        result = validate(*m_buyer, "HEMAT10", "plan_slug", "paket-kupon");
        QCOMPARE(result.status, 422);
        QVERIFY(hasField(result, "duration"));

        // A premium member's subtotal is the discounted product price.
        result = validate(*m_buyer3, "HEMAT10", "product_slug", "ebook-kupon");
        QCOMPARE(result.json()->getValue<std::int64_t>("subtotal"), std::int64_t(270'000));
        QCOMPARE(result.json()->getValue<std::int64_t>("total"), std::int64_t(243'000));

        result = validate(*m_buyer, "TIDAKADA", "plan_slug", "paket-kupon", "12m");
        QCOMPARE(result.status, 200);
        QVERIFY(!result.json()->getValue<bool>("valid"));
        QCOMPARE(field(result.json(), "reason_code"), std::string("not_found"));
        QVERIFY(!field(result.json(), "reason").empty());

        QCOMPARE(validate(*m_buyer, "HEMAT10", "plan_slug", "tidak-ada", "12m").status, 404);
        HttpClient visitor(m_server->baseUrl());
        QCOMPARE(visitor.post("/api/v1/catalog/coupons/validate", "{}").status, 401);
        QCOMPARE(post(*m_buyer, "/api/v1/catalog/coupons/validate", couponBody("X", "percent", 1))
                     .status,
                 422);
    }

    void scope()
    {
        auto body = couponBody("PRODUKSAJA", "nominal", 25'000);
        body->set("scope", "products");
        body->set("product_ids", list({m_productId}));
        created(*m_admin, "/api/v1/admin/catalog/coupons", body);

        auto result = validate(*m_buyer, "PRODUKSAJA", "plan_slug", "paket-kupon", "12m");
        QVERIFY(!result.json()->getValue<bool>("valid"));
        QCOMPARE(field(result.json(), "reason_code"), std::string("not_for_item"));
        QCOMPARE(result.json()->getValue<std::int64_t>("total"), std::int64_t(1'000'000));

        result = validate(*m_buyer, "PRODUKSAJA", "product_slug", "ebook-kupon");
        QVERIFY(result.json()->getValue<bool>("valid"));
        QCOMPARE(result.json()->getValue<std::int64_t>("total"), std::int64_t(275'000));
    }

    void perUserAndTotalLimits()
    {
        auto body = couponBody("TERBATAS", "percent", 20);
        body->set("max_uses_total", 2);
        body->set("max_uses_per_user", 1);
        const auto coupon = created(*m_admin, "/api/v1/admin/catalog/coupons", body);
        const auto id = field(coupon, "id");

        redeem(id, m_buyer->id, "INV001");
        auto result = validate(*m_buyer, "TERBATAS", "plan_slug", "paket-kupon", "12m");
        QCOMPARE(field(result.json(), "reason_code"), std::string("per_user_limit"));
        result = validate(*m_buyer2, "TERBATAS", "plan_slug", "paket-kupon", "12m");
        QVERIFY(result.json()->getValue<bool>("valid"));

        redeem(id, m_buyer2->id, "INV002");
        result = validate(*m_buyer3, "TERBATAS", "plan_slug", "paket-kupon", "12m");
        QCOMPARE(field(result.json(), "reason_code"), std::string("used_up"));
        // The guarded counter refuses a third use even if someone skipped the check.
        redeem(id, m_buyer3->id, "INV003", false);

        const auto stored = m_admin->http.get("/api/v1/admin/catalog/coupons/" + id).json();
        QCOMPARE(stored->getValue<std::int64_t>("used_count"), std::int64_t(2));

        // The total limit cannot go below what was used; a used coupon is deactivated, not deleted.
        body->set("max_uses_total", 1);
        const auto lower = put(*m_admin, "/api/v1/admin/catalog/coupons/" + id, body);
        QCOMPARE(lower.status, 422);
        QVERIFY(hasField(lower, "max_uses_total"));
        QCOMPARE(m_admin->http.request("DELETE", "/api/v1/admin/catalog/coupons/" + id).status,
                 409);
        body->set("max_uses_total", 2);
        body->set("active", false);
        QCOMPARE(put(*m_admin, "/api/v1/admin/catalog/coupons/" + id, body).status, 200);
        result = validate(*m_buyer3, "TERBATAS", "plan_slug", "paket-kupon", "12m");
        QCOMPARE(field(result.json(), "reason_code"), std::string("inactive"));
        QCOMPARE(auditRows(*m_server, "catalog.coupon.update", id), std::int64_t(1));
    }

    void validityWindowFollowsTheClock()
    {
        auto body = couponBody("MINGGUDEPAN", "percent", 50);
        body->set("starts_at", ey::core::isoTime(m_clock.nowMs() + kDay));
        body->set("ends_at", ey::core::isoTime(m_clock.nowMs() + 3 * kDay));
        created(*m_admin, "/api/v1/admin/catalog/coupons", body);

        auto reason = [&] {
            return validate(*m_buyer, "MINGGUDEPAN", "plan_slug", "paket-kupon", "12m").json();
        };
        QCOMPARE(field(reason(), "reason_code"), std::string("not_started"));
        m_clock.advanceMs(2 * kDay);
        QVERIFY(reason()->getValue<bool>("valid"));
        m_clock.advanceMs(2 * kDay);
        QCOMPARE(field(reason(), "reason_code"), std::string("expired"));
    }

    void adminRefusals()
    {
        auto result =
            post(*m_admin, "/api/v1/admin/catalog/coupons", couponBody("BESAR", "percent", 150));
        QCOMPARE(result.status, 422);
        QVERIFY(hasField(result, "value"));
        result =
            post(*m_admin, "/api/v1/admin/catalog/coupons", couponBody("hemat10", "percent", 5));
        QCOMPARE(result.status, 409);
        auto scoped = couponBody("SEMUA", "percent", 5);
        scoped->set("plan_ids", list({m_planId}));
        result = post(*m_admin, "/api/v1/admin/catalog/coupons", scoped);
        QCOMPARE(result.status, 422);
        QVERIFY(hasField(result, "scope"));
        auto window = couponBody("TERBALIK", "percent", 5);
        window->set("starts_at", "2030-02-01T00:00:00+07:00");
        window->set("ends_at", "2030-01-01T00:00:00+07:00");
        result = post(*m_admin, "/api/v1/admin/catalog/coupons", window);
        QCOMPARE(result.status, 422);
        QVERIFY(hasField(result, "ends_at"));
        result = post(*m_admin, "/api/v1/admin/catalog/coupons", couponBody("a b", "nominal", 5));
        QCOMPARE(result.status, 422);
        QVERIFY(hasField(result, "code"));
        QCOMPARE(
            post(*m_buyer, "/api/v1/admin/catalog/coupons", couponBody("AKU", "nominal", 5)).status,
            403);

        // An affiliate-owned coupon attributes the sale and is listed for the admin.
        const auto affiliate = createUser(m_server->instance(), "aff@example.com", {"affiliate"});
        auto owned = couponBody("AFFBUDI", "nominal", 10'000);
        owned->set("owner_affiliate_id", affiliate);
        const auto coupon = created(*m_admin, "/api/v1/admin/catalog/coupons", owned);
        QCOMPARE(field(coupon, "owner_affiliate_id"), affiliate);
        const auto page = m_admin->http.get("/api/v1/admin/catalog/coupons?q=affbudi");
        QCOMPARE(page.json()->getArray("items")->size(), 1u);
        QCOMPARE(auditRows(*m_server, "catalog.coupon.create", field(coupon, "id")),
                 std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(TestCoupons)
#include "TestCoupons.moc"
