// The buyer import wizard offscreen against a real server: a CSV with bad rows runs through
// mapping, preview (every issue listed), import and the report (issues table and CSV), the buyer
// table refreshes; a larger file is cancelled with the button and through Esc.
#include "FileDownload.h"
#include "BuyerImportWizard.h"
#include "BuyersPage.h"
#include "CountryCatalog.h"
#include "CurationWorkspace.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ey::desk;
using namespace ey::desk::curation;

namespace {

struct Desk
{
    explicit Desk(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    ey::desk::test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    std::unique_ptr<CurationWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    PagedTableModel* model() { return workspace->buyers()->model(); }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void grab(QWidget* widget, const char* name)
{
    const QString path = QStringLiteral("/tmp/curation-%1.png").arg(QString::fromLatin1(name));
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot %s", qPrintable(path));
}

} // namespace

class TestBuyerImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Desk> m_desk;

    BuyerImportWizard* openWizard()
    {
        BuyerImportWizard* wizard = m_desk->workspace->buyers()->startImport();
        wizard->resize(980, 680);
        return wizard;
    }

    /// Upload → mapping (pre-filled) → preview.
    void throughPreview(BuyerImportWizard* wizard, const QString& file)
    {
        QSignalSpy uploaded(wizard, &BuyerImportWizard::uploaded);
        QSignalSpy previewed(wizard, &BuyerImportWizard::previewed);
        wizard->setFile(file);
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(wizard->currentId(), int(BuyerImportWizard::MappingPage));
        QVERIFY(wizard->mapping().value(QStringLiteral("company")) >= 0);
        QVERIFY(wizard->mapping().value(QStringLiteral("country")) >= 0);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BuyerImportWizard::PreviewPage));
        QVERIFY(previewed.wait(30000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::HttpClient admin(m_server->baseUrl());
        admin.login("admin@example.test", ey::test::kTestPassword);
        QCOMPARE(admin.post("/api/v1/admin/buyers",
                            R"({"company":"Tokyo Coffee Trading Co.","country":"JP","email":"hiroshi@tokyocoffee.jp"})")
                     .status,
                 201);

        m_desk = std::make_unique<Desk>(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        QSignalSpy signedIn(&m_desk->session, &Session::signedIn);
        m_desk->session.signIn(QUrl(qs(m_server->baseUrl())), QStringLiteral("admin@example.test"),
                               qs(ey::test::kTestPassword), false);
        QVERIFY(signedIn.wait(10000));
        m_desk->workspace = std::make_unique<CurationWorkspace>(m_desk->context());
        m_desk->workspace->widget()->resize(1400, 800);
        m_desk->workspace->widget()->show();
        QTRY_VERIFY_WITH_TIMEOUT(!m_desk->model()->isLoading(), 10000);
        QCOMPARE(m_desk->model()->rowCount(), 1);
    }

    void csvWithBadRowsReachesTheReport()
    {
        // Eight rows: four good (one in Indonesian country name, one with L/C and fob), four bad:
        // no company, an unknown country, a bad email, and a duplicate of Tokyo Coffee.
        const QByteArray csv =
            "Perusahaan;Negara;Narahubung;Email;Produk;Kode HS;Syarat Pembayaran;Syarat Pengiriman\n"
            "Osaka Spice Import;Jepang;Kenji Sato;kenji@osakaspice.jp;Lada hitam, Cengkeh;0904|0907;L/C;cif\n"
            "Rotterdam Cocoa BV;NL;Anna de Vries;anna@rtmcocoa.nl;Kakao;1801;CAD;CFR\n"
            ";DE;Jonas Weber;jonas@hh-handel.de;Rotan;9403;TT;FOB\n"
            "Atlantis Trading;Atlantis;Nemo;nemo@atlantis.test;Mutiara;;TT;FOB\n"
            "Dubai Fresh Foods LLC;AE;Omar;omar-at-dubaifresh;Kelapa;0801;TT;CFR\n"
            "Tokyo Coffee Trading Co.;JP;Hiroshi;hiroshi@tokyocoffee.jp;Kopi;0901;TT;FOB\n"
            "Seattle Seafood Inc.;United States;Emily Johnson;emily@seattleseafood.com;Udang beku;0306;LC;CIF\n"
            "Kobe Tea & Coffee;JP;Yuki Nakamura;;Teh hijau;;t/t;fob\n";
        const QString path = m_dir.filePath(QStringLiteral("buyer-pameran.csv"));
        writeFile(path, csv);

        BuyerImportWizard* wizard = openWizard();
        QCOMPARE(wizard->currentId(), int(BuyerImportWizard::FilePage));
        grab(wizard, "import-file");
        throughPreview(wizard, path);
        // Mapping suggested from the Indonesian headers, sample rows under them.
        QCOMPARE(wizard->mapping().value(QStringLiteral("company")), 0);
        QCOMPARE(wizard->mapping().value(QStringLiteral("country")), 1);
        QCOMPARE(wizard->mapping().value(QStringLiteral("hs_codes")), 5);
        QCOMPARE(wizard->sampleTable()->rowCount(), 8);
        QCOMPARE(wizard->sampleTable()->item(0, 0)->text(), QStringLiteral("Osaka Spice Import"));

        const QJsonObject preview = wizard->previewResult();
        QCOMPARE(preview.value(QStringLiteral("total_rows")).toInt(), 8);
        QCOMPARE(preview.value(QStringLiteral("error_rows")).toInt(), 3);
        QCOMPARE(preview.value(QStringLiteral("duplicate_rows")).toInt(), 1);
        QCOMPARE(preview.value(QStringLiteral("valid_rows")).toInt(), 5); // duplicates are valid rows
        QTableWidget* issues = wizard->previewIssues();
        QVERIFY(issues->rowCount() >= 4);
        QStringList rows;
        for (int row = 0; row < issues->rowCount(); ++row)
            rows << issues->item(row, 0)->text();
        for (const char* row : {"3", "4", "5", "6"})
            QVERIFY2(rows.contains(QString::fromLatin1(row)), qPrintable(rows.join(QLatin1Char(','))));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("previewCounts"))->text().startsWith(QStringLiteral("8 baris")));
        grab(wizard, "import-preview");

        // Start (the commit button), follow the progress, land on the report.
        QSignalSpy finished(wizard, &BuyerImportWizard::importFinished);
        QSignalSpy report(wizard, &BuyerImportWizard::reportLoaded);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(BuyerImportWizard::ProgressPage));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("done"));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BuyerImportWizard::ReportPage), 5000);
        QVERIFY(report.count() == 1 || report.wait(10000));
        const QJsonObject state = wizard->importState();
        QCOMPARE(state.value(QStringLiteral("inserted_rows")).toInt(), 4);
        QCOMPARE(state.value(QStringLiteral("skipped_rows")).toInt() +
                     state.value(QStringLiteral("failed_rows")).toInt(),
                 4);
        QVERIFY(wizard->reportIssues()->rowCount() >= 4);
        QVERIFY(wizard->reportSummary()->text().contains(QStringLiteral("selesai")));
        grab(wizard, "import-report");

        const QString reportPath = m_dir.filePath(QStringLiteral("laporan.csv"));
        QSignalSpy saved(wizard->reportDownloader(), &FileDownload::finished);
        wizard->saveReportTo(reportPath);
        QVERIFY(saved.wait(10000));
        QFile reportFile(reportPath);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QByteArray reportCsv = reportFile.readAll();
        QVERIFY(reportCsv.startsWith("row,field,outcome,reason") || reportCsv.contains("reason"));
        QVERIFY(reportCsv.contains("Atlantis") || reportCsv.contains("country"));

        // The table behind shows the four new buyers (with L/C and t/t read as LC and TT).
        QTRY_COMPARE_WITH_TIMEOUT(m_desk->model()->rowCount(), 5, 10000);
        bool kobe = false;
        for (int row = 0; row < m_desk->model()->rowCount(); ++row) {
            const QJsonObject item = m_desk->model()->item(row);
            if (item.value(QStringLiteral("company")).toString() == QStringLiteral("Kobe Tea & Coffee")) {
                kobe = true;
                QCOMPARE(item.value(QStringLiteral("payment_terms")).toArray().first().toString(),
                         QStringLiteral("TT"));
            }
        }
        QVERIFY(kobe);
        wizard->accept();
    }

    void mappingNeedsCompanyAndCountry()
    {
        const QString path = m_dir.filePath(QStringLiteral("kolom.csv"));
        writeFile(path, "Nama,Kota,Catatan\nAcme,Tokyo,-\n");
        BuyerImportWizard* wizard = openWizard();
        QSignalSpy uploaded(wizard, &BuyerImportWizard::uploaded);
        wizard->setFile(path);
        QVERIFY(uploaded.wait(30000));
        QCOMPARE(wizard->currentId(), int(BuyerImportWizard::MappingPage));
        // Nothing matched: Next stays off until both required fields have a column.
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->setMapping(QStringLiteral("company"), 0);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->setMapping(QStringLiteral("country"), 1);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        grab(wizard, "import-mapping");
        wizard->reject();
        QVERIFY(!wizard->isVisible());
    }

    void largerImportIsCancelled()
    {
        QByteArray csv = "Company,Country,Products\n";
        for (int i = 0; i < 40000; ++i)
            csv += "Bulk Buyer " + QByteArray::number(i) + ",SG,Kopi;Teh\n";
        const QString path = m_dir.filePath(QStringLiteral("besar.csv"));
        writeFile(path, csv);
        BuyerImportWizard* wizard = openWizard();
        throughPreview(wizard, path);
        QSignalSpy progressed(wizard, &BuyerImportWizard::progressed);
        QSignalSpy finished(wizard, &BuyerImportWizard::importFinished);
        wizard->next();
        QVERIFY(progressed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->cancelButton()->isEnabled() || wizard->isFinished(), 10000);
        grab(wizard, "import-progress");
        wizard->cancelButton()->click();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("cancelled"));
        const QJsonObject state = wizard->importState();
        QVERIFY(state.value(QStringLiteral("processed_rows")).toInt() < 40000);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(BuyerImportWizard::ReportPage), 5000);
        QVERIFY(wizard->reportSummary()->text().contains(QStringLiteral("dibatalkan")));
        wizard->accept();
    }

    void escapeWhileRunningAsksFirst()
    {
        QByteArray csv = "Company,Country\n";
        for (int i = 0; i < 40000; ++i)
            csv += "Esc Buyer " + QByteArray::number(i) + ",MY\n";
        const QString path = m_dir.filePath(QStringLiteral("esc.csv"));
        writeFile(path, csv);
        BuyerImportWizard* wizard = openWizard();
        throughPreview(wizard, path);
        QSignalSpy progressed(wizard, &BuyerImportWizard::progressed);
        QSignalSpy finished(wizard, &BuyerImportWizard::importFinished);
        wizard->next();
        QVERIFY(progressed.wait(10000));
        if (!wizard->isRunning())
            QSKIP("the server finished 40,000 rows before Esc; nothing left to ask about");
        QTest::keyClick(wizard, Qt::Key_Escape);
        // Still open, and asking.
        QVERIFY(wizard->isVisible());
        QTRY_VERIFY(wizard->cancelQuestion() && wizard->cancelQuestion()->isVisible());
        grab(wizard, "import-esc");
        wizard->cancelQuestion()->findChild<QPushButton*>(QStringLiteral("confirmCancelImport"))->click();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(finished.first().first().toString(), QStringLiteral("cancelled"));
        wizard->accept();
    }
};

QTEST_MAIN(TestBuyerImportWizard)
#include "TestBuyerImportWizard.moc"
