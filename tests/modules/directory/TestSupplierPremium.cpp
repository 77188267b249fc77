// Premium Supplier bought through Xendit on a real database over HTTP: checkout against a fake
// Xendit, the PAID callback switching premium on (limits change, Jakarta calendar months, once
// however often it arrives), flagged amounts, EXPIRED, 503/502, who may reach it, staff plan
// prices, and the 7-day / 1-day expiry reminders sent once.
#include "../commerce/CommerceTestKit.h"

#include "SupplierPremiumService.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace ey;
using namespace ey::test;
using namespace ey::test::commerce;

namespace {

const std::string kRouterForbidden = "https://eksporyuk.com/problems/forbidden";
const std::string kNotActive = "https://eksporyuk.com/problems/supplier-not-active";
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

std::string field(const core::json::ObjectPtr& object, const std::string& name)
{
    return object->optValue<std::string>(name, "");
}

/// Milliseconds of a Jakarta wall-clock time (UTC+7, no daylight saving).
std::int64_t jakartaMs(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

struct SupplierAccount
{
    Person person;
    std::string supplierId;
};

} // namespace

class TestSupplierPremium : public QObject
{
    Q_OBJECT

private:
    core::Db& db() { return m_server->instance().db(); }
    std::int64_t count(const std::string& sql, const core::Params& params = {})
    {
        return ey::test::commerce::count(*m_server, sql, params);
    }
    /// A supplier account in `status` (verified by default) made straight in the database: the
    /// onboarding flow itself is TestSupplierApi's subject.
    SupplierAccount supplier(TestServer& server, const std::string& email,
                             const std::string& status = "verified",
                             const std::string& tier = "free",
                             const std::optional<std::int64_t>& premiumUntilMs = std::nullopt);
    SupplierAccount supplier(const std::string& email) { return supplier(*m_server, email); }
    HttpResult checkout(const Person& who, const std::string& plan);
    /// Sends Xendit's PAID callback for the order as the fake invoiced it.
    HttpResult pay(const core::json::ObjectPtr& order, std::int64_t amount,
                   const std::string& status = "PAID", const std::string& currency = "IDR");
    std::int64_t premiumUntilMs(const std::string& supplierId);
    void setClock(std::int64_t ms) { m_clock.advanceMs(ms - m_clock.nowMs()); }

