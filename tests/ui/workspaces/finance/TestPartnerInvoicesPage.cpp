// "Tagihan Partner" offscreen against a real server: a post-paid partner downloads two clients'
// reports (credits), the month closes (ManualClock) and is rolled up into an invoice through the
// API; finance sees it with its lines, marks it paid with a note after confirming, the partner
// reads it as paid, and the list exports to CSV. A founder (finance.read without
// partner.invoices) has no such tab.
#include "FinanceWorkspace.h"
#include "PartnerInvoicesPage.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "StatusBadge.h"

#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ey::desk;
using namespace ey::desk::finance;

namespace {

constexpr const char* kAdmin = "ayu@example.test";
constexpr const char* kFinance = "fina@example.test";
constexpr const char* kOwner = "kepsek@smkn1.test";

struct Desk
{
    explicit Desk(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    std::unique_ptr<FinanceWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
};

void screenshot(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/partner-admin-%1.png").arg(name));
}

void answerNextQuestion(QMessageBox::StandardButton button, QString* text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestPartnerInvoicesPage : public QObject
{
    Q_OBJECT

    ey::test::ManualClock m_clock;
    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    QString m_invoiceId;

    QJsonObject call(const char* email, const std::string& method, const std::string& path,
                     const std::string& body, int expected)
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login(email, ey::test::kTestPassword);
        const auto result =
            http.request(method, path, body, {{"Content-Type", "application/json"}});
        if (result.status != expected)
            qFatal("%s %s: %d %s", method.c_str(), path.c_str(), result.status,
                   result.body.c_str());
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    /// A client takes the event in the browser and finishes it.
    void clientFinishes(const std::string& email, const std::string& name)
    {
        ey::test::HttpClient browser(m_server->baseUrl());
        const auto started = browser.request(
            "POST", "/api/v1/partner-events/SMKN1-2026/clients",
            "{\"email\": \"" + email + "\", \"full_name\": \"" + name + "\"}",
            {{"Content-Type", "application/json"}});
        QVERIFY2(started.status == 201, started.body.c_str());
        const QJsonObject start =
            QJsonDocument::fromJson(QByteArray::fromStdString(started.body)).object();
        const std::string client = start.value(QStringLiteral("client_id")).toString().toStdString();
        const std::string token =
            start.value(QStringLiteral("resume_token")).toString().toStdString();
        const auto answered =
            browser.request("PUT", "/api/v1/partner-assessment/" + client + "/sections/A",
                            "{\"answers\": {\"A-1\": 5}, \"elapsed_seconds\": 60}",
                            {{"Content-Type", "application/json"}, {"X-Resume-Token", token}});
        QVERIFY2(answered.status == 200, answered.body.c_str());
        const auto finished = browser.request(
            "POST", "/api/v1/partner-assessment/" + client + "/finish?token=" + token, "{}",
            {{"Content-Type", "application/json"}});
        QVERIFY2(finished.status == 200, finished.body.c_str());
    }

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
        desk->workspace = std::make_unique<FinanceWorkspace>(desk->context());
        desk->workspace->widget()->resize(1440, 860);
        desk->workspace->widget()->show();
        return desk;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>(&m_clock);
        ey::test::createUser(m_server->instance(), kAdmin, {"admin"}, "Ayu Admin");
        ey::test::createUser(m_server->instance(), kFinance, {"finance"}, "Fina Keuangan");
        ey::test::createUser(m_server->instance(), "fajar@example.test", {"founder"}, "Fajar Founder");
        const std::string definition =
            "{\"code\": \"MINAT-KERJA\", \"title\": \"Asesmen Minat Kerja\","
            " \"templates\": [{\"key\": \"L5\", \"name\": \"Likert\", \"options\": ["
            " {\"value\": 1, \"label\": \"Tidak setuju\"}, {\"value\": 5, \"label\": "
            "\"Setuju\"}]}],"
            " \"sections\": [{\"key\": \"A\", \"title\": \"Minat\", \"template\": \"L5\","
            " \"scoring\": {\"scales\": [{\"key\": \"X\", \"label\": \"Analitis\", \"method\": "
            "\"sum\"}]},"
            " \"questions\": [{\"text\": \"Saya suka data.\", \"scale\": \"X\"}]}]}";
        const QString assessment = call(kAdmin, "POST", "/api/v1/admin/assessments", definition, 201)
                                       .value(QStringLiteral("id"))
                                       .toString();
        call(kAdmin, "POST", "/api/v1/admin/assessments/" + assessment.toStdString() + "/publish",
             "{}", 200);
        call(kAdmin, "POST", "/api/v1/admin/partners",
             "{\"type\": \"school\", \"institution\": \"SMK Negeri 1 Bandung\", \"payment_model\": "
             "\"before_payment\", \"credit_limit\": 5000000, \"owner\": {\"email\": \"" +
                 std::string(kOwner) + "\", \"full_name\": \"Budi Kepala Sekolah\", "
                 "\"password\": \"" + ey::test::kTestPassword + "\"}}",
             201);
        call(kOwner, "POST", "/api/v1/partner/events",
             "{\"assessment_id\": \"" + assessment.toStdString() +
                 "\", \"reference_code\": \"SMKN1-2026\", \"title\": \"Tes Minat Kelas XII\", "
                 "\"price\": 150000}",
             201);
        clientFinishes("dewi@klien.test", "Dewi Lestari");
        clientFinishes("raka@klien.test", "Raka Pratama");
        // The partner downloads both reports on credit.
        const QJsonArray clients =
            call(kOwner, "GET", "/api/v1/partner/clients", "", 200).value(QStringLiteral("items")).toArray();
        QCOMPARE(clients.size(), 2);
        ey::test::HttpClient partner(m_server->baseUrl());
        partner.login(kOwner, ey::test::kTestPassword);
        for (const QJsonValue& client : clients) {
            const auto pdf = partner.get("/api/v1/partner/clients/" +
                                         client.toObject().value(QStringLiteral("id")).toString().toStdString() +
                                         "/report.pdf");
            QVERIFY2(pdf.status == 200, pdf.body.substr(0, 300).c_str());
        }
        // The month closes; finance (or the worker) bills it.
        m_clock.advanceMs(40LL * 24 * 3600 * 1000);
        const QJsonObject rolled =
            call(kFinance, "POST", "/api/v1/finance/partner-invoices/roll-up", "{}", 200);
        QCOMPARE(rolled.value(QStringLiteral("created")).toInt(), 1);
    }

    void financeMarksAnInvoicePaid()
    {
        auto desk = signIn(kFinance);
        PartnerInvoicesPage* page = desk->workspace->partnerInvoices();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk->workspace->tabs()->tabText(FinanceWorkspace::PartnerInvoices),
                 QStringLiteral("Tagihan Partner"));
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::PartnerInvoices);
        QCOMPARE(page->statusFilter(), QStringLiteral("pending"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, PartnerInvoicesPage::Partner).data().toString(),
                 QStringLiteral("SMK Negeri 1 Bandung"));
        QCOMPARE(page->model()->index(0, PartnerInvoicesPage::Amount).data().toString(),
                 QStringLiteral("Rp 300.000"));
        QCOMPARE(page->model()->index(0, PartnerInvoicesPage::Status).data().toString(),
                 QStringLiteral("Belum dibayar"));
        QSignalSpy detail(page, &PartnerInvoicesPage::detailLoaded);
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        QTRY_VERIFY(detail.count() >= 1);
        m_invoiceId = page->current().value(QStringLiteral("id")).toString();
        QCOMPARE(page->linesTable()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row) {
            names << page->linesTable()->item(row, 0)->text();
            QCOMPARE(page->linesTable()->item(row, 3)->text(), QStringLiteral("Rp 150.000"));
            QCOMPARE(page->linesTable()->item(row, 1)->text(), QStringLiteral("SMKN1-2026"));
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Dewi Lestari"), QStringLiteral("Raka Pratama")}));
        QCOMPARE(page->badge()->text(), QStringLiteral("Belum dibayar"));
        QVERIFY(page->paidButton()->isVisibleTo(page));
        screenshot(desk->workspace->widget(), QStringLiteral("invoice-open"));

        // Cancel in the dialog leaves it unpaid.
        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        QTest::mouseClick(page->paidButton(), Qt::LeftButton);
        QVERIFY(question.contains(QStringLiteral("Rp 300.000")));
        QVERIFY(question.contains(QStringLiteral("SMK Negeri 1 Bandung")));
        QCOMPARE(page->current().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        QSignalSpy updated(page, &PartnerInvoicesPage::invoiceUpdated);
        QTest::keyClicks(page->paidNote(), QStringLiteral("Ref. transfer BNI 778899"));
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(page->paidButton(), Qt::LeftButton);
        QTRY_COMPARE(updated.count(), 1);
        QTRY_COMPARE(page->badge()->text(), QStringLiteral("Lunas"));
        QVERIFY(!page->paidButton()->isVisibleTo(page));
        QCOMPARE(page->fieldValue(5)->text(), QStringLiteral("Ref. transfer BNI 778899"));
        QTRY_COMPARE(page->model()->rowCount(), 0); // no longer among the unpaid
        const QJsonObject seen =
            call(kOwner, "GET", "/api/v1/partner/invoices/" + m_invoiceId.toStdString(), "", 200);
        QCOMPARE(seen.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        page->setStatusFilter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->open(0);
        QTRY_COMPARE(page->badge()->text(), QStringLiteral("Lunas"));
        screenshot(desk->workspace->widget(), QStringLiteral("invoice-paid"));

        // Finance cannot list partners, yet the filter offers the invoiced one.
        QTRY_VERIFY(page->partnerCombo()->findText(QStringLiteral("SMK Negeri 1 Bandung")) > 0);

        // Ctrl+E: the list with this filter as CSV.
        QSignalSpy exported(page, &PartnerInvoicesPage::exportFinished);
        const QString file = m_dir.filePath(QStringLiteral("tagihan.csv"));
        page->exportTo(file);
        QTRY_COMPARE(exported.count(), 1);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"),
                                                                          Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].contains(QStringLiteral("SMK Negeri 1 Bandung")));
        QVERIFY(lines[1].contains(QStringLiteral(",300000,")));
        QVERIFY(lines[1].contains(QStringLiteral("paid")));
    }

