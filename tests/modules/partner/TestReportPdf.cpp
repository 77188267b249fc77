// The assessment report PDF: checked with the real tools a partner's PDF reader stands for
// (qpdf --check, pdftotext, pdfinfo), for realistic, oversized, broken and concurrent input.
#include "ReportPdf.h"

#include <Poco/JSON/Parser.h>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fstream>
#include <thread>

using namespace ey::partner;

namespace {

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()) +
                                    QString::fromUtf8(process.readAllStandardError())};
}

Poco::JSON::Object::Ptr parse(const std::string& text)
{
    return Poco::JSON::Parser().parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::string scaleJson(const std::string& key, const std::string& label, double score, double max,
                      const std::string& category, const std::string& narrative)
{
    char numbers[128];
    std::snprintf(numbers, sizeof numbers, R"("score": %g, "max": %g, "percent": %.1f)", score, max,
                  100.0 * score / max);
    return R"({"key": ")" + key + R"(", "label": ")" + label + R"(", )" + numbers +
           R"(, "category": {"key": ")" + category + R"(", "label": ")" + category +
           R"(", "narrative": ")" + narrative + R"("}})";
}

/// What the scoring engine writes for a one-scale section: the summary repeats the scale's story.
std::string singleScaleResult(const std::string& story)
{
    return R"({"format": "ey.assessment-result/1",
               "assessment": {"id": "a", "code": "PSS", "title": "Asesmen Stres"},
               "event": {"id": "e", "reference_code": "CORP2024"},
               "client": {"email": "a@b.id", "full_name": "Siti"},
               "started_at": "2026-11-21T03:00:00Z", "completed_at": "2026-11-21T03:10:00Z",
               "sections": [{"key": "PSS", "title": "Tekanan", "duration_seconds": 300,
                             "answers": "1,2", "scales": [)" +
           scaleJson("PSS", "Tingkat Tekanan", 21, 40, "Sedang", story) +
           R"(], "summary": {"score": 21, "max": 40, "percent": 52.5,
               "category": {"key": "Sedang", "label": "Sedang", "narrative": ")" +
           story + R"("}}}]})";
}

/// Three sections shaped like the real battery: TM (6 strengths), PSS (one stress score),
/// GRIT (one score with a summary).
std::string realisticResult(const std::string& clientName = "Andréa Siti Rahmawati",
                            const std::string& completedAt = "2026-11-21T03:41:12Z",
                            bool withExecutive = true)
{
    std::string tm;
    const std::vector<std::tuple<std::string, std::string, int>> strengths{
        {"ANALITIS", "Analitis", 18},   {"KOMUNIKATOR", "Komunikator", 21},
        {"PELAKSANA", "Pelaksana", 15}, {"PEMIMPIN", "Pemimpin", 12},
        {"KREATIF", "Kreatif", 9},      {"PENDUKUNG", "Pendukung", 20}};
    for (const auto& [key, label, score] : strengths) {
        if (!tm.empty())
            tm += ",";
        tm += scaleJson(key, label, score, 25,
                        score >= 18   ? "Tinggi"
                        : score >= 12 ? "Sedang"
                                      : "Rendah",
                        "Anda cenderung " + label +
                            " dalam pekerjaan ekspor: memeriksa dokumen, menimbang risiko "
                            "pengiriman dan menjelaskan rencana kepada pembeli di luar negeri.");
    }
    const std::string executive = withExecutive
                                      ? R"(, "executive_summary": {"title": "Ringkasan Eksekutif",
              "paragraphs": ["Siti menunjukkan kekuatan utama sebagai Komunikator dan Pendukung.",
                             "Tingkat stres berada pada kategori sedang; ketekunan tinggi."]})"
                                      : "";
    return R"({
      "format": "ey.assessment-result/1",
      "assessment": {"id": "7f1c0f6e-0000-4000-8000-000000000001", "code": "POTENSI-EKSPOR",
                     "title": "Asesmen Potensi Diri"},
      "event": {"id": "7f1c0f6e-0000-4000-8000-000000000002", "reference_code": "CORP2024"},
      "client": {"email": "siti@majujaya.co.id", "full_name": ")" +
           clientName + R"(", "organization": "PT Maju Jaya Ekspor", "position": "Staf Ekspor"},
      "started_at": "2026-11-21T03:00:00Z",
      "completed_at": ")" +
           completedAt + R"(",
      "sections": [
        {"key": "TM", "title": "Tipologi Kekuatan",
         "description": "Apa yang paling menggambarkan cara Anda bekerja.",
         "duration_seconds": 612, "time_limit_seconds": 900, "answers": "5,4,3,5,2",
         "scales": [)" +
           tm + R"(],
         "summary": {"highlights": ["Komunikator", "Pendukung", "Analitis"]}},
        {"key": "PSS", "title": "Skala Stres yang Dirasakan", "duration_seconds": 185,
         "answers": "2,3,1,2", "scales": [)" +
           scaleJson("PSS", "Stres", 19, 40, "Sedang",
                     "Anda merasakan tekanan sedang; atur jadwal pengiriman agar tidak menumpuk.") +
           R"(]},
        {"key": "GRIT", "title": "Ketekunan — Grit", "duration_seconds": 240,
         "time_limit_seconds": 600, "answers": "4,4,5,3",
         "scales": [)" +
           scaleJson("GRIT", "Ketekunan", 3.6, 5, "Tinggi",
                     "Anda bertahan pada tujuan jangka panjang meski menghadapi hambatan.") +
           R"(],
         "summary": {"score": 3.6, "max": 5, "percent": 72.0,
                     "category": {"key": "tinggi", "label": "Tinggi",
                                  "narrative": "Ketekunan Anda di atas rata-rata peserta."}}}
      ])" + executive +
           "}";
}