    ManualClock m_clock;
    std::unique_ptr<FakeXendit> m_xendit;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_mentor;
    int m_accounts = 0;
    std::int64_t m_startMs = 0;

private slots:
    void initTestCase();
    void cleanup();
    void paidCallbackSwitchesPremiumOnOnce();
    void premiumUntilFollowsJakartaCalendarMonths_data();
    void premiumUntilFollowsJakartaCalendarMonths();
    void wrongAmountOrCurrencyIsFlagged_data();
    void wrongAmountOrCurrencyIsFlagged();
    void expiredCallbackExpiresTheOrder();
    void withoutXenditNothingIsStoredAndFailuresAreKept();
    void onlyActiveSuppliersReachIt();
    void staffPriceThePlansAndSeeOrders();
    void remindersGoOutOnceAtSevenDaysAndOneDay();
};

SupplierAccount TestSupplierPremium::supplier(TestServer& server, const std::string& email,
                                              const std::string& status, const std::string& tier,
                                              const std::optional<std::int64_t>& premiumUntilMs)
{
    const bool approved = status == "verified" || status == "limited";
    // As the review flow leaves it: approved suppliers hold "supplier", others onboarding only.
    auto who = person(server, email, {approved ? "supplier" : "supplier_onboarding"});
    auto& database = server.instance().db();
    const auto id =
        database
            .exec(
                "INSERT INTO suppliers (user_id, slug, supplier_type, status, tier, premium_until,"
                " created_at, updated_at) VALUES ($1::uuid, $2, 'produsen', $3, $4,"
                " to_timestamp($5::bigint / 1000.0), now(), now()) RETURNING id::text AS id",
                {who.id, "uji-" + std::to_string(++m_accounts), status, tier, premiumUntilMs})
            .front()
            .str("id");
    database.exec("INSERT INTO supplier_profiles (supplier_id, company_name, updated_at)"
                  " VALUES ($1::uuid, $2, now())",
                  {id, "CV " + email.substr(0, email.find('@'))});
    return {std::move(who), id};
}

HttpResult TestSupplierPremium::checkout(const Person& who, const std::string& plan)
{
    return who.http.request("POST", "/api/v1/supplier/premium/checkout",
                            R"({"plan": ")" + plan + R"("})",
                            {{"Content-Type", "application/json"}});
}

HttpResult TestSupplierPremium::pay(const core::json::ObjectPtr& order, std::int64_t amount,
                                    const std::string& status, const std::string& currency)
{
    const auto number = field(order, "number");
    return sendCallback(
        *m_server, callbackBody(gatewayId(*m_xendit, number), number, amount, status, currency));
}

std::int64_t TestSupplierPremium::premiumUntilMs(const std::string& supplierId)
{
    return db()
        .exec("SELECT (extract(epoch FROM premium_until) * 1000)::bigint AS ms"
              " FROM suppliers WHERE id = $1::uuid",
              {supplierId})
        .front()
        .i64("ms");
}

void TestSupplierPremium::initTestCase()
{
    m_xendit = std::make_unique<FakeXendit>(kSecretKey);
    m_server = std::make_unique<TestServer>(&m_clock, xenditConfig(*m_xendit));
    m_admin = std::make_unique<Person>(person(*m_server, "admin@premium.example", {"admin"}));
    m_mentor = std::make_unique<Person>(person(*m_server, "mentor@premium.example", {"mentor"}));
    m_startMs = m_clock.nowMs();
}

void TestSupplierPremium::cleanup()
{
    // Cases that move the shared clock to a calendar date put it back, so staff sessions stay
    // valid for the next case.
    setClock(m_startMs);
}

void TestSupplierPremium::paidCallbackSwitchesPremiumOnOnce()
{
    auto account = supplier("kopi@premium.example");
    auto& who = account.person;

    const auto before = who.http.get("/api/v1/supplier/premium");
    QCOMPARE(before.status, 200);
    QCOMPARE(field(before.json(), "effective_tier"), std::string("free"));
    const auto plans = before.json()->getArray("plans");
    QCOMPARE(plans->size(), std::size_t(2));
    QCOMPARE(field(plans->getObject(0), "code"), std::string("monthly")); // cheapest first
    QCOMPARE(plans->getObject(0)->getValue<std::int64_t>("price"), std::int64_t(99000));
    QCOMPARE(plans->getObject(1)->getValue<std::int64_t>("months"), std::int64_t(12));
    QCOMPARE(before.json()->getObject("limits")->getObject("free")->getValue<std::int64_t>(
                 "max_products"),
             std::int64_t(1));

    // Free: one product only.
    QCOMPARE(who.http.post("/api/v1/supplier/products", R"({"title": "Kopi Gayo"})").status, 201);
    QCOMPARE(who.http.post("/api/v1/supplier/products", R"({"title": "Teh Hijau"})").status, 409);

    const auto created = checkout(who, "monthly");
    QCOMPARE(created.status, 201);
    const auto order = created.json();
    QCOMPARE(field(order, "status"), std::string("pending"));
    QCOMPARE(order->getValue<std::int64_t>("amount"), std::int64_t(99000));
    QVERIFY(QString::fromStdString(field(order, "number"))
                .contains(QRegularExpression(QStringLiteral("^SP-\\d{8}-\\d{4,}$"))));
    QVERIFY(!field(order, "invoice_url").empty());
    const auto invoices = m_xendit->invoices();
    QCOMPARE(invoices.back().externalId, field(order, "number"));
    QCOMPARE(invoices.back().amount, std::int64_t(99000));
    QCOMPARE(invoices.back().payerEmail, std::string("kopi@premium.example"));

    // A second click while the invoice is open answers with the same order, no new invoice.
    const auto again = checkout(who, "monthly");
    QCOMPARE(again.status, 200);
    QCOMPARE(field(again.json(), "number"), field(order, "number"));
    QCOMPARE(m_xendit->invoices().size(), invoices.size());

    const auto paidAt = m_clock.nowMs();
    const auto paid = pay(order, 99000);
    QCOMPARE(paid.status, 200);
    QCOMPARE(field(paid.json(), "result"), std::string("paid"));

    const auto expected = QDateTime::fromMSecsSinceEpoch(paidAt, QTimeZone(7 * 3600))
                              .addMonths(1)
                              .toMSecsSinceEpoch();
    QCOMPARE(premiumUntilMs(account.supplierId), expected);
    const auto after = who.http.get("/api/v1/supplier/premium").json();
    QCOMPARE(field(after, "tier"), std::string("premium"));
    QCOMPARE(field(after, "effective_tier"), std::string("premium"));
    const auto history = after->getArray("orders");
    QCOMPARE(history->size(), std::size_t(1));
    QCOMPARE(field(history->getObject(0), "status"), std::string("paid"));
    QVERIFY(!field(history->getObject(0), "paid_at").empty());

    // Premium limits apply at once.
    QCOMPARE(who.http.post("/api/v1/supplier/products", R"({"title": "Teh Hijau"})").status, 201);
    QCOMPARE(who.http.post("/api/v1/supplier/products", R"({"title": "Cokelat"})").status, 201);

    // The supplier is told, the change is audited in the activity log and the supplier history.
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                   " AND title LIKE 'Premium Supplier aktif sampai %'",
                   {who.id}),
             std::int64_t(1));
    QCOMPARE(count("SELECT count(*) AS n FROM activity_log WHERE action = 'supplier.premium_paid'"
                   " AND entity_id = $1",
                   {account.supplierId}),
             std::int64_t(1));
    QCOMPARE(count("SELECT count(*) AS n FROM supplier_audit WHERE supplier_id = $1::uuid"
                   " AND section = 'tier' AND after->>'tier' = 'premium'",
                   {account.supplierId}),
             std::int64_t(1));

    // The same callback again, and SETTLED after PAID, extend nothing.
    const auto duplicate = pay(order, 99000);
    QCOMPARE(duplicate.status, 200);
    QCOMPARE(duplicate.json()->getValue<bool>("duplicate"), true);
    QCOMPARE(field(pay(order, 99000, "SETTLED").json(), "result"), std::string("ignored"));
    QCOMPARE(premiumUntilMs(account.supplierId), expected);
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                   " AND title LIKE 'Premium Supplier aktif%'",
                   {who.id}),
             std::int64_t(1));
    // A paid order is final even for a statement that bypasses the service.
    bool refused = false;
    try {
        db().exec("UPDATE supplier_premium_orders SET status = 'pending', paid_at = NULL"
                  " WHERE number = $1",
                  {field(order, "number")});
    } catch (const core::DbError& error) {
        refused = error.isCheckViolation();
    }
    QVERIFY(refused);

    // Buying a year while premium extends from the current end, not from today.
    const auto yearly = checkout(who, "yearly");
    QCOMPARE(yearly.status, 201);
    QCOMPARE(field(pay(yearly.json(), 990000).json(), "result"), std::string("paid"));
    QCOMPARE(premiumUntilMs(account.supplierId),
             QDateTime::fromMSecsSinceEpoch(expected, QTimeZone(7 * 3600))
                 .addMonths(12)
                 .toMSecsSinceEpoch());
}

