// The "Dasbor Partner" workspace offscreen against a real server: a partner owner creates an event
// through the editor and sees it listed with its share link and QR code, a taken reference code
// is shown at the code field with the typing kept, an edit changes the price, an admin creates a
// partner with an area, an operator sees no "Partner" page, and the models pass the tester. On the
// selected partner the admin adds and removes an operator, sets a price and an executive price
// in place and sees them after a reload, and grants quota to an event with a reason.
#include "ClientsPage.h"
#include "EventEditor.h"
#include "EventsPage.h"
#include "PartnerOperatorsPanel.h"
#include "PartnerPricingPanel.h"
#include "PartnerTableModel.h"
#include "PartnerWorkspace.h"
#include "PartnersPage.h"
#include "QrCode.h"

#include "ApiClient.h"
#include "AreaPicker.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "Session.h"

#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace ey::desk;
using namespace ey::desk::partner;

namespace {

struct Desk
{
    explicit Desk(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    std::unique_ptr<PartnerWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
};

int rowWith(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

void screenshot(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/partner-%1.png").arg(name));
}

/// Answers the next question box with `button` once it is up (QMessageBox::question blocks).
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

/// Types `text` into the in-place editor of `table`'s cell and presses Enter.
void editCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    if (!editor)
        editor = table->viewport()->findChild<QLineEdit*>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

} // namespace

class TestPartnerWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    std::unique_ptr<Desk> m_owner;

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(
            m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        const QUrl server(QString::fromStdString(m_server->baseUrl()));
        desk->session.signIn(server, QString::fromLatin1(email),
                             QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->workspace = std::make_unique<PartnerWorkspace>(desk->context());
        desk->workspace->widget()->resize(1440, 860);
        desk->workspace->widget()->show();
        return desk;
    }

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

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
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
        const QString assessment = call(admin, "POST", "/api/v1/admin/assessments", definition, 201)
                                       .value(QStringLiteral("id"))
                                       .toString();
        call(admin, "POST", "/api/v1/admin/assessments/" + assessment.toStdString() + "/publish",
             "{}", 200);
        const QString partnerId =
            call(
                admin, "POST", "/api/v1/admin/partners",
                "{\"type\": \"corporate\", \"institution\": \"PT Sinar Ekspor\", \"owner\": {"
                " \"email\": \"rina@sinar.test\", \"full_name\": \"Rina Sinar\", \"password\": \"" +
                    ey::test::kTestPassword + "\"}}",
                201)
                .value(QStringLiteral("id"))
                .toString();
        call(admin, "POST", "/api/v1/admin/partners/" + partnerId.toStdString() + "/operators",
             "{\"email\": \"opi@sinar.test\", \"full_name\": \"Opi Operator\", \"password\": \"" +
                 ey::test::kTestPassword + "\"}",
             201);
        // A few events as a partner keeps them, for the list and the screenshots.
        const std::string events = "/api/v1/partner/events";
        const std::string a = "{\"assessment_id\": \"" + assessment.toStdString() + "\", ";
        call("rina@sinar.test", "POST", events,
             a + " \"reference_code\": \"SINAR2026\", \"title\": \"Rekrutmen Batch Juni\","
                 " \"price\": 150000}",
             201);
        call("rina@sinar.test", "POST", events,
             a + " \"reference_code\": \"MAGANG-01\", \"title\": \"Program Magang\", \"status\": "
                 "\"inactive\","
                 " \"price\": 75000}",
             201);
        m_owner = signIn("rina@sinar.test");
    }

