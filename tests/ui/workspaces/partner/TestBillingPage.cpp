// The partner's clients and "Kuota & Tagihan" offscreen against a real server: a bulk ZIP of three
// clients lands where chosen and passes `unzip -t`, a cancelled ZIP leaves no file, a ZIP the quota
// cannot cover shows the server's message, a notification link selects its client, a top-up by
// bank transfer with a proof waits for confirmation and the admin's confirmation moves the quota
// and its chart, a post-paid partner sees the credit panel and last month's invoice with its line,
// and the executive summary add-on is a payment (pre-paid) or active at once (post-paid).
#include "BillingCharts.h"
#include "BillingPage.h"
#include "BulkZipDownload.h"
#include "ClientsPage.h"
#include "PartnerTableModel.h"
#include "PartnerWorkspace.h"
#include "TopupDialog.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "Session.h"
#include "StatusBadge.h"

#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ey::desk;
using namespace ey::desk::partner;

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
    std::unique_ptr<PartnerWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
};

void screenshot(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/partner-billing-%1.png").arg(name));
}

int rowOf(PagedTableModel* model, const QString& id)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->item(row).value(QStringLiteral("id")).toString() == id)
            return row;
    return -1;
}

} // namespace

class TestBillingPage : public QObject
{
    Q_OBJECT

    ey::test::ManualClock m_clock; // real time, except when a test moves a client into last month
    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    std::unique_ptr<Desk> m_owner;
    QString m_sinarEvent;
    QString m_tightEvent;
    QStringList m_zipClients;  // Dewi, Bima, Citra
    QStringList m_moreClients; // eight more for the cancel test
    QStringList m_tightClients;
    std::string m_assessment;
    std::string m_sinarPartner;
    std::string m_schoolPartner;

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(
            m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        desk->session.signIn(QUrl(QString::fromStdString(m_server->baseUrl())),
                             QString::fromLatin1(email),
                             QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->workspace = std::make_unique<PartnerWorkspace>(desk->context());
        desk->workspace->widget()->resize(1440, 900);
        desk->workspace->widget()->show();
        return desk;
    }

    ey::test::HttpResult raw(const char* email, const std::string& method, const std::string& path,
                             const std::string& body)
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login(email, ey::test::kTestPassword);
        return http.request(method, path, body, {{"Content-Type", "application/json"}});
    }

