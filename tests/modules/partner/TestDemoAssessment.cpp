// The demo's "Asesmen Potensi Diri" (resources/demo/demo.json) is a valid definition and scores
// a hand-worked set of answers as expected: TM strengths with the top 3, PSS with reverse items,
// GRIT means on a band edge.
#include "AssessmentDefinition.h"
#include "EmbeddedResources.h"
#include "ScoringEngine.h"

#include <QTest>

#include <algorithm>

using namespace ey;
using namespace ey::partner;
namespace json = ey::core::json;

namespace {

json::ObjectPtr demoDefinition()
{
    const auto document = json::parse(std::string(*resources::find("resources/demo/demo.json")))
                              .extract<json::ObjectPtr>();
    const auto script = document->getArray("script");
    for (unsigned i = 0; i < script->size(); ++i) {
        const auto step = script->getObject(i);
        if (step->optValue<std::string>("save", "") == "asesmen_potensi")
            return step->getObject("body");
    }
    return nullptr;
}

json::ObjectPtr scale(const json::ArrayPtr& sections, unsigned section, unsigned index)
{
    return sections->getObject(section)->getArray("scales")->getObject(index);
}

std::string categoryOf(const json::ObjectPtr& item)
{
    return item->getObject("category")->getValue<std::string>("key");
}

} // namespace

class TestDemoAssessment : public QObject
{
    Q_OBJECT

private slots:
    void shapeOfTheDemo()
    {
        const auto body = demoDefinition();
        QVERIFY(body);
        const auto definition = AssessmentDefinition::fromJson(body);
        QCOMPARE(definition.title, std::string("Asesmen Potensi Diri"));
        QCOMPARE(definition.sections.size(), std::size_t(3));
        const auto& tm = definition.sections[0];
        QCOMPARE(tm.key, std::string("TM"));
        QCOMPARE(tm.scales.size(), std::size_t(6));
        QCOMPARE(tm.questions.size(), std::size_t(24));
        QCOMPARE(tm.summary.highlightsTop, 3);
        const auto& pss = definition.sections[1];
        QCOMPARE(pss.questions.size(), std::size_t(10));
        QCOMPARE(std::count_if(pss.questions.begin(), pss.questions.end(),
                               [](const Question& q) { return q.reverse; }),
                 std::ptrdiff_t(4));
        QCOMPARE(definition.findTemplate(pss.templateKey)->minValue(), 0);
        QCOMPARE(definition.findTemplate(pss.templateKey)->maxValue(), 4);
        const auto& grit = definition.sections[2];
        QCOMPARE(grit.questions.size(), std::size_t(8));
        QCOMPARE(std::count_if(grit.questions.begin(), grit.questions.end(),
                               [](const Question& q) { return q.reverse; }),
                 std::ptrdiff_t(4));
    }

