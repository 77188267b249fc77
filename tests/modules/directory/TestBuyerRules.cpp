// BuyerRules without a server: the forgiving import cells (countries, lists, booleans, terms,
// phones, HS codes), the checks every path shares, and contact masking.
#include "BuyerRules.h"
#include "BuyerService.h"
#include "ContactMasking.h"
#include "Countries.h"

#include <QTest>

using namespace ey::directory;

Q_DECLARE_METATYPE(std::string)

namespace {

BuyerInput valid(const std::map<std::string, std::string>& cells)
{
    auto result = BuyerRules::fromCells(cells);
    if (auto* issues = std::get_if<std::vector<FieldIssue>>(&result)) {
        std::string text;
        for (const auto& issue : *issues)
            text += issue.field + ": " + issue.reason.en + "; ";
        qFatal("unexpected issues: %s", text.c_str());
    }
    return std::get<BuyerInput>(result);
}

std::vector<std::string> issueFields(const std::map<std::string, std::string>& cells)
{
    auto result = BuyerRules::fromCells(cells);
    std::vector<std::string> fields;
    if (auto* issues = std::get_if<std::vector<FieldIssue>>(&result))
        for (const auto& issue : *issues)
            fields.push_back(issue.field);
    return fields;
}

} // namespace

class TestBuyerRules : public QObject
{
    Q_OBJECT

private slots:
    void countries_data()
    {
        QTest::addColumn<std::string>("cell");
        QTest::addColumn<std::string>("code");
        QTest::newRow("code") << std::string("JP") << std::string("JP");
        QTest::newRow("lower code") << std::string(" nl ") << std::string("NL");
        QTest::newRow("english") << std::string("Japan") << std::string("JP");
        QTest::newRow("indonesian") << std::string("Jepang") << std::string("JP");
        QTest::newRow("indonesian two words")
            << std::string("uni emirat arab") << std::string("AE");
        QTest::newRow("alias") << std::string("USA") << std::string("US");
        QTest::newRow("indonesian usa") << std::string("Amerika Serikat") << std::string("US");
        QTest::newRow("belanda") << std::string("Belanda") << std::string("NL");
        QTest::newRow("tiongkok") << std::string("Tiongkok") << std::string("CN");
        QTest::newRow("cina") << std::string("Cina") << std::string("CN");
        QTest::newRow("saudi") << std::string("Arab Saudi") << std::string("SA");
        QTest::newRow("germany") << std::string("GERMANY") << std::string("DE");
        QTest::newRow("jerman") << std::string("Jerman") << std::string("DE");
        QTest::newRow("korea") << std::string("Korea Selatan") << std::string("KR");
    }
    void countries()
    {
        QFETCH(std::string, cell);
        QFETCH(std::string, code);
        QCOMPARE(valid({{"company", "PT Uji"}, {"country", cell}}).country, code);
    }

    void unknownCountryIsAnIssue()
    {
        const auto fields = issueFields({{"company", "PT Uji"}, {"country", "Atlantis"}});
        QCOMPARE(fields.size(), std::size_t(1));
        QCOMPARE(fields.front(), std::string("country"));
        QCOMPARE(issueFields({{"company", "PT Uji"}}).front(), std::string("country"));
    }

    void flags()
    {
        QCOMPARE(Countries::flag("JP"), std::string("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"));
        QCOMPARE(Countries::flag("jp"), std::string());
        QVERIFY(Countries::byCode("ID"));
        QCOMPARE(Countries::byCode("ID")->nameId, std::string("Indonesia"));
        QCOMPARE(Countries::all().size(), std::size_t(249));
    }

    void companyIsTrimmedAndCollapsed()
    {
        QCOMPARE(valid({{"company", "  Tokyo   Coffee\tTrading  "}, {"country", "JP"}}).company,
                 std::string("Tokyo Coffee Trading"));
        QCOMPARE(issueFields({{"company", "   "}, {"country", "JP"}}).front(),
                 std::string("company"));
        QCOMPARE(issueFields({{"company", std::string(201, 'a')}, {"country", "JP"}}).front(),
                 std::string("company"));
    }

