// The streamed report ZIP: checked with Info-ZIP unzip, over a string stream and over a real
// loopback HTTP response from the server's own listener.
#include "Clock.h"
#include "HttpServer.h"
#include "ReportArchive.h"
#include "ReportPdf.h"
#include "Router.h"

#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

using namespace ey;
using namespace ey::partner;

namespace {

using Item = std::optional<std::pair<std::string, std::string>>;

struct ToolRun
{
    int exitCode = -1;
    QByteArray output;
};

ToolRun runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError()};
}

/// A real report for `name`, so the archive carries what partners will download.
std::string reportFor(const std::string& name)
{
    const std::string json = R"({"format": "ey.assessment-result/1",
        "assessment": {"id": "a", "code": "GRIT", "title": "Asesmen Ketekunan"},
        "client": {"email": "peserta@example.id", "full_name": ")" +
                             name + R"("},
        "completed_at": "2026-11-21T03:41:12Z",
        "sections": [{"key": "GRIT", "title": "Ketekunan", "scales": [
          {"key": "GRIT", "label": "Ketekunan", "score": 3.6, "max": 5, "percent": 72.0}]}]})";
    ReportBranding branding;
    branding.brandName = "EksporYuk";
    branding.partnerName = "Mitra Uji";
    return renderAssessmentReport(
        *Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>(), branding, false);
}

/// `next` over a fixed list, counting how often it was asked.
std::function<Item()> feed(std::vector<std::pair<std::string, std::string>> items, int& calls)
{
    return [items = std::move(items), &calls]() -> Item {
        const auto index = static_cast<std::size_t>(calls++);
        if (index >= items.size())
            return std::nullopt;
        return items[index];
    };
}

/// A stream that accepts `capacity` bytes and then fails, like a socket whose peer went away.
class FailingBuffer : public std::streambuf
{
public:
    explicit FailingBuffer(std::size_t capacity) : m_left(capacity) {}

protected:
    int_type overflow(int_type c) override
    {
        if (m_left == 0)
            return traits_type::eof();
        --m_left;
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char*, std::streamsize count) override
    {
        const auto accepted =
            std::min<std::streamsize>(count, static_cast<std::streamsize>(m_left));
        m_left -= static_cast<std::size_t>(accepted);
        return accepted;
    }

private:
    std::size_t m_left;
};

} // namespace

class TestReportArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString writeZip(const std::string& bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("archive-%1.zip").arg(++m_counter));
        std::ofstream(path.toStdString(), std::ios::binary) << bytes;
        return path;
    }

    /// The entry names as `unzip -Z1` prints them (one per line, UTF-8).
    static QStringList listedNames(const QString& zip)
    {
        const ToolRun list = runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
        return QString::fromUtf8(list.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void threeReportsMakeAValidArchive()
    {
        const std::vector<std::pair<std::string, std::string>> items{
            {"Siti Rahmawati.pdf", reportFor("Siti Rahmawati")},
            {"Budi Santoso.pdf", reportFor("Budi Santoso")},
            {"Andé Putri 🌺.pdf", reportFor("Andé Putri 🌺")}};
        int calls = 0;
        std::ostringstream out;
        const auto names = streamZip(out, feed(items, calls), [] { return false; });
        QCOMPARE(names, (std::vector<std::string>{"Siti Rahmawati.pdf", "Budi Santoso.pdf",
                                                  "Andé Putri 🌺.pdf"}));
        QCOMPARE(calls, 4); // three reports, then the "done" answer

        const QString zip = writeZip(out.str());
        if (const QByteArray demo = qgetenv("EY_REPORT_DEMO_DIR"); !demo.isEmpty())
            std::ofstream((demo + "/reports-demo.zip").toStdString(), std::ios::binary)
                << out.str();
        const ToolRun test = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
        QVERIFY2(test.exitCode == 0, test.output.constData());
        // Info-ZIP shows the UTF-8 names as typed, in the order the reports were produced.
        QCOMPARE(listedNames(zip), (QStringList{QStringLiteral("Siti Rahmawati.pdf"),
                                                QStringLiteral("Budi Santoso.pdf"),
                                                QString::fromUtf8("Andé Putri 🌺.pdf")}));
        const ToolRun listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), zip});
        QVERIFY(QString::fromUtf8(listing.output).contains(QStringLiteral("3 files")));

        // Each extracted file is byte for byte the report and still a valid PDF.
        for (const auto& [name, pdf] : items) {
            const ToolRun extracted = runTool(
                QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QString::fromStdString(name)});
            QCOMPARE(extracted.output.size(), qsizetype(pdf.size()));
            QVERIFY(extracted.output == QByteArray::fromStdString(pdf));
        }
        const QString folder = m_dir.filePath(QStringLiteral("extracted"));
        QCOMPARE(runTool(QStringLiteral("unzip"),
                         {QStringLiteral("-q"), zip, QStringLiteral("-d"), folder})
                     .exitCode,
                 0);
        const ToolRun check =
            runTool(QStringLiteral("qpdf"),
                    {QStringLiteral("--check"), folder + QString::fromUtf8("/Andé Putri 🌺.pdf")});
        QVERIFY2(check.exitCode == 0, check.output.constData());
    }

    void duplicateNamesGetANumber()
    {
        const std::string pdf = reportFor("Siti Rahmawati");
        int calls = 0;
        std::ostringstream out;
        const auto names = streamZip(out,
                                     feed({{"Siti Rahmawati.pdf", pdf},
                                           {"Siti Rahmawati.pdf", pdf},
                                           {"SITI RAHMAWATI.pdf", pdf}},
                                          calls),
                                     [] { return false; });
        const QString zip = writeZip(out.str());
        QCOMPARE(runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip}).exitCode, 0);
        QCOMPARE(listedNames(zip), (QStringList{QStringLiteral("Siti Rahmawati.pdf"),
                                                QStringLiteral("Siti Rahmawati (2).pdf"),
                                                QStringLiteral("SITI RAHMAWATI (3).pdf")}));
        QCOMPARE(names.size(), std::size_t(3));
    }

    void namesAreMadeSafe_data()
    {
        QTest::addColumn<QStringList>("requested");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("duplicates, any case")
            << QStringList{QStringLiteral("Budi.pdf"), QStringLiteral("Budi (2).pdf"),
                           QStringLiteral("budi.PDF")}
            << QStringList{QStringLiteral("Budi.pdf"), QStringLiteral("Budi (2).pdf"),
                           QStringLiteral("budi (3).PDF")};
        QTest::newRow("folders and dot-dot")
            << QStringList{QStringLiteral("../../etc/passwd.pdf"), QStringLiteral("a\\b\\c.pdf"),
                           QStringLiteral("x..y.pdf")}
            << QStringList{QStringLiteral("passwd.pdf"), QStringLiteral("c.pdf"),
                           QStringLiteral("x.y.pdf")};
        QTest::newRow("characters Windows refuses")
            << QStringList{QStringLiteral("Apa? <Ya>: \"A|B\"*.pdf"),
                           QStringLiteral("Tab\there.pdf")}
            << QStringList{QStringLiteral("Apa_ _Ya__ _A_B__.pdf"), QStringLiteral("Tab_here.pdf")};
        QTest::newRow("hidden, device, blank")
            << QStringList{QStringLiteral(".rahasia.pdf"), QStringLiteral("CON.pdf"),
                           QStringLiteral("   .pdf"), QString()}
            << QStringList{QStringLiteral("rahasia.pdf"), QStringLiteral("_CON.pdf"),
                           QStringLiteral("laporan.pdf"), QStringLiteral("laporan")};
        QTest::newRow("spaces collapse") << QStringList{QStringLiteral("  Siti    Rahmawati  .pdf")}
                                         << QStringList{QStringLiteral("Siti Rahmawati.pdf")};
    }

    void namesAreMadeSafe()
    {
        QFETCH(QStringList, requested);
        QFETCH(QStringList, expected);
        std::unordered_set<std::string> taken;
        QStringList actual;
        for (const QString& name : requested)
            actual << QString::fromStdString(uniqueEntryName(name.toStdString(), taken));
        QCOMPARE(actual, expected);
    }

    void longNamesAreCutOnACharacterBoundary()
    {
        std::unordered_set<std::string> taken;
        std::string name;
        for (int i = 0; i < 100; ++i)
            name += "é";
        const std::string safe = uniqueEntryName(name + ".pdf", taken);
        QVERIFY(safe.size() <= 160);
        QVERIFY(safe.ends_with(".pdf"));
        QVERIFY(QString::fromStdString(safe).toStdString() == safe); // still valid UTF-8
        QVERIFY(!QString::fromUtf8(safe.data(), qsizetype(safe.size()))
                     .contains(QChar::ReplacementCharacter));
    }

    void cancelAfterTheFirstEntryStopsAsking()
    {
        const std::string pdf = reportFor("Siti Rahmawati");
        int calls = 0;
        std::ostringstream out;
        const auto names =
            streamZip(out, feed({{"satu.pdf", pdf}, {"dua.pdf", pdf}, {"tiga.pdf", pdf}}, calls),
                      [&] { return calls >= 1; });
        QCOMPARE(calls, 1); // the second report was never requested, so never rendered
        QCOMPARE(names, std::vector<std::string>{"satu.pdf"});

        // Clearly truncated, by design: the first entry is complete (local header, name, the
        // 9-byte timestamp field, the PDF) but there is no central directory, so unzip refuses
        // the file instead of presenting a partial download as if it were complete.
        const std::string bytes = out.str();
        QCOMPARE(bytes.size(), 30 + std::string("satu.pdf").size() + 9 + pdf.size());
        QVERIFY(bytes.starts_with("PK\x03\x04"));
        QVERIFY(bytes.find("PK\x01\x02") == std::string::npos);
        QVERIFY(bytes.ends_with(pdf));
        const ToolRun test =
            runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), writeZip(bytes)});
        QVERIFY(test.exitCode != 0);
    }

    void emptyBulkIsAnEmptyValidArchive()
    {
        int calls = 0;
        std::ostringstream out;
        QVERIFY(streamZip(out, feed({}, calls), [] { return false; }).empty());
        QCOMPARE(out.str().size(), std::size_t(22)); // just the end-of-central-directory record
        // Info-ZIP reports an empty archive with a warning (exit 1), not an error.
        QVERIFY(runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), writeZip(out.str())})
                    .exitCode <= 1);
    }

    void brokenStreamThrows()
    {
        const std::string pdf = reportFor("Siti Rahmawati");
        FailingBuffer buffer(pdf.size() + 100); // the first entry fits, the second does not
        std::ostream out(&buffer);
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            streamZip(out, feed({{"a.pdf", pdf}, {"b.pdf", pdf}, {"c.pdf", pdf}}, calls),
                      [] { return false; }));
        QCOMPARE(calls, 2); // stopped at the failing entry; the third was never rendered
    }

    void streamsOverHttpBeforeTheLastReportIsRendered()
    {
        core::SystemClock clock;
        core::Router router(clock);
        std::atomic<bool> clientHasFirstBytes{false};
        std::atomic<bool> lastRenderedAfterFirstBytes{false};
        router.add(
            {"GET", "/api/v1/test/report-archive", core::access::Public,
             [&](core::Request&, core::Response& response) {
                 response.contentType = "application/zip";
                 response.headers["Content-Disposition"] = "attachment; filename=\"laporan.zip\"";
                 response.stream = [&](std::ostream& out) {
                     int produced = 0;
                     streamZip(
                         out,
                         [&]() -> Item {
                             if (produced == 3)
                                 return std::nullopt;
                             if (produced == 2) {
                                 // Before rendering the last report, the client must
                                 // already be reading the archive.
                                 const auto deadline =
                                     std::chrono::steady_clock::now() + std::chrono::seconds(10);
                                 while (!clientHasFirstBytes &&
                                        std::chrono::steady_clock::now() < deadline)
                                     std::this_thread::sleep_for(std::chrono::milliseconds(5));
                                 lastRenderedAfterFirstBytes = clientHasFirstBytes.load();
                             }
                             ++produced;
                             const std::string name = "Peserta " + std::to_string(produced);
                             return std::make_pair(name + ".pdf", reportFor(name));
                         },
                         [] { return false; });
                 };
             },
             0, "testReportArchive"});
        core::HttpServer server(router, "127.0.0.1", 0, 4);
        server.start();

        Poco::Net::HTTPClientSession session("127.0.0.1", static_cast<Poco::UInt16>(server.port()));
        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET,
                                       "/api/v1/test/report-archive",
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        session.sendRequest(request);
        Poco::Net::HTTPResponse response;
        std::istream& body = session.receiveResponse(response);
        QCOMPARE(int(response.getStatus()), 200);
        QCOMPARE(response.getContentType(), std::string("application/zip"));
        char magic[4];
        body.read(magic, 4);
        QVERIFY(std::string(magic, 4) == "PK\x03\x04");
        clientHasFirstBytes = true;
        std::string bytes(magic, 4);
        bytes.append(std::istreambuf_iterator<char>(body), std::istreambuf_iterator<char>());
        server.stop();

        QVERIFY(lastRenderedAfterFirstBytes.load());
        const QString zip = writeZip(bytes);
        const ToolRun test = runTool(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
        QVERIFY2(test.exitCode == 0, test.output.constData());
        QCOMPARE(listedNames(zip),
                 (QStringList{QStringLiteral("Peserta 1.pdf"), QStringLiteral("Peserta 2.pdf"),
                              QStringLiteral("Peserta 3.pdf")}));
    }
};

QTEST_GUILESS_MAIN(TestReportArchive)
#include "TestReportArchive.moc"