    QJsonObject call(const char* email, const std::string& method, const std::string& path,
                     const std::string& body, int expected)
    {
        const auto result = raw(email, method, path, body);
        if (result.status != expected)
            qFatal("%s %s: %d %s", method.c_str(), path.c_str(), result.status,
                   result.body.c_str());
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    /// A client takes the event in the browser and finishes it; returns the client id.
    QString finishClient(const std::string& code, const std::string& email, const std::string& name)
    {
        ey::test::HttpClient browser(m_server->baseUrl());
        const auto started =
            browser.request("POST", "/api/v1/partner-events/" + code + "/clients",
                            "{\"email\": \"" + email + "\", \"full_name\": \"" + name + "\"}",
                            {{"Content-Type", "application/json"}});
        if (started.status != 201)
            qFatal("start %s: %d %s", email.c_str(), started.status, started.body.c_str());
        const QJsonObject start =
            QJsonDocument::fromJson(QByteArray::fromStdString(started.body)).object();
        const std::string client =
            start.value(QStringLiteral("client_id")).toString().toStdString();
        const std::string token =
            start.value(QStringLiteral("resume_token")).toString().toStdString();
        const auto saved =
            browser.request("PUT", "/api/v1/partner-assessment/" + client + "/sections/A",
                            "{\"answers\": {\"A-1\": 5}, \"elapsed_seconds\": 60}",
                            {{"Content-Type", "application/json"}, {"X-Resume-Token", token}});
        const auto finished = browser.request(
            "POST", "/api/v1/partner-assessment/" + client + "/finish?token=" + token, "{}",
            {{"Content-Type", "application/json"}});
        if (saved.status != 200 || finished.status != 200)
            qFatal("finish %s: %d %d %s", email.c_str(), saved.status, finished.status,
                   finished.body.c_str());
        return QString::fromStdString(client);
    }

    void selectClients(ClientsPage* page, const QStringList& ids)
    {
        page->table()->clearSelection();
        for (const QString& id : ids) {
            const int row = rowOf(page->model(), id);
            QVERIFY2(row >= 0, qPrintable(id));
            page->table()->selectionModel()->select(page->model()->index(row, 0),
                                                    QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>(
            &m_clock, std::map<std::string, std::string>{
                          {"payments.manual_bank_name", "BCA"},
                          {"payments.manual_account_number", "8830123456"},
                          {"payments.manual_account_holder", "PT Ekspor Yuk Indonesia"}});
        ey::test::createUser(m_server->instance(), "ayu@example.test", {"admin"}, "Ayu Admin");
        const char* admin = "ayu@example.test";
        const std::string definition =
            "{\"code\": \"MINAT-KERJA\", \"title\": \"Asesmen Minat Kerja\","
            " \"templates\": [{\"key\": \"L5\", \"name\": \"Likert\", \"options\": ["
            " {\"value\": 1, \"label\": \"Tidak setuju\"}, {\"value\": 5, \"label\": "
            "\"Setuju\"}]}],"
            " \"sections\": [{\"key\": \"A\", \"title\": \"Minat\", \"template\": \"L5\","
            " \"scoring\": {\"scales\": [{\"key\": \"X\", \"label\": \"Analitis\", \"method\": "
            "\"sum\"}]},"
            " \"questions\": [{\"text\": \"Saya suka data.\", \"scale\": \"X\"}]}]}";
        const std::string assessment =
            call(admin, "POST", "/api/v1/admin/assessments", definition, 201)
                .value(QStringLiteral("id"))
                .toString()
                .toStdString();
        call(admin, "POST", "/api/v1/admin/assessments/" + assessment + "/publish", "{}", 200);
        m_assessment = assessment;
        // Pre-paid (quota) and post-paid (credit) partners.
        m_sinarPartner =
            call(admin, "POST", "/api/v1/admin/partners",
                 "{\"type\": \"corporate\", \"institution\": \"PT Sinar Ekspor\", "
                 "\"payment_model\": "
                 "\"after_payment\", \"owner\": {\"email\": \"rina@sinar.test\", \"full_name\": "
                 "\"Rina Sinar\", \"password\": \"" +
                     ey::test::kTestPassword + "\"}}",
                 201)
                .value(QStringLiteral("id"))
                .toString()
                .toStdString();
        m_schoolPartner =
            call(admin, "POST", "/api/v1/admin/partners",
                 "{\"type\": \"school\", \"institution\": \"SMK Negeri 1 Bandung\", "
                 "\"payment_model\": "
                 "\"before_payment\", \"credit_limit\": 5000000, \"owner\": {\"email\": "
                 "\"budi@smkn1.test\", \"full_name\": \"Budi Kepala Sekolah\", \"password\": \"" +
                     ey::test::kTestPassword + "\"}}",
                 201)
                .value(QStringLiteral("id"))
                .toString()
                .toStdString();
        // The executive summary add-on has a price for both partners.
        for (const auto& partner : {m_sinarPartner, m_schoolPartner})
            call(admin, "PUT", "/api/v1/admin/partners/" + partner + "/pricing/" + assessment,
                 "{\"price\": 100000, \"executive_price\": 25000}", 200);
        const std::string a = "{\"assessment_id\": \"" + assessment + "\", ";
        m_sinarEvent = call("rina@sinar.test", "POST", "/api/v1/partner/events",
                            a + "\"reference_code\": \"SINAR2026\", \"title\": \"Rekrutmen Batch "
                                "Juni\", \"price\": 150000}",
                            201)
                           .value(QStringLiteral("id"))
                           .toString();
        m_tightEvent = call("rina@sinar.test", "POST", "/api/v1/partner/events",
                            a + "\"reference_code\": \"MAGANG-01\", \"title\": \"Program Magang\","
                                " \"price\": 75000}",
                            201)
                           .value(QStringLiteral("id"))
                           .toString();
        call(admin, "POST", "/api/v1/admin/partner-events/" + m_sinarEvent.toStdString() + "/quota",
             "{\"delta\": 20, \"reason\": \"Paket awal\"}", 200);
        call(admin, "POST", "/api/v1/admin/partner-events/" + m_tightEvent.toStdString() + "/quota",
             "{\"delta\": 1, \"reason\": \"Uji coba\"}", 200);
        // Forty days ago a client of the school finished and the report was downloaded on
        // credit (first, before the other clients: starts are rate-limited per network).
        constexpr qint64 fortyDays = 40LL * 24 * 3600 * 1000;
        m_clock.advanceMs(-fortyDays);
        const std::string b = "{\"assessment_id\": \"";
        call("budi@smkn1.test", "POST", "/api/v1/partner/events",
             b + m_assessment +
                 "\", \"reference_code\": \"SMKN1-BK\", \"title\": \"Minat Bakat Kelas XII\","
                 " \"price\": 50000}",
             201);
        const QString client = finishClient("SMKN1-BK", "siswa1@smkn1.test", "Ani Siswa");
        const auto report =
            raw("budi@smkn1.test", "GET",
                "/api/v1/partner/clients/" + client.toStdString() + "/report.pdf", "");
        m_clock.advanceMs(fortyDays);
        QCOMPARE(report.status, 200);
        m_zipClients << finishClient("SINAR2026", "dewi@klien.test", "Dewi Lestari")
                     << finishClient("SINAR2026", "bima@klien.test", "Bima Sakti")
                     << finishClient("SINAR2026", "citra@klien.test", "Citra Andé Putri");
        for (int i = 1; i <= 8; ++i)
            m_moreClients << finishClient("SINAR2026",
                                          "peserta" + std::to_string(i) + "@klien.test",
                                          "Peserta Rekrutmen " + std::to_string(i));
        // Two clients started while one report of quota was left: only one can be downloaded.
        m_tightClients << finishClient("MAGANG-01", "eko@klien.test", "Eko Prasetyo")
                       << finishClient("MAGANG-01", "fina@klien.test", "Fina Rahma");
        m_owner = signIn("rina@sinar.test");
    }

    void bulkZipOfThreeClientsPassesUnzipTest()
    {
        ClientsPage* page = m_owner->workspace->clients();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_owner->workspace->tabs()->setCurrentWidget(page);
        QTRY_COMPARE(page->model()->rowCount(), 13);
        selectClients(page, m_zipClients);
        QCOMPARE(page->selectedClientIds().size(), 3);
        QVERIFY(page->zipButton()->isEnabled());
        QCOMPARE(page->zipButton()->text(), QStringLiteral("Unduh ZIP (3)"));
        screenshot(m_owner->workspace->widget(), QStringLiteral("clients-selected"));

        const QString path = m_dir.filePath(QStringLiteral("laporan-tiga.zip"));
        QSignalSpy finished(page, &ClientsPage::zipFinished);
        QSignalSpy failed(page, &ClientsPage::zipFailed);
        page->downloadZip(path);
        QVERIFY(page->zipProgress() != nullptr);
        QVERIFY(page->zipProgress()->isVisible());
        QVERIFY(!page->zipButton()->isEnabled()); // one bulk download at a time
        QVERIFY2(finished.wait(120000),
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QVERIFY(QFile::exists(path));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY(unzip.waitForFinished(30000));
        const QString output = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY2(unzip.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("No errors detected")), qPrintable(output));
        QCOMPARE(output.count(QStringLiteral(".pdf")), 3);
        // Only the archive is in the folder: no temporary file left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.zip*")}, QDir::Files).size(), 1);
        // The three are complete now (the server charged them).
        for (const QString& id : m_zipClients)
            QTRY_COMPARE(
                page->model()->index(std::max(0, rowOf(page->model(), id)), 4).data().toString(),
                QStringLiteral("Selesai"));
        QVERIFY(page->message()->text().contains(QStringLiteral("3 laporan disimpan")));
        QTRY_VERIFY(page->zipProgress() == nullptr);
    }

    void zipEntriesAreCountedHoweverTheBytesArrive_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("header split") << 29;
        QTest::newRow("4 KiB") << 4096;
        QTest::newRow("whole") << 0;
    }

    void zipEntriesAreCountedHoweverTheBytesArrive()
    {
        QFETCH(int, chunk);
        QFile file(m_dir.filePath(QStringLiteral("laporan-tiga.zip")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray zip = file.readAll();
        BulkZipCounter counter;
        const int step = chunk > 0 ? chunk : int(zip.size());
        int reported = 0;
        for (qsizetype at = 0; at < zip.size(); at += step)
            reported += counter.feed(zip.mid(at, step));
        QCOMPARE(counter.entries(), 3);
        QCOMPARE(reported, 3);
        QVERIFY(counter.reachedDirectory());
        QVERIFY(!counter.malformed());
        // Cut off before the central directory (what the server sends when it stops early).
        BulkZipCounter truncated;
        truncated.feed(zip.left(zip.size() / 2));
        QVERIFY(!truncated.reachedDirectory());
        BulkZipCounter notZip;
        notZip.feed(QByteArrayLiteral("{\"type\": \"problem\"}"));
        QVERIFY(notZip.malformed());
    }

    void cancelledZipLeavesNoFile()
    {
        ClientsPage* page = m_owner->workspace->clients();
        QTRY_COMPARE(page->model()->rowCount(), 13);
        selectClients(page, m_moreClients);
        const QString path = m_dir.filePath(QStringLiteral("laporan-batal.zip"));
        QSignalSpy cancelled(page, &ClientsPage::zipCancelled);
        QSignalSpy finished(page, &ClientsPage::zipFinished);
        // "Batal" pressed the moment the first report is in, while the others still render.
        int doneWhenCancelled = -1;
        QString label;
        const auto connection =
            connect(page, &ClientsPage::zipProgressed, this, [&](int done, int total) {
                if (total != 8 || done < 1 || doneWhenCancelled >= 0)
                    return;
                doneWhenCancelled = done;
                label = page->zipProgress()->labelText();
                page->zipProgress()->grab().save(
                    QStringLiteral("/tmp/partner-billing-zip-progress.png"));
                // The dialog's own button, as a person presses it.
                auto* button = page->zipProgress()->findChild<QPushButton*>();
                QVERIFY(button && button->text() == QStringLiteral("Batal"));
                QTest::mouseClick(button, Qt::LeftButton);
            });
        page->downloadZip(path);
        QVERIFY(page->zipProgress());
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty(), 60000);
        disconnect(connection);
        QVERIFY2(finished.isEmpty(), "the ZIP finished before it could be cancelled");
        QVERIFY(doneWhenCancelled >= 1 && doneWhenCancelled < 8);
        QVERIFY2(label.contains(QStringLiteral("dari 8 laporan")), qPrintable(label));
        QVERIFY(!QFile::exists(path));
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("laporan-batal*")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
        QVERIFY(page->message()->text().contains(QStringLiteral("dibatalkan")));
        QTRY_VERIFY(page->zipProgress() == nullptr);
        // Another ZIP can start at once.
        QTRY_COMPARE(page->model()->rowCount(), 13);
        selectClients(page, m_moreClients);
        QVERIFY(page->zipButton()->isEnabled());
    }

    void zipBeyondTheQuotaShowsTheServersMessage()
    {
        ClientsPage* page = m_owner->workspace->clients();
        QTRY_COMPARE(page->model()->rowCount(), 13);
        selectClients(page, m_tightClients);
        const std::string body = "{\"client_ids\": [\"" + m_tightClients[0].toStdString() +
                                 "\", \"" + m_tightClients[1].toStdString() + "\"]}";
        const QString path = m_dir.filePath(QStringLiteral("laporan-magang.zip"));
        QSignalSpy failed(page, &ClientsPage::zipFailed);
        page->downloadZip(path);
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("MAGANG-01")), qPrintable(message));
        QCOMPARE(page->message()->text(), message);
        QVERIFY(!QFile::exists(path));
        // Exactly what the server says, and it charged nothing.
        const auto direct =
            raw("rina@sinar.test", "POST", "/api/v1/partner/clients/report.zip", body);
        QCOMPARE(direct.status, 409);
        QVERIFY(QString::fromStdString(direct.body).contains(message));
        screenshot(m_owner->workspace->widget(), QStringLiteral("zip-quota"));
    }

    void notificationLinkSelectsTheClient()
    {
        ClientsPage* page = m_owner->workspace->clients();
        m_owner->workspace->tabs()->setCurrentIndex(0);
        // Whatever filter was on, the link shows its client.
        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findData(QStringLiteral("complete")));
        // Dewi, Bima, Citra and whoever the cancelled ZIP delivered before it stopped.
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() >= 3 &&
                    page->model()->rowCount() < 13);
        QSignalSpy shown(page, &ClientsPage::clientShown);
        const QString target = m_tightClients[1]; // Fina: not complete, hidden by the filter
        QVERIFY(m_owner->workspace->openLink(QStringLiteral("partner-client:") + target));
        QVERIFY(!m_owner->workspace->openLink(QStringLiteral("ticket:12")));
        QCOMPARE(m_owner->workspace->tabs()->currentWidget(), page);
        QVERIFY(shown.wait(10000) || !shown.isEmpty());
        QCOMPARE(shown.first().first().toString(), target);
        QCOMPARE(page->statusFilter()->currentIndex(), 0);
        QCOMPARE(page->search()->text(), QString());
        const QModelIndex current = page->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(page->model()->item(current.row()).value(QStringLiteral("id")).toString(), target);
        QCOMPARE(page->selectedClientIds(), QStringList{target});
        QCOMPARE(page->shownClient().value(QStringLiteral("id")).toString(), target);
        screenshot(m_owner->workspace->widget(), QStringLiteral("client-link"));
    }

    void dateFilterKeepsClientsFinishedInTheRange()
    {
        ClientsPage* page = m_owner->workspace->clients();
        m_owner->workspace->tabs()->setCurrentWidget(page);
        // A week long ago: nobody finished then (the test's clients all finished today).
        const QDate today = QDate::currentDate();
        page->fromDate()->setDate(today.addDays(-10));
        page->toDate()->setDate(today.addDays(-3));
        page->dateFilter()->setChecked(true);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 0);
        // Around today (Jakarta's date may be a day ahead of the machine's): the finished ones,
        // and only those, since a client still answering has no finishing date.
        page->toDate()->setDate(today.addDays(1));
        page->fromDate()->setDate(today.addDays(-1));
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() >= 3);
        for (int row = 0; row < page->model()->rowCount(); ++row)
            QVERIFY(!page->model()->item(row).value(QStringLiteral("completed_at")).isNull());
        page->dateFilter()->setChecked(false);
        QVERIFY(!page->fromDate()->isEnabled());
    }

    void topupByTransferThenProofAwaitsConfirmation()
    {
        call("ayu@example.test", "POST", "/api/v1/admin/quota-packages",
             "{\"name\": \"Paket 50\", \"quota\": 50, \"discount_percent\": 10, \"active\": true,"
             " \"position\": 1}",
             201);
        BillingPage* page = m_owner->workspace->billing();
        QVERIFY(page);
        QSignalSpy loaded(page, &BillingPage::partnerLoaded);
        m_owner->workspace->tabs()->setCurrentWidget(page);
        QVERIFY(loaded.wait(10000));
        QVERIFY(page->isPrepaid());
        QVERIFY(page->topupButton()->isVisible());
        QAbstractItemModelTester quotaTester(
            page->quotaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester transactionsTester(
            page->transactionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page->quotaModel()->rowCount(), 2);
        // Choose SINAR2026 so the top-up form starts there.
        const int sinar = rowOf(page->quotaModel(), m_sinarEvent);
        page->quotaTable()->selectionModel()->setCurrentIndex(page->quotaModel()->index(sinar, 0),
                                                              QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        QTRY_VERIFY(page->quotaHeadline()->text().startsWith(QStringLiteral("SINAR2026")));

        TopupDialog* dialog = page->openTopup();
        QSignalSpy packages(dialog, &TopupDialog::packagesLoaded);
        QVERIFY(packages.wait(10000));
        QCOMPARE(dialog->eventCombo()->currentData().toString(), m_sinarEvent);
        QVERIFY2(dialog->message()->text().isEmpty(), qPrintable(dialog->message()->text()));
        QVERIFY(dialog->packageCombo()->currentText().startsWith(QStringLiteral("Paket 50")));
        QVERIFY(dialog->manualRadio()->isEnabled());
        QVERIFY(dialog->submitButton()->isEnabled());
        // Own quantity: 5 reports.
        dialog->packageCombo()->setCurrentIndex(dialog->packageCombo()->count() - 1);
        QVERIFY(dialog->quotaSpin()->isVisibleTo(dialog));
        dialog->quotaSpin()->setValue(5);
        QSignalSpy created(dialog, &TopupDialog::created);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(created.wait(10000));
        const QJsonObject transaction = created.first().first().toJsonObject();
        QCOMPARE(transaction.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(transaction.value(QStringLiteral("quota")).toInt(), 5);
        QVERIFY(dialog->instructions()->isVisible());
        QVERIFY(dialog->instructions()->text().contains(QStringLiteral("8830123456")));
        QVERIFY(dialog->instructions()->text().contains(
            transaction.value(QStringLiteral("number")).toString()));
        screenshot(dialog, QStringLiteral("topup"));
        dialog->close();

        // The new payment is selected; a proof that is not an image or PDF is refused by content.
        QTRY_COMPARE(page->shownTransaction().value(QStringLiteral("id")).toString(),
                     transaction.value(QStringLiteral("id")).toString());
        QVERIFY(page->proofButton()->isVisible());
        QVERIFY(page->cancelButton()->isVisible());
        const QString fake = m_dir.filePath(QStringLiteral("bukti.png"));
        {
            QFile file(fake);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("bukan gambar, hanya teks");
        }
        page->uploadProof(fake);
        QTRY_VERIFY(!page->message()->text().startsWith(QStringLiteral("Mengunggah")));
        QVERIFY(!page->message()->text().isEmpty());
        QCOMPARE(page->shownTransaction().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        const QString proof = m_dir.filePath(QStringLiteral("bukti-transfer.png"));
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(QColor(QStringLiteral("#0EA5E9")));
        QVERIFY(image.save(proof));
        QSignalSpy uploaded(page, &BillingPage::proofUploaded);
        page->uploadProof(proof);
        QVERIFY(uploaded.wait(10000));
        QCOMPARE(page->transactionStatus()->text(), QStringLiteral("Menunggu konfirmasi"));
        QVERIFY(!page->cancelButton()->isVisible());
        QTRY_VERIFY(rowOf(page->transactionsModel(),
                          transaction.value(QStringLiteral("id")).toString()) >= 0);
        QTRY_COMPARE(page->transactionsModel()
                         ->index(rowOf(page->transactionsModel(),
                                       transaction.value(QStringLiteral("id")).toString()),
                                 2)
                         .data()
                         .toString(),
                     QStringLiteral("Menunggu konfirmasi"));
        screenshot(m_owner->workspace->widget(), QStringLiteral("prepaid-proof"));
    }

    void adminConfirmationUpdatesQuotaAndChart()
    {
        BillingPage* page = m_owner->workspace->billing();
        const QJsonObject transaction = page->shownTransaction();
        const QString id = transaction.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(page->quotaHeadline()->text().startsWith(QStringLiteral("SINAR2026")));
        const int sinar = rowOf(page->quotaModel(), m_sinarEvent);
        const qint64 before =
            page->quotaModel()->item(sinar).value(QStringLiteral("quota")).toInteger();
        const int points = BillingCharts::quotaPointCount(page->quotaChart());
        const int logRows = page->quotaLog()->rowCount();
        call("ayu@example.test", "POST",
             "/api/v1/admin/partner-transactions/" + id.toStdString() + "/confirm",
             "{\"note\": \"Transfer BCA diterima\"}", 200);
        // What the server publishes to the partner's users arrives over the event stream.
        emit m_owner->events.eventReceived(
            QStringLiteral("partner.payment_updated"),
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("status"), QStringLiteral("paid")}});
        QTRY_COMPARE(page->transactionStatus()->text(), QStringLiteral("Lunas"));
        QTRY_COMPARE(page->quotaModel()
                         ->item(std::max(0, rowOf(page->quotaModel(), m_sinarEvent)))
                         .value(QStringLiteral("quota"))
                         .toInteger(),
                     before + 5);
        QTRY_COMPARE(page->quotaLog()->rowCount(), logRows + 1);
        QCOMPARE(page->quotaLog()->item(0, 1)->text(), QStringLiteral("+5"));
        QCOMPARE(BillingCharts::quotaPointCount(page->quotaChart()), points + 2);
        QVERIFY(page->quotaHeadline()->text().contains(QString::number(before + 5)));
        screenshot(m_owner->workspace->widget(), QStringLiteral("prepaid-confirmed"));
    }

    void postPaidPartnerSeesTheCreditPanel()
    {
        // initTestCase put a report on credit forty days ago; that month has closed: finance bills
        // it.
        call("ayu@example.test", "POST", "/api/v1/finance/partner-invoices/roll-up", "{}", 200);

        auto school = signIn("budi@smkn1.test");
        BillingPage* page = school->workspace->billing();
        QVERIFY(page);
        QSignalSpy credit(page, &BillingPage::creditLoaded);
        school->workspace->tabs()->setCurrentWidget(page);
        QVERIFY(credit.wait(10000));
        QVERIFY(!page->isPrepaid());
        QVERIFY(!page->topupButton()->isVisible());
        QVERIFY(page->creditPanel()->isVisible());
        QCOMPARE(page->creditLimitLabel()->text(), QStringLiteral("Rp 5.000.000"));
        QCOMPARE(page->creditUsedLabel()->text(), QStringLiteral("Rp 50.000"));
        QCOMPARE(page->creditAvailableLabel()->text(), QStringLiteral("Rp 4.950.000"));
        QCOMPARE(page->creditBar()->value(), 10); // 1% of 1000
        const QJsonArray months =
            credit.first().first().toJsonObject().value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 12);
        QAbstractItemModelTester tester(page->invoicesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The month's invoice, its line and its reminders.
        QTRY_COMPARE(page->invoicesModel()->rowCount(), 1);
        QCOMPARE(page->invoicesModel()->index(0, 2).data().toString(),
                 QStringLiteral("Belum dibayar"));
        QCOMPARE(page->invoicesModel()->index(0, 3).data().toString(), QStringLiteral("Rp 50.000"));
        QSignalSpy invoice(page, &BillingPage::invoiceShown);
        page->invoicesTable()->selectionModel()->setCurrentIndex(
            page->invoicesModel()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(invoice.wait(10000));
        QCOMPARE(page->invoiceLines()->rowCount(), 1);
        QCOMPARE(page->invoiceLines()->item(0, 0)->text(), QStringLiteral("Ani Siswa"));
        QCOMPARE(page->invoiceLines()->item(0, 3)->text(), QStringLiteral("Rp 50.000"));
        screenshot(school->workspace->widget(), QStringLiteral("postpaid"));
    }

    void executiveSummaryPrepaidCreatesAPayment()
    {
        ClientsPage* page = m_owner->workspace->clients();
        m_owner->workspace->tabs()->setCurrentWidget(page);
        page->reload();
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 13);
        selectClients(page, {m_zipClients[0], m_zipClients[1]});
        QVERIFY(page->executiveButton()->isEnabled());
        QSignalSpy requested(page, &ClientsPage::executiveRequested);
        page->requestExecutive(QStringLiteral("manual"));
        QVERIFY2(requested.wait(10000), qPrintable(page->message()->text()));
        const QJsonObject transaction = requested.first().first().toJsonObject();
        QCOMPARE(transaction.value(QStringLiteral("kind")).toString(), QStringLiteral("executive"));
        QCOMPARE(transaction.value(QStringLiteral("amount")).toInteger(), 50000);
        QVERIFY(page->message()->text().contains(QStringLiteral("Kuota & Tagihan")));
        QVERIFY(page->message()->text().contains(
            transaction.value(QStringLiteral("number")).toString()));
    }

    void executiveSummaryPostpaidIsActiveAtOnce()
    {
        auto school = signIn("budi@smkn1.test");
        ClientsPage* page = school->workspace->clients();
        school->workspace->tabs()->setCurrentWidget(page);
        QTRY_VERIFY(!page->model()->isLoading() && page->model()->rowCount() == 1);
        QCOMPARE(page->model()->index(0, 7).data().toString(), QStringLiteral("—"));
        selectClients(page, {page->model()->item(0).value(QStringLiteral("id")).toString()});
        QTRY_VERIFY(page->executiveButton()->isEnabled());
        QSignalSpy requested(page, &ClientsPage::executiveRequested);
        page->requestExecutive(QStringLiteral("manual"));
        QVERIFY2(requested.wait(10000), qPrintable(page->message()->text()));
        QVERIFY(requested.first().first().toJsonObject().isEmpty());
        QVERIFY2(page->message()->text().contains(QStringLiteral("Rp 25.000")),
                 qPrintable(page->message()->text()));
        QTRY_COMPARE(page->model()->index(0, 7).data().toString(), QStringLiteral("Tersedia"));
        QVERIFY(!page->executiveButton()->isEnabled());
        screenshot(school->workspace->widget(), QStringLiteral("postpaid-executive"));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestBillingPage)
#include "TestBillingPage.moc"
