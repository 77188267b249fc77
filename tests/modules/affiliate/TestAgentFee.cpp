// Agent (reseller) pricing and the seed-004 affiliate fee: the seed's three cases exactly, the bulk
// minimum, products without agent prices, and a suspended referrer.
#include "AffiliateTestKit.h"

#include <QTest>

#include <memory>

using namespace ey::test;
using namespace ey::test::affiliate;
namespace json = ey::core::json;

namespace {

json::ObjectPtr price(std::int64_t unitPrice, std::int64_t fee, int minQuantity = 0)
{
    auto object = json::object();
    object->set("unit_price", unitPrice);
    object->set("fee_affiliate", fee);
    if (minQuantity > 0)
        object->set("min_quantity", minQuantity);
    return object;
}

json::ObjectPtr quoteBody(const std::string& slug, const std::string& mode, int quantity)
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

class TestAgentFee : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_affiliate; // AFT00015 in the seed
    std::unique_ptr<Person> m_referred;  // AGT00008: referred by the affiliate
    std::unique_ptr<Person> m_host;      // AGT00001: no affiliate
    std::string m_paketSlug;
    std::string m_paketId;
    std::string m_noFeeSlug;
    std::string m_unpricedSlug;

    const Person& agent(const QString& name) const
    {
        return name == QStringLiteral("referred") ? *m_referred : *m_host;
    }

    std::string product(const std::string& title, std::int64_t basePrice, std::string* id = nullptr)
    {
        const auto created = catalog::created(*m_admin, "/api/v1/admin/catalog/products",
                                              catalog::productBody(title, basePrice));
        if (id)
            *id = catalog::field(created, "id");
        return catalog::field(created, "slug");
    }

