// The scoring engine and definition validation against hand-computed scores: reverse items, sum
// and mean scales, band edges, summaries and highlights, and one 422 field per broken rule.
#include "AssessmentDefinition.h"
#include "Problem.h"
#include "ScoringEngine.h"

#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(std::vector<int>)

using namespace ey;
using namespace ey::partner;
namespace json = ey::core::json;

namespace {

// Two sections: KK (Likert 1–5, a sum scale and a mean scale, reverse items, highlights) and
// ST (0–4, one sum scale with three bands and one reverse item, summary of items).
const char* kDefinition = R"({
  "code": "UJI-SKOR", "title": "Asesmen Uji", "description": "Untuk pengujian",
  "templates": [
    {"key": "LIKERT5", "name": "Likert 1–5", "options": [
      {"value": 1, "label": "Sangat tidak setuju"}, {"value": 2, "label": "Tidak setuju"},
      {"value": 3, "label": "Netral"}, {"value": 4, "label": "Setuju"},
      {"value": 5, "label": "Sangat setuju"}]},
    {"key": "FREQ04", "name": "Frekuensi 0–4", "options": [
      {"value": 0, "label": "Tidak pernah"}, {"value": 1, "label": "Hampir tidak pernah"},
      {"value": 2, "label": "Kadang"}, {"value": 3, "label": "Cukup sering"},
      {"value": 4, "label": "Sangat sering"}]}
  ],
  "sections": [
    {"key": "KK", "title": "Kekuatan Kerja", "template": "LIKERT5", "time_limit_seconds": 600,
     "scoring": {
       "scales": [
         {"key": "X", "label": "Analitis", "method": "sum", "bands": [
           {"min": 2, "max": 5, "key": "rendah", "label": "Rendah", "narrative": "Kurang menonjol."},
           {"min": 6, "max": 10, "key": "tinggi", "label": "Tinggi", "narrative": "Menonjol."}]},
         {"key": "Y", "label": "Komunikator", "method": "mean", "bands": [
           {"min": 1, "max": 2.49, "key": "rendah", "label": "Rendah"},
           {"min": 2.5, "max": 3.49, "key": "sedang", "label": "Sedang"},
           {"min": 3.5, "max": 5, "key": "tinggi", "label": "Tinggi"}]}
       ],
       "summary": {"method": "mean_scales"},
       "highlights_top": 1},
     "questions": [
       {"text": "Saya suka menganalisis data.", "scale": "X"},
       {"text": "Saya menghindari angka.", "scale": "X", "reverse": true},
       {"text": "Saya mudah menjelaskan ide.", "scale": "Y"},
       {"text": "Saya gugup berbicara di depan orang.", "scale": "Y", "reverse": true},
       {"text": "Saya senang berdiskusi.", "scale": "Y"}
     ]},
    {"key": "ST", "title": "Tekanan", "description": "Sebulan terakhir.", "template": "FREQ04",
     "scoring": {
       "scales": [
         {"key": "TEKANAN", "label": "Tekanan", "method": "sum", "bands": [
           {"min": 0, "max": 4, "key": "rendah", "label": "Rendah", "narrative": "Tenang."},
           {"min": 5, "max": 8, "key": "sedang", "label": "Sedang", "narrative": "Wajar."},
           {"min": 9, "max": 12, "key": "tinggi", "label": "Tinggi", "narrative": "Waspada."}]}
       ],
       "summary": {"method": "mean_items", "bands": [
           {"min": 0, "max": 1.99, "key": "ringan", "label": "Ringan"},
           {"min": 2, "max": 4, "key": "berat", "label": "Berat"}]}},
     "questions": [
       {"text": "Saya merasa kewalahan.", "scale": "TEKANAN"},
       {"text": "Saya sulit tidur.", "scale": "TEKANAN"},
       {"text": "Saya merasa mampu mengatasi masalah.", "scale": "TEKANAN", "reverse": true}
     ]}
  ]
})";

json::ObjectPtr definitionJson()
{
    return json::parseObject(kDefinition);
}

json::ObjectPtr sectionAt(const json::ObjectPtr& body, unsigned index)
{
    return body->getArray("sections")->getObject(index);
}

