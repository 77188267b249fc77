// The admin "Pembayaran" page offscreen against a real server: a pre-paid partner tops up an event
// by bank transfer and sends a photo of the receipt (all through the API); the admin sees it
// waiting with the photo inline, confirms it (the dialog names amount and quota), the event's
// quota grows and the row leaves the queue; a rejection needs a reason and shows it; a new proof
// arrives live; the quota packages are added, edited in place and deleted.
#include "PackagesPanel.h"
#include "PartnerWorkspace.h"
#include "PaymentsPage.h"

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
#include <QBuffer>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ey::desk;
using namespace ey::desk::partner;

namespace {

constexpr const char* kAdmin = "ayu@example.test";
constexpr const char* kOwner = "rina@sinar.test";

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

void screenshot(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    widget->grab().save(QStringLiteral("/tmp/partner-admin-%1.png").arg(name));
}

/// Answers the next question box with `button` once it is up, keeping its text for the test.
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

/// A receipt-like PNG, as a phone photo of a transfer slip would arrive.
QByteArray receiptPng()
{
    QImage image(480, 640, QImage::Format_RGB32);
    image.fill(QColor(QStringLiteral("#F8FAFC")));
    QPainter painter(&image);
    painter.fillRect(0, 0, 480, 90, QColor(QStringLiteral("#1D4ED8")));
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPointSize(22);
    painter.setFont(font);
    painter.drawText(QRect(0, 0, 480, 90), Qt::AlignCenter, QStringLiteral("BUKTI TRANSFER"));
    painter.setPen(Qt::black);
    font.setPointSize(16);
    painter.setFont(font);
    painter.drawText(QRect(30, 130, 420, 400), Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Ke: PT Ekspor Yuk Indonesia\nBCA 1234567890\n\n"
                                    "Jumlah: Rp 4.500.000\nBerita: top up kuota"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestPaymentsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Desk> m_admin;
    QString m_eventId;
    QString m_packageId;

    QJsonObject call(const char* email, const std::string& method, const std::string& path,
                     const std::string& body, int expected,
                     const std::string& contentType = "application/json")
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login(email, ey::test::kTestPassword);
        const auto result = http.request(method, path, body, {{"Content-Type", contentType}});
        if (result.status != expected)
            qFatal("%s %s: %d %s", method.c_str(), path.c_str(), result.status,
                   result.body.c_str());
        return QJsonDocument::fromJson(QByteArray::fromStdString(result.body)).object();
    }

    /// The partner tops up the event by transfer and uploads the receipt; returns the transaction.
    QJsonObject topupWithProof()
    {
        const QJsonObject topup =
            call(kOwner, "POST", "/api/v1/partner/topups",
                 "{\"event_id\": \"" + m_eventId.toStdString() + "\", \"package_id\": \"" +
                     m_packageId.toStdString() + "\", \"method\": \"manual\"}",
                 201);
        const std::string id = topup.value(QStringLiteral("id")).toString().toStdString();
        return call(kOwner, "POST", "/api/v1/partner/transactions/" + id + "/proof",
                    receiptPng().toStdString(), 200, "image/png");
    }

    qint64 eventQuota()
    {
        return call(kOwner, "GET", "/api/v1/partner/events/" + m_eventId.toStdString() + "/quota",
                    "", 200)
            .value(QStringLiteral("quota"))
            .toInteger();
    }

    int rowOf(PaymentsPage* page, const QString& id)
    {
        for (int row = 0; row < page->model()->rowCount(); ++row)
            if (page->model()->item(row).value(QStringLiteral("id")).toString() == id)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        std::map<std::string, std::string> config{
            {"payments.manual_bank_name", "BCA"},
            {"payments.manual_account_number", "1234567890"},
            {"payments.manual_account_holder", "PT Ekspor Yuk Indonesia"}};
        m_server = std::make_unique<ey::test::TestServer>(nullptr, config);
        ey::test::createUser(m_server->instance(), kAdmin, {"admin"}, "Ayu Admin");
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
             "{\"type\": \"corporate\", \"institution\": \"PT Sinar Ekspor\", \"payment_model\": "
             "\"after_payment\", \"owner\": {\"email\": \"rina@sinar.test\", \"full_name\": \"Rina "
             "Sinar\", \"password\": \"" +
                 ey::test::kTestPassword + "\"}}",
             201);
        m_eventId = call(kOwner, "POST", "/api/v1/partner/events",
                         "{\"assessment_id\": \"" + assessment.toStdString() +
                             "\", \"reference_code\": \"SINAR2026\", \"title\": \"Rekrutmen "
                             "Batch Juni\", \"price\": 100000}",
                         201)
                        .value(QStringLiteral("id"))
                        .toString();
        m_packageId = call(kAdmin, "POST", "/api/v1/admin/quota-packages",
                           "{\"name\": \"Paket 50\", \"quota\": 50, \"discount_percent\": 10, "
                           "\"active\": true, \"position\": 0}",
                           201)
                          .value(QStringLiteral("id"))
                          .toString();

        m_admin = std::make_unique<Desk>(m_dir.filePath(QStringLiteral("outbox.sqlite")));
        QSignalSpy signedIn(&m_admin->session, &Session::signedIn);
        m_admin->session.signIn(QUrl(QString::fromStdString(m_server->baseUrl())),
                                QString::fromLatin1(kAdmin),
                                QString::fromStdString(ey::test::kTestPassword), false);
        QVERIFY(signedIn.wait(10000));
        m_admin->workspace = std::make_unique<PartnerWorkspace>(m_admin->context());
        // The live stream feeds the page the way the workspace does.
        connect(&m_admin->events, &EventStream::eventReceived, m_admin->workspace->payments(),
                &PaymentsPage::handleEvent);
        m_admin->events.start();
        m_admin->workspace->widget()->resize(1440, 900);
        m_admin->workspace->widget()->show();
    }

