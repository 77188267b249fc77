// Checkout end to end against the fake Xendit: purchase, callback, activation, ledger, history;
// the refusals a buyer or Xendit would meet.
#include "CommerceTestKit.h"

#include <QRegularExpression>

using namespace ey::test;
using namespace ey::test::commerce;

class TestCheckout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(nullptr, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_plan = createPlan(*m_admin, "Paket Ekspor Pro",
                            {{"1m", 150'000}, {"12m", 1'200'000}, {"lifetime", 3'000'000}});
        m_otherPlan = createPlan(*m_admin, "Paket Ekspor Dasar", {{"1m", 99'000}});
    }

    void fullPurchaseActivatesMembership()
    {
        auto buyer = person(*m_server, "budi@eksporyuk.test", {"member_free"});
        const auto created = checkoutPlan(buyer, m_plan, "12m");
        QCOMPARE(created.status, 201);
        const auto order = created.json();
        const auto invoice = order->getValue<std::string>("invoice_number");
        QVERIFY(QRegularExpression(QStringLiteral("^INV[0-9]{3,}$"))
                    .match(QString::fromStdString(invoice))
                    .hasMatch());
        QCOMPARE(order->getValue<std::int64_t>("amount"), std::int64_t{1'200'000});
        QCOMPARE(order->getValue<std::string>("status"), std::string("PENDING"));

        // Xendit got the documented fields with our Basic auth.
        const auto id = gatewayId(*m_fake, invoice);
        QCOMPARE(order->getValue<std::string>("payment_url"),
                 "https://checkout.xendit.co/web/" + id);
        QCOMPARE(m_fake->refused(), 0);
        for (const auto& sent : m_fake->invoices())
            if (sent.externalId == invoice) {
                QCOMPARE(sent.amount, std::int64_t{1'200'000});
                QCOMPARE(sent.payerEmail, buyer.email);
                QVERIFY(!sent.description.empty());
                QVERIFY(sent.successRedirectUrl.starts_with("http"));
                QVERIFY(sent.failureRedirectUrl.starts_with("http"));
            }

        QCOMPARE(buyer.http.get("/api/v1/me/membership").json()->getValue<bool>("active"), false);

        const auto paid = sendCallback(*m_server, callbackBody(id, invoice, 1'200'000));
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json()->getValue<std::string>("result"), std::string("paid"));

        const auto membership = buyer.http.get("/api/v1/me/membership").json();
        QCOMPARE(membership->getValue<bool>("active"), true);
        const auto active = membership->getObject("membership");
        QCOMPARE(active->getObject("plan")->getValue<std::string>("slug"), m_plan);
        QCOMPARE(active->getValue<bool>("lifetime"), false);

        const auto detail = buyer.http.get("/api/v1/me/transactions/" + invoice);
        QCOMPARE(detail.status, 200);
        const auto t = detail.json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("PAID"));
        const auto history = t->getArray("history");
        QCOMPARE(history->size(), std::size_t{2});
        QCOMPARE(history->getObject(0)->getValue<std::string>("to"), std::string("PENDING"));
        QCOMPARE(history->getObject(1)->getValue<std::string>("from"), std::string("PENDING"));
        QCOMPARE(history->getObject(1)->getValue<std::string>("to"), std::string("PAID"));
        // The raw gateway body is kept.
        QCOMPARE(
            history->getObject(1)->getObject("payload")->getValue<std::string>("payment_channel"),
            std::string("MANDIRI"));

        // One balanced sale entry in the ledger.
        QCOMPARE(
            count(
                *m_server,
                "SELECT count(*) AS n FROM journal_entries WHERE kind = 'sale' AND reference = $1",
                {invoice}),
            std::int64_t{1});
        QCOMPARE(count(*m_server,
                       "SELECT COALESCE(sum(p.amount), 0)::bigint AS n FROM ledger_postings p "
                       "JOIN journal_entries e ON e.id = p.entry_id WHERE e.reference = $1",
                       {invoice}),
                 std::int64_t{0});
        QVERIFY(count(*m_server,
                      "SELECT count(*) AS n FROM ledger_postings p JOIN journal_entries e "
                      "ON e.id = p.entry_id WHERE e.reference = $1",
                      {invoice}) >= 2);
        // The buyer is told, by email too.
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND type = 'SYSTEM'",
                  {buyer.id}),
            std::int64_t{1});

        // The sales desk sees it; the buyer may not open the sales desk.
        const auto list = m_admin->http.get("/api/v1/admin/transactions?status=PAID&q=" + invoice);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json()->getArray("items")->size(), std::size_t{1});
        QCOMPARE(buyer.http.get("/api/v1/admin/transactions").status, 403);
        const auto mine = buyer.http.get("/api/v1/me/transactions").json()->getArray("items");
        QCOMPARE(mine->size(), std::size_t{1});
    }

    void renewalExtendsEndDate()
    {
        auto buyer = person(*m_server, "renew@eksporyuk.test", {"member_free"});
        auto buyAndPay = [&](const std::string& plan, const std::string& duration,
                             std::int64_t amount) {
            const auto invoice =
                checkoutPlan(buyer, plan, duration).json()->getValue<std::string>("invoice_number");
            const auto paid =
                sendCallback(*m_server, callbackBody(gatewayId(*m_fake, invoice), invoice, amount));
            QCOMPARE(paid.json()->getValue<std::string>("result"), std::string("paid"));
        };
        buyAndPay(m_plan, "1m", 150'000);
        const auto firstEnd =
            count(*m_server,
                  "SELECT (extract(epoch FROM ends_at))::bigint AS n FROM memberships "
                  "WHERE user_id = $1 AND status = 'active'",
                  {buyer.id});
        buyAndPay(m_plan, "1m", 150'000);
        // Same row, one month later.
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM memberships WHERE user_id = $1",
                       {buyer.id}),
                 std::int64_t{1});
        QCOMPARE(count(*m_server,
                       "SELECT (extract(epoch FROM ends_at - interval '1 month'))::bigint AS n "
                       "FROM memberships WHERE user_id = $1 AND status = 'active'",
                       {buyer.id}),
                 firstEnd);

        // Lifetime stays lifetime, even after another timed renewal.
        buyAndPay(m_plan, "lifetime", 3'000'000);
        buyAndPay(m_plan, "1m", 150'000);
        QCOMPARE(buyer.http.get("/api/v1/me/membership")
                     .json()
                     ->getObject("membership")
                     ->getValue<bool>("lifetime"),
                 true);

        // Another plan: the old membership expires, the new one starts.
        buyAndPay(m_otherPlan, "1m", 99'000);
        const auto now = buyer.http.get("/api/v1/me/membership").json()->getObject("membership");
        QCOMPARE(now->getObject("plan")->getValue<std::string>("slug"), m_otherPlan);
        QCOMPARE(
            count(*m_server,
                  "SELECT count(*) AS n FROM memberships WHERE user_id = $1 AND status = 'expired'",
                  {buyer.id}),
            std::int64_t{1});
    }

    void badCallbackTokenIsRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("missing") << QString();
        QTest::newRow("wrong") << QStringLiteral("callback-token-for-tesTS");
        QTest::newRow("prefix") << QStringLiteral("callback-token");
    }

    void badCallbackTokenIsRefused()
    {
        QFETCH(QString, token);
        auto buyer = person(*m_server, "token-" + std::to_string(++m_counter) + "@eksporyuk.test",
                            {"member_free"});
        const auto invoice =
            checkoutPlan(buyer, m_plan, "1m").json()->getValue<std::string>("invoice_number");
        const auto answer =
            sendCallback(*m_server, callbackBody(gatewayId(*m_fake, invoice), invoice, 150'000),
                         token.toStdString());
        QCOMPARE(answer.status, 401);
        QCOMPARE(buyer.http.get("/api/v1/me/membership").json()->getValue<bool>("active"), false);
    }

    void amountMismatchIsFlagged_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("less") << qint64(149'999) << QStringLiteral("IDR");
        QTest::newRow("more") << qint64(150'001) << QStringLiteral("IDR");
        QTest::newRow("currency") << qint64(150'000) << QStringLiteral("USD");
    }

    void amountMismatchIsFlagged()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        auto buyer =
            person(*m_server, "mismatch-" + std::to_string(++m_counter) + "@eksporyuk.test",
                   {"member_free"});
        const auto invoice =
            checkoutPlan(buyer, m_plan, "1m").json()->getValue<std::string>("invoice_number");
        const auto answer =
            sendCallback(*m_server, callbackBody(gatewayId(*m_fake, invoice), invoice, amount,
                                                 "PAID", currency.toStdString()));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()->getValue<bool>("flagged"), true);
        const auto t = m_admin->http.get("/api/v1/admin/transactions/" + invoice).json();
        QCOMPARE(t->getValue<std::string>("status"), std::string("PENDING"));
        QCOMPARE(t->getValue<bool>("flagged"), true);
        QCOMPARE(buyer.http.get("/api/v1/me/membership").json()->getValue<bool>("active"), false);
        QCOMPARE(count(*m_server, "SELECT count(*) AS n FROM journal_entries WHERE reference = $1",
                       {invoice}),
                 std::int64_t{0});
    }

    void unknownInvoiceIsFlaggedNotActivated()
    {
        const auto answer =
            sendCallback(*m_server, callbackBody("nosuchinvoice", "INV999999", 150'000));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json()->getValue<bool>("flagged"), true);
        QCOMPARE(count(*m_server,
                       "SELECT count(*) AS n FROM payment_events WHERE flagged AND event_key = $1",
                       {std::string("nosuchinvoice:PAID")}),
                 std::int64_t{1});
    }

    void expiredCallbackExpiresAndNeverDowngrades()
    {
        auto buyer = person(*m_server, "expire@eksporyuk.test", {"member_free"});
        const auto first =
            checkoutPlan(buyer, m_plan, "1m").json()->getValue<std::string>("invoice_number");
        QCOMPARE(sendCallback(*m_server,
                              callbackBody(gatewayId(*m_fake, first), first, 150'000, "EXPIRED"))
                     .json()
                     ->getValue<std::string>("result"),
                 std::string("expired"));
        QCOMPARE(buyer.http.get("/api/v1/me/transactions/" + first)
                     .json()
                     ->getValue<std::string>("status"),
                 std::string("EXPIRED"));

        const auto second =
            checkoutPlan(buyer, m_plan, "1m").json()->getValue<std::string>("invoice_number");
        const auto id = gatewayId(*m_fake, second);
        sendCallback(*m_server, callbackBody(id, second, 150'000));
        sendCallback(*m_server, callbackBody(id, second, 150'000, "EXPIRED"));
        QCOMPARE(buyer.http.get("/api/v1/me/transactions/" + second)
                     .json()
                     ->getValue<std::string>("status"),
                 std::string("PAID"));
    }

    void providerFailureMarksFailed()
    {
        auto buyer = person(*m_server, "fail@eksporyuk.test", {"member_free"});
        m_fake->failWith(500);
        const auto answer = checkoutPlan(buyer, m_plan, "1m");
        m_fake->failWith(0);
        QCOMPARE(answer.status, 502);
        QVERIFY(!answer.json()->getValue<std::string>("detail").empty());
        const auto mine = buyer.http.get("/api/v1/me/transactions").json()->getArray("items");
        QCOMPARE(mine->size(), std::size_t{1});
        QCOMPARE(mine->getObject(0)->getValue<std::string>("status"), std::string("FAILED"));
        QVERIFY(!mine->getObject(0)->getValue<std::string>("failure_reason").empty());
    }

    void invalidCheckoutIsRefused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("nothing") << QStringLiteral("{}") << 422;
        QTest::newRow("both") << QStringLiteral("{\"plan_slug\":\"a\",\"product_slug\":\"b\"}")
                              << 422;
        QTest::newRow("bad duration")
            << QStringLiteral("{\"plan_slug\":\"paket-ekspor-pro\",\"duration\":\"2m\"}") << 422;
        QTest::newRow("unknown plan") << QStringLiteral("{\"plan_slug\":\"tidak-ada\"}") << 404;
    }

    void invalidCheckoutIsRefused()
    {
        QFETCH(QString, body);
        QFETCH(int, status);
        auto buyer = person(*m_server, "invalid-" + std::to_string(++m_counter) + "@eksporyuk.test",
                            {"member_free"});
        QCOMPARE(buyer.http.post("/api/v1/checkout", body.toStdString()).status, status);
        QCOMPARE(buyer.http.get("/api/v1/me/transactions").json()->getArray("items")->size(),
                 std::size_t{0});
    }

    void notConfiguredAnswers503()
    {
        TestServer bare;
        auto admin = person(bare, "admin@eksporyuk.test", {"admin"});
        const auto slug = createPlan(admin, "Paket Tanpa Xendit", {{"1m", 150'000}});
        auto buyer = person(bare, "nokey@eksporyuk.test", {"member_free"});
        const auto answer = checkoutPlan(buyer, slug, "1m");
        QCOMPARE(answer.status, 503);
        QVERIFY(!answer.json()->getValue<std::string>("detail").empty());
        QCOMPARE(count(bare, "SELECT count(*) AS n FROM transactions", {}), std::int64_t{0});
        // Without a configured token no callback is believed.
        QCOMPARE(sendCallback(bare, callbackBody("x", "INV001", 150'000), "").status, 401);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
        m_fake.reset();
    }

private:
    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::string m_plan;
    std::string m_otherPlan;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCheckout)
#include "TestCheckout.moc"
