// Entitlements and the one access check: product purchases (bundles, access days), membership
// grants that last exactly as long as the membership, expiry that locks without deleting, and
// the courses, files and events a product links (ending with the product).
#include "CommerceTestKit.h"

#include "CommerceService.h"

using namespace ey::test;
using namespace ey::test::commerce;

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

} // namespace

class TestEntitlements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(&m_clock, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_monthly =
            createCatalogItem(*m_admin, "plans",
                              planBody("Paket Bulanan", {{"1m", 150'000}}, "accumulate",
                                       {{"course", "kelas-ekspor-101"}, {"group", "grup-bulanan"}}))
                ->getValue<std::string>("slug");
    }

    void productPurchaseGrantsBundleItems()
    {
        auto buyer = fresh();
        const auto [ebookId, ebookSlug] = createProduct(*m_admin, "Ebook Ekspor", 50'000);
        const auto [templateId, templateSlug] = createProduct(*m_admin, "Template Invoice", 30'000);
        const auto [bundleId, bundleSlug] =
            createProduct(*m_admin, "Paket Lengkap", 70'000, std::nullopt, {ebookId, templateId});
        QVERIFY(!access(buyer, "product", bundleId));
        QCOMPARE(reason(buyer, "product", ebookId), std::string("none"));

        auto body = ey::core::json::object();
        body->set("product_slug", bundleSlug);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(buyer, body)), std::string("paid"));

        for (const auto& id : {bundleId, ebookId, templateId}) {
            QVERIFY(access(buyer, "product", id));
            QCOMPARE(reason(buyer, "product", id), std::string("purchase"));
        }
        const auto list = buyer.http.get("/api/v1/me/entitlements");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t{3});
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(static_cast<unsigned>(i));
            QCOMPARE(item->getValue<std::string>("kind"), std::string("product"));
            QCOMPARE(item->getValue<std::string>("source"), std::string("purchase"));
            QVERIFY(item->isNull("ends_at"));
        }
        // Someone else has none of it; the service answers the same as the API.
        auto other = fresh();
        QVERIFY(!access(other, "product", ebookId));
        QVERIFY(m_server->instance().commerce().hasAccess(buyer.id, "product", ebookId));
        QVERIFY(!m_server->instance().commerce().hasAccess(other.id, "product", ebookId));
    }

    void accessDaysEndAProductPurchase()
    {
        auto buyer = fresh();
        const auto [id, slug] = createProduct(*m_admin, "Kelas Rekaman 7 Hari", 90'000, 7);
        auto body = ey::core::json::object();
        body->set("product_slug", slug);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(buyer, body)), std::string("paid"));
        QVERIFY(access(buyer, "product", id));
        QVERIFY(!buyer.http.get("/api/v1/me/entitlements")
                     .json()
                     ->getArray("items")
                     ->getObject(0)
                     ->isNull("ends_at"));

        m_clock.advanceMs(6 * kDayMs);
        QVERIFY(access(buyer, "product", id));
        m_clock.advanceMs(2 * kDayMs);
        buyer.http.login(buyer.email, kTestPassword);
        QVERIFY(!access(buyer, "product", id));
        QCOMPARE(reason(buyer, "product", id), std::string("expired"));
        QCOMPARE(buyer.http.get("/api/v1/me/entitlements").json()->getArray("items")->size(),
                 std::size_t{0});
        // Locked, not deleted.
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM user_entitlements WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{1});
    }

    void productLinksOpenWithThePurchase()
    {
        auto buyer = fresh();
        const auto [id, slug] =
            createLinkedProduct(*m_admin, "Kelas Ekspor Rempah", 120'000, std::nullopt,
                                {{"course", "kelas-rempah"}, {"file", "katalog-rempah.pdf"}});
        QVERIFY(!access(buyer, "course", "kelas-rempah"));
        QVERIFY(!access(buyer, "file", "katalog-rempah.pdf"));

        auto body = ey::core::json::object();
        body->set("product_slug", slug);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(buyer, body)), std::string("paid"));

        QVERIFY(access(buyer, "product", id));
        QVERIFY(access(buyer, "course", "kelas-rempah"));
        QVERIFY(access(buyer, "file", "katalog-rempah.pdf"));
        QCOMPARE(reason(buyer, "file", "katalog-rempah.pdf"), std::string("purchase"));
        QVERIFY(!access(buyer, "event", "katalog-rempah.pdf")); // the kind matters
        QCOMPARE(buyer.http.get("/api/v1/me/entitlements").json()->getArray("items")->size(),
                 std::size_t{3});
        auto other = fresh();
        QVERIFY(!access(other, "file", "katalog-rempah.pdf"));
    }

    void productLinksEndWithTheProduct()
    {
        auto buyer = fresh();
        const auto [eventId, eventSlug] = createLinkedProduct(
            *m_admin, "Webinar Rekaman 5 Hari", 40'000, 5, {{"event", "webinar-maret"}});
        const auto [bundleId, bundleSlug] =
            createProduct(*m_admin, "Bundel Webinar", 60'000, 10, {eventId});
        auto body = ey::core::json::object();
        body->set("product_slug", eventSlug);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(buyer, body)), std::string("paid"));
        QVERIFY(access(buyer, "event", "webinar-maret"));

        // The product and its link lock on the same day, rows kept.
        m_clock.advanceMs(4 * kDayMs);
        QVERIFY(access(buyer, "event", "webinar-maret"));
        m_clock.advanceMs(2 * kDayMs);
        buyer.http.login(buyer.email, kTestPassword);
        QVERIFY(!access(buyer, "product", eventId));
        QVERIFY(!access(buyer, "event", "webinar-maret"));
        QCOMPARE(reason(buyer, "event", "webinar-maret"), std::string("expired"));
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM user_entitlements WHERE user_id = $1 AND "
                       "ends_at IS NOT NULL",
                       {buyer.id}),
                 std::int64_t{2});

        // A bundle grants its items' links too, for the bundle's days.
        auto bundleBuyer = fresh();
        body->set("product_slug", bundleSlug);
        QCOMPARE(payInvoice(*m_server, *m_fake, checkoutInvoice(bundleBuyer, body)),
                 std::string("paid"));
        QVERIFY(access(bundleBuyer, "event", "webinar-maret"));
        m_clock.advanceMs(9 * kDayMs);
        bundleBuyer.http.login(bundleBuyer.email, kTestPassword);
        QVERIFY(access(bundleBuyer, "event", "webinar-maret"));
        m_clock.advanceMs(2 * kDayMs);
        bundleBuyer.http.login(bundleBuyer.email, kTestPassword);
        QVERIFY(!access(bundleBuyer, "event", "webinar-maret"));
        Q_UNUSED(bundleId);
    }

    void membershipGrantsFollowTheMembership()
    {
        auto buyer = fresh();
        const auto invoice = buyPlan(buyer);
        QVERIFY(access(buyer, "course", "kelas-ekspor-101"));
        QCOMPARE(reason(buyer, "group", "grup-bulanan"), std::string("membership"));
        const auto items = buyer.http.get("/api/v1/me/entitlements").json()->getArray("items");
        QCOMPARE(items->size(), std::size_t{2});
        // A membership grant shows the membership's end.
        QVERIFY(!items->getObject(0)->isNull("ends_at"));
        QCOMPARE(items->getObject(0)->getValue<std::string>("source"), std::string("membership"));

        // The month runs out: locked, rows kept.
        m_clock.advanceMs(32 * kDayMs);
        buyer.http.login(buyer.email, kTestPassword);
        QVERIFY(!access(buyer, "course", "kelas-ekspor-101"));
        QCOMPARE(reason(buyer, "course", "kelas-ekspor-101"), std::string("expired"));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM user_entitlements WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{2});

        // Renewing the same plan opens the same grants again (same keys, so progress stays).
        buyPlan(buyer);
        QVERIFY(access(buyer, "course", "kelas-ekspor-101"));
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM user_entitlements WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{2});
        Q_UNUSED(invoice);
    }

    void accessRefusesBadInput_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("no kind") << QStringLiteral("ref=x") << QStringLiteral("kind");
        QTest::newRow("bad kind") << QStringLiteral("kind=video&ref=x") << QStringLiteral("kind");
        QTest::newRow("no ref") << QStringLiteral("kind=course") << QStringLiteral("ref");
    }

    void accessRefusesBadInput()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        auto buyer = fresh();
        const auto answer = buyer.http.get("/api/v1/me/access?" + query.toStdString());
        QCOMPARE(answer.status, 422);
        QVERIFY(answer.json()->getObject("errors")->has(field.toStdString()));
        HttpClient anonymous(m_server->baseUrl());
        QCOMPARE(anonymous.get("/api/v1/me/access?kind=course&ref=x").status, 401);
        QCOMPARE(anonymous.get("/api/v1/me/entitlements").status, 401);
    }

private:
    Person fresh()
    {
        return person(*m_server, "access-" + std::to_string(++m_counter) + "@eksporyuk.test",
                      {"member_free"});
    }

    std::string buyPlan(const Person& buyer)
    {
        auto body = ey::core::json::object();
        body->set("plan_slug", m_monthly);
        body->set("duration", "1m");
        const auto invoice = checkoutInvoice(buyer, body);
        if (payInvoice(*m_server, *m_fake, invoice) != "paid")
            throw std::runtime_error("not paid: " + invoice);
        return invoice;
    }

    std::string reason(const Person& who, const std::string& kind, const std::string& ref)
    {
        return who.http.get("/api/v1/me/access?kind=" + kind + "&ref=" + param(ref))
            .json()
            ->getValue<std::string>("reason");
    }

    ManualClock m_clock;
    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::string m_monthly;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEntitlements)
#include "TestEntitlements.moc"
