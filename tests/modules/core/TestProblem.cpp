// Problem details: language choice and the JSON a client reads.
#include "Json.h"
#include "Problem.h"

#include <QTest>

using namespace ey::core;

class TestProblem : public QObject
{
    Q_OBJECT
private slots:
    void picksLanguage_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("english");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("indonesian") << QStringLiteral("id-ID,id;q=0.9") << false;
        QTest::newRow("english") << QStringLiteral("en-US,en;q=0.8") << true;
        QTest::newRow("english first") << QStringLiteral("en, id;q=0.5") << true;
        QTest::newRow("indonesian first") << QStringLiteral("id, en;q=0.5") << false;
        QTest::newRow("english refused") << QStringLiteral("en;q=0, fr") << false;
        QTest::newRow("unknown") << QStringLiteral("fr-FR") << false;
    }
    void picksLanguage()
    {
        QFETCH(QString, header);
        QFETCH(bool, english);
        QCOMPARE(langFromAcceptLanguage(header.toStdString()) == Lang::English, english);
    }

    void validationProblemListsEveryField()
    {
        const auto problem =
            Problem::validation({{"email", {"Format email tidak valid.", "Invalid email."}},
                                 {"full_name", {"Wajib diisi.", "Required."}}});
        QCOMPARE(problem.status(), 422);
        const auto body = json::parseObject(problem.toJson(Lang::Indonesian, "/api/v1/x"));
        QCOMPARE(body->getValue<int>("status"), 422);
        QCOMPARE(body->getValue<std::string>("instance"), std::string("/api/v1/x"));
        QCOMPARE(body->getObject("errors")->getValue<std::string>("email"),
                 std::string("Format email tidak valid."));
        const auto english = json::parseObject(problem.toJson(Lang::English, {}));
        QCOMPARE(english->getObject("errors")->getValue<std::string>("full_name"),
                 std::string("Required."));
        QVERIFY(!english->has("instance"));
    }

    void throttleCarriesRetryAfter()
    {
        const auto problem = Problem::tooManyRequests({"Tunggu.", "Wait."}, 90);
        QCOMPARE(problem.status(), 429);
        QCOMPARE(problem.headers().at("Retry-After"), std::string("90"));
    }

    void extensionMembersTravelWithTheProblem()
    {
        // What a client acts on (the existing record, a quota's figures) without parsing the text.
        auto problem = Problem::conflict({"Sudah ada.", "Already exists."})
                           .withMember("duplicate_id", std::string("b-42"))
                           .withMember("used", std::int64_t{5})
                           .withMember("verified", true)
                           .withMember("used", std::int64_t{6});
        const auto body = json::parseObject(problem.toJson(Lang::English, ""));
        QCOMPARE(body->getValue<std::string>("duplicate_id"), std::string("b-42"));
        QCOMPARE(body->getValue<std::int64_t>("used"), std::int64_t{6});
        QCOMPARE(body->getValue<bool>("verified"), true);
        QCOMPARE(body->getValue<std::string>("detail"), std::string("Already exists."));
        QCOMPARE(problem.members().size(), std::size_t{3});
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "TestProblem.moc"