void TestSupplierPremium::premiumUntilFollowsJakartaCalendarMonths_data()
{
    QTest::addColumn<std::int64_t>("boughtAt");
    QTest::addColumn<std::int64_t>("currentEnd"); // 0: free until now
    QTest::addColumn<std::int64_t>("expectedEnd");

    QTest::newRow("31 Jan -> 28 Feb")
        << jakartaMs(2027, 1, 31, 10) << std::int64_t(0) << jakartaMs(2027, 2, 28, 10);
    QTest::newRow("31 Jan leap year -> 29 Feb")
        << jakartaMs(2028, 1, 31, 10) << std::int64_t(0) << jakartaMs(2028, 2, 29, 10);
    // 02:00 on 1 Mar in Jakarta is still 28 Feb in UTC: the Jakarta month counts.
    QTest::newRow("1 Mar 02:00 WIB -> 1 Apr")
        << jakartaMs(2027, 3, 1, 2) << std::int64_t(0) << jakartaMs(2027, 4, 1, 2);
    QTest::newRow("extends from a later end")
        << jakartaMs(2027, 1, 10, 10) << jakartaMs(2027, 3, 31, 9) << jakartaMs(2027, 4, 30, 9);
    QTest::newRow("a lapsed end counts from now")
        << jakartaMs(2027, 1, 10, 10) << jakartaMs(2027, 1, 1, 9) << jakartaMs(2027, 2, 10, 10);
}