    void overdueMeansUnpaidPastTheDueDate_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("unpaid, due yesterday") << "pending" << -1 << true;
        QTest::newRow("unpaid, due tomorrow") << "pending" << 1 << false;
        QTest::newRow("proof sent, due yesterday") << "awaiting_confirmation" << -1 << true;
        QTest::newRow("paid, due yesterday") << "paid" << -1 << false;
        QTest::newRow("cancelled, due yesterday") << "cancelled" << -1 << false;
    }

    void overdueMeansUnpaidPastTheDueDate()
    {
        QFETCH(QString, status);
        QFETCH(int, dueInDays);
        QFETCH(bool, overdue);
        const QJsonObject invoice{
            {QStringLiteral("status"), status},
            {QStringLiteral("due_at"), QDateTime::currentDateTimeUtc()
                                           .addDays(dueInDays)
                                           .toString(Qt::ISODate)}};
        QCOMPARE(PartnerInvoicesPage::isOverdue(invoice), overdue);
    }

    void tabNeedsPartnerInvoicesPermission()
    {
        // A founder reads finance but does not settle partner invoices: no tab for them.
        auto founder = signIn("fajar@example.test");
        QVERIFY(!founder->workspace->partnerInvoices());
        QCOMPARE(founder->workspace->tabs()->count(), 4);
        auto admin = signIn(kAdmin);
        QVERIFY(admin->workspace->partnerInvoices());
        QCOMPARE(admin->workspace->tabs()->count(), 5);
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }
};

QTEST_MAIN(TestPartnerInvoicesPage)
#include "TestPartnerInvoicesPage.moc"