json::ObjectPtr scaleAt(const json::ObjectPtr& body, unsigned section, unsigned scale)
{
    return sectionAt(body, section)->getObject("scoring")->getArray("scales")->getObject(scale);
}

json::ObjectPtr bandAt(const json::ObjectPtr& body, unsigned section, unsigned scale, unsigned band)
{
    return scaleAt(body, section, scale)->getArray("bands")->getObject(band);
}

std::map<std::string, SectionAnswers> answers(std::vector<int> kk, std::vector<int> st)
{
    return {{"KK", {std::move(kk), 300}}, {"ST", {std::move(st), 120}}};
}

/// The field errors a call produced (empty when it did not throw a 422).
std::map<std::string, core::Text> fieldErrorsOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const core::Problem& problem) {
        if (problem.status() == 422)
            return problem.fieldErrors();
        throw;
    }
    return {};
}

std::string keysOf(const std::map<std::string, core::Text>& errors)
{
    std::string keys;
    for (const auto& [key, text] : errors)
        keys += key + " (" + text.en + "); ";
    return keys;
}

} // namespace

class TestScoringEngine : public QObject
{
    Q_OBJECT

private slots:
    void validDefinitionRoundTrips()
    {
        const auto definition = AssessmentDefinition::fromJson(definitionJson());
        QCOMPARE(definition.sections.size(), std::size_t(2));
        QCOMPARE(definition.sections[0].questions[1].reverse, true);
        // What toJson writes, fromJson reads back to the same document.
        const auto again = AssessmentDefinition::fromJson(definition.toJson());
        QCOMPARE(json::stringify(again.toJson()), json::stringify(definition.toJson()));
    }

    void reverseSumAndMean()
    {
        const auto definition = AssessmentDefinition::fromJson(definitionJson());
        const ScoringEngine engine(definition);
        // KK: X = 5 + (1+5−2) = 9 of 10; Y = (4 + (1+5−1) + 3) / 3 = 4 of 5.
        // ST: 3 + 2 + (0+4−1) = 8 of 12 (sedang); items mean 8/3 = 2.67 of 4 (berat).
        const auto sections = engine.score(answers({5, 2, 4, 1, 3}, {3, 2, 1}));
        QCOMPARE(sections->size(), std::size_t(2));

        const auto kk = sections->getObject(0);
        QCOMPARE(kk->getValue<std::string>("key"), std::string("KK"));
        QCOMPARE(kk->getValue<std::string>("answers"), std::string("5,2,4,1,3"));
        QCOMPARE(kk->getValue<int>("duration_seconds"), 300);
        QCOMPARE(kk->getValue<int>("time_limit_seconds"), 600);
        QVERIFY(!kk->has("description"));
        const auto x = kk->getArray("scales")->getObject(0);
        QCOMPARE(x->getValue<double>("score"), 9.0);
        QCOMPARE(x->getValue<double>("max"), 10.0);
        QCOMPARE(x->getValue<double>("percent"), 90.0);
        QCOMPARE(x->getObject("category")->getValue<std::string>("key"), std::string("tinggi"));
        QCOMPARE(x->getObject("category")->getValue<std::string>("narrative"),
                 std::string("Menonjol."));
        const auto y = kk->getArray("scales")->getObject(1);
        QCOMPARE(y->getValue<double>("score"), 4.0);
        QCOMPARE(y->getValue<double>("max"), 5.0);
        QCOMPARE(y->getValue<double>("percent"), 80.0);
        QVERIFY(!y->getObject("category")->has("narrative")); // none was written for this band
        // Summary = mean of scales: (9 + 4) / 2 = 6.5 of (10 + 5) / 2 = 7.5 → 86.7 %.
        const auto summary = kk->getObject("summary");
        QCOMPARE(summary->getValue<double>("score"), 6.5);
        QCOMPARE(summary->getValue<double>("max"), 7.5);
        QCOMPARE(summary->getValue<double>("percent"), 86.7);
        QVERIFY(!summary->has("category"));
        QCOMPARE(summary->getArray("highlights")->size(), std::size_t(1));
        QCOMPARE(summary->getArray("highlights")->getElement<std::string>(0),
                 std::string("Analitis"));

        const auto st = sections->getObject(1);
        QCOMPARE(st->getValue<std::string>("description"), std::string("Sebulan terakhir."));
        QVERIFY(!st->has("time_limit_seconds"));
        const auto stress = st->getArray("scales")->getObject(0);
        QCOMPARE(stress->getValue<double>("score"), 8.0);
        QCOMPARE(stress->getValue<double>("max"), 12.0);
        QCOMPARE(stress->getValue<double>("percent"), 66.7);
        QCOMPARE(stress->getObject("category")->getValue<std::string>("key"),
                 std::string("sedang"));
        const auto stSummary = st->getObject("summary");
        QCOMPARE(stSummary->getValue<double>("score"), 2.67);
        QCOMPARE(stSummary->getValue<double>("max"), 4.0);
        QCOMPARE(stSummary->getValue<double>("percent"), 66.8); // 100 × 2.67 / 4, one decimal
        QCOMPARE(stSummary->getObject("category")->getValue<std::string>("key"),
                 std::string("berat"));
        QVERIFY(!stSummary->has("highlights"));
    }