    void lists_data()
    {
        QTest::addColumn<std::string>("cell");
        QTest::addColumn<int>("count");
        QTest::newRow("semicolon") << std::string("Kopi; Kakao") << 2;
        QTest::newRow("comma") << std::string("Kopi,Kakao,Vanili") << 3;
        QTest::newRow("pipe") << std::string("Kopi | Kakao") << 2;
        QTest::newRow("mixed and empty") << std::string("Kopi;, Kakao ||") << 2;
        QTest::newRow("duplicates folded") << std::string("Kopi; kopi; KOPI") << 1;
        QTest::newRow("empty") << std::string("") << 0;
    }
    void lists()
    {
        QFETCH(std::string, cell);
        QFETCH(int, count);
        const auto input = valid({{"company", "PT Uji"}, {"country", "JP"}, {"products", cell}});
        QCOMPARE(static_cast<int>(input.products.size()), count);
        if (count > 0)
            QCOMPARE(input.products.front(), std::string("Kopi"));
    }

    void booleans_data()
    {
        QTest::addColumn<std::string>("cell");
        QTest::addColumn<bool>("verified");
        for (const char* yes : {"ya", "Yes", "TRUE", "1", "y"})
            QTest::newRow(yes) << std::string(yes) << true;
        for (const char* no : {"tidak", "no", "false", "0", "N", ""})
            QTest::newRow(*no ? no : "empty") << std::string(no) << false;
    }
    void booleans()
    {
        QFETCH(std::string, cell);
        QFETCH(bool, verified);
        QCOMPARE(valid({{"company", "PT Uji"}, {"country", "JP"}, {"verified", cell}}).verified,
                 verified);
    }

