// The revenue split as a pure function: exact rupiah per share, rounding remainders to the company,
// and the parts always adding up to the gross.
#include "RevenueSplit.h"

#include <QTest>

#include <random>
#include <stdexcept>

using namespace ey::finance;

class TestSplit : public QObject
{
    Q_OBJECT

    static FinanceConfig config(bool enabled)
    {
        FinanceConfig c;
        c.splitEnabled = enabled;
        c.companyFeeBps = 1500;
        c.founderBps = 6000;
        c.cofounderBps = 4000;
        c.mentorBps = 2000;
        return c;
    }

private slots:
    void exactAmounts_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<QString>("commission"); // "", "fixed" or "percent"
        QTest::addColumn<qint64>("value");
        QTest::addColumn<bool>("mentor");
        QTest::addColumn<qint64>("gatewayFee");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<qint64>("affiliate");
        QTest::addColumn<qint64>("mentorShare");
        QTest::addColumn<qint64>("companyFee");
        QTest::addColumn<qint64>("founder");
        QTest::addColumn<qint64>("cofounder");
        QTest::addColumn<qint64>("remainder");

        // gross, commission, value, mentor, gateway, enabled -> affiliate, mentor, company fee,
        // founder, co-founder, remainder
        QTest::newRow("percent commission 30 %")
            << 100000LL << "percent" << 3000LL << false << 0LL << true //
            << 30000LL << 0LL << 10500LL << 35700LL << 23800LL << 0LL;
        QTest::newRow("no affiliate") << 100000LL << "" << 0LL << false << 0LL << true //
                                      << 0LL << 0LL << 15000LL << 51000LL << 34000LL << 0LL;
        QTest::newRow("fixed commission")
            << 99999LL << "fixed" << 25000LL << false << 0LL << true //
            << 25000LL << 0LL << 11249LL << 38250LL << 25500LL << 0LL;
        QTest::newRow("percent commission rounds down")
            << 99999LL << "percent" << 3000LL << false << 0LL << true //
            << 29999LL << 0LL << 10500LL << 35700LL << 23800LL << 0LL;
        QTest::newRow("60/40 remainder goes to the company")
            << 1001LL << "" << 0LL << false << 0LL << true //
            << 0LL << 0LL << 150LL << 510LL << 340LL << 1LL;
        QTest::newRow("one rupiah") << 1LL << "" << 0LL << false << 0LL << true //
                                    << 0LL << 0LL << 0LL << 0LL << 0LL << 1LL;
        QTest::newRow("tiny sale with commission")
            << 7LL << "percent" << 3333LL << false << 0LL << true //
            << 2LL << 0LL << 0LL << 3LL << 2LL << 0LL;
        QTest::newRow("gateway fee before the shares")
            << 100000LL << "percent" << 3000LL << false << 4500LL << true //
            << 30000LL << 0LL << 9825LL << 33405LL << 22270LL << 0LL;
        QTest::newRow("mentor share before the company fee")
            << 200000LL << "" << 0LL << true << 0LL << true //
            << 0LL << 40000LL << 24000LL << 81600LL << 54400LL << 0LL;
        QTest::newRow("mentor and affiliate")
            << 150000LL << "fixed" << 50000LL << true << 0LL << true //
            << 50000LL << 20000LL << 12000LL << 40800LL << 27200LL << 0LL;
        QTest::newRow("fixed commission capped by what is left")
            << 50000LL << "fixed" << 60000LL << false << 1000LL << true //
            << 49000LL << 0LL << 0LL << 0LL << 0LL << 0LL;
        QTest::newRow("split disabled keeps the affiliate")
            << 100000LL << "percent" << 1000LL << true << 0LL << false //
            << 10000LL << 0LL << 90000LL << 0LL << 0LL << 0LL;
        QTest::newRow("split disabled, no affiliate")
            << 100000LL << "" << 0LL << false << 2500LL << false //
            << 0LL << 0LL << 97500LL << 0LL << 0LL << 0LL;
    }

    void exactAmounts()
    {
        QFETCH(qint64, gross);
        QFETCH(QString, commission);
        QFETCH(qint64, value);
        QFETCH(bool, mentor);
        QFETCH(qint64, gatewayFee);
        QFETCH(bool, enabled);

        SplitInput input;
        input.gross = gross;
        input.hasAffiliate = !commission.isEmpty();
        input.commission = {commission == QStringLiteral("fixed") ? Commission::Kind::Fixed
                                                                  : Commission::Kind::Percent,
                            value};
        input.hasMentor = mentor;
        input.gatewayFee = gatewayFee;
        const auto result = split(input, config(enabled));

        QTEST(qint64(result.affiliate), "affiliate");
        QTEST(qint64(result.mentor), "mentorShare");
        QTEST(qint64(result.companyFee), "companyFee");
        QTEST(qint64(result.founder), "founder");
        QTEST(qint64(result.cofounder), "cofounder");
        QTEST(qint64(result.remainder), "remainder");
        QCOMPARE(qint64(result.gatewayFee), gatewayFee);
        QCOMPARE(qint64(result.total()), gross);
    }

    void productMentorShareOverridesConfig()
    {
        SplitInput input;
        input.gross = 100000;
        input.hasMentor = true;
        input.mentorBps = 5000;
        const auto result = split(input, config(true));
        QCOMPARE(result.mentor, Money(50000));
        QCOMPARE(result.total(), Money(100000));
    }

    void alwaysSumsToGross()
    {
        // Any input: the parts add up exactly, nobody gets a negative share, and founder and
        // co-founder stay at 60:40 within one rupiah.
        std::mt19937_64 random(20260101);
        for (int i = 0; i < 20000; ++i) {
            SplitInput input;
            input.gross = static_cast<Money>(random() % 50'000'000'000ULL);
            input.gatewayFee =
                input.gross == 0 ? 0 : static_cast<Money>(random() % (input.gross / 10 + 1));
            input.hasAffiliate = random() % 2 == 0;
            input.commission = {random() % 2 ? Commission::Kind::Fixed : Commission::Kind::Percent,
                                static_cast<std::int64_t>(random() % 10001)};
            input.hasMentor = random() % 3 == 0;
            auto c = config(random() % 5 != 0);
            c.companyFeeBps = static_cast<int>(random() % 10001);
            c.founderBps = static_cast<int>(random() % 10001);
            c.cofounderBps = 10000 - c.founderBps;
            const auto r = split(input, c);
            QCOMPARE(r.total(), input.gross);
            for (const Money part :
                 {r.affiliate, r.mentor, r.companyFee, r.founder, r.cofounder, r.remainder})
                QVERIFY(part >= 0);
            QVERIFY(r.remainder <= 1);
            const Money rest = r.founder + r.cofounder + r.remainder;
            // |founder − rest × bps / 10000| < 1, i.e. founder = floor(rest × bps / 10000)
            QCOMPARE(r.founder, shareOf(rest, c.founderBps));
            QCOMPARE(r.cofounder, shareOf(rest, c.cofounderBps));
        }
    }

    void refusesImpossibleInput_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<qint64>("gatewayFee");
        QTest::addColumn<qint64>("percent");
        QTest::newRow("negative gross") << -1LL << 0LL << 0LL;
        QTest::newRow("negative fee") << 1000LL << -1LL << 0LL;
        QTest::newRow("fee above gross") << 1000LL << 1001LL << 0LL;
        QTest::newRow("commission above 100 %") << 1000LL << 0LL << 10001LL;
    }

    void refusesImpossibleInput()
    {
        QFETCH(qint64, gross);
        QFETCH(qint64, gatewayFee);
        QFETCH(qint64, percent);
        SplitInput input;
        input.gross = gross;
        input.gatewayFee = gatewayFee;
        input.hasAffiliate = true;
        input.commission = {Commission::Kind::Percent, percent};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, split(input, config(true)));
    }
};

QTEST_GUILESS_MAIN(TestSplit)
#include "TestSplit.moc"