    void adminConfirmsAWaitingTransfer()
    {
        const QJsonObject waiting = topupWithProof();
        QCOMPARE(waiting.value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_confirmation"));
        const qint64 before = eventQuota();

        PaymentsPage* page = m_admin->workspace->payments();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_admin->workspace->tabs()->setCurrentWidget(page);
        QCOMPARE(page->statusFilter(), QStringLiteral("awaiting_confirmation"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, PaymentsPage::Partner).data().toString(),
                 QStringLiteral("PT Sinar Ekspor"));
        QCOMPARE(page->model()->index(0, PaymentsPage::Event).data().toString(),
                 QStringLiteral("SINAR2026"));
        QCOMPARE(page->model()->index(0, PaymentsPage::Quota).data().toString(),
                 QStringLiteral("50 laporan"));
        // 50 × Rp 100.000 − 10 %.
        QCOMPARE(page->model()->index(0, PaymentsPage::Amount).data().toString(),
                 QStringLiteral("Rp 4.500.000"));
        QCOMPARE(page->model()->index(0, PaymentsPage::Status).data().toString(),
                 QStringLiteral("Perlu konfirmasi"));

        QSignalSpy proof(page, &PaymentsPage::proofLoaded);
        page->table()->setFocus();
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(page->detail()->isVisibleTo(page));
        QCOMPARE(page->badge()->text(), QStringLiteral("Perlu konfirmasi"));
        QVERIFY(page->titleLabel()->text().contains(waiting.value(QStringLiteral("number")).toString()));
        QTRY_COMPARE(proof.count(), 1);
        QVERIFY(!page->proofImage()->pixmap().isNull());
        QVERIFY(page->proofImage()->pixmap().height() <= 420);
        // The whole picture is on screen, not squeezed into a strip by the layout.
        QTRY_VERIFY(page->proofImage()->height() >= page->proofImage()->pixmap().height());
        QVERIFY(page->confirmButton()->isVisibleTo(page));
        screenshot(m_admin->workspace->widget(), QStringLiteral("payment-waiting"));

        // Cancel in the dialog changes nothing.
        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QVERIFY(question.contains(QStringLiteral("Rp 4.500.000")));
        QVERIFY(question.contains(QStringLiteral("50 laporan")));
        QVERIFY(question.contains(QStringLiteral("SINAR2026")));
        QTest::qWait(200);
        QCOMPARE(eventQuota(), before);

        QSignalSpy updated(page, &PaymentsPage::paymentUpdated);
        page->confirmNote()->setText(QStringLiteral("Cocok dengan mutasi BCA"));
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(page->confirmButton(), Qt::LeftButton);
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(page->current().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(page->badge()->text(), QStringLiteral("Lunas"));
        QVERIFY(!page->confirmButton()->isVisibleTo(page));
        QCOMPARE(page->fieldValue(11)->text(), QStringLiteral("Cocok dengan mutasi BCA"));
        QTRY_COMPARE(page->model()->rowCount(), 0); // it left the queue
        QCOMPARE(eventQuota(), before + 50);
        // Still findable under "Lunas".
        page->setStatusFilter(QStringLiteral("paid"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, PaymentsPage::Status).data().toString(),
                 QStringLiteral("Lunas"));
        screenshot(m_admin->workspace->widget(), QStringLiteral("payment-confirmed"));
        page->setStatusFilter(QStringLiteral("awaiting_confirmation"));
        QTRY_COMPARE(page->model()->rowCount(), 0);
    }

    void rejectNeedsAReasonAndShowsIt()
    {
        PaymentsPage* page = m_admin->workspace->payments();
        // The partner's new proof arrives while the page is open: the live event brings it in.
        const QJsonObject waiting = topupWithProof();
        const QString id = waiting.value(QStringLiteral("id")).toString();
        QTRY_COMPARE(rowOf(page, id), 0);
        page->open(0);
        const qint64 before = eventQuota();
        QTest::mouseClick(page->rejectButton(), Qt::LeftButton);
        QVERIFY(page->error()->isVisibleTo(page));
        QVERIFY(page->error()->text().contains(QStringLiteral("alasan")));
        QCOMPARE(page->current().value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_confirmation"));
        QSignalSpy updated(page, &PaymentsPage::paymentUpdated);
        QTest::keyClicks(page->rejectReason(), QStringLiteral("Nominal transfer tidak sesuai"));
        QTest::keyClick(page->rejectReason(), Qt::Key_Return);
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(page->badge()->text(), QStringLiteral("Ditolak"));
        QCOMPARE(page->fieldValue(11)->text(), QStringLiteral("Nominal transfer tidak sesuai"));
        QVERIFY(!page->error()->isVisibleTo(page));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QCOMPARE(eventQuota(), before);
        // The partner reads the same reason.
        const QJsonObject seen =
            call(kOwner, "GET", "/api/v1/partner/transactions/" + id.toStdString(), "", 200);
        QCOMPARE(seen.value(QStringLiteral("rejection_reason")).toString(),
                 QStringLiteral("Nominal transfer tidak sesuai"));
        page->setStatusFilter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->open(rowOf(page, id));
        screenshot(m_admin->workspace->widget(), QStringLiteral("payment-rejected"));
    }

    void filtersByKindAndPartner()
    {
        PaymentsPage* page = m_admin->workspace->payments();
        page->setStatusFilter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 2);
        page->setKindFilter(QStringLiteral("executive"));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        page->setKindFilter(QStringLiteral("topup"));
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QTRY_VERIFY(page->partnerCombo()->findText(QStringLiteral("PT Sinar Ekspor")) > 0);
        page->partnerCombo()->setCurrentIndex(
            page->partnerCombo()->findText(QStringLiteral("PT Sinar Ekspor")));
        emit page->partnerCombo()->activated(page->partnerCombo()->currentIndex());
        QTRY_VERIFY(page->model()->filter().hasQueryItem(QStringLiteral("partner_id")));
        QTRY_COMPARE(page->model()->rowCount(), 2);
    }

    void packagesAreEditedInPlace()
    {
        PackagesPanel* packages = m_admin->workspace->payments()->packages();
        QTRY_COMPARE(packages->table()->rowCount(), 1);
        QCOMPARE(packages->table()->item(0, PackagesPanel::Name)->text(), QStringLiteral("Paket 50"));
        QSignalSpy loaded(packages, &PackagesPanel::loaded);
        QTest::keyClicks(packages->nameEdit(), QStringLiteral("Paket 100"));
        packages->quotaEdit()->setValue(100);
        packages->discountEdit()->setValue(15);
        QTest::mouseClick(packages->addButton(), Qt::LeftButton);
        QTRY_COMPARE(packages->table()->rowCount(), 2);
        const int row = packages->rowOf(QStringLiteral("Paket 100"));
        QVERIFY(row >= 0);
        QCOMPARE(packages->table()->item(row, PackagesPanel::Quota)->data(Qt::EditRole).toInt(), 100);
        QCOMPARE(packages->table()->item(row, PackagesPanel::Discount)->data(Qt::EditRole).toInt(), 15);
        // Switching a package off is one click on its check box.
        loaded.clear();
        packages->table()->item(row, PackagesPanel::Active)->setCheckState(Qt::Unchecked);
        QTRY_VERIFY(loaded.count() >= 1);
        QCOMPARE(packages->table()->item(packages->rowOf(QStringLiteral("Paket 100")),
                                         PackagesPanel::Active)->checkState(),
                 Qt::Unchecked);
        // A discount the schema refuses (over 90 %) shows the server's message and snaps back.
        loaded.clear();
        packages->table()->item(packages->rowOf(QStringLiteral("Paket 100")), PackagesPanel::Discount)
            ->setData(Qt::EditRole, 95);
        QTRY_VERIFY(loaded.count() >= 1);
        QVERIFY(!packages->message()->text().isEmpty());
        QCOMPARE(packages->table()->item(packages->rowOf(QStringLiteral("Paket 100")),
                                         PackagesPanel::Discount)->data(Qt::EditRole).toInt(),
                 15);
        const QJsonArray stored =
            call(kAdmin, "GET", "/api/v1/admin/quota-packages", "", 200).value(QStringLiteral("items")).toArray();
        bool found = false;
        for (const QJsonValue& value : stored)
            if (value.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Paket 100")) {
                found = true;
                QCOMPARE(value.toObject().value(QStringLiteral("active")).toBool(), false);
            }
        QVERIFY(found);
        screenshot(m_admin->workspace->widget(), QStringLiteral("packages"));
        answerNextQuestion(QMessageBox::Yes);
        packages->remove(packages->rowOf(QStringLiteral("Paket 100")));
        QTRY_COMPARE(packages->table()->rowCount(), 1);
    }

    void pdfProofIsOpenedOutsideTheApp()
    {
        // A partner sends a PDF from internet banking instead of a photo.
        const QJsonObject topup =
            call(kOwner, "POST", "/api/v1/partner/topups",
                 "{\"event_id\": \"" + m_eventId.toStdString() + "\", \"package_id\": \"" +
                     m_packageId.toStdString() + "\", \"method\": \"manual\"}",
                 201);
        const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 "
                                "R >>\n%%EOF\n";
        const QString id = call(kOwner, "POST",
                                "/api/v1/partner/transactions/" +
                                    topup.value(QStringLiteral("id")).toString().toStdString() +
                                    "/proof",
                                pdf, 200, "application/pdf")
                               .value(QStringLiteral("id"))
                               .toString();
        PaymentsPage* page = m_admin->workspace->payments();
        page->setKindFilter(QString());
        page->setStatusFilter(QStringLiteral("awaiting_confirmation"));
        QTRY_VERIFY(rowOf(page, id) >= 0);
        QSignalSpy proof(page, &PaymentsPage::proofLoaded);
        page->open(rowOf(page, id));
        QTRY_COMPARE(proof.count(), 1);
        QVERIFY(page->proofImage()->pixmap().isNull());
        QVERIFY(page->proofImage()->text().contains(QStringLiteral("PDF")));
        QVERIFY(page->proofButton()->isVisibleTo(page));
    }

    void proofNotificationLinkOpensTheTransaction()
    {
        // What the admin's "Bukti transfer PT-…" notification carries: the queue is filtered to
        // something else, yet the link shows that transaction.
        PaymentsPage* page = m_admin->workspace->payments();
        page->setStatusFilter(QStringLiteral("paid"));
        const QJsonObject waiting = topupWithProof();
        const QString id = waiting.value(QStringLiteral("id")).toString();
        QVERIFY(m_admin->workspace->openLink(QStringLiteral("partner-transaction:") + id));
        QCOMPARE(m_admin->workspace->tabs()->currentWidget(), page);
        QTRY_COMPARE(page->current().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(page->badge()->text(), QStringLiteral("Perlu konfirmasi"));
        // Settled so the next tests see the queue as before.
        call(kAdmin, "POST", "/api/v1/admin/partner-transactions/" + id.toStdString() + "/reject",
             "{\"reason\": \"Uji tautan notifikasi\"}", 200);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_server.reset();
    }
};

QTEST_MAIN(TestPaymentsPage)
#include "TestPaymentsPage.moc"