    void bandEdges_data()
    {
        QTest::addColumn<std::vector<int>>("kk");
        QTest::addColumn<std::vector<int>>("st");
        QTest::addColumn<double>("stressScore");
        QTest::addColumn<QString>("stressBand");
        QTest::addColumn<double>("meanScore");
        QTest::addColumn<QString>("meanBand");
        // ST = a + b + (4 − c); Y = (q3 + (6 − q4) + q5) / 3.
        QTest::newRow("lowest possible")
            << std::vector<int>{1, 5, 1, 5, 1} << std::vector<int>{0, 0, 4} << 0.0 << "rendah"
            << 1.0 << "rendah";
        QTest::newRow("top of rendah")
            << std::vector<int>{1, 5, 2, 4, 3} << std::vector<int>{0, 0, 0} << 4.0 << "rendah"
            << 2.33 << "rendah";
        QTest::newRow("bottom of sedang")
            << std::vector<int>{1, 5, 3, 4, 3} << std::vector<int>{1, 0, 0} << 5.0 << "sedang"
            << 2.67 << "sedang";
        QTest::newRow("top of sedang")
            << std::vector<int>{1, 5, 3, 3, 4} << std::vector<int>{4, 0, 0} << 8.0 << "sedang"
            << 3.33 << "sedang";
        QTest::newRow("bottom of tinggi")
            << std::vector<int>{1, 5, 4, 3, 4} << std::vector<int>{4, 1, 0} << 9.0 << "tinggi"
            << 3.67 << "tinggi";
        QTest::newRow("highest possible")
            << std::vector<int>{5, 1, 5, 1, 5} << std::vector<int>{4, 4, 0} << 12.0 << "tinggi"
            << 5.0 << "tinggi";
    }

    void bandEdges()
    {
        QFETCH(std::vector<int>, kk);
        QFETCH(std::vector<int>, st);
        QFETCH(double, stressScore);
        QFETCH(QString, stressBand);
        QFETCH(double, meanScore);
        QFETCH(QString, meanBand);
        const auto definition = AssessmentDefinition::fromJson(definitionJson());
        const auto sections = ScoringEngine(definition).score(answers(kk, st));
        const auto stress = sections->getObject(1)->getArray("scales")->getObject(0);
        QCOMPARE(stress->getValue<double>("score"), stressScore);
        QCOMPARE(stress->getObject("category")->getValue<std::string>("key"),
                 stressBand.toStdString());
        const auto mean = sections->getObject(0)->getArray("scales")->getObject(1);
        QCOMPARE(mean->getValue<double>("score"), meanScore);
        QCOMPARE(mean->getObject("category")->getValue<std::string>("key"), meanBand.toStdString());
    }

    void highlightTiesKeepScaleOrder()
    {
        auto body = definitionJson();
        sectionAt(body, 0)->getObject("scoring")->set("highlights_top", 2);
        const auto definition = AssessmentDefinition::fromJson(body);
        // X = 3 + 3 = 6 of 10 (60 %), Y = 3 of 5 (60 %): a tie, so the order is X, Y.
        const auto sections = ScoringEngine(definition).score(answers({3, 3, 3, 3, 3}, {0, 0, 0}));
        const auto highlights =
            sections->getObject(0)->getObject("summary")->getArray("highlights");
        QCOMPARE(highlights->size(), std::size_t(2));
        QCOMPARE(highlights->getElement<std::string>(0), std::string("Analitis"));
        QCOMPARE(highlights->getElement<std::string>(1), std::string("Komunikator"));
    }

