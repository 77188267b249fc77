// The curation workspace offscreen against a real server with a small buyer directory: the table
// pages and filters, the form saves and puts a 422 at its field, a duplicate offers the existing
// buyer, delete asks first, viewers, CSV/XLSX export, statistics, reports, plan limits, live
// updates, and who sees which tabs. Screenshots of every page go to /tmp/curation-*.png.
#include "BuyerEditor.h"
#include "FileDownload.h"
#include "BuyerFilterBar.h"
#include "BuyerReportsPage.h"
#include "BuyersPage.h"
#include "BuyerStatsPanel.h"
#include "CountryCatalog.h"
#include "CurationWorkspace.h"
#include "PlanLimitsPage.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "WorkspaceRegistry.h"

#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <Poco/JSON/Parser.h>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    std::unique_ptr<CurationWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    BuyersPage* page() { return workspace->buyers(); }
    PagedTableModel* model() { return workspace->buyers()->model(); }
    BuyerFilterBar* filters() { return workspace->buyers()->filterBar(); }
    BuyerEditor* editor() { return workspace->buyers()->editor(); }
    int rowOf(const QString& company)
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->item(row).value(QStringLiteral("company")).toString() == company)
                return row;
        return -1;
    }
    QStringList companies()
    {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out << model()->item(row).value(QStringLiteral("company")).toString();
        return out;
    }
    void loadAll()
    {
        while (model()->hasMore()) {
            QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 10000);
            if (!model()->hasMore())
                break;
            model()->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 10000);
        }
    }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string field(const ey::test::HttpResult& result, const char* name)
{
    auto json = result.json();
    return json && json->has(name) ? json->getValue<std::string>(name) : std::string();
}

void grab(QWidget* widget, const char* name)
{
    const QString path = QStringLiteral("/tmp/curation-%1.png").arg(QString::fromLatin1(name));
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot %s", qPrintable(path));
}

} // namespace

class TestCurationWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    std::unique_ptr<ey::test::HttpClient> m_admin;
    QTemporaryDir m_dir;
    int m_desks = 0;
    QHash<QString, QString> m_ids; ///< company → id
    std::string m_budi;
    std::string m_siti;

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(
            m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        const QUrl server(qs(m_server->baseUrl()));
        desk->session.signIn(server, QString::fromLatin1(email), qs(ey::test::kTestPassword),
                             false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->outbox.setAccount(Session::accountKey(server, QString::fromLatin1(email)));
        desk->events.setBackoff(100, 500);
        desk->events.start();
        desk->workspace = std::make_unique<CurationWorkspace>(desk->context());
        desk->workspace->widget()->resize(1500, 860);
        desk->workspace->widget()->show();
        if (desk->workspace->buyers()) {
            Desk* d = desk.get();
            if (!QTest::qWaitFor([d] { return d->workspace->countries().isLoaded(); }, 10000))
                qWarning("the country list did not load");
            if (!QTest::qWaitFor([d] { return !d->model()->isLoading(); }, 10000))
                qWarning("the buyer table did not load");
        }
        return desk;
    }

    QString createBuyer(const std::string& body)
    {
        const auto result = m_admin->post("/api/v1/admin/buyers", body);
        if (result.status != 201)
            qWarning("create buyer: %d %s", result.status, result.body.c_str());
        const QString id = qs(field(result, "id"));
        m_ids.insert(qs(field(result, "company")), id);
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
        auto& instance = m_server->instance();
        ey::test::createUser(instance, "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(instance, "mentor@example.test", {"mentor"}, "Maya Mentor");
        m_budi = ey::test::createUser(instance, "budi@member.test", {"member_free"}, "Budi Santoso");
        m_siti = ey::test::createUser(instance, "siti@member.test", {"member_free"}, "Siti Aminah");
        m_admin = std::make_unique<ey::test::HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.test", ey::test::kTestPassword);

        // A small but realistic directory: twelve buyers in eight countries.
        const char* buyers[] = {
            R"({"company":"Tokyo Coffee Trading Co.","contact_person":"Hiroshi Tanaka","email":"hiroshi@tokyocoffee.jp","phone":"+81312345678","country":"JP","products":["Kopi arabika","Kopi robusta"],"hs_codes":["090111"],"business_scale":"large","payment_terms":["TT","LC"],"shipping_terms":["FOB","CIF"],"verified":true,"rating":5,"source":"Pameran FOODEX 2025"})",
            R"({"company":"Osaka Spice Import","contact_person":"Kenji Sato","email":"kenji@osakaspice.jp","country":"JP","products":["Lada hitam","Cengkeh"],"hs_codes":["0904","0907"],"business_scale":"medium","payment_terms":["LC"],"shipping_terms":["CIF"],"verified":true,"rating":4})",
            R"({"company":"Rotterdam Cocoa BV","contact_person":"Anna de Vries","email":"anna@rtmcocoa.nl","country":"NL","products":["Kakao"],"hs_codes":["1801"],"business_scale":"enterprise","payment_terms":["CAD","LC"],"shipping_terms":["CFR"],"verified":true,"rating":4})",
            R"({"company":"Hamburg Handelshaus GmbH","contact_person":"Jonas Weber","email":"jonas@hh-handel.de","country":"DE","products":["Furnitur rotan","Kerajinan"],"hs_codes":["9403"],"business_scale":"medium","payment_terms":["TT"],"shipping_terms":["FOB"],"verified":false,"rating":3})",
            R"({"company":"Dubai Fresh Foods LLC","contact_person":"Omar Al Mansouri","email":"omar@dubaifresh.ae","country":"AE","products":["Kelapa","Manggis"],"hs_codes":["0801"],"business_scale":"large","payment_terms":["TT","CIA"],"shipping_terms":["CFR"],"verified":true})",
            R"({"company":"Riyadh Date Traders","contact_person":"Faisal Qahtani","country":"SA","products":["Kurma","Kopi arabika"],"business_scale":"small","payment_terms":["LC"],"shipping_terms":["CIF"],"verified":false,"rating":2})",
            R"({"company":"Seattle Seafood Inc.","contact_person":"Emily Johnson","email":"emily@seattleseafood.com","country":"US","products":["Udang beku","Tuna"],"hs_codes":["0306","0303"],"business_scale":"enterprise","payment_terms":["LC","DP"],"shipping_terms":["CIF","DDP"],"verified":true,"rating":5})",
            R"({"company":"Chicago Home Decor","email":"buy@chicagodecor.com","country":"US","products":["Kerajinan","Furnitur rotan"],"business_scale":"medium","payment_terms":["OA"],"shipping_terms":["FOB"],"verified":false})",
            R"({"company":"Shanghai Palm Oil Co.","contact_person":"Li Wei","email":"liwei@shpalm.cn","country":"CN","products":["Minyak sawit"],"hs_codes":["1511"],"business_scale":"enterprise","payment_terms":["LC"],"shipping_terms":["CFR","CIF"],"verified":true,"rating":4})",
            R"({"company":"Guangzhou Nut House","contact_person":"Chen Jie","country":"CN","products":["Kacang mete","Kelapa"],"business_scale":"small","payment_terms":["TT"],"shipping_terms":["FOB"],"verified":false})",
            R"({"company":"Melbourne Organic Pantry","contact_person":"Olivia Brown","email":"olivia@melbpantry.com.au","country":"AU","products":["Kopi arabika","Vanili"],"hs_codes":["0905"],"business_scale":"small","payment_terms":["TT"],"shipping_terms":["DAP"],"verified":true,"rating":3})",
            R"({"company":"Kobe Tea & Coffee","contact_person":"Yuki Nakamura","email":"yuki@kobetea.jp","country":"JP","products":["Teh hijau","Kopi robusta"],"business_scale":"medium","payment_terms":["TT"],"shipping_terms":["FOB"],"verified":false,"rating":4})",
        };
        QStringList order;
        for (const char* body : buyers)
            order << qs(field(m_admin->post("/api/v1/admin/buyers", body), "id"));
        QCOMPARE(order.size(), 12);
        // Spread over eight weeks (oldest first, as created) so the weekly chart has a shape.
        for (int i = 0; i < order.size(); ++i) {
            instance.db().exec("UPDATE buyers SET date_added = now() - make_interval(days => $2::int) "
                               "WHERE id = $1::uuid",
                               {order.at(i).toStdString(), std::to_string((11 - i) * 5)});
            const auto buyer = m_admin->get("/api/v1/admin/buyers/" + order.at(i).toStdString());
            m_ids.insert(qs(field(buyer, "company")), order.at(i));
        }
        QCOMPARE(m_ids.size(), 12);

        // Members opened, liked and reported a few, so the counters and statistics say
        // something. Written straight into the tables: the member routes have their own tests.
        auto& db = instance.db();
        const std::string tokyo = m_ids.value(QStringLiteral("Tokyo Coffee Trading Co.")).toStdString();
        const std::string seattle = m_ids.value(QStringLiteral("Seattle Seafood Inc.")).toStdString();
        const std::string riyadh = m_ids.value(QStringLiteral("Riyadh Date Traders")).toStdString();
        auto view = [&db = db](const std::string& buyer, const std::string& user, int daysAgo) {
            db.exec("INSERT INTO buyer_views (buyer_id, user_id, viewed_at) VALUES "
                    "($1::uuid, $2::uuid, now() - make_interval(days => $3::int))",
                    {buyer, user, std::to_string(daysAgo)});
        };
        auto like = [&db = db](const std::string& buyer, const std::string& user) {
            db.exec("INSERT INTO buyer_likes (user_id, buyer_id, created_at) VALUES "
                    "($1::uuid, $2::uuid, now())",
                    {user, buyer});
        };
        auto report = [&db = db](const std::string& buyer, const std::string& user, const char* reason,
                            const char* message) {
            db.exec("INSERT INTO buyer_reports (buyer_id, user_id, reason, message, created_at) "
                    "VALUES ($1::uuid, $2::uuid, $3, $4, now())",
                    {buyer, user, std::string(reason), std::string(message)});
        };
        for (int i = 0; i < 3; ++i)
            view(tokyo, m_budi, 3 - i);
        view(tokyo, m_siti, 1);
        view(seattle, m_siti, 0);
        like(tokyo, m_budi);
        like(tokyo, m_siti);
        like(seattle, m_siti);
        report(riyadh, m_budi, "wrong_contact", "Nomor telepon tidak aktif lagi.");
        report(seattle, m_siti, "duplicate", "Sama dengan Seattle Seafoods.");
    }

    void tableLoadsAndPages()
    {
        auto desk = signIn("admin@example.test");
        QAbstractItemModelTester tester(desk->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Pages of five: the view asks for more until its rows fill the screen.
        QSignalSpy pages(desk->model(), &PagedTableModel::pageLoaded);
        desk->model()->setPageSize(5);
        desk->model()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!pages.isEmpty(), 10000);
        QCOMPARE(pages.first().first().toInt(), 5);
        desk->loadAll();
        QCOMPARE(desk->model()->rowCount(), 12);
        QCOMPARE(pages.size(), 3);
        QVERIFY(!desk->model()->hasMore());
        // Newest first: the last one created is on top.
        QCOMPARE(desk->companies().first(), QStringLiteral("Kobe Tea & Coffee"));

        const int row = desk->rowOf(QStringLiteral("Tokyo Coffee Trading Co."));
        QVERIFY(row >= 0);
        auto cell = [&](int column) {
            return desk->model()->data(desk->model()->index(row, column)).toString();
        };
        QVERIFY(cell(BuyersPage::Company).startsWith(QStringLiteral("Tokyo Coffee Trading Co.\nHiroshi Tanaka")));
        QVERIFY2(cell(BuyersPage::Country).contains(QStringLiteral("Jepang")), qPrintable(cell(BuyersPage::Country)));
        QVERIFY(cell(BuyersPage::Country).startsWith(CountryCatalog::flagOf(QStringLiteral("JP"))));
        QVERIFY(cell(BuyersPage::Products).contains(QStringLiteral("Kopi arabika, Kopi robusta")));
        QVERIFY(cell(BuyersPage::Products).contains(QStringLiteral("HS 090111")));
        QCOMPARE(cell(BuyersPage::Terms), QStringLiteral("TT LC\nFOB CIF"));
        QCOMPARE(cell(BuyersPage::Verified), QStringLiteral("Terverifikasi"));
        QCOMPARE(cell(BuyersPage::Rating), QStringLiteral("\u2605\u2605\u2605\u2605\u2605"));
        QCOMPARE(cell(BuyersPage::Views), QStringLiteral("4"));
        QCOMPARE(cell(BuyersPage::Likes), QStringLiteral("2"));
        QCOMPARE(cell(BuyersPage::Reports), QStringLiteral("0"));
        QCOMPARE(cell(BuyersPage::DateAdded).count(QLatin1Char(' ')), 2); // "21 Nov 2026"
        const int riyadh = desk->rowOf(QStringLiteral("Riyadh Date Traders"));
        QCOMPARE(desk->model()->data(desk->model()->index(riyadh, BuyersPage::Reports)).toString(),
                 QStringLiteral("1"));
        grab(desk->workspace->widget(), "buyers");
    }

    void filtersChangeTheQuery()
    {
        auto desk = signIn("admin@example.test");
        QComboBox* country = desk->filters()->countryBox();
        QVERIFY(country->count() > 100); // the whole list, flags and Indonesian names
        QVERIFY(country->itemText(country->findData(QStringLiteral("JP"))).endsWith(QStringLiteral("Jepang")));
        country->setCurrentIndex(country->findData(QStringLiteral("JP")));
        QCOMPARE(desk->model()->filter().queryItemValue(QStringLiteral("country")), QStringLiteral("JP"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->model()->rowCount(), 3);

        // Typing waits for the pause; the query then carries q.
        QTest::keyClicks(desk->filters()->searchField(), QStringLiteral("kopi"));
        QVERIFY(!desk->model()->filter().hasQueryItem(QStringLiteral("q")));
        QTRY_COMPARE_WITH_TIMEOUT(desk->model()->filter().queryItemValue(QStringLiteral("q")),
                                  QStringLiteral("kopi"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->model()->rowCount(), 2); // Tokyo and Kobe (Osaka sells spices)

        desk->filters()->searchField()->clear();
        QTest::keyClick(desk->filters()->searchField(), Qt::Key_Return);
        QComboBox* verified = desk->filters()->verifiedBox();
        verified->setCurrentIndex(verified->findData(QStringLiteral("true")));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies().size(), 2);
        QVERIFY(desk->companies().contains(QStringLiteral("Osaka Spice Import")));

        country->setCurrentIndex(0);
        verified->setCurrentIndex(0);
        QComboBox* payment = desk->filters()->paymentBox();
        payment->setCurrentIndex(payment->findData(QStringLiteral("LC")));
        QCOMPARE(desk->model()->filter().queryItemValue(QStringLiteral("payment_term")), QStringLiteral("LC"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->model()->rowCount(), 6);
        payment->setCurrentIndex(0);

        QTest::keyClicks(desk->filters()->productField(), QStringLiteral("0306"));
        QTest::keyClick(desk->filters()->productField(), Qt::Key_Return);
        QCOMPARE(desk->model()->filter().queryItemValue(QStringLiteral("product")), QStringLiteral("0306"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies(), QStringList{QStringLiteral("Seattle Seafood Inc.")});
        desk->filters()->productField()->clear();

        // Days are Jakarta days on the server: three days ahead is the future wherever the test runs.
        desk->filters()->fromEdit()->setDate(QDate::currentDate().addDays(3));
        QCOMPARE(desk->model()->filter().queryItemValue(QStringLiteral("added_from")),
                 QDate::currentDate().addDays(3).toString(Qt::ISODate));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->model()->rowCount(), 0);
        QVERIFY(desk->page()->findChild<QLabel*>(QStringLiteral("buyersMessage"))->text().contains(QStringLiteral("Tidak ada buyer")));
    }

    void formSavesAndShowsErrorsAtTheField()
    {
        auto desk = signIn("admin@example.test");
        BuyerEditor* editor = desk->editor();
        desk->page()->newBuyer();
        QVERIFY(editor->isVisible());
        qobject_cast<QLineEdit*>(editor->field(QStringLiteral("company")))->setText(QStringLiteral("  Lyon   Gourmet SARL "));
        auto* country = qobject_cast<QComboBox*>(editor->field(QStringLiteral("country")));
        country->setCurrentIndex(country->findData(QStringLiteral("FR")));
        qobject_cast<QLineEdit*>(editor->field(QStringLiteral("email")))->setText(QStringLiteral("bukan-email"));
        editor->addListEntry(QStringLiteral("products"), QStringLiteral("Vanili; Kayu manis"));
        editor->addListEntry(QStringLiteral("hs_codes"), QStringLiteral("0905"));
        editor->findChild<QCheckBox*>(QStringLiteral("payment_terms_LC"))->setChecked(true);
        editor->findChild<QCheckBox*>(QStringLiteral("shipping_terms_CIF"))->setChecked(true);
        QCOMPARE(editor->body().value(QStringLiteral("products")).toArray().size(), 2);

        // A bad email: 422, and the message sits under the email field.
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 10000);
        QLabel* emailError = editor->errorLabel(QStringLiteral("email"));
        QVERIFY2(emailError->isVisible(), qPrintable(editor->message()->text()));
        QVERIFY(!emailError->text().isEmpty());
        QVERIFY(!editor->errorLabel(QStringLiteral("company"))->isVisible());
        QVERIFY(editor->buyerId().isEmpty());
        grab(desk->workspace->widget(), "form-error");

        qobject_cast<QLineEdit*>(editor->field(QStringLiteral("email")))->setText(QStringLiteral("achat@lyongourmet.fr"));
        QSignalSpy saved(editor, &BuyerEditor::saved);
        editor->save();
        QVERIFY(saved.wait(10000));
        QVERIFY(!emailError->isVisible());
        QVERIFY(!editor->buyerId().isEmpty());
        // The server collapsed the spaces; the form shows what was stored.
        QCOMPARE(qobject_cast<QLineEdit*>(editor->field(QStringLiteral("company")))->text(),
                 QStringLiteral("Lyon Gourmet SARL"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->rowOf(QStringLiteral("Lyon Gourmet SARL")) >= 0, 10000);

        // Edit: rating and verified, PATCH keeps the id.
        const QString id = editor->buyerId();
        auto* rating = qobject_cast<QComboBox*>(editor->field(QStringLiteral("rating")));
        rating->setCurrentIndex(4);
        qobject_cast<QCheckBox*>(editor->field(QStringLiteral("verified")))->setChecked(true);
        editor->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(editor->buyerId(), id);
        const auto stored = m_admin->get("/api/v1/admin/buyers/" + id.toStdString()).json();
        QCOMPARE(stored->getValue<int>("rating"), 4);
        QVERIFY(stored->getValue<bool>("verified"));

        // The same company in the same country again: 409, and the existing buyer is one click away.
        desk->page()->newBuyer();
        qobject_cast<QLineEdit*>(editor->field(QStringLiteral("company")))->setText(QStringLiteral("tokyo coffee trading co."));
        country->setCurrentIndex(country->findData(QStringLiteral("JP")));
        editor->save();
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 10000);
        QVERIFY(editor->openDuplicateButton()->isVisible());
        QCOMPARE(editor->duplicateId(), m_ids.value(QStringLiteral("Tokyo Coffee Trading Co.")));
        grab(desk->workspace->widget(), "form-duplicate");
        QSignalSpy loaded(editor, &BuyerEditor::loaded);
        editor->openDuplicateButton()->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(editor->buyerId(), m_ids.value(QStringLiteral("Tokyo Coffee Trading Co.")));
        QCOMPARE(qobject_cast<QLineEdit*>(editor->field(QStringLiteral("company")))->text(),
                 QStringLiteral("Tokyo Coffee Trading Co."));

        // Delete asks in place first.
        desk->page()->openBuyer(id);
        QVERIFY(loaded.wait(10000));
        editor->findChild<QPushButton*>(QStringLiteral("deleteBuyer"))->click();
        QWidget* confirm = editor->findChild<QWidget*>(QStringLiteral("deleteConfirmBar"));
        QVERIFY(confirm->isVisible());
        QSignalSpy deleted(editor, &BuyerEditor::deleted);
        editor->findChild<QPushButton*>(QStringLiteral("confirmDelete"))->click();
        QVERIFY(deleted.wait(10000));
        QCOMPARE(m_admin->get("/api/v1/admin/buyers/" + id.toStdString()).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(desk->rowOf(QStringLiteral("Lyon Gourmet SARL")) < 0, 10000);
    }

    void enterOpensTheBuyerWithItsViewers()
    {
        auto desk = signIn("admin@example.test");
        const int row = desk->rowOf(QStringLiteral("Tokyo Coffee Trading Co."));
        QVERIFY(row >= 0);
        QTableView* table = desk->page()->table();
        table->setFocus();
        table->setCurrentIndex(desk->model()->index(row, 0));
        QSignalSpy viewers(desk->editor(), &BuyerEditor::viewersLoaded);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(viewers.wait(10000));
        QTreeWidget* list = desk->editor()->viewers();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Budi Santoso")); // most views first
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("3"));
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Siti Aminah"));
        QVERIFY(desk->editor()->findChild<QCheckBox*>(QStringLiteral("payment_terms_TT"))->isChecked());
        QVERIFY(!desk->editor()->findChild<QCheckBox*>(QStringLiteral("payment_terms_DP"))->isChecked());
        grab(desk->workspace->widget(), "buyer-detail");
    }

    void exportWritesCsvAndXlsx()
    {
        auto desk = signIn("admin@example.test");
        QComboBox* country = desk->filters()->countryBox();
        country->setCurrentIndex(country->findData(QStringLiteral("JP")));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QSignalSpy finished(desk->page()->exporter(), &FileDownload::finished);
        QSignalSpy failed(desk->page()->exporter(), &FileDownload::failed);

        const QString csv = m_dir.filePath(QStringLiteral("buyer-jp.csv"));
        desk->page()->exportTo(csv);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("company")));
        QVERIFY(text.contains(QStringLiteral("Tokyo Coffee Trading Co.")));
        QVERIFY(!text.contains(QStringLiteral("Seattle Seafood"))); // the filter went along

        const QString xlsx = m_dir.filePath(QStringLiteral("buyer-jp.xlsx"));
        desk->page()->exportTo(xlsx);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 2, 20000);
        QVERIFY(failed.isEmpty());
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), xlsx});
        QVERIFY(unzip.waitForFinished(20000));
        QCOMPARE(unzip.exitCode(), 0);
        QVERIFY(QString::fromUtf8(unzip.readAllStandardOutput()).contains(QStringLiteral("xl/workbook.xml")));
    }

    void cancelledExportLeavesNoFile()
    {
        auto desk = signIn("admin@example.test");
        const QString path = m_dir.filePath(QStringLiteral("cancelled.xlsx"));
        QSignalSpy cancelled(desk->page()->exporter(), &FileDownload::cancelled);
        desk->page()->exportTo(path);
        desk->page()->exporter()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 10000);
        QVERIFY(!QFile::exists(path));
    }

    void reportsAreResolvedWithANote()
    {
        auto desk = signIn("admin@example.test");
        BuyerReportsPage* reports = desk->workspace->reports();
        desk->workspace->tabs()->setCurrentWidget(reports);
        QTRY_VERIFY_WITH_TIMEOUT(!reports->model()->isLoading(), 10000);
        QCOMPARE(reports->model()->rowCount(), 2);
        QTRY_VERIFY(reports->table()->currentIndex().isValid());
        int row = -1;
        for (int i = 0; i < reports->model()->rowCount(); ++i)
            if (reports->model()->item(i).value(QStringLiteral("company")).toString() ==
                QStringLiteral("Riyadh Date Traders"))
                row = i;
        QVERIFY(row >= 0);
        reports->select(row);
        QVERIFY(reports->findChild<QLabel*>(QStringLiteral("reportBody"))->text().contains(QStringLiteral("Nomor telepon tidak aktif")));
        grab(desk->workspace->widget(), "reports");
        reports->noteField()->setPlainText(QStringLiteral("Nomor diperbarui dari situs resmi."));
        QSignalSpy resolved(reports, &BuyerReportsPage::reportResolved);
        reports->findChild<QPushButton*>(QStringLiteral("resolveReport"))->click();
        QVERIFY(resolved.wait(10000));
        QCOMPARE(resolved.first().first().toJsonObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("resolved"));
        QTRY_VERIFY_WITH_TIMEOUT(!reports->model()->isLoading(), 10000);
        QCOMPARE(reports->model()->rowCount(), 1);
        reports->statusBox()->setCurrentIndex(reports->statusBox()->findData(QStringLiteral("resolved")));
        QTRY_VERIFY_WITH_TIMEOUT(!reports->model()->isLoading() && reports->model()->rowCount() == 1, 10000);
        QCOMPARE(reports->model()->item(0).value(QStringLiteral("resolution_note")).toString(),
                 QStringLiteral("Nomor diperbarui dari situs resmi."));

        // "Buka buyer" jumps to the buyer's form.
        QSignalSpy loaded(desk->editor(), &BuyerEditor::loaded);
        reports->findChild<QPushButton*>(QStringLiteral("openReportedBuyer"))->click();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(desk->workspace->tabs()->currentWidget(), desk->page());
        QCOMPARE(desk->editor()->buyerId(), m_ids.value(QStringLiteral("Riyadh Date Traders")));
    }

    void planLimitsAreEditedInPlace()
    {
        auto desk = signIn("admin@example.test");
        PlanLimitsPage* limits = desk->workspace->limits();
        QVERIFY(limits);
        QSignalSpy loaded(limits, &PlanLimitsPage::loaded);
        desk->workspace->tabs()->setCurrentWidget(limits);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(limits->quotaBox(QStringLiteral("free"))->value(), 5);
        QCOMPARE(limits->quotaBox(QStringLiteral("12m"))->text(), QStringLiteral("Tanpa batas"));
        QVERIFY(limits->check(QStringLiteral("3m"), PlanLimitsPage::CsvDownload)->isChecked());
        QVERIFY(!limits->saveButton(QStringLiteral("1m"))->isEnabled());
        limits->quotaBox(QStringLiteral("1m"))->setValue(25);
        limits->check(QStringLiteral("1m"), PlanLimitsPage::CsvDownload)->setChecked(true);
        QVERIFY(limits->saveButton(QStringLiteral("1m"))->isEnabled());
        grab(desk->workspace->widget(), "limits");
        QSignalSpy saved(limits, &PlanLimitsPage::rowSaved);
        limits->saveButton(QStringLiteral("1m"))->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(!limits->saveButton(QStringLiteral("1m"))->isEnabled());
        const auto all = m_admin->get("/api/v1/admin/directory-limits");
        QVERIFY(all.body.find(R"("tier":"1m","buyers_per_month":25,"full_contact":true,"csv_download":true)") != std::string::npos ||
                limits->limits(QStringLiteral("1m")).value(QStringLiteral("buyers_per_month")).toInt() == 25);
        QCOMPARE(limits->limits(QStringLiteral("1m")).value(QStringLiteral("csv_download")).toBool(), true);
        // Back to "unlimited" for 6m: null on the wire.
        limits->quotaBox(QStringLiteral("6m"))->setValue(-1);
        limits->saveButton(QStringLiteral("6m"))->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(limits->limits(QStringLiteral("6m")).value(QStringLiteral("buyers_per_month")).isNull());
    }

    void liveUpdatesReloadTheTable()
    {
        auto desk = signIn("admin@example.test");
        QTRY_VERIFY_WITH_TIMEOUT(desk->events.isConnected(), 10000);
        const int before = desk->model()->rowCount();
        createBuyer(R"({"company":"Busan Marine Foods","country":"KR","products":["Rumput laut"]})");
        QTRY_VERIFY_WITH_TIMEOUT(desk->rowOf(QStringLiteral("Busan Marine Foods")) >= 0, 10000);
        QCOMPARE(desk->model()->rowCount(), before + 1);
        // Someone else deletes the buyer this desk has open: the form closes.
        desk->page()->openBuyer(m_ids.value(QStringLiteral("Busan Marine Foods")));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->editor()->isBusy(), 10000);
        QCOMPARE(m_admin->request("DELETE", "/api/v1/admin/buyers/" +
                                                m_ids.value(QStringLiteral("Busan Marine Foods")).toStdString())
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(desk->editor()->isHidden(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(desk->rowOf(QStringLiteral("Busan Marine Foods")) < 0, 10000);
    }

    void whoSeesWhat()
    {
        WorkspaceRegistry registry;
        registerCurationWorkspace(registry);
        auto mentor = signIn("mentor@example.test");
        QCOMPARE(registry.availableTo(mentor->session).size(), 1);
        // Mentors curate buyers, review suppliers, keep forwarders and supplier questions, but
        // set neither plan limits nor supplier limits (those are the admin's).
        QVERIFY(mentor->workspace->buyers());
        QVERIFY(!mentor->workspace->limits());
        QVERIFY(mentor->workspace->suppliers());
        QVERIFY(mentor->workspace->forwarders());
        QStringList titles;
        for (int i = 0; i < mentor->workspace->tabs()->count(); ++i)
            titles << mentor->workspace->tabs()->tabText(i);
        QCOMPARE(titles, (QStringList{QStringLiteral("Buyer"), QStringLiteral("Statistik"),
                                      QStringLiteral("Laporan buyer"), QStringLiteral("Supplier"),
                                      QStringLiteral("Forwarder"),
                                      QStringLiteral("Asesmen supplier")}));
        auto admin = signIn("admin@example.test");
        QCOMPARE(admin->workspace->tabs()->count(), 8);
        QVERIFY(mentor->model()->rowCount() > 0);

        ApiClient api;
        ey::desk::test::InMemoryCredentialStore credentials;
        Session member(api, credentials);
        QSignalSpy signedIn(&member, &Session::signedIn);
        member.signIn(QUrl(qs(m_server->baseUrl())), QStringLiteral("budi@member.test"),
                      qs(ey::test::kTestPassword), false);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(registry.availableTo(member).isEmpty());
        QVERIFY(!member.hasPermission(QStringLiteral("directory.buyers.manage")));
    }

    // Last: it depends on the most server code.
    void statisticsRenderWithData()
    {
        auto desk = signIn("admin@example.test");
        BuyerStatsPanel* stats = desk->workspace->stats();
        QSignalSpy loaded(stats, &BuyerStatsPanel::loaded);
        desk->workspace->tabs()->setCurrentWidget(stats);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(stats->stats().value(QStringLiteral("total")).toInt(), 12);
        auto* weekly = qobject_cast<QBarSeries*>(stats->weeklyChart()->chart()->series().value(0));
        QVERIFY(weekly);
        QCOMPARE(weekly->barSets().first()->count(), 12); // twelve weeks by default
        double sum = 0;
        for (int i = 0; i < weekly->barSets().first()->count(); ++i)
            sum += weekly->barSets().first()->at(i);
        QCOMPARE(sum, 12.0);
        auto* pie = qobject_cast<QPieSeries*>(stats->countryChart()->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), 8); // eight countries, no "Lainnya" needed
        QVERIFY(pie->slices().first()->label().startsWith(QStringLiteral("Jepang (3)")));
        QVERIFY(!stats->productChart()->chart()->series().isEmpty());
        QCOMPARE(stats->mostViewed()->item(0, 0)->text(), QStringLiteral("Tokyo Coffee Trading Co."));
        QCOMPARE(stats->mostViewed()->item(0, 2)->text(), QStringLiteral("4"));
        QCOMPARE(stats->mostLiked()->item(0, 0)->text(), QStringLiteral("Tokyo Coffee Trading Co."));
        QCOMPARE(stats->topViewers()->item(0, 0)->text(), QStringLiteral("Budi Santoso"));
        QTest::qWait(300); // the charts lay out titles and axes on the next passes
        grab(desk->workspace->widget(), "stats");

        stats->setWeeks(4);
        QVERIFY(loaded.wait(10000));
        weekly = qobject_cast<QBarSeries*>(stats->weeklyChart()->chart()->series().value(0));
        QCOMPARE(weekly->barSets().first()->count(), 4);
    }
};

QTEST_MAIN(TestCurationWorkspace)
#include "TestCurationWorkspace.moc"