    void handWorkedScores()
    {
        const auto definition = AssessmentDefinition::fromJson(demoDefinition());
        std::map<std::string, SectionAnswers> answers;
        // TM: every Analitis item 5, Komunikator 4, Kreatif 2, the rest 3.
        for (const auto& q : definition.sections[0].questions)
            answers["TM"].values.push_back(q.scale == "ANALITIS"      ? 5
                                           : q.scale == "KOMUNIKATOR" ? 4
                                           : q.scale == "KREATIF"     ? 2
                                                                      : 3);
        // PSS: the four positive (reverse) items "sangat sering" (4 → 0), the six others 1.
        for (const auto& q : definition.sections[1].questions)
            answers["PSS"].values.push_back(q.reverse ? 4 : 1);
        // GRIT: reverse (Konsistensi) items 2 → 4 each, Usaha items 3.
        for (const auto& q : definition.sections[2].questions)
            answers["GRIT"].values.push_back(q.reverse ? 2 : 3);
        const auto sections = ScoringEngine(definition).score(answers);

        // TM: Analitis 20/20, Komunikator 16, Penggerak/Perencana/Pembelajar 12, Kreatif 8.
        QCOMPARE(scale(sections, 0, 0)->getValue<double>("score"), 20.0);
        QCOMPARE(categoryOf(scale(sections, 0, 0)), std::string("menonjol"));
        QCOMPARE(scale(sections, 0, 1)->getValue<double>("score"), 16.0);
        QCOMPARE(categoryOf(scale(sections, 0, 1)), std::string("menonjol"));
        QCOMPARE(scale(sections, 0, 2)->getValue<double>("percent"), 60.0);
        QCOMPARE(categoryOf(scale(sections, 0, 2)), std::string("cukup"));
        QCOMPARE(scale(sections, 0, 4)->getValue<double>("score"), 8.0);
        QCOMPARE(categoryOf(scale(sections, 0, 4)), std::string("berkembang"));
        const auto tmSummary = sections->getObject(0)->getObject("summary");
        QCOMPARE(tmSummary->getValue<double>("score"), 3.33); // 80 / 24
        QCOMPARE(categoryOf(tmSummary), std::string("sedang"));
        const auto highlights = tmSummary->getArray("highlights");
        QCOMPARE(highlights->size(), std::size_t(3));
        QCOMPARE(highlights->getElement<std::string>(0), std::string("Analitis"));
        QCOMPARE(highlights->getElement<std::string>(1), std::string("Komunikator"));
        QCOMPARE(highlights->getElement<std::string>(2),
                 std::string("Penggerak")); // first of the 60 % tie

        // PSS: 6 × 1 + 4 × (0 + 4 − 4) = 6 of 40 → rendah.
        QCOMPARE(scale(sections, 1, 0)->getValue<double>("score"), 6.0);
        QCOMPARE(scale(sections, 1, 0)->getValue<double>("max"), 40.0);
        QCOMPARE(scale(sections, 1, 0)->getValue<double>("percent"), 15.0);
        QCOMPARE(categoryOf(scale(sections, 1, 0)), std::string("rendah"));

        // GRIT: Konsistensi mean 4.0 (tinggi), Usaha 3.0 (sedang), all items 28 / 8 = 3.5, the
        // lowest score of "tinggi".
        QCOMPARE(scale(sections, 2, 0)->getValue<double>("score"), 4.0);
        QCOMPARE(categoryOf(scale(sections, 2, 0)), std::string("tinggi"));
        QCOMPARE(scale(sections, 2, 1)->getValue<double>("score"), 3.0);
        QCOMPARE(categoryOf(scale(sections, 2, 1)), std::string("sedang"));
        const auto gritSummary = sections->getObject(2)->getObject("summary");
        QCOMPARE(gritSummary->getValue<double>("score"), 3.5);
        QCOMPARE(gritSummary->getValue<double>("percent"), 70.0);
        QCOMPARE(categoryOf(gritSummary), std::string("tinggi"));

        // The executive summary names the client's top strengths and reads each category.
        ResultContext context{"a", "POTENSI-DIRI", "Asesmen Potensi Diri", "e", "EKSPOR2026",
                              "siti@example.com", "Siti Rahmawati", std::nullopt, std::nullopt,
                              "2026-11-21T03:00:00Z", "2026-11-21T03:40:00Z"};
        const auto summary = ScoringEngine(definition)
                                 .contentResult(context, answers)
                                 ->getObject("executive_summary");
        QVERIFY(summary);
        const auto paragraphs = summary->getArray("paragraphs");
        QCOMPARE(paragraphs->size(), std::size_t(5));
        QVERIFY(paragraphs->getElement<std::string>(0).starts_with(
            "Ringkasan ini merangkum hasil asesmen Siti Rahmawati "));
        // TM is "sedang" overall.
        QVERIFY(paragraphs->getElement<std::string>(1).find(
                    "dengan Analitis, Komunikator dan Penggerak sebagai yang paling menonjol") !=
                std::string::npos);
        QVERIFY(paragraphs->getElement<std::string>(2).starts_with(
            "Tingkat tekanan yang dirasakan rendah (6 dari 40)"));
        QVERIFY(paragraphs->getElement<std::string>(3).starts_with("Ketekunannya tinggi"));
    }
};

QTEST_GUILESS_MAIN(TestDemoAssessment)
#include "TestDemoAssessment.moc"