void TestSupplierPremium::premiumUntilFollowsJakartaCalendarMonths()
{
    QFETCH(std::int64_t, boughtAt);
    QFETCH(std::int64_t, currentEnd);
    QFETCH(std::int64_t, expectedEnd);
    setClock(boughtAt);
    auto account = supplier(*m_server, "bulan" + std::to_string(m_accounts) + "@premium.example",
                            "verified", currentEnd ? "premium" : "free",
                            currentEnd ? std::optional<std::int64_t>(currentEnd) : std::nullopt);
    const auto order = checkout(account.person, "monthly");
    QCOMPARE(order.status, 201);
    QCOMPARE(field(pay(order.json(), 99000).json(), "result"), std::string("paid"));
    QCOMPARE(premiumUntilMs(account.supplierId), expectedEnd);
}

void TestSupplierPremium::wrongAmountOrCurrencyIsFlagged_data()
{
    QTest::addColumn<std::int64_t>("amount");
    QTest::addColumn<std::string>("currency");
    QTest::newRow("less money") << std::int64_t(9900) << std::string("IDR");
    QTest::newRow("other currency") << std::int64_t(99000) << std::string("USD");
}

void TestSupplierPremium::wrongAmountOrCurrencyIsFlagged()
{
    QFETCH(std::int64_t, amount);
    QFETCH(std::string, currency);
    auto account = supplier("kurang" + std::to_string(m_accounts) + "@premium.example");
    const auto order = checkout(account.person, "monthly");
    QCOMPARE(order.status, 201);
    const auto answer = pay(order.json(), amount, "PAID", currency);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json()->getValue<bool>("flagged"), true);
    QCOMPARE(count("SELECT count(*) AS n FROM payment_events WHERE flagged"
                   " AND payload->>'external_id' = $1 AND flag_reason LIKE '%differs%'",
                   {field(order.json(), "number")}),
             std::int64_t(1));
    // Nothing changed: still pending, still free.
    const auto after = account.person.http.get("/api/v1/supplier/premium").json();
    QCOMPARE(field(after, "effective_tier"), std::string("free"));
    QCOMPARE(field(after->getArray("orders")->getObject(0), "status"), std::string("pending"));
}

void TestSupplierPremium::expiredCallbackExpiresTheOrder()
{
    auto account = supplier("lewat@premium.example");
    const auto first = checkout(account.person, "yearly");
    QCOMPARE(first.status, 201);
    QCOMPARE(field(pay(first.json(), 990000, "EXPIRED").json(), "result"), std::string("expired"));
    const auto after = account.person.http.get("/api/v1/supplier/premium").json();
    QCOMPARE(field(after, "effective_tier"), std::string("free"));
    QCOMPARE(field(after->getArray("orders")->getObject(0), "status"), std::string("expired"));
    QCOMPARE(count("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                   " AND title LIKE 'Tagihan SP-% kedaluwarsa'",
                   {account.person.id}),
             std::int64_t(1));
    // A late PAID for the expired invoice is money for staff to settle, not premium.
    QCOMPARE(pay(first.json(), 990000).json()->getValue<bool>("flagged"), true);
    QCOMPARE(field(account.person.http.get("/api/v1/supplier/premium").json(), "effective_tier"),
             std::string("free"));
    // The next checkout opens a new invoice.
    const auto second = checkout(account.person, "yearly");
    QCOMPARE(second.status, 201);
    QVERIFY(field(second.json(), "number") != field(first.json(), "number"));
}

void TestSupplierPremium::withoutXenditNothingIsStoredAndFailuresAreKept()
{
    {
        TestServer bare(&m_clock);
        auto account = supplier(bare, "tanpa@premium.example");
        const auto refused = checkout(account.person, "monthly");
        QCOMPARE(refused.status, 503);
        QVERIFY(field(refused.json(), "detail").find("Xendit") != std::string::npos);
        QCOMPARE(bare.instance()
                     .db()
                     .exec("SELECT count(*) AS n FROM supplier_premium_orders")
                     .front()
                     .i64("n"),
                 std::int64_t(0));
    }
    {
        FakeXendit broken(kSecretKey);
        broken.failWith(500);
        TestServer server(&m_clock, xenditConfig(broken));
        auto account = supplier(server, "gagal@premium.example");
        const auto failed = checkout(account.person, "monthly");
        QCOMPARE(failed.status, 502);
        QCOMPARE(field(failed.json(), "type"),
                 std::string("https://eksporyuk.com/problems/payment-gateway"));
        const auto orders =
            account.person.http.get("/api/v1/supplier/premium").json()->getArray("orders");
        QCOMPARE(orders->size(), std::size_t(1));
        QCOMPARE(field(orders->getObject(0), "status"), std::string("failed"));
    }
}

