// Two rules that decide what a report says, on a real database over HTTP: a timed section whose
// time ran out no longer blocks finishing (blank items are prorated, a scale with nothing answered
// is "tidak terjawab", the report says why), and the executive summary is assessment data whose
// paragraphs follow the client's categories, printed only once the add-on is available.
#include "PartnerTestKit.h"

#include "AssessmentDefinition.h"
#include "ScoringEngine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace ey;
using namespace ey::test;
using namespace ey::test::partner;

namespace {

HttpResult call(const std::string& baseUrl, const std::string& method, const std::string& path,
                const std::string& body = {}, std::map<std::string, std::string> headers = {})
{
    headers["Content-Type"] = "application/json";
    return HttpClient(baseUrl).request(method, path, body, headers);
}

/// The kit's assessment plus an executive summary: an opening naming the client, one paragraph
/// per stress category, one for the KK highlights whatever the category.
std::string definitionWithSummary(const std::string& code, const std::string& summary)
{
    auto definition = core::json::parseObject(definitionJson(code));
    definition->set("executive_summary", core::json::parseObject(summary));
    return core::json::stringify(definition);
}

std::string summaryJson()
{
    return R"({"title": "Ringkasan Eksekutif",
      "opening": "Ringkasan untuk {client_name} dari {organization}.",
      "sections": [
        {"section": "ST", "source": "TEKANAN", "texts": {
          "rendah": "Tingkat tekanan {client_name} rendah ({score} dari {max}).",
          "sedang": "Tingkat tekanan {client_name} sedang ({score} dari {max}).",
          "tinggi": "Tingkat tekanan {client_name} tinggi; perlu pendampingan."}},
        {"section": "KK", "source": "summary", "texts": {
          "*": "Kekuatan yang paling menonjol: {highlights}."}}
      ],
      "closing": "Disusun otomatis dari jawaban peserta."})";
}

