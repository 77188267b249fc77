// The "Supplier" tab offscreen against a real server with suppliers at every step: the queue per
// status (oldest submission first), search and type filters, a mentor recommends with a note and
// never sees the decision buttons, an admin verifies, a stale action shows the server's 409 in
// words, documents open (image in the pane, PDF handed to the desktop), assessment, history and
// audit tabs, live refresh, the limits and assessment-question editors, the premium plans and a
// supplier's premium orders (paid through the fake Xendit). Screenshots go to /tmp/supplier-*.png.
#include "PremiumPlansPanel.h"
#include "SupplierDetailPanel.h"
#include "SupplierFormat.h"
#include "SupplierLimitsPage.h"
#include "SupplierPremiumPanel.h"
#include "SupplierQuestionsPage.h"
#include "SupplierReviewPage.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "StatusBadge.h"

#include "../../../modules/commerce/CommerceTestKit.h"
#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include "IdentityService.h"
#include "ServerInstance.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
    std::unique_ptr<SupplierReviewPage> page;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    PagedTableModel* model() { return page->model(); }
    SupplierDetailPanel* detail() { return page->detail(); }
    QStringList companies()
    {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out << model()->item(row).value(QStringLiteral("company_name")).toString();
        return out;
    }
    int rowOf(const QString& company) { return static_cast<int>(companies().indexOf(company)); }
    void open(const QString& company)
    {
        const int row = rowOf(company);
        QVERIFY2(row >= 0, qPrintable(companies().join(QStringLiteral(", "))));
        page->table()->setCurrentIndex(model()->index(row, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QVERIFY(detail()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!detail()->isLoading() &&
                                     detail()->supplier().value(QStringLiteral("company_name")).toString() == company,
                                 10000);
    }
    bool visible(const char* action) { return detail()->actionButton(QLatin1String(action))->isVisible(); }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

void grab(QWidget* widget, const char* name)
{
    const QString path = QStringLiteral("/tmp/supplier-%1.png").arg(QString::fromLatin1(name));
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot %s", qPrintable(path));
}

/// A real PNG (a small "scanned certificate"), so the preview has something to draw.
std::string certificatePng()
{
    QImage image(420, 300, QImage::Format_RGB32);
    image.fill(QColor(0xFD, 0xFB, 0xF3));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x1E, 0x3A, 0x8A), 6));
    painter.drawRect(12, 12, 396, 276);
    QFont font = painter.font();
    font.setPixelSize(26);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRect(0, 60, 420, 40), Qt::AlignCenter, QStringLiteral("SERTIFIKAT HALAL"));
    font.setPixelSize(16);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(QRect(0, 130, 420, 60), Qt::AlignCenter,
                     QStringLiteral("PT Kopi Nusantara\nNo. ID00410000123450321"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes.toStdString();
}

const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

} // namespace

class TestSupplierReviewPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::commerce::FakeXendit> m_xendit;
    std::unique_ptr<ey::test::TestServer> m_server;
    std::unique_ptr<ey::test::HttpClient> m_admin;
    std::unique_ptr<ey::test::HttpClient> m_mentor;
    QTemporaryDir m_dir;
    int m_desks = 0;
    int m_registrations = 0;
    QHash<QString, QString> m_ids; ///< company → supplier id
    QHash<QString, std::shared_ptr<ey::test::HttpClient>> m_owners; ///< company → supplier's session

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(
            m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        const QUrl server(qs(m_server->baseUrl()));
        desk->session.signIn(server, QString::fromLatin1(email), qs(ey::test::kTestPassword), false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->outbox.setAccount(Session::accountKey(server, QString::fromLatin1(email)));
        desk->events.setBackoff(100, 500);
        desk->events.start();
        desk->page = std::make_unique<SupplierReviewPage>(desk->context());
        desk->page->resize(1500, 900);
        desk->page->show();
        if (!QTest::qWaitFor([&] { return !desk->model()->isLoading(); }, 10000))
            qWarning("the first page of %s did not load", email);
        return desk;
    }

    static ey::test::HttpResult send(ey::test::HttpClient& http, const std::string& method,
                                     const std::string& path, const std::string& body = {},
                                     std::map<std::string, std::string> headers = {})
    {
        if (!body.empty() && !headers.count("Content-Type"))
            headers["Content-Type"] = "application/json";
        return http.request(method, path, body, headers);
    }

    /// Registers a supplier and fills the profile up to `stage`: "draft", "onboarding" (type and
    /// profile), "waiting_review" (submitted), "recommended", "verified".
    QString makeSupplier(const QString& company, const std::string& type, const std::string& province,
                         const std::string& regency, const std::string& stage)
    {
        ey::identity::NewUser user;
        const std::string slug = company.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('.')).toStdString();
        user.email = "owner@" + slug + ".example";
        user.fullName = "Pemilik " + company.toStdString();
        user.password = ey::test::kTestPassword;
        const auto signIn = m_server->instance().identity().registerFor(
            "supplier", user, {"10.8.0." + std::to_string(++m_registrations), "test"});
        auto owner = std::make_shared<ey::test::HttpClient>(m_server->baseUrl());
        owner->setToken(signIn.token);
        m_owners.insert(company, owner);
        const auto me = owner->get("/api/v1/supplier/me");
        const QString id = qs(me.json()->getValue<std::string>("id"));
        m_ids.insert(company, id);
        if (stage == "draft")
            return id;
        auto ok = [](const ey::test::HttpResult& result) {
            if (result.status >= 300)
                qWarning("supplier setup: %d %s", result.status, result.body.c_str());
        };
        ok(send(*owner, "PUT", "/api/v1/supplier/me/type", "{\"type\": \"" + type + "\"}"));
        ok(send(*owner, "PATCH", "/api/v1/supplier/me/profile/identity",
                "{\"company_name\": \"" + company.toStdString() +
                    "\", \"legal_form\": \"PT\", \"business_field\": \"Pertanian dan perkebunan\", \"main_products\": \"Kopi arabika Gayo, kopi robusta Lampung\", \"year_founded\": 2014}"));
        ok(send(*owner, "PATCH", "/api/v1/supplier/me/profile/address",
                "{\"address_line\": \"Jl. Raya Industri No. 12\", \"province_code\": \"" + province +
                    "\", \"regency_code\": \"" + regency + "\", \"postal_code\": \"40111\", \"production_site\": \"Kebun dan gudang sendiri\"}"));
        ok(send(*owner, "PATCH", "/api/v1/supplier/me/profile/contact",
                "{\"pic_name\": \"Sari Wulandari\", \"pic_position\": \"Manajer Ekspor\", \"whatsapp\": \"0812-3456-7890\", \"business_email\": \"sales@" + slug +
                    ".example\", \"website\": \"https://" + slug + ".example\"}"));
        ok(send(*owner, "PATCH", "/api/v1/supplier/me/profile/legal",
                "{\"nib\": \"1234567890123\", \"npwp\": \"01.234.567.8-901.000\"}"));
        ok(send(*owner, "PATCH", "/api/v1/supplier/me/profile/bio",
                "{\"description\": \"Kelompok usaha yang mengolah hasil kebun untuk pasar ekspor.\", \"advantages\": \"Kapasitas 20 ton per bulan, sertifikat halal dan organik.\"}"));
        const auto assessment = owner->get("/api/v1/supplier/me/assessment");
        const auto questions = assessment.json()->getArray("questions");
        std::string answers;
        const char* keys[] = {"c", "b", "c", "a", "c"};
        for (unsigned i = 0; i < questions->size(); ++i)
            answers += std::string(i ? "," : "") + "{\"question_id\": \"" +
                       questions->getObject(i)->getValue<std::string>("id") +
                       "\", \"option_key\": \"" + keys[i % 5] + "\"}";
        ok(send(*owner, "PUT", "/api/v1/supplier/me/assessment", "{\"answers\": [" + answers + "]}"));
        if (stage == "onboarding")
            return id;
        ok(send(*owner, "POST", "/api/v1/supplier/me/submit"));
        if (stage == "waiting_review")
            return id;
        ok(send(*m_mentor, "POST", "/api/v1/admin/suppliers/" + id.toStdString() + "/recommend",
                "{\"note\": \"Dokumen lengkap, kapasitas sesuai.\"}"));
        if (stage == "recommended")
            return id;
        ok(send(*m_admin, "POST", "/api/v1/admin/suppliers/" + id.toStdString() + "/decide",
                "{\"decision\": \"verify\"}"));
        return id;
    }

    std::string statusOf(const QString& company)
    {
        const auto result = m_admin->get("/api/v1/admin/suppliers/" + m_ids.value(company).toStdString());
        return result.json()->getValue<std::string>("status");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Suppliers buy premium through Xendit: the fake one.
        m_xendit = std::make_unique<ey::test::commerce::FakeXendit>(ey::test::commerce::kSecretKey);
        m_server = std::make_unique<ey::test::TestServer>(nullptr,
                                                          ey::test::commerce::xenditConfig(*m_xendit));
        auto& instance = m_server->instance();
        ey::test::createUser(instance, "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(instance, "mentor@example.test", {"mentor"}, "Maya Mentor");
        m_admin = std::make_unique<ey::test::HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.test", ey::test::kTestPassword);
        m_mentor = std::make_unique<ey::test::HttpClient>(m_server->baseUrl());
        m_mentor->login("mentor@example.test", ey::test::kTestPassword);

        // Submitted first, so it heads the waiting queue.
        makeSupplier(QStringLiteral("PT Kopi Nusantara"), "produsen", "32", "32.73", "waiting_review");
        auto& kopi = *m_owners.value(QStringLiteral("PT Kopi Nusantara"));
        QCOMPARE(send(kopi, "POST", "/api/v1/supplier/me/documents?kind=certificate&title=Sertifikat%20halal",
                      certificatePng(), {{"Content-Type", "image/png"}})
                     .status,
                 201);
        QCOMPARE(send(kopi, "POST", "/api/v1/supplier/me/documents?kind=nib&title=NIB%20PT%20Kopi%20Nusantara",
                      kPdf, {{"Content-Type", "application/pdf"}})
                     .status,
                 201);
        makeSupplier(QStringLiteral("CV Rempah Maluku"), "trader", "81", "81.71", "waiting_review");
        makeSupplier(QStringLiteral("UD Rotan Cirebon"), "pabrik", "32", "32.09", "recommended");
        makeSupplier(QStringLiteral("PT Kelapa Sulawesi"), "aggregator", "73", "73.71", "verified");
        makeSupplier(QStringLiteral("Koperasi Vanili Bali"), "produsen", "51", "51.71", "onboarding");
        makeSupplier(QStringLiteral("Draf Tanpa Nama"), "produsen", "32", "32.73", "draft");
        // A verified supplier's later edit is audited field by field.
        auto& kelapa = *m_owners.value(QStringLiteral("PT Kelapa Sulawesi"));
        QCOMPARE(send(kelapa, "PATCH", "/api/v1/supplier/me/profile/contact",
                      "{\"pic_name\": \"Andi Makkasau\", \"whatsapp\": \"0813-9988-7766\"}")
                     .status,
                 200);
    }

    void queueLoadsPerStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("companies");
        QTest::newRow("waiting") << "waiting_review"
                                 << QStringList{QStringLiteral("PT Kopi Nusantara"), QStringLiteral("CV Rempah Maluku")};
        QTest::newRow("recommended") << "recommended" << QStringList{QStringLiteral("UD Rotan Cirebon")};
        QTest::newRow("verified") << "verified" << QStringList{QStringLiteral("PT Kelapa Sulawesi")};
        QTest::newRow("limited") << "limited" << QStringList{};
        QTest::newRow("onboarding") << "onboarding" << QStringList{QStringLiteral("Koperasi Vanili Bali")};
        QTest::newRow("draft") << "draft" << QStringList{QString()};
    }

    void queueLoadsPerStatus()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, companies);
        auto desk = signIn("admin@example.test");
        QAbstractItemModelTester tester(desk->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The waiting queue is what a reviewer sees first.
        QCOMPARE(desk->page->statusFilter()->currentData().toString(), QStringLiteral("waiting_review"));
        desk->page->setStatus(status);
        QCOMPARE(desk->model()->filter().queryItemValue(QStringLiteral("status")), status);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies(), companies);
        auto* message = desk->page->findChild<QLabel*>(QStringLiteral("suppliersMessage"));
        QCOMPARE(message->text().isEmpty(), !companies.isEmpty());
        if (status == QStringLiteral("waiting_review")) {
            auto cell = [&](int column) {
                return desk->model()->data(desk->model()->index(0, column)).toString();
            };
            QCOMPARE(cell(SupplierReviewPage::Company), QStringLiteral("PT Kopi Nusantara \u00B7 owner@ptkopinusantara.example"));
            QCOMPARE(cell(SupplierReviewPage::Type), QStringLiteral("Produsen"));
            QCOMPARE(cell(SupplierReviewPage::Status), QStringLiteral("Menunggu peninjauan"));
            QCOMPARE(cell(SupplierReviewPage::Tier), QStringLiteral("Free"));
            QCOMPARE(cell(SupplierReviewPage::Province), QStringLiteral("Kota Bandung, Jawa Barat"));
            QCOMPARE(cell(SupplierReviewPage::Score), QStringLiteral("35"));
            QCOMPARE(cell(SupplierReviewPage::Submitted).count(QLatin1Char(' ')), 2);
            grab(desk->page.get(), "queue");
        }
    }

    void searchAndTypeFilter()
    {
        auto desk = signIn("admin@example.test");
        desk->page->setStatus(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->model()->rowCount(), 6);
        QTest::keyClicks(desk->page->search(), QStringLiteral("rempah"));
        QTRY_COMPARE_WITH_TIMEOUT(desk->model()->filter().queryItemValue(QStringLiteral("q")),
                                  QStringLiteral("rempah"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies(), QStringList{QStringLiteral("CV Rempah Maluku")});
        desk->page->search()->clear();
        QTest::keyClick(desk->page->search(), Qt::Key_Return);
        QComboBox* type = desk->page->typeFilter();
        type->setCurrentIndex(type->findData(QStringLiteral("produsen")));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QStringList produsen = desk->companies();
        produsen.sort();
        QCOMPARE(produsen, (QStringList{QStringLiteral("Koperasi Vanili Bali"), QStringLiteral("PT Kopi Nusantara")}));
    }

    void detailTabsShowTheProfile()
    {
        auto desk = signIn("admin@example.test");
        desk->open(QStringLiteral("PT Kopi Nusantara"));
        SupplierDetailPanel* detail = desk->detail();
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("supplierCompany"))->text(), QStringLiteral("PT Kopi Nusantara"));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("supplierStatus"))->text(), QStringLiteral("Menunggu peninjauan"));
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("supplierScore"))->text().contains(QStringLiteral("35 dari 50")));
        QStringList tabs;
        for (int i = 0; i < detail->tabs()->count(); ++i)
            tabs << detail->tabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("Identitas"), QStringLiteral("Alamat"), QStringLiteral("Kontak"),
                                    QStringLiteral("Legalitas"), QStringLiteral("Bio"), QStringLiteral("Dokumen"),
                                    QStringLiteral("Asesmen"), QStringLiteral("Riwayat"), QStringLiteral("Audit"),
                                    QStringLiteral("Premium")}));
        // Address names come from the regions data; contact shows the normalised number.
        QStringList texts;
        for (auto* label : detail->tabs()->widget(1)->findChildren<QLabel*>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("Kota Bandung")), qPrintable(texts.join(QLatin1Char('|'))));
        texts.clear();
        for (auto* label : detail->tabs()->widget(2)->findChildren<QLabel*>())
            texts << label->text();
        QVERIFY2(texts.contains(QStringLiteral("+6281234567890")), qPrintable(texts.join(QLatin1Char('|'))));

        // Assessment: each answer with its score, and the total.
        QTableWidget* assessment = detail->assessmentTable();
        QCOMPARE(assessment->rowCount(), 5);
        QCOMPARE(assessment->item(3, 3)->text(), QStringLiteral("0 / 10"));
        QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("assessmentTotal"))->text(), QStringLiteral("Total: 35 dari 50"));
        // History: the submission.
        QCOMPARE(detail->historyTable()->rowCount(), 1);
        QCOMPARE(detail->historyTable()->item(0, 1)->text(), QStringLiteral("Diajukan"));
        QCOMPARE(detail->historyTable()->item(0, 2)->text(), QStringLiteral("Onboarding \u2192 Menunggu peninjauan"));
        detail->tabs()->setCurrentIndex(6);
        grab(desk->page.get(), "assessment");
    }

    void documentsOpen()
    {
        auto desk = signIn("admin@example.test");
        desk->open(QStringLiteral("PT Kopi Nusantara"));
        SupplierDetailPanel* detail = desk->detail();
        QStringList opened;
        detail->setDocumentOpener([&opened](const QString& path) {
            opened << path;
            return true;
        });
        detail->tabs()->setCurrentIndex(5);
        QTableWidget* documents = detail->documentsTable();
        QCOMPARE(documents->rowCount(), 2);
        QCOMPARE(documents->item(0, 0)->text(), QStringLiteral("Sertifikat"));
        QCOMPARE(documents->item(0, 2)->text(), QStringLiteral("PNG"));
        QCOMPARE(documents->item(1, 1)->text(), QStringLiteral("NIB PT Kopi Nusantara"));
        QCOMPARE(documents->item(1, 2)->text(), QStringLiteral("PDF"));

        // The image is drawn in the pane.
        QSignalSpy openedSpy(detail, &SupplierDetailPanel::documentOpened);
        documents->setCurrentCell(0, 0);
        QTest::keyClick(documents, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(openedSpy.count(), 1, 10000);
        QVERIFY(!detail->preview()->pixmap().isNull());
        QVERIFY(opened.isEmpty());
        grab(desk->page.get(), "document");

        // The PDF goes to the desktop's viewer from a temporary file with its bytes.
        detail->openDocument(1);
        QTRY_COMPARE_WITH_TIMEOUT(openedSpy.count(), 2, 10000);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().endsWith(QStringLiteral(".pdf")));
        QFile file(opened.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().toStdString(), kPdf);
        QVERIFY(detail->preview()->text().contains(QStringLiteral("NIB PT Kopi Nusantara")));
    }

    void mentorRecommendsWithANote()
    {
        auto desk = signIn("mentor@example.test");
        desk->open(QStringLiteral("PT Kopi Nusantara"));
        // A mentor reviews; deciding is the admin's.
        QVERIFY(desk->visible("note"));
        QVERIFY(desk->visible("recommend"));
        QVERIFY(desk->visible("request_changes"));
        for (const char* action : {"verify", "limit", "suspend", "reinstate"})
            QVERIFY2(!desk->visible(action), action);
        QVERIFY(!desk->detail()->typeCombo()->isVisible());
        QVERIFY(!desk->detail()->tierCombo()->isVisible());

        // Asking for changes needs a note: said at once, nothing sent.
        QTest::mouseClick(desk->detail()->actionButton(QStringLiteral("request_changes")), Qt::LeftButton);
        QVERIFY(desk->detail()->message()->isVisible());
        QVERIFY(desk->detail()->message()->text().contains(QStringLiteral("kotak catatan")));
        QCOMPARE(statusOf(QStringLiteral("PT Kopi Nusantara")), std::string("waiting_review"));

        QTest::keyClicks(desk->detail()->noteEdit(), QStringLiteral("Sertifikat halal dan NIB sudah dicek, kapasitas sesuai."));
        QTest::mouseClick(desk->detail()->actionButton(QStringLiteral("recommend")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk->detail()->supplier().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("recommended"), 10000);
        QCOMPARE(statusOf(QStringLiteral("PT Kopi Nusantara")), std::string("recommended"));
        QCOMPARE(desk->detail()->findChild<QLabel*>(QStringLiteral("supplierStatus"))->text(),
                 QStringLiteral("Direkomendasikan mentor"));
        QTableWidget* history = desk->detail()->historyTable();
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Direkomendasikan"));
        QCOMPARE(history->item(0, 3)->text(), QStringLiteral("Sertifikat halal dan NIB sudah dicek, kapasitas sesuai."));
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("Maya Mentor"));
        QVERIFY(desk->detail()->noteEdit()->toPlainText().isEmpty());
        // Recommended: nothing left for the mentor but notes.
        QVERIFY(!desk->visible("recommend"));
        QVERIFY(desk->visible("note"));
        // The queue moved on without it.
        QTRY_VERIFY_WITH_TIMEOUT(!desk->companies().contains(QStringLiteral("PT Kopi Nusantara")) &&
                                     !desk->model()->isLoading(),
                                 10000);
        desk->detail()->tabs()->setCurrentIndex(7);
        grab(desk->page.get(), "mentor");
    }

    void adminVerifies()
    {
        auto desk = signIn("admin@example.test");
        desk->page->setStatus(QStringLiteral("recommended"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        // Oldest submission first: Kopi was submitted before Rotan.
        QCOMPARE(desk->companies(), (QStringList{QStringLiteral("PT Kopi Nusantara"), QStringLiteral("UD Rotan Cirebon")}));
        desk->open(QStringLiteral("PT Kopi Nusantara"));
        for (const char* action : {"verify", "limit", "suspend"})
            QVERIFY2(desk->visible(action), action);
        QVERIFY(!desk->visible("reinstate"));
        QVERIFY(!desk->visible("recommend"));
        grab(desk->page.get(), "admin-decide");
        QTest::mouseClick(desk->detail()->actionButton(QStringLiteral("verify")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk->detail()->supplier().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("verified"), 10000);
        QCOMPARE(statusOf(QStringLiteral("PT Kopi Nusantara")), std::string("verified"));
        QVERIFY(desk->detail()->message()->text().contains(QStringLiteral("Diverifikasi")));
        QVERIFY(desk->visible("suspend"));
        QVERIFY(!desk->visible("verify"));

        // Tier: premium until a date, then back.
        QComboBox* tier = desk->detail()->tierCombo();
        tier->setCurrentIndex(tier->findData(QStringLiteral("premium")));
        desk->detail()->findChild<QDateEdit*>(QStringLiteral("premiumUntil"))->setDate(QDate(2027, 6, 30));
        QTest::mouseClick(desk->detail()->findChild<QPushButton*>(QStringLiteral("applyTier")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk->detail()->supplier().value(QStringLiteral("tier")).toString(),
                                  QStringLiteral("premium"), 10000);
        QVERIFY(desk->detail()->findChild<QLabel*>(QStringLiteral("supplierMeta"))->text().contains(QStringLiteral("Premium sampai")));
    }

    void staleActionShowsTheServersWords()
    {
        auto desk = signIn("admin@example.test");
        desk->page->setStatus(QStringLiteral("recommended"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        desk->open(QStringLiteral("UD Rotan Cirebon"));
        QVERIFY(desk->visible("verify"));
        // Another admin limits it meanwhile; this desk still shows "Verifikasi".
        QCOMPARE(send(*m_admin, "POST", "/api/v1/admin/suppliers/" + m_ids.value(QStringLiteral("UD Rotan Cirebon")).toStdString() + "/decide",
                      "{\"decision\": \"limit\", \"note\": \"Belum ada sertifikat.\"}")
                     .status,
                 200);
        desk->detail()->runAction(QStringLiteral("verify"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->detail()->message()->isVisible() &&
                                     desk->detail()->message()->text().contains(QStringLiteral("Terbatas"), Qt::CaseInsensitive),
                                 10000);
        // ... and the pane catches up: the real status and its buttons.
        QTRY_COMPARE_WITH_TIMEOUT(desk->detail()->supplier().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("limited"), 10000);
        QVERIFY(!desk->visible("verify"));
        QVERIFY(desk->visible("suspend"));
        QCOMPARE(statusOf(QStringLiteral("UD Rotan Cirebon")), std::string("limited"));
        grab(desk->page.get(), "conflict");
    }

    void auditShowsWhatChanged()
    {
        auto desk = signIn("admin@example.test");
        desk->page->setStatus(QStringLiteral("verified"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        desk->open(QStringLiteral("PT Kelapa Sulawesi"));
        QTreeWidget* audit = desk->detail()->auditTree();
        QCOMPARE(audit->topLevelItemCount(), 1);
        QTreeWidgetItem* entry = audit->topLevelItem(0);
        QVERIFY2(entry->text(0).contains(QStringLiteral("Kontak")), qPrintable(entry->text(0)));
        QCOMPARE(entry->childCount(), 2); // pic_name and whatsapp; the rest stayed
        QStringList fields{entry->child(0)->text(0), entry->child(1)->text(0)};
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("Nama PIC"), QStringLiteral("WhatsApp")}));
        for (int i = 0; i < 2; ++i)
            if (entry->child(i)->text(0) == QStringLiteral("Nama PIC")) {
                QCOMPARE(entry->child(i)->text(1), QStringLiteral("Sari Wulandari"));
                QCOMPARE(entry->child(i)->text(2), QStringLiteral("Andi Makkasau"));
            }
        desk->detail()->tabs()->setCurrentIndex(8);
        grab(desk->page.get(), "audit");
    }

    void liveRefreshOnSupplierUpdated()
    {
        auto desk = signIn("mentor@example.test");
        QTRY_VERIFY_WITH_TIMEOUT(desk->events.isConnected(), 10000);
        QCOMPARE(desk->companies(), QStringList{QStringLiteral("CV Rempah Maluku")});
        // The onboarding cooperative submits: it joins the queue without F5.
        QCOMPARE(send(*m_owners.value(QStringLiteral("Koperasi Vanili Bali")), "POST", "/api/v1/supplier/me/submit").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(desk->companies().contains(QStringLiteral("Koperasi Vanili Bali")), 10000);
    }

    void limitsAreEditedPerTier()
    {
        auto desk = signIn("admin@example.test");
        SupplierLimitsPage limits(desk->context());
        limits.resize(1200, 400);
        limits.show();
        QTRY_VERIFY_WITH_TIMEOUT(limits.isLoaded(), 10000);
        QSpinBox* products = limits.countBox(QStringLiteral("free"), SupplierLimitsPage::Products);
        QCOMPARE(products->value(), 1); // the seed: Free may list one product
        QVERIFY(!limits.saveButton(QStringLiteral("free"))->isEnabled());
        products->setValue(3);
        limits.check(QStringLiteral("free"), SupplierLimitsPage::Chats)->setChecked(true);
        QVERIFY(limits.saveButton(QStringLiteral("free"))->isEnabled());
        QSignalSpy saved(&limits, &SupplierLimitsPage::rowSaved);
        QTest::mouseClick(limits.saveButton(QStringLiteral("free")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const auto stored = m_admin->get("/api/v1/admin/supplier-limits/free");
        QCOMPARE(stored.json()->getValue<int>("max_products"), 3);
        QVERIFY(stored.json()->getValue<bool>("receive_chats"));
        // Unlimited is the spin box's minimum, sent as null.
        QSpinBox* documents = limits.countBox(QStringLiteral("premium"), SupplierLimitsPage::Documents);
        QCOMPARE(documents->text(), QStringLiteral("Tanpa batas"));
        documents->setValue(50);
        QTest::mouseClick(limits.saveButton(QStringLiteral("premium")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        QCOMPARE(m_admin->get("/api/v1/admin/supplier-limits/premium").json()->getValue<int>("max_documents"), 50);
        documents->setValue(-1);
        QTest::mouseClick(limits.saveButton(QStringLiteral("premium")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 10000);
        QVERIFY(m_admin->get("/api/v1/admin/supplier-limits/premium").json()->isNull("max_documents"));
        grab(&limits, "limits");
        // Back to the seed, so nothing else in the suite depends on this order.
        products->setValue(1);
        limits.check(QStringLiteral("free"), SupplierLimitsPage::Chats)->setChecked(false);
        QTest::mouseClick(limits.saveButton(QStringLiteral("free")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 4, 10000);
    }

    void premiumPlansAreEditedAndAdded()
    {
        auto desk = signIn("admin@example.test");
        SupplierLimitsPage limits(desk->context());
        limits.resize(1200, 760);
        limits.show();
        PremiumPlansPanel* plans = limits.plans();
        QTRY_VERIFY_WITH_TIMEOUT(plans->isLoaded(), 10000);
        QTableWidget* table = plans->table();
        // The seeded plans, cheapest first, prices as people write them.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, PremiumPlansPanel::Code)->text(), QStringLiteral("monthly"));
        QCOMPARE(table->item(0, PremiumPlansPanel::Label)->text(), QStringLiteral("Premium Bulanan"));
        QCOMPARE(table->item(0, PremiumPlansPanel::Price)->text(), QStringLiteral("Rp 99.000"));
        QCOMPARE(table->item(1, PremiumPlansPanel::Price)->text(), QStringLiteral("Rp 990.000"));
        QCOMPARE(table->item(1, PremiumPlansPanel::Months)->text(), QStringLiteral("12 bulan"));
        QVERIFY(table->item(0, PremiumPlansPanel::Price)->textAlignment() & Qt::AlignRight);

        // Edit: selecting a row fills the form; the code is the key and stays.
        table->setCurrentCell(1, PremiumPlansPanel::Label);
        QCOMPARE(plans->codeEdit()->text(), QStringLiteral("yearly"));
        QVERIFY(plans->codeEdit()->isReadOnly());
        QCOMPARE(plans->monthsBox()->value(), 12);
        QCOMPARE(plans->priceBox()->value(), 990000);
        QCOMPARE(plans->priceBox()->text(), QStringLiteral("Rp 990.000"));
        plans->priceBox()->setValue(950000);
        plans->labelEdit()->setText(QStringLiteral("Premium Tahunan Hemat"));
        QSignalSpy saved(plans, &PremiumPlansPanel::planSaved);
        QTest::mouseClick(plans->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        auto stored = m_admin->get("/api/v1/admin/supplier-premium-plans");
        QCOMPARE(stored.status, 200);
        bool found = false;
        const auto items = stored.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i) {
            const auto plan = items->getObject(i);
            if (plan->getValue<std::string>("code") == "yearly") {
                found = true;
                QCOMPARE(plan->getValue<std::int64_t>("price"), std::int64_t(950000));
                QCOMPARE(plan->getValue<std::string>("label"), std::string("Premium Tahunan Hemat"));
            }
        }
        QVERIFY(found);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(1, PremiumPlansPanel::Price)->text(),
                                  QStringLiteral("Rp 950.000"), 10000);

        // Add: a new code, inactive for now.
        QTest::mouseClick(plans->newButton(), Qt::LeftButton);
        QVERIFY(!plans->codeEdit()->isReadOnly());
        QTest::keyClicks(plans->codeEdit(), QStringLiteral("quarterly 3")); // the validator keeps a-z0-9-
        QCOMPARE(plans->codeEdit()->text(), QStringLiteral("quarterly3"));
        plans->codeEdit()->setText(QStringLiteral("quarterly"));
        plans->labelEdit()->setText(QStringLiteral("Premium 3 Bulan"));
        plans->monthsBox()->setValue(3);
        plans->priceBox()->setValue(270000);
        plans->activeCheck()->setChecked(false);
        QTest::mouseClick(plans->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, 10000);
        QStringList codes;
        for (int row = 0; row < table->rowCount(); ++row)
            codes << table->item(row, PremiumPlansPanel::Code)->text();
        QVERIFY2(codes.contains(QStringLiteral("quarterly")), qPrintable(codes.join(QLatin1Char(','))));
        const int quarterly = static_cast<int>(codes.indexOf(QStringLiteral("quarterly")));
        QCOMPARE(table->item(quarterly, PremiumPlansPanel::Active)->text(), QStringLiteral("Nonaktif"));
        QVERIFY(plans->message()->text().contains(QStringLiteral("ditambahkan")));
        // An existing code typed as new is caught before it overwrites that plan.
        QTest::mouseClick(plans->newButton(), Qt::LeftButton);
        plans->codeEdit()->setText(QStringLiteral("monthly"));
        plans->labelEdit()->setText(QStringLiteral("Salah"));
        QTest::mouseClick(plans->saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 2);
        QVERIFY(plans->message()->text().contains(QStringLiteral("sudah dipakai")));
        table->setCurrentCell(quarterly, PremiumPlansPanel::Label);
        grab(&limits, "limits-premium");

        // Back to the seed for the order test below.
        table->setCurrentCell(codes.indexOf(QStringLiteral("yearly")), PremiumPlansPanel::Label);
        plans->priceBox()->setValue(990000);
        plans->labelEdit()->setText(QStringLiteral("Premium Tahunan"));
        QTest::mouseClick(plans->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, 10000);
    }

    void premiumOrdersShowInTheDetail()
    {
        // PT Kelapa Sulawesi (verified) buys a month and pays it, then starts a year it leaves open.
        const QString company = QStringLiteral("PT Kelapa Sulawesi");
        auto& owner = *m_owners.value(company);
        const auto monthly = send(owner, "POST", "/api/v1/supplier/premium/checkout", "{\"plan\": \"monthly\"}");
        QCOMPARE(monthly.status, 201);
        const std::string number = monthly.json()->getValue<std::string>("number");
        const auto paid = ey::test::commerce::sendCallback(
            *m_server, ey::test::commerce::callbackBody(ey::test::commerce::gatewayId(*m_xendit, number),
                                                        number, 99000));
        QCOMPARE(paid.status, 200);
        const auto yearly = send(owner, "POST", "/api/v1/supplier/premium/checkout", "{\"plan\": \"yearly\"}");
        QCOMPARE(yearly.status, 201);
        const QString yearlyNumber = qs(yearly.json()->getValue<std::string>("number"));

        auto desk = signIn("admin@example.test");
        desk->page->setStatus(QString()); // every status
        QTRY_VERIFY_WITH_TIMEOUT(desk->rowOf(company) >= 0 && !desk->model()->isLoading(), 10000);
        desk->open(company);
        SupplierDetailPanel* detail = desk->detail();
        SupplierPremiumPanel* premium = detail->premiumPanel();
        detail->tabs()->setCurrentWidget(premium);
        QTRY_VERIFY_WITH_TIMEOUT(!premium->isLoading() && premium->ordersTable()->rowCount() == 2, 10000);
        QTableWidget* orders = premium->ordersTable();
        // Newest first: the open year, then the paid month.
        QCOMPARE(orders->item(0, SupplierPremiumPanel::Number)->text(), yearlyNumber);
        QCOMPARE(orders->item(0, SupplierPremiumPanel::Amount)->text(), QStringLiteral("Rp 990.000"));
        QCOMPARE(orders->item(0, SupplierPremiumPanel::Status)->data(Qt::UserRole).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(orders->item(0, SupplierPremiumPanel::PaidAt)->text(), QStringLiteral("\u2014"));
        QCOMPARE(orders->item(1, SupplierPremiumPanel::Number)->text(), qs(number));
        QCOMPARE(orders->item(1, SupplierPremiumPanel::Plan)->text(), QStringLiteral("Bulanan (1 bulan)"));
        QCOMPARE(orders->item(1, SupplierPremiumPanel::Amount)->text(), QStringLiteral("Rp 99.000"));
        QVERIFY(orders->item(1, SupplierPremiumPanel::Amount)->textAlignment() & Qt::AlignRight);
        QCOMPARE(orders->item(1, SupplierPremiumPanel::Status)->data(Qt::UserRole).toString(),
                 QStringLiteral("paid"));
        QVERIFY(orders->item(1, SupplierPremiumPanel::PaidAt)->text() != QStringLiteral("\u2014"));
        auto* badge = orders->cellWidget(1, SupplierPremiumPanel::Status)->findChild<StatusBadge*>();
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("Lunas"));
        QCOMPARE(badge->background(), SupplierFormat::premiumOrderStatusColor(QStringLiteral("paid")));
        // The payment made the supplier premium for a month; the tab says until when.
        QTRY_VERIFY_WITH_TIMEOUT(premium->tierLine()->text().startsWith(QStringLiteral("Premium sampai")), 10000);
        const auto stored = m_admin->get("/api/v1/admin/suppliers/" + m_ids.value(company).toStdString());
        QCOMPARE(stored.json()->getValue<std::string>("effective_tier"), std::string("premium"));
        QVERIFY(premium->message()->text().contains(QStringLiteral("Rp 99.000")));
        grab(desk->page.get(), "premium-orders");

        // A supplier who never bought premium: an empty table that says so.
        desk->open(QStringLiteral("CV Rempah Maluku"));
        detail->tabs()->setCurrentWidget(premium);
        QTRY_VERIFY_WITH_TIMEOUT(!premium->isLoading(), 10000);
        QCOMPARE(premium->ordersTable()->rowCount(), 0);
        QVERIFY(premium->message()->text().contains(QStringLiteral("belum pernah")));
        QVERIFY(premium->tierLine()->text().startsWith(QStringLiteral("Free")));
    }

    void questionsAreAddedEditedAndRetired()
    {
        auto desk = signIn("mentor@example.test");
        SupplierQuestionsPage questions(desk->context());
        questions.resize(1300, 700);
        questions.show();
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isBusy() && questions.list()->rowCount() > 0, 10000);
        QComboBox* filter = questions.typeFilter();
        filter->setCurrentIndex(filter->findData(QStringLiteral("pabrik")));
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isBusy(), 10000);
        const int before = questions.list()->rowCount();
        QVERIFY(before >= 5);

        // A new question for factories; a bad option (no label) is refused in the server's words.
        questions.newQuestion();
        QCOMPARE(questions.typeChoice()->currentData().toString(), QStringLiteral("pabrik"));
        QTest::keyClicks(questions.text(), QStringLiteral("Apakah pabrik memiliki sertifikat ISO 9001?"));
        questions.save();
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isBusy(), 10000);
        QVERIFY2(questions.message()->styleSheet().contains(QStringLiteral("#991B1B")), qPrintable(questions.message()->text()));
        questions.options()->item(0, 1)->setText(QStringLiteral("Belum"));
        questions.options()->item(1, 1)->setText(QStringLiteral("Sedang proses"));
        questions.options()->item(2, 1)->setText(QStringLiteral("Sudah bersertifikat"));
        QSignalSpy saved(&questions, &SupplierQuestionsPage::questionSaved);
        questions.save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(questions.list()->rowCount(), before + 1, 10000);
        const QString id = saved.first().first().toJsonObject().value(QStringLiteral("id")).toString();
        grab(&questions, "questions");

        // Retired: gone from the list unless asked for, shown grey then.
        questions.retire();
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isBusy() && questions.list()->rowCount() == before, 10000);
        questions.includeRetired()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!questions.isBusy() && questions.list()->rowCount() == before + 1, 10000);
        const auto stored = m_admin->get("/api/v1/admin/supplier-questions?type=pabrik&include_retired=true");
        QVERIFY(stored.body.find(id.toStdString()) != std::string::npos);
    }
};

QTEST_MAIN(TestSupplierReviewPage)
#include "TestSupplierReviewPage.moc"