    void eventsLoadAndPassTheModelTester()
    {
        EventsPage* page = m_owner->workspace->events();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QVERIFY(!page->partnerChooser()->isVisibleTo(page));
        const int row = rowWith(page->model(), 0, QStringLiteral("SINAR2026"));
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->index(row, 3).data().toString(), QStringLiteral("Aktif"));
        QCOMPARE(page->model()->index(row, 5).data().toString(), QStringLiteral("Rp 150.000"));
        QCOMPARE(page->model()->index(row, 5).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        // The status filter asks the server again.
        page->statusFilter()->setCurrentIndex(
            page->statusFilter()->findData(QStringLiteral("inactive")));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("MAGANG-01"));
        page->statusFilter()->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QTest::keyClicks(page->search(), QStringLiteral("magang"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->search()->clear();
        QTRY_COMPARE(page->model()->rowCount(), 2);
    }

    void createEventThroughTheEditor()
    {
        EventsPage* page = m_owner->workspace->events();
        EventEditor* editor = page->editor();
        page->newEvent();
        QVERIFY(editor->isNew());
        QTRY_COMPARE(editor->assessmentCombo()->count(), 1);
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Asesmen Staf Ekspor"));
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("EKSPOR-26"));
        editor->priceEdit()->setValue(125000);
        QSignalSpy saved(editor, &EventEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!editor->isNew());
        QVERIFY(editor->codeEdit()->isReadOnly());
        QVERIFY(
            editor->shareUrl().endsWith(QStringLiteral("/partner/assessment/take?ref=EKSPOR-26")));
        QCOMPARE(editor->findChild<QLineEdit*>(QStringLiteral("shareLink"))->text(),
                 editor->shareUrl());
        QTRY_VERIFY(rowWith(page->model(), 0, QStringLiteral("EKSPOR-26")) >= 0);
        const int row = rowWith(page->model(), 0, QStringLiteral("EKSPOR-26"));
        QCOMPARE(page->model()->index(row, 5).data().toString(), QStringLiteral("Rp 125.000"));
        screenshot(m_owner->workspace->widget(), QStringLiteral("events"));
    }

    void qrCodeIsSquareWithQuietZoneAndSavesAsPng()
    {
        EventEditor* editor = m_owner->workspace->events()->editor();
        QVERIFY(!editor->shareUrl().isEmpty());
        const QImage modules = QrCode::modules(editor->shareUrl());
        QVERIFY(!modules.isNull());
        QCOMPARE(modules.width(), modules.height());
        // Version 1..40 is 21..177 modules, plus 4 white modules each side.
        QCOMPARE((modules.width() - 8 - 21) % 4, 0);
        for (int i = 0; i < modules.width(); ++i) {
            QCOMPARE(modules.pixel(i, 0), qRgb(255, 255, 255));
            QCOMPARE(modules.pixel(0, i), qRgb(255, 255, 255));
        }
        // The top-left finder pattern starts right after the quiet zone.
        QCOMPARE(modules.pixel(4, 4), qRgb(0, 0, 0));
        const QImage shown = editor->qrImage();
        QCOMPARE(shown.width(), shown.height());
        QVERIFY(shown.width() >= 180);
        QCOMPARE(shown.width() % modules.width(), 0); // whole-pixel modules: no blur
        const QString file = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(editor->saveQr(file));
        QImage saved(file);
        QVERIFY(saved.width() >= 600);
        QCOMPARE(saved.width(), saved.height());
    }