    void setPricing(const std::string& slug, json::ObjectPtr individual, json::ObjectPtr bulk)
    {
        const auto id = m_server->instance()
                            .db()
                            .exec("SELECT id::text AS id FROM products WHERE slug = $1", {slug})
                            .front()
                            .str("id");
        auto body = json::object();
        body->set("individual", individual);
        body->set("bulk", bulk);
        const auto result = catalog::put(*m_admin, "/api/v1/admin/agent-pricings/" + id, body);
        QCOMPARE(result.status, 200);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin =
            std::make_unique<Person>(catalog::person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_affiliate =
            std::make_unique<Person>(newAffiliate(*m_server, "aft15@eksporyuk.test", "AFT00015"));
        m_referred = std::make_unique<Person>(
            catalog::person(*m_server, "agt08@eksporyuk.test", {"reseller"}));
        m_host = std::make_unique<Person>(
            catalog::person(*m_server, "agt01@eksporyuk.test", {"reseller"}));
        QCOMPARE(assignAgent(*m_admin, m_referred->id, m_affiliate->id).status, 200);
        QCOMPARE(assignAgent(*m_admin, m_host->id, "").status, 200);

        m_paketSlug = product("Paket Ekspor Pemula", 1'500'000, &m_paketId);
        setPricing(m_paketSlug, price(1'000'000, 50'000), price(900'000, 50'000, 5));
        m_noFeeSlug = product("Paket Tanpa Fee", 800'000);
        setPricing(m_noFeeSlug, price(700'000, 0), price(650'000, 0, 2));
        m_unpricedSlug = product("Produk Tanpa Harga Agen", 300'000);
    }

    void seedCases_data()
    {
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("totalFee");
        QTest::addColumn<qint64>("fee");
        QTest::addColumn<bool>("credited");

        // Test 1: AGT00008 with AFT00015, 2 paket @ Rp 50.000 fee -> 100000.
        QTest::newRow("1: agent with affiliate")
            << "referred"
            << "paket"
            << "individual" << 2 << qint64(2'000'000) << qint64(100'000) << qint64(100'000) << true;
        // Test 2: AGT00001 without affiliate, same order -> 0.
        QTest::newRow("2: agent without affiliate")
            << "host"
            << "paket"
            << "individual" << 2 << qint64(2'000'000) << qint64(100'000) << qint64(0) << false;
        // Test 3: AGT00008 with AFT00015, bulk_final_fee_affiliate = 0 -> 0.
        QTest::newRow("3: pricing without fee")
            << "referred"
            << "nofee"
            << "bulk" << 2 << qint64(1'300'000) << qint64(0) << qint64(0) << true;
        QTest::newRow("bulk at the minimum")
            << "referred"
            << "paket"
            << "bulk" << 5 << qint64(4'500'000) << qint64(250'000) << qint64(250'000) << true;
    }

    void seedCases()
    {
        QFETCH(QString, agent);
        QFETCH(QString, product);
        QFETCH(QString, mode);
        QFETCH(int, quantity);
        QFETCH(qint64, total);
        QFETCH(qint64, totalFee);
        QFETCH(qint64, fee);
        QFETCH(bool, credited);

        const auto slug = product == QStringLiteral("paket") ? m_paketSlug : m_noFeeSlug;
        const auto result = catalog::post(this->agent(agent), "/api/v1/agent/quote",
                                          quoteBody(slug, mode.toStdString(), quantity));
        QCOMPARE(result.status, 200);
        const auto quote = result.json();
        QCOMPARE(quote->getValue<qint64>("total"), total);
        QCOMPARE(quote->getValue<qint64>("total_fee_affiliate"), totalFee);
        QCOMPARE(quote->getValue<qint64>("fee_affiliate"), fee);
        QCOMPARE(quote->isNull("affiliate_id"), !credited);
        if (credited)
            QCOMPARE(catalog::field(quote, "affiliate_id"), m_affiliate->id);
        const auto line = quote->getArray("lines")->getObject(0);
        QCOMPARE(line->getValue<int>("quantity"), quantity);
        QCOMPARE(line->getValue<qint64>("unit_fee_affiliate") * quantity, totalFee);
    }

    void contractCallGivesTheSameFee()
    {
        // What commerce's agent checkout calls, inside its own transaction.
        ey::affiliate::AgentQuote quote;
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            quote = m_server->instance().affiliates().agentQuote(tx, m_referred->id,
                                                                 {{m_paketId, "individual", 2}});
        });
        QCOMPARE(quote.feeAffiliate, std::int64_t(100'000));
        QCOMPARE(quote.totalFeeAffiliate, std::int64_t(100'000));
        QCOMPARE(quote.total, std::int64_t(2'000'000));
        QCOMPARE(quote.affiliateId.value_or("none"), m_affiliate->id);
        QCOMPARE(quote.lines.size(), std::size_t(1));
        QCOMPARE(quote.lines[0].title, std::string("Paket Ekspor Pemula"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("bulk below the minimum") << "paket"
                                                << "bulk" << 4 << "lines[0].quantity"
                                                << "minimal 5";
        QTest::newRow("no agent pricing") << "unpriced"
                                          << "individual" << 1 << "lines[0].product_slug"
                                          << "belum punya harga agen";
        QTest::newRow("unknown product") << "tidak-ada"
                                         << "individual" << 1 << "lines[0].product_slug"
                                         << "tidak ditemukan";
        QTest::newRow("unknown mode") << "paket"
                                      << "grosir" << 1 << "lines[0].mode"
                                      << "";
        QTest::newRow("zero quantity") << "paket"
                                       << "individual" << 0 << "lines[0].quantity"
                                       << "";
    }

    void refusals()
    {
        QFETCH(QString, product);
        QFETCH(QString, mode);
        QFETCH(int, quantity);
        QFETCH(QString, field);
        QFETCH(QString, mentions);

        std::string slug = product.toStdString();
        if (product == QStringLiteral("paket"))
            slug = m_paketSlug;
        else if (product == QStringLiteral("unpriced"))
            slug = m_unpricedSlug;
        const auto result = catalog::post(*m_referred, "/api/v1/agent/quote",
                                          quoteBody(slug, mode.toStdString(), quantity));
        QCOMPARE(result.status, 422);
        QVERIFY2(catalog::hasField(result, field.toStdString()), result.body.c_str());
        const auto message =
            result.json()->getObject("errors")->getValue<std::string>(field.toStdString());
        QVERIFY2(message.find(mentions.toStdString()) != std::string::npos, message.c_str());
    }

    void bulkMinimumInEnglish()
    {
        const auto result = m_referred->http.request(
            "POST", "/api/v1/agent/quote", catalog::text(quoteBody(m_paketSlug, "bulk", 3)),
            {{"Accept-Language", "en"}});
        QCOMPARE(result.status, 422);
        const auto message =
            result.json()->getObject("errors")->getValue<std::string>("lines[0].quantity");
        QVERIFY2(message.find("at least 5 units") != std::string::npos, message.c_str());
    }

    void suspendedReferrerEarnsNothing()
    {
        QCOMPARE(setStatus(*m_admin, m_affiliate->id, "suspended").status, 200);
        auto result = catalog::post(*m_referred, "/api/v1/agent/quote",
                                    quoteBody(m_paketSlug, "individual", 2));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json()->getValue<qint64>("fee_affiliate"), qint64(0));
        QVERIFY(result.json()->isNull("affiliate_id"));

        QCOMPARE(setStatus(*m_admin, m_affiliate->id, "active").status, 200);
        result = catalog::post(*m_referred, "/api/v1/agent/quote",
                               quoteBody(m_paketSlug, "individual", 2));
        QCOMPARE(result.json()->getValue<qint64>("fee_affiliate"), qint64(100'000));
    }

    void onlyAgentsMayQuote()
    {
        const auto member = catalog::person(*m_server, "member@eksporyuk.test", {"member_free"});
        const auto result =
            catalog::post(member, "/api/v1/agent/quote", quoteBody(m_paketSlug, "individual", 1));
        QCOMPARE(result.status, 403);
    }

    void pricingIsAuditedAndListed()
    {
        QVERIFY(catalog::auditRows(*m_server, "agent_pricing.update", m_paketId) >= 1);
        const auto list = m_admin->http.get("/api/v1/admin/agent-pricings");
        QCOMPARE(list.status, 200);
        const auto items = list.json()->getArray("items");
        QCOMPARE(items->size(), std::size_t(2)); // the unpriced product is not listed
        bool found = false;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const auto item = items->getObject(static_cast<unsigned>(i));
            if (catalog::field(item, "product_id") != m_paketId)
                continue;
            found = true;
            QCOMPARE(item->getObject("bulk")->getValue<int>("min_quantity"), 5);
            QCOMPARE(item->getObject("individual")->getValue<qint64>("fee_affiliate"),
                     qint64(50'000));
        }
        QVERIFY(found);
    }

    void removingAModeStopsItsSale()
    {
        auto body = json::object();
        body->set("individual", price(1'000'000, 50'000));
        body->set("bulk", Poco::Dynamic::Var());
        QCOMPARE(catalog::put(*m_admin, "/api/v1/admin/agent-pricings/" + m_paketId, body).status,
                 200);
        const auto result =
            catalog::post(*m_referred, "/api/v1/agent/quote", quoteBody(m_paketSlug, "bulk", 5));
        QCOMPARE(result.status, 422);
        QVERIFY(catalog::hasField(result, "lines[0].product_slug"));

        body->set("bulk", price(-1, 50'000, 0));
        const auto bad = catalog::put(*m_admin, "/api/v1/admin/agent-pricings/" + m_paketId, body);
        QCOMPARE(bad.status, 422);
        QVERIFY(catalog::hasField(bad, "bulk.unit_price"));
        QVERIFY(catalog::hasField(bad, "bulk.min_quantity"));
    }
};

QTEST_GUILESS_MAIN(TestAgentFee)
#include "TestAgentFee.moc"