void TestSupplierPremium::onlyActiveSuppliersReachIt()
{
    auto onboarding = supplier(*m_server, "baru@premium.example", "onboarding");
    auto member = person(*m_server, "anggota@premium.example", {"member_free"});
    for (const auto* who : {&onboarding.person, &member}) {
        const auto overview = who->http.get("/api/v1/supplier/premium");
        QCOMPARE(overview.status, 403);
        QCOMPARE(field(overview.json(), "type"), kRouterForbidden);
        const auto refused = checkout(*who, "monthly");
        QCOMPARE(refused.status, 403);
        QCOMPARE(field(refused.json(), "type"), kRouterForbidden);
    }
    // A suspended supplier that still holds the role is refused by the handler, readably.
    auto suspended = supplier("tangguh@premium.example");
    db().exec("UPDATE suppliers SET status = 'suspended' WHERE id = $1::uuid",
              {suspended.supplierId});
    const auto refused = checkout(suspended.person, "monthly");
    QCOMPARE(refused.status, 403);
    QCOMPARE(field(refused.json(), "type"), kNotActive);
    QVERIFY(field(refused.json(), "detail").find("ditangguhkan") != std::string::npos);
    QCOMPARE(count("SELECT count(*) AS n FROM supplier_premium_orders WHERE supplier_id = $1::uuid",
                   {suspended.supplierId}),
             std::int64_t(0));
    // Unknown or retired plans are a field error.
    auto active = supplier("aktif@premium.example");
    QCOMPARE(checkout(active.person, "weekly").status, 422);
}

void TestSupplierPremium::staffPriceThePlansAndSeeOrders()
{
    const auto list = m_admin->http.get("/api/v1/admin/supplier-premium-plans");
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json()->getArray("items")->size(), std::size_t(2));
    const std::string newPrice = R"({"label": "Premium Bulanan", "months": 1, "price": 120000})";
    QCOMPARE(m_mentor->http
                 .request("PUT", "/api/v1/admin/supplier-premium-plans/monthly", newPrice,
                          {{"Content-Type", "application/json"}})
                 .status,
             403);
    const auto changed =
        m_admin->http.request("PUT", "/api/v1/admin/supplier-premium-plans/monthly", newPrice,
                              {{"Content-Type", "application/json"}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json()->getValue<std::int64_t>("price"), std::int64_t(120000));
    QCOMPARE(
        count("SELECT count(*) AS n FROM activity_log"
              " WHERE action = 'supplier_premium_plan.update' AND entity_id = 'monthly'"
              " AND (before->>'price')::bigint = 99000 AND (after->>'price')::bigint = 120000"),
        std::int64_t(1));

    // The next checkout asks the new price.
    auto account = supplier("harga@premium.example");
    const auto order = checkout(account.person, "monthly");
    QCOMPARE(order.status, 201);
    QCOMPARE(order.json()->getValue<std::int64_t>("amount"), std::int64_t(120000));
    QCOMPARE(m_xendit->invoices().back().amount, std::int64_t(120000));

    // A new plan, bad input, a retired plan.
    QCOMPARE(m_admin->http
                 .request("PUT", "/api/v1/admin/supplier-premium-plans/quarterly",
                          R"({"label": "Premium 3 Bulan", "months": 3, "price": 270000})",
                          {{"Content-Type", "application/json"}})
                 .status,
             200);
    QCOMPARE(count("SELECT count(*) AS n FROM activity_log"
                   " WHERE action = 'supplier_premium_plan.create' AND entity_id = 'quarterly'"),
             std::int64_t(1));
    const auto bad = m_admin->http.request("PUT", "/api/v1/admin/supplier-premium-plans/quarterly",
                                           R"({"label": "x", "months": 40, "price": 5000})",
                                           {{"Content-Type", "application/json"}});
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.json()->getObject("errors")->has("months"));
    QVERIFY(bad.json()->getObject("errors")->has("price"));
    QCOMPARE(m_admin->http
                 .request("PUT", "/api/v1/admin/supplier-premium-plans/Bad%20Code",
                          R"({"label": "x", "months": 1, "price": 50000})",
                          {{"Content-Type", "application/json"}})
                 .status,
             422);
    QCOMPARE(
        m_admin->http
            .request(
                "PUT", "/api/v1/admin/supplier-premium-plans/quarterly",
                R"({"label": "Premium 3 Bulan", "months": 3, "price": 270000, "active": false})",
                {{"Content-Type", "application/json"}})
            .status,
        200);
    QCOMPARE(checkout(account.person, "quarterly").status, 422);
    const auto offered = account.person.http.get("/api/v1/supplier/premium").json();
    QCOMPARE(offered->getArray("plans")->size(), std::size_t(2));

    // Reviewers see a supplier's orders; members do not.
    const auto orders =
        m_mentor->http.get("/api/v1/admin/suppliers/" + account.supplierId + "/premium-orders");
    QCOMPARE(orders.status, 200);
    QCOMPARE(field(orders.json()->getArray("items")->getObject(0), "number"),
             field(order.json(), "number"));
    QCOMPARE(m_mentor->http
                 .get("/api/v1/admin/suppliers/00000000-0000-0000-0000-000000000000"
                      "/premium-orders")
                 .status,
             404);
    QCOMPARE(
        account.person.http.get("/api/v1/admin/suppliers/" + account.supplierId + "/premium-orders")
            .status,
        403);

    // Put the price back for the other cases.
    QCOMPARE(m_admin->http
                 .request("PUT", "/api/v1/admin/supplier-premium-plans/monthly",
                          R"({"label": "Premium Bulanan", "months": 1, "price": 99000})",
                          {{"Content-Type", "application/json"}})
                 .status,
             200);
}