    void takenCodeIsShownAtTheField()
    {
        EventsPage* page = m_owner->workspace->events();
        EventEditor* editor = page->editor();
        page->newEvent();
        QTRY_COMPARE(editor->assessmentCombo()->count(), 1);
        QTest::keyClicks(editor->codeEdit(), QStringLiteral("sinar2026")); // case does not matter
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(editor->codeError()->isVisibleTo(editor));
        QVERIFY(
            editor->codeError()->text().contains(QStringLiteral("SINAR2026"), Qt::CaseInsensitive));
        QVERIFY(editor->isNew());
        QCOMPARE(editor->codeEdit()->text(), QStringLiteral("sinar2026"));
        screenshot(m_owner->workspace->widget(), QStringLiteral("code-taken"));
        // Leaving the code empty lets the server generate one.
        editor->codeEdit()->clear();
        QSignalSpy saved(editor, &EventEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(editor->codeEdit()->text().size(), 8);
        QVERIFY(!editor->codeError()->isVisibleTo(editor));
    }

    void editChangesStatusAndSpecialPrice()
    {
        EventsPage* page = m_owner->workspace->events();
        QTRY_VERIFY(rowWith(page->model(), 0, QStringLiteral("SINAR2026")) >= 0);
        const int row = rowWith(page->model(), 0, QStringLiteral("SINAR2026"));
        page->table()->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        EventEditor* editor = page->editor();
        QCOMPARE(editor->codeEdit()->text(), QStringLiteral("SINAR2026"));
        QCOMPARE(editor->priceEdit()->value(), 150000);
        editor->priceEdit()->setValue(99000);
        editor->specialCheck()->setChecked(true);
        editor->specialEndEdit()->setDateTime(QDateTime::currentDateTime().addDays(14));
        QSignalSpy saved(editor, &EventEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QTRY_COMPARE(page->model()
                         ->index(rowWith(page->model(), 0, QStringLiteral("SINAR2026")), 5)
                         .data()
                         .toString(),
                     QStringLiteral("Rp 99.000"));
        const int sinar = rowWith(page->model(), 0, QStringLiteral("SINAR2026"));
        QCOMPARE(
            page->model()->index(sinar, 6).data().toString(),
            QLocale().toString(QDate::currentDate().addDays(14), QStringLiteral("d MMM yyyy")));
        screenshot(m_owner->workspace->widget(), QStringLiteral("event-edit"));
    }

    void clientsListAndReportDownload()
    {
        const int sinar =
            rowWith(m_owner->workspace->events()->model(), 0, QStringLiteral("SINAR2026"));
        const std::string eventId = m_owner->workspace->events()
                                        ->model()
                                        ->item(sinar)
                                        .value(QStringLiteral("id"))
                                        .toString()
                                        .toStdString();
        call("ayu@example.test", "POST", "/api/v1/admin/partner-events/" + eventId + "/quota",
             "{\"delta\": 5, \"reason\": \"Paket awal\"}", 200);
        // A client takes SINAR2026 in the browser and finishes; the partner has quota for it.
        ey::test::HttpClient browser(m_server->baseUrl());
        const auto started =
            browser.request("POST", "/api/v1/partner-events/SINAR2026/clients",
                            "{\"email\": \"dewi@klien.test\", \"full_name\": \"Dewi Lestari\","
                            " \"organization\": \"CV Kopi Nusantara\"}",
                            {{"Content-Type", "application/json"}});
        QVERIFY2(started.status == 201, started.body.c_str());
        const QJsonObject start =
            QJsonDocument::fromJson(QByteArray::fromStdString(started.body)).object();
        const std::string client =
            start.value(QStringLiteral("client_id")).toString().toStdString();
        const std::string token =
            start.value(QStringLiteral("resume_token")).toString().toStdString();
        QCOMPARE(browser
                     .request("PUT", "/api/v1/partner-assessment/" + client + "/sections/A",
                              "{\"answers\": {\"A-1\": 5}, \"elapsed_seconds\": 60}",
                              {{"Content-Type", "application/json"}, {"X-Resume-Token", token}})
                     .status,
                 200);
        QCOMPARE(browser
                     .request("POST",
                              "/api/v1/partner-assessment/" + client + "/finish?token=" + token,
                              "{}", {{"Content-Type", "application/json"}})
                     .status,
                 200);

        ClientsPage* page = m_owner->workspace->clients();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_owner->workspace->tabs()->setCurrentWidget(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("Dewi Lestari"));
        QCOMPARE(page->model()->index(0, 4).data().toString(), QStringLiteral("Menunggu unduhan"));
        QTRY_VERIFY(page->eventFilter()->count() >= 4);
        page->eventFilter()->setCurrentIndex(
            page->eventFilter()->findText(QStringLiteral("MAGANG-01"), Qt::MatchStartsWith));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        page->eventFilter()->setCurrentIndex(0);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->table()->selectionModel()->setCurrentIndex(page->model()->index(0, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        QVERIFY(page->downloadButton()->isEnabled());
        screenshot(m_owner->workspace->widget(), QStringLiteral("clients"));
        QSignalSpy downloaded(page, &ClientsPage::downloaded);
        const QString file = m_dir.filePath(QStringLiteral("Dewi-Lestari.pdf"));
        page->download(0, file);
        QVERIFY(downloaded.wait(60000));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == QByteArrayLiteral("%PDF-"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTRY_COMPARE(page->model()->index(0, 4).data().toString(), QStringLiteral("Selesai"));

        // Another client finishes; the server's live event brings them into the open list.
        const auto second =
            browser.request("POST", "/api/v1/partner-events/SINAR2026/clients",
                            "{\"email\": \"bima@klien.test\", \"full_name\": \"Bima Sakti\"}",
                            {{"Content-Type", "application/json"}});
        QVERIFY2(second.status == 201, second.body.c_str());
        const QJsonObject secondStart =
            QJsonDocument::fromJson(QByteArray::fromStdString(second.body)).object();
        const std::string secondId =
            secondStart.value(QStringLiteral("client_id")).toString().toStdString();
        const std::string secondToken =
            secondStart.value(QStringLiteral("resume_token")).toString().toStdString();
        QCOMPARE(browser
                     .request("PUT", "/api/v1/partner-assessment/" + secondId + "/sections/A",
                              "{\"answers\": {\"A-1\": 5}, \"elapsed_seconds\": 45}",
                              {{"Content-Type", "application/json"}, {"X-Resume-Token", secondToken}})
                     .status,
                 200);
        QCOMPARE(browser
                     .request("POST",
                              "/api/v1/partner-assessment/" + secondId + "/finish?token=" +
                                  secondToken,
                              "{}", {{"Content-Type", "application/json"}})
                     .status,
                 200);
        QCOMPARE(page->model()->rowCount(), 1);
        emit m_owner->events.eventReceived(QStringLiteral("partner.client_completed"), {});
        QTRY_COMPARE(page->model()->rowCount(), 2);
        m_owner->workspace->tabs()->setCurrentIndex(0);
    }

    void operatorDoesNotSeeThePartnerPage()
    {
        auto op = signIn("opi@sinar.test");
        QVERIFY(op->workspace->partners() == nullptr);
        for (int i = 0; i < op->workspace->tabs()->count(); ++i)
            QVERIFY(op->workspace->tabs()->tabText(i) != QStringLiteral("Partner"));
        QTRY_VERIFY(op->workspace->events()->model()->rowCount() >= 3);
    }

    void adminCreatesPartnerWithArea()
    {
        auto admin = signIn("ayu@example.test");
        auto* page = qobject_cast<PartnersPage*>(admin->workspace->partners());
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        admin->workspace->tabs()->setCurrentWidget(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QTest::keyClicks(page->institutionEdit(), QStringLiteral("SMK Negeri 1 Bandung"));
        page->typeCombo()->setCurrentIndex(page->typeCombo()->findData(QStringLiteral("school")));
        page->paymentCombo()->setCurrentIndex(
            page->paymentCombo()->findData(QStringLiteral("before_payment")));
        page->creditEdit()->setValue(5000000);
        QTest::keyClicks(page->ownerEmailEdit(), QStringLiteral("kepsek@smkn1.test"));
        QTest::keyClicks(page->ownerNameEdit(), QStringLiteral("Budi Kepala Sekolah"));
        page->ownerPasswordEdit()->setText(QString::fromStdString(ey::test::kTestPassword));
        QTest::keyClicks(page->addressEdit(), QStringLiteral("Jl. Setiabudi 1"));
        page->areaPicker()->setCode(QStringLiteral("32.73.01.1001"));
        QTRY_VERIFY(page->areaPicker()->isComplete());
        QSignalSpy created(page, &PartnersPage::created);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        const int row = rowWith(page->model(), 0, QStringLiteral("SMK Negeri 1 Bandung"));
        QVERIFY(row >= 0);
        QCOMPARE(page->model()->index(row, 1).data().toString(), QStringLiteral("Sekolah"));
        QCOMPARE(page->model()->index(row, 4).data().toString(), QStringLiteral("Rp 5.000.000"));
        QVERIFY(
            page->model()->index(row, 5).data().toString().contains(QStringLiteral("Sukarasa")));
        // The form is clean for the next partner (no password left on screen).
        QVERIFY(page->institutionEdit()->text().isEmpty());
        QVERIFY(page->ownerPasswordEdit()->text().isEmpty());
        screenshot(admin->workspace->widget(), QStringLiteral("partners"));

        // Selecting the row opens its terms; suspending it and raising the limit shows in the list.
        page->table()->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        QCOMPARE(page->institutionEdit()->text(), QStringLiteral("SMK Negeri 1 Bandung"));
        QVERIFY(!page->ownerEmailEdit()->isVisibleTo(page));
        QTRY_COMPARE(page->areaPicker()->code(), QStringLiteral("32.73.01.1001"));
        page->creditEdit()->setValue(7500000);
        page->statusCombo()->setCurrentIndex(
            page->statusCombo()->findData(QStringLiteral("suspended")));
        QSignalSpy updated(page, &PartnersPage::updated);
        QTest::mouseClick(page->createButton(), Qt::LeftButton);
        QTRY_COMPARE(updated.count(), 1);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        const int edited = rowWith(page->model(), 0, QStringLiteral("SMK Negeri 1 Bandung"));
        QCOMPARE(page->model()->index(edited, 3).data().toString(), QStringLiteral("Ditangguhkan"));
        QCOMPARE(page->model()->index(edited, 4).data().toString(), QStringLiteral("Rp 7.500.000"));
        // The admin's event page acts for a chosen partner.
        admin->workspace->tabs()->setCurrentIndex(0);
        EventsPage* events = admin->workspace->events();
        QVERIFY(events->partnerChooser()->isVisibleTo(events));
        events->reload();
        QTRY_COMPARE(events->partnerChooser()->count(), 2);
        events->partnerChooser()->setCurrentIndex(
            events->partnerChooser()->findText(QStringLiteral("PT Sinar Ekspor")));
        QTRY_VERIFY(events->model()->rowCount() >= 3);
        screenshot(admin->workspace->widget(), QStringLiteral("admin-events"));
    }

    void adminManagesOperatorsPricingAndQuota()
    {
        auto admin = signIn("ayu@example.test");
        auto* page = qobject_cast<PartnersPage*>(admin->workspace->partners());
        QVERIFY(page);
        admin->workspace->tabs()->setCurrentWidget(page);
        QTRY_VERIFY(rowWith(page->model(), 0, QStringLiteral("PT Sinar Ekspor")) >= 0);
        // A new partner's form has nothing to manage yet.
        QVERIFY(!page->detailTabs()->isTabEnabled(1));
        const int row = rowWith(page->model(), 0, QStringLiteral("PT Sinar Ekspor"));
        page->table()->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        QVERIFY(page->detailTabs()->isTabEnabled(1));

        // Operators: the one made at set-up, then a new account added and removed again.
        PartnerOperatorsPanel* operators = page->operators();
        page->detailTabs()->setCurrentWidget(operators);
        QTRY_COMPARE(operators->table()->rowCount(), 1);
        QCOMPARE(operators->table()->item(0, 1)->text(), QStringLiteral("opi@sinar.test"));
        QTest::keyClicks(operators->emailEdit(), QStringLiteral("dina@sinar.test"));
        QTest::keyClicks(operators->nameEdit(), QStringLiteral("Dina Operator"));
        operators->passwordEdit()->setText(QString::fromStdString(ey::test::kTestPassword));
        QTest::mouseClick(operators->addButton(), Qt::LeftButton);
        QTRY_COMPARE(operators->table()->rowCount(), 2);
        QVERIFY(operators->passwordEdit()->text().isEmpty());
        QVERIFY(operators->message()->text().contains(QStringLiteral("dina@sinar.test")));
        screenshot(admin->workspace->widget(), QStringLiteral("admin-operators"));
        int dina = -1;
        for (int r = 0; r < operators->table()->rowCount(); ++r)
            if (operators->table()->item(r, 1)->text() == QStringLiteral("dina@sinar.test"))
                dina = r;
        QVERIFY(dina >= 0);
        // Cancel keeps her; Yes removes her.
        answerNextQuestion(QMessageBox::Cancel);
        operators->remove(dina);
        QTest::qWait(200);
        QCOMPARE(operators->table()->rowCount(), 2);
        answerNextQuestion(QMessageBox::Yes);
        operators->table()->setCurrentCell(dina, 0);
        QTest::keyClick(operators->table(), Qt::Key_Delete);
        QTRY_COMPARE(operators->table()->rowCount(), 1);
        QCOMPARE(operators->table()->item(0, 1)->text(), QStringLiteral("opi@sinar.test"));

        // Prices: typed in place, Enter saves, still there after a reload.
        PartnerPricingPanel* pricing = page->pricing();
        page->detailTabs()->setCurrentWidget(pricing);
        QTRY_VERIFY(pricing->rowOf(QStringLiteral("MINAT-KERJA")) >= 0);
        const int assessment = pricing->rowOf(QStringLiteral("MINAT-KERJA"));
        QCOMPARE(pricing->table()->item(assessment, PartnerPricingPanel::Price)->data(Qt::EditRole),
                 QVariant());
        QSignalSpy saved(pricing, &PartnerPricingPanel::saved);
        QSignalSpy loaded(pricing, &PartnerPricingPanel::loaded);
        editCell(pricing->table(), assessment, PartnerPricingPanel::Price, QStringLiteral("125000"));
        QTRY_COMPARE(saved.count(), 1);
        QTRY_VERIFY(loaded.count() >= 1); // the table shows what the server stored
        editCell(pricing->table(), pricing->rowOf(QStringLiteral("MINAT-KERJA")),
                 PartnerPricingPanel::ExecutivePrice, QStringLiteral("Rp 40.000"));
        QTRY_COMPARE(saved.count(), 2);
        loaded.clear();
        page->reload();
        QTRY_VERIFY(loaded.count() >= 1);
        const int after = pricing->rowOf(QStringLiteral("MINAT-KERJA"));
        auto* table = pricing->table();
        auto shown = [table, after](int column) {
            auto* delegate = table->itemDelegateForColumn(column);
            return static_cast<QStyledItemDelegate*>(delegate)->displayText(
                table->item(after, column)->data(Qt::DisplayRole), QLocale());
        };
        QCOMPARE(shown(PartnerPricingPanel::Price), QStringLiteral("Rp 125.000"));
        QCOMPARE(shown(PartnerPricingPanel::ExecutivePrice), QStringLiteral("Rp 40.000"));
        const QJsonObject stored =
            call("ayu@example.test", "GET",
                 "/api/v1/admin/partners/" +
                     page->model()->item(row).value(QStringLiteral("id")).toString().toStdString() +
                     "/pricing",
                 "", 200);
        const QJsonObject price = stored.value(QStringLiteral("items")).toArray().at(0).toObject();
        QCOMPARE(price.value(QStringLiteral("price")).toInteger(), 125000);
        QCOMPARE(price.value(QStringLiteral("executive_price")).toInteger(), 40000);
        screenshot(admin->workspace->widget(), QStringLiteral("admin-pricing"));

        // Quota: a reason is required; the grant shows in the event's quota at once.
        page->detailTabs()->setCurrentIndex(3);
        QTableWidget* quota = page->quotaTable();
        QTRY_VERIFY(quota->rowCount() >= 2);
        int sinar = -1;
        for (int r = 0; r < quota->rowCount(); ++r)
            if (quota->item(r, 0)->text() == QStringLiteral("SINAR2026"))
                sinar = r;
        QVERIFY(sinar >= 0);
        const qint64 before = quota->item(sinar, 2)->text().remove(QLatin1Char('.')).toLongLong();
        quota->selectRow(sinar);
        page->quotaDelta()->setValue(25);
        QTest::mouseClick(page->quotaButton(), Qt::LeftButton);
        QVERIFY(page->quotaMessage()->text().contains(QStringLiteral("alasan")));
        QTest::keyClicks(page->quotaReason(), QStringLiteral("Bonus kerja sama 2026"));
        QSignalSpy quotaLoaded(page, &PartnersPage::quotaLoaded);
        QTest::keyClick(page->quotaReason(), Qt::Key_Return);
        QTRY_VERIFY(quotaLoaded.count() >= 1);
        QTRY_COMPARE(quota->item(sinar, 2)->text().remove(QLatin1Char('.')).toLongLong(),
                     before + 25);
        QVERIFY(page->quotaMessage()->text().contains(QStringLiteral("SINAR2026")));
        // The history names the grant, its reason and who gave it.
        QTRY_VERIFY(page->quotaLog()->rowCount() >= 1 &&
                    page->quotaLog()->item(0, 1)->text() == QStringLiteral("+25"));
        QVERIFY(page->quotaLog()->item(0, 3)->text().contains(QStringLiteral("Bonus kerja sama 2026")));
        QCOMPARE(page->quotaLog()->item(0, 4)->text(), QStringLiteral("Ayu Admin"));
        QVERIFY(!page->creditBox()->isVisibleTo(page)); // pre-paid: no credit
        screenshot(admin->workspace->widget(), QStringLiteral("admin-quota"));

        // A post-paid partner shows its credit instead: limit, used, available.
        const int smk = rowWith(page->model(), 0, QStringLiteral("SMK Negeri 1 Bandung"));
        QVERIFY(smk >= 0);
        QSignalSpy credit(page, &PartnersPage::creditLoaded);
        page->table()->selectionModel()->setCurrentIndex(page->model()->index(smk, 0),
                                                         QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        page->detailTabs()->setCurrentIndex(3);
        QTRY_COMPARE(credit.count(), 1);
        QVERIFY(page->creditBox()->isVisibleTo(page));
        QCOMPARE(page->creditValue(0)->text(), QStringLiteral("Rp 7.500.000"));
        QCOMPARE(page->creditValue(1)->text(), QStringLiteral("Rp 0"));
        QCOMPARE(page->creditValue(2)->text(), QStringLiteral("Rp 7.500.000"));
        screenshot(admin->workspace->widget(), QStringLiteral("admin-credit"));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestPartnerWorkspace)
#include "TestPartnerWorkspace.moc"
