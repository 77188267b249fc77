// Attribution: who earns on a checkout — a coupon's owner over the referral code, never the buyer
// themselves, never a suspended affiliate, codes matched whatever their case.
#include "AffiliateTestKit.h"

#include <QTest>

#include <map>
#include <memory>

using namespace ey::test;
using namespace ey::test::affiliate;

class TestAttribution : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::map<std::string, std::string> m_ids; ///< name in the data table -> user id

    std::optional<std::string> idOf(const QString& name) const
    {
        if (name.isEmpty())
            return std::nullopt;
        return m_ids.at(name.toStdString());
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>();
        m_admin =
            std::make_unique<Person>(catalog::person(*m_server, "admin@eksporyuk.test", {"admin"}));
        m_ids["dinda"] = newAffiliate(*m_server, "dinda@eksporyuk.test", "DINDA").id;
        m_ids["rudi"] = newAffiliate(*m_server, "rudi@eksporyuk.test", "rudi_99").id;
        m_ids["susi"] = newAffiliate(*m_server, "susi@eksporyuk.test", "SUSI").id;
        QCOMPARE(setStatus(*m_admin, m_ids["susi"], "suspended").status, 200);
        m_ids["buyer"] = createUser(m_server->instance(), "buyer@eksporyuk.test", {"member_free"});
    }

    void attribute_data()
    {
        QTest::addColumn<QString>("buyer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("couponOwner");
        QTest::addColumn<QString>("affiliate");
        QTest::addColumn<QString>("source");

        QTest::newRow("nothing") << "buyer"
                                 << ""
                                 << ""
                                 << ""
                                 << "none";
        QTest::newRow("referral code") << "buyer"
                                       << "DINDA"
                                       << ""
                                       << "dinda"
                                       << "referral";
        QTest::newRow("lower-case code") << "buyer"
                                         << "dinda"
                                         << ""
                                         << "dinda"
                                         << "referral";
        QTest::newRow("mixed-case code") << "buyer"
                                         << "RUDI_99"
                                         << ""
                                         << "rudi"
                                         << "referral";
        QTest::newRow("coupon only") << "buyer"
                                     << ""
                                     << "rudi"
                                     << "rudi"
                                     << "coupon";
        QTest::newRow("coupon overrides code") << "buyer"
                                               << "DINDA"
                                               << "rudi"
                                               << "rudi"
                                               << "coupon";
        QTest::newRow("self referral ignored") << "dinda"
                                               << "dinda"
                                               << ""
                                               << ""
                                               << "none";
        QTest::newRow("own coupon leaves the referral") << "rudi"
                                                        << "DINDA"
                                                        << "rudi"
                                                        << "dinda"
                                                        << "referral";
        QTest::newRow("own coupon and own code") << "rudi"
                                                 << "rudi_99"
                                                 << "rudi"
                                                 << ""
                                                 << "none";
        QTest::newRow("suspended code ignored") << "buyer"
                                                << "SUSI"
                                                << ""
                                                << ""
                                                << "none";
        QTest::newRow("suspended coupon owner ignored") << "buyer"
                                                        << "dinda"
                                                        << "susi"
                                                        << "dinda"
                                                        << "referral";
        QTest::newRow("unknown code ignored") << "buyer"
                                              << "NOBODY"
                                              << ""
                                              << ""
                                              << "none";
        QTest::newRow("malformed code ignored") << "buyer"
                                                << "di nda'--"
                                                << ""
                                                << ""
                                                << "none";
    }

    void attribute()
    {
        QFETCH(QString, buyer);
        QFETCH(QString, code);
        QFETCH(QString, couponOwner);
        QFETCH(QString, affiliate);
        QFETCH(QString, source);

        std::optional<std::string> referral;
        if (!code.isEmpty())
            referral = code.toStdString();
        ey::affiliate::Attribution result;
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            result = m_server->instance().affiliates().attribute(tx, *idOf(buyer), referral,
                                                                 idOf(couponOwner));
        });
        QCOMPARE(result.source, source.toStdString());
        QCOMPARE(result.affiliateId.value_or("none"), idOf(affiliate).value_or("none"));
    }

    void reinstatedAffiliateEarnsAgain()
    {
        QCOMPARE(setStatus(*m_admin, m_ids["susi"], "active").status, 200);
        ey::affiliate::Attribution result;
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            result = m_server->instance().affiliates().attribute(tx, m_ids["buyer"],
                                                                 std::string("susi"), {});
        });
        QCOMPARE(result.source, std::string("referral"));
        QCOMPARE(result.affiliateId.value_or("none"), m_ids["susi"]);
        QCOMPARE(setStatus(*m_admin, m_ids["susi"], "suspended").status, 200);
    }

    void changedCodeNoLongerAttributes()
    {
        auto rudi = catalog::person(*m_server, "rudi2@eksporyuk.test", {"affiliate"});
        auto body = ey::core::json::object();
        body->set("code", "LAMA");
        QCOMPARE(catalog::put(rudi, "/api/v1/me/affiliate", body).status, 201);
        body->set("code", "BARU");
        QCOMPARE(catalog::put(rudi, "/api/v1/me/affiliate", body).status, 200);

        ey::affiliate::Attribution before, after;
        m_server->instance().db().transaction([&](ey::core::Tx& tx) {
            before = m_server->instance().affiliates().attribute(tx, m_ids["buyer"],
                                                                 std::string("lama"), {});
            after = m_server->instance().affiliates().attribute(tx, m_ids["buyer"],
                                                                std::string("baru"), {});
        });
        QCOMPARE(before.source, std::string("none"));
        QCOMPARE(after.affiliateId.value_or("none"), rudi.id);
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "TestAttribution.moc"