ReportBranding branding()
{
    ReportBranding b;
    b.brandName = "EksporYuk";
    b.partnerName = "Universitas Nusantara — Pusat Karier";
    b.footer = "Laporan rahasia — hanya untuk peserta dan mitra penyelenggara.";
    return b;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString writePdf(const std::string& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_counter));
        std::ofstream(path.toStdString(), std::ios::binary) << pdf;
        return path;
    }

    /// qpdf accepts the file; returns its text with runs of whitespace made single spaces.
    QString checkedText(const std::string& pdf, const QStringList& pdftotextOptions = {})
    {
        const QString path = writePdf(pdf);
        const ToolRun check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        if (check.exitCode != 0)
            qWarning().noquote() << check.output;
        [&] { QCOMPARE(check.exitCode, 0); }();
        const ToolRun text = runTool(QStringLiteral("pdftotext"),
                                     pdftotextOptions + QStringList{path, QStringLiteral("-")});
        [&] { QCOMPARE(text.exitCode, 0); }();
        return text.output.simplified();
    }

    static int pageCount(const QString& path)
    {
        const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
        const auto match =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.output);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realisticReportShowsWhatTheClientExpects()
    {
        const std::string pdf = renderAssessmentReport(*parse(realisticResult()), branding(), true);
        QVERIFY(pdf.starts_with("%PDF-"));
        const QString text = checkedText(pdf);
        QVERIFY(!QTest::currentTestFailed());
        const int pages = pageCount(writePdf(pdf));
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        for (const char* expected : {"Andréa Siti Rahmawati",
                                     "siti@majujaya.co.id",
                                     "PT Maju Jaya Ekspor",
                                     "Staf Ekspor",
                                     "Asesmen Potensi Diri",
                                     "Universitas Nusantara",
                                     "CORP2024",
                                     "21 November 2026, 10.41 WIB",
                                     "Tipologi Kekuatan",
                                     "Skala Stres yang Dirasakan",
                                     "Ketekunan — Grit",
                                     "18/25",
                                     "21/25",
                                     "9/25",
                                     "19/40",
                                     "3,6/5",
                                     "72%",
                                     "Tinggi",
                                     "Sedang",
                                     "Rendah",
                                     "Analitis",
                                     "Komunikator",
                                     "Pendukung",
                                     "Kekuatan utama: Komunikator, Pendukung, Analitis",
                                     "Waktu pengerjaan: 10 menit 12 detik",
                                     "batas 15 menit",
                                     "Halaman 1 dari",
                                     "Laporan rahasia"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)));

        const ToolRun info = runTool(QStringLiteral("pdfinfo"), {writePdf(pdf)});
        QVERIFY2(info.output.contains(QStringLiteral("Andréa Siti Rahmawati")),
                 qPrintable(info.output));
        QVERIFY(info.output.contains(QStringLiteral("Universitas Nusantara")));
        QVERIFY(info.output.contains(QStringLiteral("A4")));

        if (const QByteArray demo = qgetenv("EY_REPORT_DEMO_DIR"); !demo.isEmpty())
            std::ofstream((demo + "/report-demo.pdf").toStdString(), std::ios::binary) << pdf;
    }

    void singleScaleSectionTellsItsStoryOnce()
    {
        const std::string story = "Tekanan yang Anda rasakan tergolong sedang.";
        const QString text =
            checkedText(renderAssessmentReport(*parse(singleScaleResult(story)), branding(), false));
        QCOMPARE(text.count(QString::fromStdString(story)), 1);
        QVERIFY(!text.contains(QStringLiteral("Interpretasi")));
    }

    void executiveSummaryOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("asked");
        QTest::addColumn<bool>("shown");
        QTest::newRow("present and asked") << true << true << true;
        QTest::newRow("present, not asked") << true << false << false;
        QTest::newRow("asked, not present") << false << true << false;
    }

    void executiveSummaryOnlyWhenAsked()
    {
        QFETCH(bool, present);
        QFETCH(bool, asked);
        QFETCH(bool, shown);
        const auto result =
            parse(realisticResult("Siti Rahmawati", "2026-11-21T03:41:12Z", present));
        const QString text = checkedText(renderAssessmentReport(*result, branding(), asked));
        QCOMPARE(text.contains(QStringLiteral("Ringkasan Eksekutif")), shown);
        QCOMPARE(text.contains(QStringLiteral("kekuatan utama sebagai Komunikator")), shown);
        QVERIFY(text.contains(QStringLiteral("Tipologi Kekuatan")));
    }

    void completionDateIsJakartaTime_data()
    {
        QTest::addColumn<QString>("completedAt");
        QTest::addColumn<QString>("shown");
        QTest::newRow("UTC evening is next day in Jakarta")
            << QStringLiteral("2026-11-21T18:30:00Z")
            << QStringLiteral("22 November 2026, 01.30 WIB");
        QTest::newRow("offset and fraction") << QStringLiteral("2026-01-05T09:15:30.250+07:00")
                                             << QStringLiteral("5 Januari 2026, 09.15 WIB");
        QTest::newRow("year end") << QStringLiteral("2026-12-31T17:00:00Z")
                                  << QStringLiteral("1 Januari 2027, 00.00 WIB");
    }

    void completionDateIsJakartaTime()
    {
        QFETCH(QString, completedAt);
        QFETCH(QString, shown);
        const auto result = parse(realisticResult("Siti", completedAt.toStdString()));
        const QString text = checkedText(renderAssessmentReport(*result, branding(), false));
        QVERIFY2(text.contains(shown), qPrintable(text.left(400)));
    }

    void contractBreaksAreRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("missing sections")
            << QStringLiteral("\"sections\"") << QStringLiteral("\"sektions\"");
        QTest::newRow("no sections")
            << QStringLiteral("\"sections\": [") << QStringLiteral("\"sections\": [], \"x\": [");
        QTest::newRow("other format")
            << QStringLiteral("ey.assessment-result/1") << QStringLiteral("ey.assessment-result/2");
        QTest::newRow("max zero") << QStringLiteral("\"max\": 40") << QStringLiteral("\"max\": 0");
        QTest::newRow("score as text")
            << QStringLiteral("\"score\": 19,") << QStringLiteral("\"score\": \"19\",");
        QTest::newRow("no client name")
            << QStringLiteral("\"full_name\"") << QStringLiteral("\"nama\"");
        QTest::newRow("bad completion time")
            << QStringLiteral("2026-11-21T03:41:12Z") << QStringLiteral("kemarin sore");
        QTest::newRow("section without scales") << QStringLiteral("\"scales\": [{\"key\": \"PSS\"")
                                                << QStringLiteral("\"skala\": [{\"key\": \"PSS\"");
    }

    void contractBreaksAreRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QString json = QString::fromStdString(realisticResult());
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        const auto result = parse(json.toStdString());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 renderAssessmentReport(*result, branding(), true));
    }

    void twelveLongScalesKeepEveryLabel()
    {
        std::string scales;
        QStringList labels;
        for (int i = 1; i <= 12; ++i) {
            const std::string label = "Kemampuan " + std::to_string(i) +
                                      " beradaptasi dengan perubahan regulasi pasar ekspor "
                                      "internasional dan menjaga hubungan jangka panjang dengan "
                                      "pembeli di Eropa, Timur Tengah dan Asia Timur";
            labels << QString::fromStdString(label);
            scales +=
                (i > 1 ? "," : "") + scaleJson("S" + std::to_string(i), label, i * 2, 24, "Sedang",
                                               "Narasi skala nomor " + std::to_string(i) +
                                                   " yang cukup panjang untuk dibaca.");
        }
        const std::string json = R"({"format": "ey.assessment-result/1",
            "assessment": {"id": "a", "code": "LONG", "title": "Asesmen Dua Belas Skala"},
            "client": {"email": "budi@example.id", "full_name": "Budi Santoso"},
            "completed_at": "2026-11-21T03:41:12Z",
            "sections": [{"key": "BIG", "title": "Bagian dengan dua belas skala berlabel panjang",
                          "scales": [)" +
                                 scales + "]}]}";
        const std::string pdf = renderAssessmentReport(*parse(json), branding(), false);
        if (const QByteArray demo = qgetenv("EY_REPORT_DEMO_DIR"); !demo.isEmpty())
            std::ofstream((demo + "/report-twelve.pdf").toStdString(), std::ios::binary) << pdf;
        const QString text = checkedText(pdf);
        QVERIFY(!QTest::currentTestFailed());
        for (const QString& label : labels)
            QVERIFY2(text.contains(label), qPrintable(label));
        for (int i = 1; i <= 12; ++i)
            QVERIFY(text.contains(QStringLiteral("%1/24").arg(i * 2)));
        const int pages = pageCount(writePdf(pdf));
        QVERIFY(pages >= 2); // 12 long rows and their narratives do not fit on the cover page
        QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %1").arg(pages)));
    }

    void longNarrativesFlowOverPages()
    {
        std::string narrative;
        for (int i = 0; i < 120; ++i)
            narrative += "Kalimat " + std::to_string(i) + " tentang kesiapan ekspor Anda. ";
        const std::string json = R"({"format": "ey.assessment-result/1",
            "assessment": {"id": "a", "code": "X", "title": "Asesmen Narasi Panjang"},
            "client": {"email": "c@example.id", "full_name": "Citra"},
            "completed_at": "2026-11-21T03:41:12Z",
            "sections": [{"key": "N", "title": "Narasi", "scales": [)" +
                                 scaleJson("N", "Kesiapan", 7, 10, "Baik", narrative) + "]}]}";
        const std::string pdf = renderAssessmentReport(*parse(json), branding(), false);
        const QString text = checkedText(pdf);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(text.contains(QStringLiteral("Kalimat 0 tentang")));
        QVERIFY(text.contains(QStringLiteral("Kalimat 119 tentang kesiapan ekspor Anda.")));
        const int pages = pageCount(writePdf(pdf));
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page)
            QVERIFY(text.contains(QStringLiteral("Halaman %1 dari %2").arg(page).arg(pages)));
    }

    void anyUnicodeRenders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("shown");
        QTest::newRow("accents") << QStringLiteral("José Ñúñez Café")
                                 << QStringLiteral("José Ñúñez Café");
        // With only fonts-dejavu-core installed, pango draws emoji and CJK as code-point boxes:
        // the report must still be produced and the rest of the name readable.
        QTest::newRow("emoji") << QString::fromUtf8("Dewi 🌺 Lestari 🚢")
                               << QStringLiteral("Lestari");
        QTest::newRow("arabic and cjk")
            << QString::fromUtf8("محمد 李明") << QString::fromUtf8("محمد");
        QTest::newRow("no spaces")
            << QString(300, QLatin1Char('W')) << QString(40, QLatin1Char('W'));
        // JSON escapes: a NUL, a bell, a tab and a line break in a name become plain spaces.
        QTest::newRow("escaped control characters")
            << QStringLiteral("Nul\\u0000Bel\\u0007Tab\\tBaris\\nBaru")
            << QStringLiteral("Nul Bel Tab Baris Baru");
    }

    void anyUnicodeRenders()
    {
        QFETCH(QString, name);
        QFETCH(QString, shown);
        const auto result = parse(realisticResult(name.toStdString()));
        const std::string pdf = renderAssessmentReport(*result, branding(), true);
        const QString text = checkedText(pdf);
        QVERIFY(text.contains(QStringLiteral("Tipologi Kekuatan")));
        QVERIFY2(text.contains(shown), qPrintable(text.left(300)));
    }

    void invalidUtf8AndBadBrandingStillRender()
    {
        auto result = parse(realisticResult());
        result->getObject("client")->set("full_name", std::string("Rudi \xff\xfe Hartono"));
        ReportBranding bad = branding();
        bad.primaryColor = "teal";
        bad.logoPng = std::string("not a png");
        const QString text = checkedText(renderAssessmentReport(*result, bad, false));
        QVERIFY(text.contains(QStringLiteral("Rudi")));
        QVERIFY(text.contains(QStringLiteral("Hartono")));
    }

    void logoAndLightColourRender()
    {
        // A 2×2 PNG made with cairo itself would need the library here; the smallest valid PNG
        // (1×1 red pixel) is spelled out instead.
        static const unsigned char png[] = {
            0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
            0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00,
            0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00, 0x0c, 0x49, 0x44, 0x41, 0x54, 0x08,
            0xd7, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0x18, 0xdd, 0x8d,
            0xb0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
        ReportBranding withLogo = branding();
        withLogo.logoPng = std::string(reinterpret_cast<const char*>(png), sizeof png);
        withLogo.primaryColor = "#FDE68A";
        const std::string pdf = renderAssessmentReport(*parse(realisticResult()), withLogo, true);
        const QString text = checkedText(pdf);
        QVERIFY(text.contains(QStringLiteral("Asesmen Potensi Diri")));
        const ToolRun images =
            runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), writePdf(pdf)});
        QVERIFY2(images.output.contains(QStringLiteral("image")), qPrintable(images.output));
        if (const QByteArray demo = qgetenv("EY_REPORT_DEMO_DIR"); !demo.isEmpty())
            std::ofstream((demo + "/report-logo.pdf").toStdString(), std::ios::binary) << pdf;
    }

    void parallelRendersAreIndependent()
    {
        constexpr int threads = 8;
        std::vector<std::string> pdfs(threads);
        std::atomic<int> failures{0};
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([&, i] {
                try {
                    const auto result =
                        parse(realisticResult("Peserta Paralel " + std::to_string(i)));
                    pdfs[i] = renderAssessmentReport(*result, branding(), i % 2 == 0);
                } catch (...) {
                    ++failures;
                }
            });
        }
        for (auto& worker : workers)
            worker.join();
        QCOMPARE(failures.load(), 0);
        for (int i = 0; i < threads; ++i) {
            const QString text = checkedText(pdfs[i]);
            QVERIFY(!QTest::currentTestFailed());
            QVERIFY(text.contains(QStringLiteral("Peserta Paralel %1").arg(i)));
            QCOMPARE(text.contains(QStringLiteral("Ringkasan Eksekutif")), i % 2 == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestReportPdf)
#include "TestReportPdf.moc"