std::string pdfText(const std::string& pdf)
{
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("report.pdf"));
    {
        std::ofstream file(path.toStdString(), std::ios::binary);
        file.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
    }
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    // pdftotext breaks lines where the page does; a reader sees one text.
    return process.readAllStandardOutput().simplified().toStdString();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class TestTimedSectionsAndSummary : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Person> m_admin;
    std::unique_ptr<Person> m_owner;
    std::string m_assessment;

    core::Db& db() { return m_server->instance().db(); }

    std::pair<std::string, std::string> start(const std::string& email, const std::string& name)
    {
        const auto started = call(m_server->baseUrl(), "POST",
                                  "/api/v1/partner-events/WAKTU2026/clients",
                                  R"({"email": ")" + email + R"(", "full_name": ")" + name +
                                      R"(", "organization": "PT Maju Jaya"})");
        if (started.status != 201)
            throw std::runtime_error("start failed: " + started.body);
        return {field(started.json(), "client_id"), field(started.json(), "resume_token")};
    }

    HttpResult save(const std::string& client, const std::string& token, const std::string& key,
                    const std::string& body)
    {
        return call(m_server->baseUrl(), "PUT",
                    "/api/v1/partner-assessment/" + client + "/sections/" + key, body,
                    {{"X-Resume-Token", token}});
    }

    HttpResult finish(const std::string& client, const std::string& token)
    {
        return call(m_server->baseUrl(), "POST", "/api/v1/partner-assessment/" + client + "/finish",
                    "{}", {{"X-Resume-Token", token}});
    }

    core::json::ObjectPtr contentResult(const std::string& client)
    {
        return core::json::parseObject(
            db().exec("SELECT content_result::text AS c FROM partner_client_assessments"
                      " WHERE id = $1::uuid",
                      {client})
                .front()
                .str("c"));
    }

    /// The report's text; the PDF itself is left in /tmp for a person to look at.
    std::string reportText(const std::string& client, const std::string& keepAs = "last")
    {
        const auto report = m_owner->http.get("/api/v1/partner/clients/" + client + "/report.pdf");
        if (report.status != 200)
            throw std::runtime_error("download failed: " + report.body);
        std::ofstream("/tmp/partner-report-" + keepAs + ".pdf", std::ios::binary) << report.body;
        return pdfText(report.body);
    }

    /// What buying the add-on does to a client (the payments flow has its own tests).
    void makeExecutiveAvailable(const std::string& client)
    {
        db().exec("UPDATE partner_client_assessments SET executive_available = true,"
                  " report_file_key = NULL WHERE id = $1::uuid",
                  {client});
    }

    /// A client who answered everything, KK quickly and ST with the given stress answers.
    std::string finishedClient(const std::string& email, const std::string& name,
                               const std::string& stress)
    {
        const auto [client, token] = start(email, name);
        if (save(client, token, "KK",
                 R"({"answers": {"KK-1": 5, "KK-2": 1, "KK-3": 4, "KK-4": 2, "KK-5": 5}})")
                .status != 200 ||
            save(client, token, "ST", stress).status != 200 || finish(client, token).status != 200)
            throw std::runtime_error("finishing " + email + " failed");
        return client;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<TestServer>(&m_clock);
        m_admin = std::make_unique<Person>(person(*m_server, "admin@example.com", {"admin"}));
        const auto created = send(*m_admin, "POST", "/api/v1/admin/assessments",
                                  definitionWithSummary("WAKTU-UJI", summaryJson()));
        QVERIFY2(created.status == 201, created.body.c_str());
        m_assessment = field(created.json(), "id");
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/assessments/" + m_assessment + "/publish",
                      "{}")
                     .status,
                 200);
        createPartner(*m_admin, "mitra@example.com", "PT Waktu Tepat");
        m_owner = std::make_unique<Person>(signIn(*m_server, "mitra@example.com"));
        const auto event = send(*m_owner, "POST", "/api/v1/partner/events",
                                R"({"assessment_id": ")" + m_assessment +
                                    R"(", "reference_code": "WAKTU2026"})");
        QVERIFY2(event.status == 201, event.body.c_str());
        db().exec("UPDATE partner_quota_downloads SET quota = 20"
                  " WHERE partner_assessment_id = $1::uuid",
                  {field(event.json(), "id")});
    }

    void summaryRulesComeBackAsSaved()
    {
        const auto stored = send(*m_admin, "GET", "/api/v1/admin/assessments/" + m_assessment);
        QCOMPARE(stored.status, 200);
        const auto summary = stored.json()->getObject("executive_summary");
        QVERIFY2(summary, stored.body.c_str());
        QCOMPARE(summary->getValue<std::string>("title"), std::string("Ringkasan Eksekutif"));
        const auto paragraph = summary->getArray("sections")->getObject(0);
        QCOMPARE(paragraph->getValue<std::string>("source"), std::string("TEKANAN"));
        QVERIFY(contains(paragraph->getObject("texts")->getValue<std::string>("sedang"),
                         "{score} dari {max}"));
    }

    void brokenSummaryRulesNameTheField_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown placeholder")
            << R"({"opening": "Halo {nama}", "sections": []})" << "executive_summary.opening"
            << "{nama}";
        QTest::newRow("unknown section")
            << R"({"sections": [{"section": "XX", "texts": {"*": "a"}}]})"
            << "executive_summary.sections[0].section" << "XX";
        QTest::newRow("unknown scale")
            << R"({"sections": [{"section": "ST", "source": "LAIN", "texts": {"*": "a"}}]})"
            << "executive_summary.sections[0].source" << "summary";
        QTest::newRow("unknown category")
            << R"({"sections": [{"section": "ST", "source": "TEKANAN",
                                 "texts": {"ekstrem": "a"}}]})"
            << "executive_summary.sections[0].texts.ekstrem" << "ekstrem";
        QTest::newRow("nothing to say") << R"({"sections": []})" << "executive_summary.sections"
                                        << "paragraf";
    }

    void brokenSummaryRulesNameTheField()
    {
        QFETCH(QString, summary);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const auto refused = send(*m_admin, "POST", "/api/v1/admin/assessments",
                                  definitionWithSummary("RUSAK-UJI", summary.toStdString()));
        QCOMPARE(refused.status, 422);
        const auto errors = refused.json()->getObject("errors");
        QVERIFY2(errors && errors->has(field.toStdString()), refused.body.c_str());
        QVERIFY2(contains(errors->getValue<std::string>(field.toStdString()), says.toStdString()),
                 refused.body.c_str());
    }

    void expiredTimedSectionLetsTheClientFinish()
    {
        const auto [client, token] = start("rina@example.com", "Rina Wulandari");
        // KK (600 s) opened, two of five answered: both Analitis items, no Komunikator item.
        QCOMPARE(save(client, token, "KK", R"({"answers": {"KK-1": 5, "KK-2": 1}})").status, 200);
        QCOMPARE(save(client, token, "ST", R"({"answers": {"ST-1": 1, "ST-2": 2, "ST-3": 2}})")
                     .status,
                 200);
        // While KK's time runs, its blanks still block finishing.
        const auto early = finish(client, token);
        QCOMPARE(early.status, 422);
        QVERIFY(early.json()->getObject("errors")->has("sections.KK"));

        m_clock.advanceMs(601'000);
        const auto state = call(m_server->baseUrl(), "GET", "/api/v1/partner-assessment/" + client,
                                {}, {{"X-Resume-Token", token}})
                               .json();
        const auto kk = state->getArray("sections")->getObject(0);
        QVERIFY(kk->getValue<bool>("time_up"));
        QVERIFY(kk->getValue<bool>("complete"));
        QVERIFY(state->getValue<bool>("ready_to_finish"));

        const auto done = finish(client, token);
        QVERIFY2(done.status == 200, done.body.c_str());

        const auto result = contentResult(client);
        const auto section = result->getArray("sections")->getObject(0);
        QCOMPARE(section->getValue<int>("unanswered_count"), 3);
        QCOMPARE(section->getValue<std::string>("answers"), std::string("5,1,,,"));
        const auto analitis = section->getArray("scales")->getObject(0);
        QCOMPARE(analitis->getValue<int>("score"), 10); // 5 and reversed 1 → 5
        QCOMPARE(analitis->getObject("category")->getValue<std::string>("key"),
                 std::string("tinggi"));
        const auto komunikator = section->getArray("scales")->getObject(1);
        QVERIFY(komunikator->getValue<bool>("unscored"));
        QVERIFY(!komunikator->has("category"));
        QVERIFY(section->getObject("summary")->getValue<bool>("incomplete"));

        const auto text = reportText(client, "time-up");
        QVERIFY2(contains(text, "3 dari 5 pertanyaan kosong"), text.c_str());
        QVERIFY2(contains(text, "tidak terjawab"), text.c_str());
        QVERIFY2(contains(text, "Tidak dihitung: ada skala yang pertanyaannya tidak terjawab"),
                 text.c_str());
        QVERIFY2(!contains(text, "Ringkasan untuk"), text.c_str());
    }

    void prorationFillsBlanksWithTheAnsweredMean()
    {
        const auto definition = ey::partner::AssessmentDefinition::fromJson(
            core::json::parseObject(definitionJson("PRORATA")));
        const ey::partner::ScoringEngine engine(definition);
        // Komunikator (mean of 3): one of three answered → that answer is the mean.
        ey::partner::SectionAnswers kk{{5, 1, 4, 0, 0}, 600, {3, 4}};
        const auto section = engine.scoreSection(definition.sections[0], kk);
        const auto komunikator = section->getArray("scales")->getObject(1);
        QCOMPARE(komunikator->getValue<double>("score"), 4.0);
        QCOMPARE(komunikator->getValue<int>("answered_count"), 1);
        // Tekanan (sum of 3): 2 and 1 answered → 3 × (3 / 2) = 4.5.
        ey::partner::SectionAnswers st{{2, 0, 3}, 100, {1}};
        const auto stress = engine.scoreSection(definition.sections[1], st);
        QCOMPARE(stress->getArray("scales")->getObject(0)->getValue<double>("score"), 4.5);
        // Blanks are only for closed sections: a complete answer set has none in its result.
        ey::partner::SectionAnswers full{{1, 2, 3}, 100, {}};
        QVERIFY(!engine.scoreSection(definition.sections[1], full)->has("unanswered_count"));
    }

    void executiveSummaryFollowsTheCategories()
    {
        const auto calm = finishedClient("budi@example.com", "Budi Santoso",
                                         R"({"answers": {"ST-1": 0, "ST-2": 1, "ST-3": 4}})");
        const auto tense = finishedClient("dewi@example.com", "Dewi Lestari",
                                          R"({"answers": {"ST-1": 4, "ST-2": 4, "ST-3": 0}})");
        const auto summary = contentResult(calm)->getObject("executive_summary");
        QVERIFY(summary);
        const auto paragraphs = summary->getArray("paragraphs");
        QCOMPARE(paragraphs->size(), std::size_t(4));
        QCOMPARE(paragraphs->getElement<std::string>(0),
                 std::string("Ringkasan untuk Budi Santoso dari PT Maju Jaya."));
        QCOMPARE(paragraphs->getElement<std::string>(1),
                 std::string("Tingkat tekanan Budi Santoso rendah (1 dari 12)."));
        QVERIFY(contains(paragraphs->getElement<std::string>(2), "Kekuatan yang paling menonjol: "));
        QVERIFY(contains(contentResult(tense)
                             ->getObject("executive_summary")
                             ->getArray("paragraphs")
                             ->getElement<std::string>(1),
                         "tinggi; perlu pendampingan"));

        // Not bought: the report keeps it out. Bought: the next download prints it.
        QVERIFY(!contains(reportText(calm), "Ringkasan Eksekutif"));
        makeExecutiveAvailable(calm);
        const auto text = reportText(calm, "executive");
        QVERIFY2(contains(text, "Ringkasan Eksekutif"), text.c_str());
        QVERIFY2(contains(text, "Tingkat tekanan Budi Santoso rendah (1 dari 12)."), text.c_str());
    }

    void olderResultsGetTheSummaryWhenBought()
    {
        const auto client = finishedClient("eka@example.com", "Eka Putri",
                                           R"({"answers": {"ST-1": 2, "ST-2": 2, "ST-3": 2}})");
        // As stored before the assessment had summary rules.
        db().exec("UPDATE partner_client_assessments"
                  " SET content_result = content_result - 'executive_summary' WHERE id = $1::uuid",
                  {client});
        makeExecutiveAvailable(client);
        const auto text = reportText(client);
        QVERIFY2(contains(text, "Tingkat tekanan Eka Putri sedang (6 dari 12)."), text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTimedSectionsAndSummary)
#include "TestTimedSectionsAndSummary.moc"
