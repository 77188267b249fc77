// The "Forwarder" tab offscreen against a real server with a handful of forwarders and rates:
// the table and its filters, create/edit/delete through the side form with a 422 at the field,
// rates edited in the table (a bad row says which row and field), and "Bandingkan rute" with the
// cheapest rate first, expired rates grey, and the price chart. Screenshots: /tmp/forwarder-*.png.
#include "ForwarderComparePanel.h"
#include "ForwarderEditor.h"
#include "ForwarderPage.h"
#include "ForwarderRatesPanel.h"
#include "SupplierFormat.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    std::unique_ptr<ForwarderPage> page;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    PagedTableModel* model() { return page->model(); }
    QStringList companies()
    {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out << model()->item(row).value(QStringLiteral("company")).toString();
        return out;
    }
    void open(const QString& company)
    {
        const int row = static_cast<int>(companies().indexOf(company));
        QVERIFY2(row >= 0, qPrintable(companies().join(QStringLiteral(", "))));
        page->table()->setCurrentIndex(model()->index(row, 0));
        QTest::keyClick(page->table(), Qt::Key_Return);
        QCOMPARE(page->editor()->forwarderId(), model()->item(row).value(QStringLiteral("id")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!page->rates()->isBusy(), 10000);
    }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string day(int fromToday)
{
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate).toStdString();
}

void grab(QWidget* widget, const char* name)
{
    const QString path = QStringLiteral("/tmp/forwarder-%1.png").arg(QString::fromLatin1(name));
    QVERIFY(widget->grab().save(path));
    qInfo("screenshot %s", qPrintable(path));
}

} // namespace

class TestForwarderPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    std::unique_ptr<ey::test::HttpClient> m_admin;
    QTemporaryDir m_dir;
    int m_desks = 0;
    QHash<QString, std::string> m_ids;

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
        desk->page = std::make_unique<ForwarderPage>(desk->context());
        desk->page->resize(1500, 880);
        desk->page->show();
        if (!QTest::qWaitFor([&] { return !desk->model()->isLoading(); }, 10000))
            qWarning("the first page of %s did not load", email);
        return desk;
    }

    void forwarder(const std::string& body)
    {
        const auto result = m_admin->post("/api/v1/forwarders", body);
        if (result.status != 201)
            qWarning("forwarder: %d %s", result.status, result.body.c_str());
        m_ids.insert(qs(result.json()->getValue<std::string>("company")),
                     result.json()->getValue<std::string>("id"));
    }

    void rate(const char* company, const std::string& body)
    {
        const auto result = m_admin->post("/api/v1/forwarders/" + m_ids.value(QLatin1String(company)) + "/rates", body);
        if (result.status != 201)
            qWarning("rate: %d %s", result.status, result.body.c_str());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
        auto& instance = m_server->instance();
        ey::test::createUser(instance, "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(instance, "budi@member.test", {"member_free"}, "Budi Santoso");
        m_admin = std::make_unique<ey::test::HttpClient>(m_server->baseUrl());
        m_admin->login("admin@example.test", ey::test::kTestPassword);

        forwarder("{\"company\":\"PT Samudra Logistik\",\"services\":[\"sea_freight\",\"customs\"],\"origin_ports\":[\"Tanjung Priok\",\"Tanjung Perak\"],\"destination_regions\":[\"Japan\",\"Middle East\"],\"contact_person\":\"Budi Santoso\",\"email\":\"budi@samudra.co.id\",\"phone\":\"+62215551234\",\"website\":\"https://samudra.co.id\",\"verified\":true,\"rating\":5}");
        forwarder("{\"company\":\"CV Nusantara Cargo\",\"services\":[\"sea_freight\",\"trucking\"],\"origin_ports\":[\"Tanjung Priok\"],\"destination_regions\":[\"Japan\",\"Korea\"],\"contact_person\":\"Dewi Lestari\",\"phone\":\"+62317778899\",\"rating\":4}");
        forwarder("{\"company\":\"PT Garuda Air Freight\",\"services\":[\"air_freight\",\"customs\",\"warehousing\"],\"origin_ports\":[\"Soekarno-Hatta\"],\"destination_regions\":[\"Europe\",\"Japan\"],\"email\":\"ops@garudaaf.co.id\",\"verified\":true,\"rating\":4}");
        forwarder("{\"company\":\"PT Belawan Shipping Agency\",\"services\":[\"shipping_agent\",\"sea_freight\"],\"origin_ports\":[\"Belawan\"],\"destination_regions\":[\"China\",\"India\"],\"contact_person\":\"Rudi Hartono\",\"rating\":3}");
        forwarder("{\"company\":\"PT Makassar Ekspres\",\"services\":[\"sea_freight\",\"trucking\",\"warehousing\"],\"origin_ports\":[\"Makassar\",\"Tanjung Priok\"],\"destination_regions\":[\"Japan\",\"Australia\"],\"notes\":\"Spesialis kopi dan kakao dari Sulawesi.\"}");
        QCOMPARE(m_ids.size(), 5);

        const std::string until = day(90);
        rate("PT Samudra Logistik", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_fcl\",\"unit\":\"container_20\",\"currency\":\"USD\",\"price_minor\":125000,\"transit_days\":14,\"valid_until\":\"" + until + "\"}");
        rate("CV Nusantara Cargo", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_fcl\",\"unit\":\"container_20\",\"currency\":\"USD\",\"price_minor\":110000,\"transit_days\":18,\"valid_until\":\"" + until + "\"}");
        rate("PT Makassar Ekspres", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_fcl\",\"unit\":\"container_20\",\"currency\":\"USD\",\"price_minor\":139000,\"transit_days\":12,\"valid_until\":\"" + until + "\",\"notes\":\"Termasuk THC asal\"}");
        rate("PT Samudra Logistik", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_fcl\",\"unit\":\"container_40\",\"currency\":\"USD\",\"price_minor\":210000,\"transit_days\":14,\"valid_until\":\"" + until + "\"}");
        rate("CV Nusantara Cargo", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_lcl\",\"unit\":\"cbm\",\"currency\":\"IDR\",\"price_minor\":1250000,\"transit_days\":20,\"valid_until\":\"" + until + "\"}");
        // An old quote cheaper than all: only shown, grey, when asked for.
        rate("PT Samudra Logistik", "{\"origin\":\"Tanjung Priok\",\"destination\":\"Tokyo\",\"mode\":\"sea_fcl\",\"unit\":\"container_20\",\"currency\":\"USD\",\"price_minor\":98000,\"transit_days\":15,\"valid_until\":\"" + day(-10) + "\",\"notes\":\"Promo Agustus\"}");
        rate("PT Garuda Air Freight", "{\"origin\":\"Soekarno-Hatta\",\"destination\":\"Frankfurt\",\"mode\":\"air\",\"unit\":\"kg\",\"currency\":\"IDR\",\"price_minor\":68000,\"transit_days\":3,\"valid_until\":\"" + until + "\"}");
    }

    void tableLoadsAndFilters()
    {
        auto desk = signIn("admin@example.test");
        QAbstractItemModelTester tester(desk->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk->companies(), (QStringList{QStringLiteral("CV Nusantara Cargo"), QStringLiteral("PT Belawan Shipping Agency"),
                                                 QStringLiteral("PT Garuda Air Freight"), QStringLiteral("PT Makassar Ekspres"),
                                                 QStringLiteral("PT Samudra Logistik")}));
        const int samudra = static_cast<int>(desk->companies().indexOf(QStringLiteral("PT Samudra Logistik")));
        auto cell = [&](int row, int column) { return desk->model()->data(desk->model()->index(row, column)).toString(); };
        QCOMPARE(cell(samudra, ForwarderPage::Services), QStringLiteral("Kargo laut, Kepabeanan"));
        QCOMPARE(cell(samudra, ForwarderPage::Ports), QStringLiteral("Tanjung Priok, Tanjung Perak"));
        QCOMPARE(cell(samudra, ForwarderPage::Rating), QStringLiteral("\u2605\u2605\u2605\u2605\u2605"));
        QCOMPARE(cell(samudra, ForwarderPage::Verified), QStringLiteral("\u2713 Terverifikasi"));
        QCOMPARE(cell(samudra, ForwarderPage::Rates), QStringLiteral("2")); // the expired one does not count
        grab(desk->page.get(), "list");

        QComboBox* service = desk->page->serviceFilter();
        service->setCurrentIndex(service->findData(QStringLiteral("warehousing")));
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies(), (QStringList{QStringLiteral("PT Garuda Air Freight"), QStringLiteral("PT Makassar Ekspres")}));
        service->setCurrentIndex(0);
        QTest::keyClicks(desk->page->portFilter(), QStringLiteral("tanjung priok"));
        QTest::keyClick(desk->page->portFilter(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies().size(), 3);
        desk->page->portFilter()->clear();
        QTest::keyClicks(desk->page->search(), QStringLiteral("kakao"));
        QTest::keyClick(desk->page->search(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->model()->isLoading(), 10000);
        QCOMPARE(desk->companies(), QStringList{QStringLiteral("PT Makassar Ekspres")});
    }

    void createEditDeleteWithErrorsAtTheField()
    {
        auto desk = signIn("admin@example.test");
        ForwarderEditor* editor = desk->page->editor();
        QTest::mouseClick(desk->page->findChild<QPushButton*>(QStringLiteral("newForwarder")), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor->company(), QStringLiteral("  PT  Bahari   Lintas Samudera "));
        editor->services()->item(0)->setCheckState(Qt::Checked); // sea freight
        editor->services()->item(2)->setCheckState(Qt::Checked); // customs
        auto* portInput = editor->findChild<QLineEdit*>(QStringLiteral("forwarderPortsInput"));
        for (const char* port : {"Tanjung Emas", "Tanjung Priok", "tanjung emas"}) {
            QTest::keyClicks(portInput, QLatin1String(port));
            QTest::keyClick(portInput, Qt::Key_Return);
        }
        QCOMPARE(editor->originPorts()->count(), 2); // the same port twice is one
        auto* regionInput = editor->findChild<QLineEdit*>(QStringLiteral("forwarderRegionsInput"));
        QTest::keyClicks(regionInput, QStringLiteral("Timur Tengah"));
        QTest::keyClick(regionInput, Qt::Key_Return);
        QTest::keyClicks(editor->email(), QStringLiteral("bukan-email"));
        QTest::keyClicks(editor->website(), QStringLiteral("bahari.co.id"));

        // 422: each message under its field, the first one focused.
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
        QVERIFY2(editor->fieldError(QStringLiteral("email"))->isVisible(), qPrintable(editor->message()->text()));
        QVERIFY(!editor->fieldError(QStringLiteral("email"))->text().isEmpty());
        QVERIFY(editor->fieldError(QStringLiteral("website"))->isVisible());
        QVERIFY(!editor->fieldError(QStringLiteral("company"))->isVisible());
        QVERIFY(editor->email()->hasFocus() || editor->website()->hasFocus());
        grab(desk->page.get(), "form-422");

        editor->email()->setText(QStringLiteral("ops@bahari.co.id"));
        editor->website()->setText(QStringLiteral("https://bahari.co.id"));
        QSignalSpy saved(editor, &ForwarderEditor::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(!editor->fieldError(QStringLiteral("email"))->isVisible());
        QCOMPARE(editor->company()->text(), QStringLiteral("PT Bahari Lintas Samudera"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->companies().contains(QStringLiteral("PT Bahari Lintas Samudera")), 10000);
        const std::string id = editor->forwarderId().toStdString();
        auto stored = m_admin->get("/api/v1/forwarders/" + id);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json()->getArray("services")->size(), 2u);
        QCOMPARE(stored.json()->getArray("origin_ports")->size(), 2u);

        // A duplicate company: the server's 409 lands on the company field.
        desk->page->newForwarder();
        QTest::keyClicks(editor->company(), QStringLiteral("pt samudra logistik"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isSaving(), 10000);
        QVERIFY(editor->fieldError(QStringLiteral("company"))->isVisible());
        // ... and the existing forwarder (the problem's duplicate_id) is one click away.
        QVERIFY(!editor->duplicateId().isEmpty());
        QVERIFY(editor->openDuplicateButton()->isVisible());
        QCOMPARE(editor->openDuplicateButton()->text(), QStringLiteral("Buka forwarder yang ada"));
        QTest::mouseClick(editor->openDuplicateButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(editor->company()->text(), QStringLiteral("PT Samudra Logistik"), 10000);
        QVERIFY(!editor->openDuplicateButton()->isVisible());
        QVERIFY(!editor->fieldError(QStringLiteral("company"))->isVisible());

        // Edit: rating and verified.
        desk->open(QStringLiteral("PT Bahari Lintas Samudera"));
        editor->findChild<QComboBox*>(QStringLiteral("forwarderRating"))->setCurrentIndex(4);
        editor->findChild<QCheckBox*>(QStringLiteral("forwarderVerified"))->setChecked(true);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
        stored = m_admin->get("/api/v1/forwarders/" + id);
        QCOMPARE(stored.json()->getValue<int>("rating"), 4);
        QVERIFY(stored.json()->getValue<bool>("verified"));

        // Delete asks with a second click.
        QSignalSpy deleted(editor, &ForwarderEditor::deleted);
        auto* remove = editor->findChild<QPushButton*>(QStringLiteral("deleteForwarder"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(remove->text(), QStringLiteral("Klik lagi untuk menghapus"));
        QCOMPARE(m_admin->get("/api/v1/forwarders/" + id).status, 200);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        QCOMPARE(m_admin->get("/api/v1/forwarders/" + id).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(!desk->companies().contains(QStringLiteral("PT Bahari Lintas Samudera")) &&
                                     !desk->model()->isLoading(),
                                 10000);
    }

    void ratesAreEditedInTheTable()
    {
        auto desk = signIn("admin@example.test");
        desk->open(QStringLiteral("PT Belawan Shipping Agency"));
        ForwarderRatesPanel* rates = desk->page->rates();
        QTableWidget* table = rates->table();
        QCOMPARE(table->rowCount(), 0);
        const int row = rates->addRate();
        table->item(row, ForwarderRatesPanel::Origin)->setText(QStringLiteral("Belawan"));
        table->item(row, ForwarderRatesPanel::Destination)->setText(QStringLiteral("Shanghai"));
        table->item(row, ForwarderRatesPanel::Currency)->setData(Qt::UserRole, QStringLiteral("USD"));
        table->item(row, ForwarderRatesPanel::Price)->setText(QStringLiteral("abc"));
        QVERIFY(rates->hasUnsavedRows());

        // The unreadable price: the server names the field, the row says which one.
        QTest::mouseClick(rates->findChild<QPushButton*>(QStringLiteral("saveRates")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!rates->isBusy() && rates->message()->isVisible(), 10000);
        QVERIFY2(rates->message()->text().startsWith(QStringLiteral("Baris 1:")), qPrintable(rates->message()->text()));
        QCOMPARE(table->item(row, ForwarderRatesPanel::Price)->background().color(), QColor(0xFE, 0xE2, 0xE2));

        table->item(row, ForwarderRatesPanel::Price)->setText(QStringLiteral("1.150,50"));
        QCOMPARE(table->item(row, ForwarderRatesPanel::Price)->text(), QStringLiteral("USD 1.150,50"));
        table->item(row, ForwarderRatesPanel::Transit)->setText(QStringLiteral("9"));
        QSignalSpy changed(rates, &ForwarderRatesPanel::ratesChanged);
        QTest::mouseClick(rates->findChild<QPushButton*>(QStringLiteral("saveRates")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QVERIFY(!rates->hasUnsavedRows());
        const auto stored = m_admin->get("/api/v1/forwarders/" + m_ids.value(QStringLiteral("PT Belawan Shipping Agency")) + "/rates");
        const auto items = stored.json()->getArray("items");
        QCOMPARE(items->size(), 1u);
        QCOMPARE(items->getObject(0)->getValue<Poco::Int64>("price_minor"), Poco::Int64(115050));
        QCOMPARE(items->getObject(0)->getValue<int>("transit_days"), 9);
        QCOMPARE(items->getObject(0)->getValue<std::string>("mode"), std::string("sea_fcl"));

        // Expired rates only on request, grey.
        desk->open(QStringLiteral("PT Samudra Logistik"));
        QCOMPARE(table->rowCount(), 2);
        rates->includeExpired()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!rates->isBusy() && table->rowCount() == 3, 10000);
        int expired = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, ForwarderRatesPanel::Notes)->text() == QStringLiteral("Promo Agustus"))
                expired = r;
        QVERIFY(expired >= 0);
        QCOMPARE(table->item(expired, ForwarderRatesPanel::Price)->foreground().color(), QColor(0x9C, 0xA3, 0xAF));
        QCOMPARE(table->item(expired, ForwarderRatesPanel::Price)->text(), QStringLiteral("USD 980,00"));
        grab(desk->page.get(), "rates");
    }

    void comparisonShowsTheCheapestFirst()
    {
        auto desk = signIn("budi@member.test"); // members compare too; the form is read-only
        QVERIFY(!desk->page->findChild<QPushButton*>(QStringLiteral("newForwarder"))->isVisible());
        desk->page->showComparison();
        ForwarderComparePanel* compare = desk->page->comparison();
        QTRY_VERIFY_WITH_TIMEOUT(compare->origin()->count() >= 2, 10000);
        compare->compare(QStringLiteral("tanjung priok"), QStringLiteral("Tokyo"));
        QTRY_VERIFY_WITH_TIMEOUT(!compare->isLoading() && !compare->result().isEmpty(), 10000);
        QTreeWidget* tree = compare->tree();
        QCOMPARE(tree->topLevelItemCount(), 3); // FCL 20', FCL 40', LCL per CBM
        QTreeWidgetItem* fcl20 = tree->topLevelItem(0);
        QVERIFY2(fcl20->text(0).startsWith(QStringLiteral("Laut FCL \u00B7 Kontainer 20' \u00B7 USD")), qPrintable(fcl20->text(0)));
        QCOMPARE(fcl20->childCount(), 3);
        QVERIFY(fcl20->child(0)->text(0).startsWith(QStringLiteral("CV Nusantara Cargo")));
        QCOMPARE(fcl20->child(0)->text(1), QStringLiteral("USD 1.100,00"));
        QVERIFY(fcl20->child(1)->text(0).startsWith(QStringLiteral("PT Samudra Logistik")));
        QVERIFY(fcl20->child(2)->text(0).startsWith(QStringLiteral("PT Makassar Ekspres")));
        QVERIFY2(fcl20->text(0).endsWith(QStringLiteral("(3 tarif berlaku)   USD 1.100,00 \u2013 USD 1.390,00, median USD 1.250,00")),
                 qPrintable(fcl20->text(0)));
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(1), QStringLiteral("Rp 1.250.000"));

        // The chart: one bar per forwarder of the first group, cheapest on top.
        QCOMPARE(compare->chartGroup(), 0);
        QCOMPARE(compare->chart()->series().size(), 1);
        auto* series = qobject_cast<QHorizontalStackedBarSeries*>(compare->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 1); // no expired part
        QCOMPARE(series->barSets().first()->at(2), 1100.0);
        auto* axis = qobject_cast<QBarCategoryAxis*>(compare->chart()->axes(Qt::Vertical).first());
        QCOMPARE(axis->categories().last(), QStringLiteral("CV Nusantara Cargo"));
        grab(desk->page.get(), "compare");

        // With expired rates: the old promo is listed grey, but the range stays the current one.
        compare->includeExpired()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!compare->isLoading() && compare->result().value(QStringLiteral("include_expired")).toBool(), 10000);
        fcl20 = tree->topLevelItem(0);
        QCOMPARE(fcl20->childCount(), 4);
        QTreeWidgetItem* promo = fcl20->child(0);
        QVERIFY(promo->text(0).startsWith(QStringLiteral("PT Samudra Logistik")));
        QVERIFY(promo->text(3).contains(QStringLiteral("kedaluwarsa")));
        QCOMPARE(promo->foreground(1).color(), QColor(0x9C, 0xA3, 0xAF));
        QVERIFY(fcl20->text(0).contains(QStringLiteral("(3 tarif berlaku)   USD 1.100,00")));
        series = qobject_cast<QHorizontalStackedBarSeries*>(compare->chart()->series().first());
        QCOMPARE(series->count(), 2);
        grab(desk->page.get(), "compare-expired");

        // Another group's chart on selection.
        tree->setCurrentItem(tree->topLevelItem(2)->child(0));
        QCOMPARE(compare->chartGroup(), 2);
        QVERIFY(compare->chart()->title().contains(QStringLiteral("Laut LCL")));

        // No rates on a route: said plainly.
        compare->compare(QStringLiteral("Belawan"), QStringLiteral("Hamburg"));
        QTRY_VERIFY_WITH_TIMEOUT(!compare->isLoading(), 10000);
        QCOMPARE(tree->topLevelItemCount(), 0);
        QVERIFY(compare->message()->text().contains(QStringLiteral("Belum ada tarif")));
    }
};

QTEST_MAIN(TestForwarderPage)
#include "TestForwarderPage.moc"
