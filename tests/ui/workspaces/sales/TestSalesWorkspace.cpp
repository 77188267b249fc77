// The sales workspace offscreen against a real server with a few sales: two-line cells and
// "x/y terkirim", filters that narrow, the detail pane with history and raw payloads, CSV export
// (file compared with the server's), cancel leaving no file, live updates, who sees what, and
// finance (no user list) filtering by product and affiliate.
#include "SaleDetailPane.h"
#include "SalesChartsPanel.h"
#include "SalesExporter.h"
#include "SalesFilterBar.h"
#include "SalesPage.h"
#include "SalesWorkspace.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "WorkspaceRegistry.h"

#include "../../../modules/sales/SalesTestKit.h"
#include "InMemoryCredentialStore.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace ey::desk;
using namespace ey::desk::sales;
namespace kit = ey::test::commerce;

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
    std::unique_ptr<SalesWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    SalesPage* page() { return workspace->page(); }
    PagedTableModel* model() { return workspace->page()->model(); }
    SalesFilterBar* filters() { return workspace->page()->filterBar(); }
    template <typename T> T* find(const char* name)
    {
        return workspace->widget()->findChild<T*>(QString::fromLatin1(name));
    }
    int rowOf(const QString& invoice)
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->item(row).value(QStringLiteral("invoice_number")).toString() == invoice)
                return row;
        return -1;
    }
    QString cell(int row, int column)
    {
        return model()->data(model()->index(row, column)).toString();
    }
    QStringList invoices()
    {
        QStringList out;
        for (int row = 0; row < model()->rowCount(); ++row)
            out << model()->item(row).value(QStringLiteral("invoice_number")).toString();
        return out;
    }
};

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

class TestSalesWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<kit::FakeXendit> m_xendit;
    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    QString m_paid;    ///< Budi, checkout + callback
    QString m_pending; ///< Siti, checkout only
    std::string m_pendingGatewayId;
    QString m_affiliateSale = QStringLiteral("INV900001"); ///< Rina, Dinda's commission, 3/5 sent
    QString m_expired = QStringLiteral("INV900002");

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
        desk->workspace = std::make_unique<SalesWorkspace>(desk->context());
        desk->workspace->widget()->resize(1500, 820);
        desk->workspace->widget()->show();
        // Every sale regardless of date, so the test does not depend on the day it runs.
        desk->filters()->setPreset(SalesFilterBar::Preset::All);
        waitIdle(*desk);
        return desk;
    }

    static void waitIdle(Desk& desk)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!desk.model()->isLoading(), 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_xendit = std::make_unique<kit::FakeXendit>(kit::kSecretKey);
        m_server = std::make_unique<ey::test::TestServer>(nullptr, kit::xenditConfig(*m_xendit));
        auto& instance = m_server->instance();
        auto admin = kit::person(*m_server, "admin@example.test", {"admin"});
        ey::test::createUser(instance, "founder@example.test", {"founder"}, "Fajar Founder");
        ey::test::createUser(instance, "member@example.test", {"member_free"}, "Mira Member");
        // Finance reads sales but not the user list.
        ey::test::createUser(instance, "keuangan@example.test", {"finance"}, "Fina Keuangan");
        const auto pro =
            kit::createPlan(admin, "Paket Ekspor Pro", {{"1m", 150'000}, {"12m", 1'200'000}});
        const auto basic = kit::createPlan(admin, "Paket Ekspor Dasar", {{"1m", 99'000}});

        auto budi = kit::Person{
            ey::test::createUser(instance, "budi@gmail.test", {"member_free"}, "Budi Santoso"),
            "budi@gmail.test", ey::test::HttpClient(m_server->baseUrl())};
        budi.http.login(budi.email, ey::test::kTestPassword);
        const auto paid =
            kit::checkoutPlan(budi, pro, "12m").json()->getValue<std::string>("invoice_number");
        kit::sendCallback(*m_server,
                          kit::callbackBody(kit::gatewayId(*m_xendit, paid), paid, 1'200'000));
        m_paid = qs(paid);

        auto siti = kit::Person{
            ey::test::createUser(instance, "siti@yahoo.test", {"member_free"}, "Siti Aminah"),
            "siti@yahoo.test", ey::test::HttpClient(m_server->baseUrl())};
        siti.http.login(siti.email, ey::test::kTestPassword);
        const auto pending =
            kit::checkoutPlan(siti, basic, "1m").json()->getValue<std::string>("invoice_number");
        m_pending = qs(pending);
        m_pendingGatewayId = kit::gatewayId(*m_xendit, pending);

        const auto rina =
            ey::test::createUser(instance, "rina@ekspor.test", {"member_free"}, "Rina Wijaya");
        const auto dinda =
            ey::test::createUser(instance, "dinda@affiliate.test", {"affiliate"}, "Dinda Lestari");
        const auto planId = instance.db()
                                .exec("SELECT id FROM membership_plans WHERE slug = $1", {pro})
                                .front()
                                .str("id");
        const auto hourAgo =
            QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate).toStdString();
        const auto twoDaysAgo =
            QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate).toStdString();
        ey::test::sales::insertSale(instance.db(),
                                    {"INV900001", rina, "PAID", 150'000, hourAgo, "plan", planId,
                                     "Paket Ekspor Pro", std::string("1m"), dinda, 15'000, 3, 5});
        ey::test::sales::insertSale(instance.db(), {"INV900002", budi.id, "EXPIRED", 99'000,
                                                    twoDaysAgo, "plan", planId, "Paket Ekspor Pro",
                                                    std::string("1m"), std::nullopt, 0, 0, 0});
    }

    void rowsShowTwoLineCellsAndFollowUps()
    {
        auto desk = signIn("admin@example.test");
        QAbstractItemModelTester tester(desk->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(desk->model()->rowCount(), 4);
        const int row = desk->rowOf(m_affiliateSale);
        QVERIFY(row >= 0);
        const QString invoiceCell = desk->cell(row, SalesPage::Invoice);
        QVERIFY(invoiceCell.startsWith(QStringLiteral("INV900001\n")));
        QCOMPARE(invoiceCell.section(QLatin1Char('\n'), 1).count(QLatin1Char(' ')),
                 2); // "21 Nov 2026"
        QCOMPARE(desk->cell(row, SalesPage::Buyer),
                 QStringLiteral("Rina Wijaya\nrina@ekspor.test"));
        QCOMPARE(desk->cell(row, SalesPage::Product),
                 QStringLiteral("Paket Ekspor Pro\nPaket · 1 bulan"));
        QCOMPARE(desk->cell(row, SalesPage::Total), QStringLiteral("Rp 150.000"));
        QCOMPARE(desk->cell(row, SalesPage::Status), QStringLiteral("Lunas"));
        QCOMPARE(desk->cell(row, SalesPage::Affiliate), QStringLiteral("Dinda Lestari\nRp 15.000"));
        QCOMPARE(desk->cell(row, SalesPage::FollowUp), QStringLiteral("3/5 terkirim"));
        // No affiliate and no follow-up sequence read as a dash, not as zero.
        const int paid = desk->rowOf(m_paid);
        QCOMPARE(desk->cell(paid, SalesPage::Affiliate), QStringLiteral("\u2014"));
        QCOMPARE(desk->cell(paid, SalesPage::FollowUp), QStringLiteral("\u2014"));
        QCOMPARE(desk->cell(paid, SalesPage::Buyer),
                 QStringLiteral("Budi Santoso\nbudi@gmail.test"));
        // Two-line rows are tall enough for both lines.
        auto* table = desk->find<QTableView>("salesTable");
        QVERIFY(table->rowHeight(0) >= table->fontMetrics().height() * 2);

        desk->workspace->widget()->grab().save(QStringLiteral("/tmp/sales-workspace-table.png"));
    }

    void filtersNarrow()
    {
        auto desk = signIn("admin@example.test");
        auto* status = desk->find<QComboBox>("statusBox");
        status->setCurrentIndex(status->findData(QStringLiteral("PAID")));
        waitIdle(*desk);
        QCOMPARE(desk->model()->rowCount(), 2);
        for (int row = 0; row < desk->model()->rowCount(); ++row)
            QCOMPARE(desk->model()->item(row).value(QStringLiteral("status")).toString(),
                     QStringLiteral("PAID"));

        status->setCurrentIndex(0);
        auto* search = desk->find<QLineEdit>("searchField");
        search->setText(QStringLiteral("SANTOSO"));
        emit search->returnPressed();
        waitIdle(*desk);
        QCOMPARE(desk->invoices().size(), 2); // Budi's paid and expired sales
        QVERIFY(desk->invoices().contains(m_paid) && desk->invoices().contains(m_expired));

        // The product box lists the catalog; choosing the basic plan leaves Siti's sale.
        auto* product = desk->find<QComboBox>("productBox");
        QTRY_VERIFY(product->count() >= 3);
        search->clear();
        emit search->returnPressed();
        product->setCurrentIndex(product->findText(QStringLiteral("Paket: Paket Ekspor Dasar")));
        waitIdle(*desk);
        QCOMPARE(desk->invoices(), QStringList{m_pending});

        // The affiliate box lists affiliates; Dinda's sale only.
        product->setCurrentIndex(0);
        auto* affiliate = desk->find<QComboBox>("affiliateBox");
        QTRY_VERIFY(affiliate->count() >= 2);
        affiliate->setCurrentIndex(affiliate->findText(QStringLiteral("Dinda Lestari")));
        waitIdle(*desk);
        QCOMPARE(desk->invoices(), QStringList{m_affiliateSale});
        affiliate->setCurrentIndex(0);

        // "Hari ini" is one Jakarta day: the sale from two days ago drops out.
        desk->filters()->setToday(QDate::currentDate());
        desk->filters()->setPreset(SalesFilterBar::Preset::Today);
        waitIdle(*desk);
        QVERIFY(!desk->invoices().contains(m_expired));
        QCOMPARE(desk->filters()->query().queryItemValue(QStringLiteral("from")),
                 QDate::currentDate().toString(Qt::ISODate));
        desk->filters()->setPreset(SalesFilterBar::Preset::Custom);
        QVERIFY(desk->find<QWidget>("fromEdit")->isVisible());
    }

    void financeUsesProductAndAffiliateFilters()
    {
        auto desk = signIn("keuangan@example.test");
        QVERIFY(!desk->session.hasPermission(QStringLiteral("users.read")));
        auto* product = desk->find<QComboBox>("productBox");
        auto* affiliate = desk->find<QComboBox>("affiliateBox");
        QVERIFY(product->isVisible());
        QVERIFY(affiliate->isVisible());

        // Only what was sold, plans by title; only affiliates credited on a sale.
        QTRY_COMPARE(product->count(), 3);
        QCOMPARE(product->itemText(1), QStringLiteral("Paket: Paket Ekspor Dasar"));
        QCOMPARE(product->itemText(2), QStringLiteral("Paket: Paket Ekspor Pro"));
        QTRY_COMPARE(affiliate->count(), 2);
        QCOMPARE(affiliate->itemText(1), QStringLiteral("Dinda Lestari"));
        QCOMPARE(affiliate->itemData(1, Qt::ToolTipRole).toString(), QStringLiteral("1 penjualan"));

        affiliate->setCurrentIndex(1);
        waitIdle(*desk);
        QCOMPARE(desk->invoices(), QStringList{m_affiliateSale});
        desk->workspace->widget()->grab().save(
            QStringLiteral("/tmp/sales-workspace-finance-filters.png"));

        affiliate->setCurrentIndex(0);
        product->setCurrentIndex(2);
        waitIdle(*desk);
        auto invoices = desk->invoices();
        invoices.sort();
        QCOMPARE(invoices, (QStringList{m_paid, m_affiliateSale, m_expired}));
        QCOMPARE(desk->filters()->query().queryItemValue(QStringLiteral("affiliate")), QString());
        QVERIFY(!desk->filters()->query().queryItemValue(QStringLiteral("product")).isEmpty());
    }

    void presetsCoverTheirRange_data()
    {
        QTest::addColumn<int>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("bucket");
        // Thursday 20 Nov 2025: weeks start on Monday.
        QTest::newRow("today") << int(SalesFilterBar::Preset::Today) << QDate(2025, 11, 20)
                               << QDate(2025, 11, 20) << QStringLiteral("day");
        QTest::newRow("week") << int(SalesFilterBar::Preset::ThisWeek) << QDate(2025, 11, 17)
                              << QDate(2025, 11, 23) << QStringLiteral("day");
        QTest::newRow("month") << int(SalesFilterBar::Preset::ThisMonth) << QDate(2025, 11, 1)
                               << QDate(2025, 11, 30) << QStringLiteral("day");
        QTest::newRow("year") << int(SalesFilterBar::Preset::ThisYear) << QDate(2025, 1, 1)
                              << QDate(2025, 12, 31) << QStringLiteral("month");
    }

    void presetsCoverTheirRange()
    {
        QFETCH(int, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, bucket);
        auto desk = signIn("admin@example.test");
        desk->filters()->setToday(QDate(2025, 11, 20));
        desk->filters()->setPreset(static_cast<SalesFilterBar::Preset>(preset));
        QCOMPARE(desk->filters()->fromDate(), from);
        QCOMPARE(desk->filters()->toDate(), to);
        QCOMPARE(desk->filters()->bucket(), bucket);
    }

    void detailPaneShowsHistory()
    {
        auto desk = signIn("admin@example.test");
        const int row = desk->rowOf(m_paid);
        auto* table = desk->find<QTableView>("salesTable");
        table->setFocus();
        table->setCurrentIndex(desk->model()->index(row, SalesPage::Invoice));
        QTest::keyClick(table, Qt::Key_Return); // Enter opens
        auto* detail = desk->page()->detail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->sale().value(QStringLiteral("invoice_number")).toString(),
                                  m_paid, 10000);
        QCOMPARE(desk->find<QLabel>("detailTitle")->text(), m_paid);
        QVERIFY(desk->find<QTextBrowser>("detailSummary")
                    ->toPlainText()
                    .contains(QStringLiteral("Budi Santoso")));
        QVERIFY(desk->find<QTextBrowser>("detailSummary")
                    ->toPlainText()
                    .contains(QStringLiteral("Paket Ekspor Pro")));
        auto* history = desk->find<QTreeWidget>("historyTree");
        // PENDING at checkout, PENDING → PAID from the callback, and the callback delivery itself.
        QCOMPARE(history->topLevelItemCount(), 3);
        QVERIFY(history->topLevelItem(1)->text(1).contains(QStringLiteral("Lunas")));
        history->setCurrentItem(history->topLevelItem(1));
        const QString payload = desk->find<QPlainTextEdit>("payloadView")->toPlainText();
        QVERIFY(payload.contains(QStringLiteral("\"payment_channel\": \"MANDIRI\"")));
        QVERIFY(payload.contains(QLatin1Char('\n'))); // pretty-printed
        QVERIFY(desk->find<QTreeWidget>("ledgerTree")->topLevelItemCount() >= 1);

        auto* tabs = desk->find<QTabWidget>("detailTabs");
        tabs->setCurrentIndex(1);
        desk->workspace->widget()->grab().save(QStringLiteral("/tmp/sales-workspace-detail.png"));

        // Follow-up log of the affiliate sale: five steps, three sent.
        desk->page()->openSale(m_affiliateSale);
        QTRY_COMPARE_WITH_TIMEOUT(detail->sale().value(QStringLiteral("invoice_number")).toString(),
                                  m_affiliateSale, 10000);
        QCOMPARE(desk->find<QTreeWidget>("followupTree")->topLevelItemCount(), 5);
        QVERIFY(desk->find<QTextBrowser>("detailSummary")
                    ->toPlainText()
                    .contains(QStringLiteral("Dinda Lestari")));
        tabs->setCurrentIndex(0);
        desk->workspace->widget()->grab().save(QStringLiteral("/tmp/sales-workspace-summary.png"));
    }

    void exportWritesExactlyTheRows()
    {
        auto desk = signIn("admin@example.test");
        auto* status = desk->find<QComboBox>("statusBox");
        status->setCurrentIndex(status->findData(QStringLiteral("PAID")));
        waitIdle(*desk);
        const QString path = m_dir.filePath(QStringLiteral("paid.csv"));
        QSignalSpy finished(desk->page()->exporter(), &SalesExporter::finished);
        desk->page()->exportTo(path);
        QVERIFY(finished.wait(10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Byte for byte what the server exports for the same filter.
        ey::test::HttpClient http(m_server->baseUrl());
        http.login("admin@example.test", ey::test::kTestPassword);
        QCOMPARE(bytes, QByteArray::fromStdString(
                            http.get("/api/v1/admin/sales/export.csv?status=PAID").body));
        // And exactly the rows the table shows: the header plus one line per row.
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size() - 2, desk->model()->rowCount()); // header ... last CRLF
        QStringList exported;
        for (int i = 1; i < lines.size() - 1; ++i)
            exported << QString::fromUtf8(lines[i].left(lines[i].indexOf(',')));
        QCOMPARE(exported, desk->invoices());
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(desk->model()->rowCount()));
    }

    void cancelledExportLeavesNoFile()
    {
        auto desk = signIn("admin@example.test");
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy cancelled(desk->page()->exporter(), &SalesExporter::cancelled);
        desk->page()->exportTo(path);
        desk->page()->exporter()->cancel();
        QVERIFY(cancelled.count() == 1 || cancelled.wait(10000));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!desk->page()->exporter()->isRunning());
    }

    void liveUpdateKeepsSelection()
    {
        auto desk = signIn("admin@example.test");
        QTRY_VERIFY_WITH_TIMEOUT(desk->events.isConnected(), 10000);
        desk->page()->openSale(m_pending);
        auto* detail = desk->page()->detail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->sale().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("PENDING"), 10000);
        // Xendit reports the payment: the row and the open detail turn PAID without F5.
        kit::sendCallback(*m_server,
                          kit::callbackBody(m_pendingGatewayId, m_pending.toStdString(), 99'000));
        QTRY_COMPARE_WITH_TIMEOUT(desk->model()
                                      ->item(std::max(0, desk->rowOf(m_pending)))
                                      .value(QStringLiteral("status"))
                                      .toString(),
                                  QStringLiteral("PAID"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(detail->sale().value(QStringLiteral("status")).toString(),
                                  QStringLiteral("PAID"), 10000);
        auto* table = desk->find<QTableView>("salesTable");
        QCOMPARE(table->currentIndex().row(), desk->rowOf(m_pending));
    }

    void chartsFollowTheFilter()
    {
        auto desk = signIn("admin@example.test");
        desk->filters()->setPreset(SalesFilterBar::Preset::ThisYear);
        waitIdle(*desk);
        desk->workspace->tabs()->setCurrentWidget(desk->workspace->charts());
        QTRY_VERIFY_WITH_TIMEOUT(!desk->workspace->charts()->summary().isEmpty(), 10000);
        const QJsonObject summary = desk->workspace->charts()->summary();
        QCOMPARE(summary.value(QStringLiteral("bucket")).toString(), QStringLiteral("month"));
        QCOMPARE(summary.value(QStringLiteral("buckets")).toArray().size(), 12);
        QVERIFY(summary.value(QStringLiteral("gross")).toInteger() >= 1'350'000);
        QVERIFY(!desk->find<QChartView>("revenueChart")->chart()->series().isEmpty());
        QVERIFY(!desk->find<QChartView>("productChart")->chart()->series().isEmpty());
        desk->workspace->widget()->grab().save(QStringLiteral("/tmp/sales-workspace-charts.png"));
    }

    void resendReachesTheBuyer()
    {
        auto desk = signIn("admin@example.test");
        auto count = [this] {
            return m_server->instance()
                .db()
                .exec("SELECT count(*) AS n FROM notifications WHERE title LIKE 'Konfirmasi "
                      "pembelian %'")
                .front()
                .i64("n");
        };
        const auto before = count();
        desk->page()->resend(m_paid);
        QTRY_COMPARE_WITH_TIMEOUT(count(), before + 1, 10000);
    }

    void permissionsDecideWhatShows()
    {
        WorkspaceRegistry registry;
        registerSalesWorkspace(registry);
        auto member =
            std::make_unique<Desk>(m_dir.filePath(QStringLiteral("outbox-member.sqlite")));
        QSignalSpy signedIn(&member->session, &Session::signedIn);
        member->session.signIn(QUrl(qs(m_server->baseUrl())), QStringLiteral("member@example.test"),
                               qs(ey::test::kTestPassword), false);
        QVERIFY(signedIn.wait(10000));
        QVERIFY(registry.availableTo(member->session).isEmpty());

        auto founder = signIn("founder@example.test");
        QCOMPARE(registry.availableTo(founder->session).size(), 1);
        // Founders read sales; resending is for sales.manage.
        QVERIFY(
            !founder->find<QPushButton>("detailResend")->isVisibleTo(founder->workspace->widget()));
        auto admin = signIn("admin@example.test");
        QVERIFY(admin->find<QPushButton>("detailResend")->isVisibleTo(admin->workspace->widget()) ||
                admin->page()->detail()->invoice().isEmpty());
    }
};

QTEST_MAIN(TestSalesWorkspace)
#include "TestSalesWorkspace.moc"
