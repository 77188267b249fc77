// Agent (reseller) checkout, seed 004 end to end: the affiliate fee is fixed at checkout from the
// agent prices and reaches the referring affiliate's wallet only when Xendit reports it paid.
#include "CommerceTestKit.h"

using namespace ey::test;
using namespace ey::test::commerce;
namespace json = ey::core::json;

namespace {

HttpResult put(const Person& who, const std::string& path, const json::ObjectPtr& body)
{
    return who.http.request("PUT", path, json::stringify(body));
}

json::ObjectPtr price(std::int64_t unitPrice, std::int64_t fee, int minQuantity = 0)
{
    auto object = json::object();
    object->set("unit_price", unitPrice);
    object->set("fee_affiliate", fee);
    if (minQuantity > 0)
        object->set("min_quantity", minQuantity);
    return object;
}

json::ObjectPtr order(const std::string& slug, const std::string& mode, int quantity)
{
    auto line = json::object();
    line->set("product_slug", slug);
    line->set("mode", mode);
    line->set("quantity", quantity);
    auto lines = json::array();
    lines->add(line);
    auto body = json::object();
    body->set("lines", lines);
    return body;
}

} // namespace

class TestAgentCheckout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeXendit>(kSecretKey);
        m_server = std::make_unique<TestServer>(nullptr, xenditConfig(*m_fake));
        m_admin = std::make_unique<Person>(person(*m_server, "admin@eksporyuk.test", {"admin"}));
        // AFT00015 with a referral code; AGT00008 referred by it; AGT00001 a host agent.
        m_affiliate =
            std::make_unique<Person>(person(*m_server, "aft15@eksporyuk.test", {"affiliate"}));
        auto code = json::object();
        code->set("code", "AFT00015");
        QCOMPARE(put(*m_affiliate, "/api/v1/me/affiliate", code).status, 201);
        m_referred =
            std::make_unique<Person>(person(*m_server, "agt08@eksporyuk.test", {"reseller"}));
        m_host = std::make_unique<Person>(person(*m_server, "agt01@eksporyuk.test", {"reseller"}));
        auto referred = json::object();
        referred->set("referred_by", m_affiliate->id);
        QCOMPARE(put(*m_admin, "/api/v1/admin/agents/" + m_referred->id, referred).status, 200);
        auto host = json::object();
        host->set("referred_by", Poco::Dynamic::Var());
        QCOMPARE(put(*m_admin, "/api/v1/admin/agents/" + m_host->id, host).status, 200);

        const auto [paketId, paketSlug] = createProduct(*m_admin, "Paket Ekspor Pemula", 1'500'000);
        m_paket = paketSlug;
        auto pricing = json::object();
        pricing->set("individual", price(1'000'000, 50'000));
        pricing->set("bulk", price(900'000, 50'000, 5));
        QCOMPARE(put(*m_admin, "/api/v1/admin/agent-pricings/" + paketId, pricing).status, 200);

        const auto [noFeeId, noFeeSlug] = createProduct(*m_admin, "Paket Tanpa Fee", 800'000);
        m_noFee = noFeeSlug;
        auto noFee = json::object();
        noFee->set("individual", price(700'000, 0));
        noFee->set("bulk", price(650'000, 0, 2));
        QCOMPARE(put(*m_admin, "/api/v1/admin/agent-pricings/" + noFeeId, noFee).status, 200);
    }

    void seedCases_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<qint64>("fee");
        QTest::newRow("1 agent with affiliate: 2 x Rp 50.000 fee")
            << QStringLiteral("referred") << QStringLiteral("paket") << QStringLiteral("individual")
            << 2 << qint64(2'000'000) << qint64(100'000);
        QTest::newRow("2 host agent: no affiliate, no fee")
            << QStringLiteral("host") << QStringLiteral("paket") << QStringLiteral("individual")
            << 2 << qint64(2'000'000) << qint64(0);
        QTest::newRow("3 pricing without fee: bulk fee 0")
            << QStringLiteral("referred") << QStringLiteral("nofee") << QStringLiteral("bulk") << 2
            << qint64(1'300'000) << qint64(0);
    }

    void seedCases()
    {
        QFETCH(QString, agent);
        QFETCH(QString, product);
        QFETCH(QString, mode);
        QFETCH(int, quantity);
        QFETCH(qint64, amount);
        QFETCH(qint64, fee);
        const auto& buyer = agent == QStringLiteral("host") ? *m_host : *m_referred;
        const auto& slug = product == QStringLiteral("paket") ? m_paket : m_noFee;

        const auto before = walletBalance(*m_server, m_affiliate->id, "affiliate");
        const auto created =
            postJson(buyer, "/api/v1/agent/checkout", order(slug, mode.toStdString(), quantity));
        QCOMPARE(created.status, 201);
        const auto t = created.json();
        QCOMPARE(t->getValue<std::int64_t>("amount"), std::int64_t{amount});
        QCOMPARE(t->getValue<std::int64_t>("fee_affiliate"), std::int64_t{fee});
        const auto items = t->getArray("items");
        QCOMPARE(items->size(), std::size_t{1});
        QCOMPARE(items->getObject(0)->getValue<int>("quantity"), quantity);
        const auto invoice = t->getValue<std::string>("invoice_number");

        // Nothing is credited before the payment.
        QCOMPARE(walletBalance(*m_server, m_affiliate->id, "affiliate"), before);
        QCOMPARE(payInvoice(*m_server, *m_fake, invoice), std::string("paid"));
        QCOMPARE(walletBalance(*m_server, m_affiliate->id, "affiliate") - before,
                 std::int64_t{fee});
        // The sale entry balances.
        QCOMPARE(count(*m_server,
                       "SELECT COALESCE(sum(p.amount), 0)::bigint AS n FROM ledger_postings p "
                       "JOIN journal_entries e ON e.id = p.entry_id WHERE e.reference = $1",
                       {invoice}),
                 std::int64_t{0});
    }

    void refusals()
    {
        // Only agents.
        auto member = person(*m_server, "member@eksporyuk.test", {"member_free"});
        QCOMPARE(postJson(member, "/api/v1/agent/checkout", order(m_paket, "individual", 1)).status,
                 403);
        // Shape: lines required, each with a known mode and a positive quantity.
        QCOMPARE(postJson(*m_referred, "/api/v1/agent/checkout", json::object()).status, 422);
        const auto badMode =
            postJson(*m_referred, "/api/v1/agent/checkout", order(m_paket, "grosir", 1));
        QCOMPARE(badMode.status, 422);
        QVERIFY(badMode.json()->getObject("errors")->has("lines[0]"));
        QCOMPARE(
            postJson(*m_referred, "/api/v1/agent/checkout", order(m_paket, "individual", 0)).status,
            422);
        QCOMPARE(
            postJson(*m_referred, "/api/v1/agent/checkout", order("tidak-ada", "individual", 1))
                .status,
            404);
    }

private:
    std::unique_ptr<FakeXendit> m_fake;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_affiliate;
    std::unique_ptr<Person> m_referred;
    std::unique_ptr<Person> m_host;
    std::string m_paket;
    std::string m_noFee;
};

QTEST_GUILESS_MAIN(TestAgentCheckout)
#include "TestAgentCheckout.moc"