    void invalidAnswers_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("too few answers") << "short"
                                         << "answers.KK";
        QTest::newRow("value off the template") << "off-scale"
                                                << "answers.ST";
        QTest::newRow("section missing") << "missing"
                                         << "answers.ST";
        QTest::newRow("unknown section") << "unknown"
                                         << "answers.XX";
    }

    void invalidAnswers()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        const auto definition = AssessmentDefinition::fromJson(definitionJson());
        auto given = answers({5, 2, 4, 1, 3}, {3, 2, 1});
        const auto what = change.toStdString();
        if (what == "short")
            given["KK"].values.pop_back();
        else if (what == "off-scale")
            given["ST"].values[2] = 5; // the 0–4 template has no 5
        else if (what == "missing")
            given.erase("ST");
        else
            given["XX"] = {{1}, 1};
        const auto errors = fieldErrorsOf([&] { ScoringEngine(definition).score(given); });
        QVERIFY2(errors.contains(field.toStdString()), keysOf(errors).c_str());
        QCOMPARE(errors.size(), std::size_t(1));
    }

    void invalidDefinition_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << "no-title"
                                  << "title";
        QTest::newRow("bad code") << "bad-code"
                                  << "code";
        QTest::newRow("question on unknown scale") << "unknown-scale"
                                                   << "sections[0].questions[1].scale";
        QTest::newRow("unknown section template") << "unknown-template"
                                                  << "sections[1].template";
        QTest::newRow("template with one option") << "one-option"
                                                  << "templates[1].options";
        QTest::newRow("duplicate option value") << "duplicate-value"
                                                << "templates[0].options[1].value";
        QTest::newRow("gap between sum bands") << "sum-gap"
                                               << "sections[1].scoring.scales[0].bands";
        QTest::newRow("bands short of the top") << "short-top"
                                                << "sections[1].scoring.scales[0].bands";
        QTest::newRow("overlapping bands") << "overlap"
                                           << "sections[1].scoring.scales[0].bands";
        QTest::newRow("gap between mean bands") << "mean-gap"
                                                << "sections[0].scoring.scales[1].bands";
        QTest::newRow("summary bands with a gap") << "summary-gap"
                                                  << "sections[1].scoring.summary.bands";
        QTest::newRow("scale without questions") << "empty-scale"
                                                 << "sections[0].scoring.scales[2]";
        QTest::newRow("more highlights than scales") << "highlights"
                                                     << "sections[0].scoring.highlights_top";
        QTest::newRow("duplicate section key") << "duplicate-section"
                                               << "sections[1].key";
        QTest::newRow("unknown scale method") << "method"
                                              << "sections[0].scoring.scales[0].method";
        QTest::newRow("reverse is not a flag") << "reverse-type"
                                               << "sections[0].questions[1].reverse";
    }

    void invalidDefinition()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        auto body = definitionJson();
        const auto what = change.toStdString();
        if (what == "no-title")
            body->remove("title");
        else if (what == "bad-code")
            body->set("code", "uji skor");
        else if (what == "unknown-scale")
            sectionAt(body, 0)->getArray("questions")->getObject(1)->set("scale", "Z");
        else if (what == "unknown-template")
            sectionAt(body, 1)->set("template", "LIKERT7");
        else if (what == "one-option")
            body->getArray("templates")
                ->getObject(1)
                ->set("options", json::parse(R"([{"value": 0, "label": "Tidak"}])"));
        else if (what == "duplicate-value")
            body->getArray("templates")
                ->getObject(0)
                ->getArray("options")
                ->getObject(1)
                ->set("value", 1);
        else if (what == "sum-gap")
            bandAt(body, 1, 0, 1)->set("min", 6); // 4 → 6 leaves 5 out
        else if (what == "short-top")
            bandAt(body, 1, 0, 2)->set("max", 11);
        else if (what == "overlap")
            bandAt(body, 1, 0, 1)->set("min", 4);
        else if (what == "mean-gap")
            bandAt(body, 0, 1, 1)->set("min", 2.52);
        else if (what == "summary-gap")
            sectionAt(body, 1)
                ->getObject("scoring")
                ->getObject("summary")
                ->getArray("bands")
                ->getObject(1)
                ->set("min", 2.5);
        else if (what == "empty-scale")
            sectionAt(body, 0)->getObject("scoring")->getArray("scales")->add(
                json::parse(R"({"key": "Z", "label": "Pemimpin"})"));
        else if (what == "highlights")
            sectionAt(body, 0)->getObject("scoring")->set("highlights_top", 3);
        else if (what == "duplicate-section")
            sectionAt(body, 1)->set("key", "KK");
        else if (what == "method")
            scaleAt(body, 0, 0)->set("method", "median");
        else if (what == "reverse-type")
            sectionAt(body, 0)->getArray("questions")->getObject(1)->set("reverse", "ya");
        const auto errors = fieldErrorsOf([&] { AssessmentDefinition::fromJson(body); });
        QVERIFY2(errors.contains(field.toStdString()), keysOf(errors).c_str());
        QVERIFY(!errors.at(field.toStdString()).id.empty());
        QVERIFY(!errors.at(field.toStdString()).en.empty());
    }

    void contentResultFollowsTheContract()
    {
        const auto definition = AssessmentDefinition::fromJson(definitionJson());
        ResultContext context;
        context.assessmentId = "a1";
        context.assessmentCode = "UJI-SKOR";
        context.assessmentTitle = "Asesmen Uji";
        context.eventId = "e1";
        context.referenceCode = "CORP2024";
        context.clientEmail = "siti@contoh.id";
        context.clientFullName = "Siti Rahmawati Zoë 🌏";
        context.clientPosition = "Staf Ekspor";
        context.startedAt = "2026-11-21T03:00:00Z";
        context.completedAt = "2026-11-21T03:41:12Z";
        // Through text and back, as it is stored in jsonb and read by the report renderer.
        const auto document = json::parseObject(json::stringify(
            ScoringEngine(definition).contentResult(context, answers({5, 2, 4, 1, 3}, {3, 2, 1}))));
        QCOMPARE(document->getValue<std::string>("format"), std::string("ey.assessment-result/1"));
        QCOMPARE(document->getObject("assessment")->getValue<std::string>("code"),
                 std::string("UJI-SKOR"));
        QCOMPARE(document->getObject("event")->getValue<std::string>("reference_code"),
                 std::string("CORP2024"));
        const auto client = document->getObject("client");
        QCOMPARE(client->getValue<std::string>("full_name"), std::string("Siti Rahmawati Zoë 🌏"));
        QVERIFY(!client->has("organization")); // optional fields are absent, not empty
        QCOMPARE(client->getValue<std::string>("position"), std::string("Staf Ekspor"));
        QCOMPARE(document->getValue<std::string>("completed_at"),
                 std::string("2026-11-21T03:41:12Z"));
        const auto sections = document->getArray("sections");
        QCOMPARE(sections->size(), std::size_t(2));
        for (unsigned i = 0; i < sections->size(); ++i) {
            const auto scales = sections->getObject(i)->getArray("scales");
            QVERIFY(scales->size() >= 1);
            for (unsigned j = 0; j < scales->size(); ++j) {
                const auto item = scales->getObject(j);
                QVERIFY(item->getValue<double>("max") > 0);
                QCOMPARE(item->getValue<double>("percent"),
                         ScoringEngine::percent(item->getValue<double>("score"),
                                                item->getValue<double>("max")));
            }
        }
        QVERIFY(!document->has("executive_summary"));
    }

    void percentRounding_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("percent");
        QTest::newRow("exact") << 18.0 << 25.0 << 72.0;
        QTest::newRow("one third") << 1.0 << 3.0 << 33.3;
        QTest::newRow("two thirds") << 2.0 << 3.0 << 66.7;
        QTest::newRow("full") << 5.0 << 5.0 << 100.0;
        QTest::newRow("zero") << 0.0 << 40.0 << 0.0;
    }

    void percentRounding()
    {
        QFETCH(double, score);
        QFETCH(double, max);
        QFETCH(double, percent);
        QCOMPARE(ScoringEngine::percent(score, max), percent);
    }
};

QTEST_GUILESS_MAIN(TestScoringEngine)
#include "TestScoringEngine.moc"