void TestSupplierPremium::remindersGoOutOnceAtSevenDaysAndOneDay()
{
    ManualClock clock;
    TestServer server(&clock, {{"directory.premium_reminder_seconds", "1"}});
    auto account = supplier(server, "ingat@premium.example", "verified", "premium",
                            clock.nowMs() + 10 * kDayMs);
    auto& database = server.instance().db();
    const auto reminders = [&](const std::string& pattern) {
        return database
            .exec("SELECT count(*) AS n FROM notifications WHERE user_id = $1::uuid"
                  " AND title LIKE $2",
                  {account.person.id, pattern})
            .front()
            .i64("n");
    };
    // A second service over the same database stands for another instance or a restart.
    directory::SupplierPremiumService other(database, clock, server.instance().notify(),
                                            server.instance().commerce());
    const auto noStop = [] { return false; };

    QCOMPARE(other.sendReminders(noStop), 0); // ten days left: nothing yet
    clock.advanceMs(3 * kDayMs + 60 * 1000);  // 6 days 23:59 left
    QTRY_COMPARE(reminders("Premium Supplier berakhir 7 hari lagi"), std::int64_t(1));
    QCOMPARE(other.sendReminders(noStop), 0);
    QCOMPARE(reminders("Premium Supplier berakhir%"), std::int64_t(1));

    clock.advanceMs(6 * kDayMs + 12 * 60 * 60 * 1000); // 12 hours left
    QTRY_COMPARE(reminders("Premium Supplier berakhir besok"), std::int64_t(1));
    QCOMPARE(other.sendReminders(noStop), 0);
    QCOMPARE(reminders("Premium Supplier berakhir%"), std::int64_t(2));
    const auto message = database
                             .exec("SELECT message FROM notifications WHERE user_id = $1::uuid"
                                   " AND title = 'Premium Supplier berakhir besok'",
                                   {account.person.id})
                             .front()
                             .str("message");
    QVERIFY(message.find("perpanjang di dasbor") != std::string::npos);

    // Past the end: no more reminders, and the supplier is free again.
    clock.advanceMs(kDayMs);
    QCOMPARE(other.sendReminders(noStop), 0);
    QCOMPARE(reminders("Premium Supplier berakhir%"), std::int64_t(2));
}

QTEST_GUILESS_MAIN(TestSupplierPremium)
#include "TestSupplierPremium.moc"