    void badBooleanIsAnIssue()
    {
        QCOMPARE(issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"verified", "mungkin"}})
                     .front(),
                 std::string("verified"));
    }

    void terms_data()
    {
        QTest::addColumn<std::string>("payment");
        QTest::addColumn<std::string>("shipping");
        QTest::addColumn<std::string>("firstPayment");
        QTest::addColumn<std::string>("firstShipping");
        QTest::newRow("slashes") << std::string("L/C; T/T") << std::string("fob")
                                 << std::string("LC") << std::string("FOB");
        QTest::newRow("dp da") << std::string("d/p, D/A") << std::string("cif|CFR")
                               << std::string("DP") << std::string("CIF");
        QTest::newRow("plain") << std::string("tt") << std::string("ddp") << std::string("TT")
                               << std::string("DDP");
    }
    void terms()
    {
        QFETCH(std::string, payment);
        QFETCH(std::string, shipping);
        QFETCH(std::string, firstPayment);
        QFETCH(std::string, firstShipping);
        const auto input = valid({{"company", "PT Uji"},
                                  {"country", "JP"},
                                  {"payment_terms", payment},
                                  {"shipping_terms", shipping}});
        QCOMPARE(input.paymentTerms.front(), firstPayment);
        QCOMPARE(input.shippingTerms.front(), firstShipping);
    }

    void unknownTermIsAnIssue()
    {
        QCOMPARE(
            issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"shipping_terms", "FOB; XYZ"}})
                .front(),
            std::string("shipping_terms"));
        QCOMPARE(issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"payment_terms", "cash"}})
                     .front(),
                 std::string("payment_terms"));
    }

    void phones_data()
    {
        QTest::addColumn<std::string>("cell");
        QTest::addColumn<std::string>("phone");
        QTest::newRow("spaces dashes")
            << std::string("+81 3-1234-5678") << std::string("+81312345678");
        QTest::newRow("parentheses dots")
            << std::string("(021) 555.1234") << std::string("0215551234");
    }
    void phones()
    {
        QFETCH(std::string, cell);
        QFETCH(std::string, phone);
        QCOMPARE(valid({{"company", "PT Uji"}, {"country", "JP"}, {"phone", cell}}).phone.value(),
                 phone);
    }

    void badPhoneAndEmailAreIssues()
    {
        const auto fields = issueFields(
            {{"company", "PT Uji"}, {"country", "JP"}, {"phone", "call me"}, {"email", "x@y"}});
        QCOMPARE(fields.size(), std::size_t(2));
        QVERIFY(std::find(fields.begin(), fields.end(), "phone") != fields.end());
        QVERIFY(std::find(fields.begin(), fields.end(), "email") != fields.end());
    }

    void emailIsLowerCased()
    {
        QCOMPARE(
            valid({{"company", "PT Uji"}, {"country", "JP"}, {"email", " Hiro@Tokyo-Coffee.JP "}})
                .email.value(),
            std::string("hiro@tokyo-coffee.jp"));
    }

    void hsCodes_data()
    {
        QTest::addColumn<std::string>("cell");
        QTest::addColumn<bool>("ok");
        QTest::newRow("four") << std::string("0901") << true;
        QTest::newRow("dotted") << std::string("0901.11; 1513.11") << true;
        QTest::newRow("ten") << std::string("0901110000") << true;
        QTest::newRow("three") << std::string("090") << false;
        QTest::newRow("letters") << std::string("09AB") << false;
        QTest::newRow("eleven") << std::string("09011100001") << false;
    }
    void hsCodes()
    {
        QFETCH(std::string, cell);
        QFETCH(bool, ok);
        const auto fields =
            issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"hs_codes", cell}});
        QCOMPARE(fields.empty(), ok);
        if (ok)
            QCOMPARE(valid({{"company", "PT Uji"}, {"country", "JP"}, {"hs_codes", cell}})
                         .hsCodes.front()
                         .find('.'),
                     std::string::npos);
    }

    void scaleAndRating()
    {
        const auto input = valid({{"company", "PT Uji"},
                                  {"country", "JP"},
                                  {"business_scale", "Besar"},
                                  {"rating", "4"}});
        QCOMPARE(input.businessScale.value(), std::string("large"));
        QCOMPARE(input.rating.value(), 4);
        QCOMPARE(issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"rating", "9"}}).front(),
                 std::string("rating"));
        QCOMPARE(issueFields({{"company", "PT Uji"}, {"country", "JP"}, {"business_scale", "huge"}})
                     .front(),
                 std::string("business_scale"));
    }

    void everyProblemAtOnce()
    {
        const auto fields = issueFields({{"company", ""},
                                         {"country", "Narnia"},
                                         {"email", "bad"},
                                         {"hs_codes", "1"},
                                         {"rating", "x"}});
        QCOMPARE(fields.size(), std::size_t(5));
    }

    void vocabulary()
    {
        const auto& names = BuyerRules::fieldNames();
        QCOMPARE(names.size(), std::size_t(14));
        QCOMPARE(names.front(), std::string("company"));
        QCOMPARE(names.back(), std::string("source"));
    }

    void masking()
    {
        QCOMPARE(maskEmail("budi@example.com"), std::string("b***@e***.com"));
        QCOMPARE(maskEmail("hiro@tokyo-coffee.co.jp"),
                 std::string("h***@t***.co.jp"));
        QCOMPARE(maskPhone("+81312345678"), std::string("+813******78"));
        QCOMPARE(maskPhone("0215551234"), std::string("021*****34"));
        QCOMPARE(maskPerson("Hiro Tanaka"), std::string("Hiro T."));
        QCOMPARE(maskPerson("Ahmed bin Rashid"), std::string("Ahmed b. R."));
        QCOMPARE(maskPerson("Madonna"), std::string("Madonna"));
    }
};

QTEST_GUILESS_MAIN(TestBuyerRules)
#include "TestBuyerRules.moc"
