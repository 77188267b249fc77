// The "Keuangan" workspace offscreen against a real server: wallet balances and entries with
// their running balance, the withdrawal approve / reject / paid flow, the revenue report's totals
// against the server's, CSV exports written to disk, the split settings with field errors and
// their history, and the read-only view for finance.read without finance.manage.
#include "FinanceWorkspace.h"
#include "RevenuePage.h"
#include "SplitSettingsPage.h"
#include "WalletsPage.h"
#include "WithdrawalsPage.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"
#include "StatusBadge.h"

#include "FinanceService.h"
#include "InMemoryCredentialStore.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace ey::desk;
using namespace ey::desk::finance;

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
    std::unique_ptr<FinanceWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    template <typename T> T* find(const char* name)
    {
        return workspace->widget()->findChild<T*>(QString::fromLatin1(name));
    }
};

std::string body(std::initializer_list<std::pair<std::string, Poco::Dynamic::Var>> fields)
{
    auto object = ey::core::json::object();
    for (const auto& [name, value] : fields)
        object->set(name, value);
    return ey::core::json::stringify(object);
}

/// The row whose `column` shows `text`, or -1.
int rowWith(QAbstractItemModel* model, int column, const QString& text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void screenshot(QWidget* widget, const QString& name)
{
    widget->grab().save(QStringLiteral("/tmp/finance-%1.png").arg(name));
}

} // namespace

class TestFinanceWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;
    std::string m_affiliateWalletId;
    std::string m_bankId;

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
        desk->outbox.setAccount(Session::accountKey(server, QString::fromLatin1(email)));
        desk->events.setBackoff(100, 500);
        desk->events.start();
        desk->workspace = std::make_unique<FinanceWorkspace>(desk->context());
        desk->workspace->widget()->resize(1400, 820);
        desk->workspace->widget()->show();
        return desk;
    }

    ey::test::HttpClient affiliate()
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login("andi@example.test", ey::test::kTestPassword);
        return http;
    }

    std::string requestWithdrawal(std::int64_t amount)
    {
        const auto result =
            affiliate().post("/api/v1/me/withdrawals", body({{"wallet_id", m_affiliateWalletId},
                                                             {"bank_account_id", m_bankId},
                                                             {"amount", amount}}));
        if (result.status != 201)
            qFatal("withdrawal: %s", result.body.c_str());
        return result.json()->getValue<std::string>("id");
    }

    std::string withdrawalStatus(const std::string& id)
    {
        return m_server->instance()
            .db()
            .exec("SELECT status FROM withdrawals WHERE id = $1::uuid", {id})
            .front()
            .str("status");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // What UiLanguage sets for the default language, so figures read as the desk shows them.
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<ey::test::TestServer>();
        auto& server = m_server->instance();
        ey::test::createUser(server, "ayu@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(server, "fina@example.test", {"finance"}, "Fina Keuangan");
        ey::test::createUser(server, "budi@example.test", {"founder"}, "Budi Founder");
        ey::test::createUser(server, "citra@example.test", {"cofounder"}, "Citra Co-founder");
        // A founder-role reader without finance.manage sees everything but cannot act.
        const auto andi =
            ey::test::createUser(server, "andi@example.test", {"affiliate"}, "Andi Affiliate");
        const auto mentor =
            ey::test::createUser(server, "dewi@example.test", {"mentor"}, "Dewi Mentor");

        // A handful of sales, as commerce posts them when a payment succeeds.
        const struct
        {
            const char* reference;
            std::int64_t gross;
            bool affiliate;
            bool mentor;
            std::int64_t fee;
        } sales[] = {{"INV001", 1'500'000, true, false, 5'550},
                     {"INV002", 750'000, true, false, 5'550},
                     {"INV003", 2'000'000, false, true, 5'550},
                     {"INV004", 350'000, false, false, 4'500}};
        for (const auto& s : sales) {
            ey::finance::Sale sale;
            sale.reference = s.reference;
            sale.gross = s.gross;
            if (s.affiliate) {
                sale.affiliateId = andi;
                sale.commission = {ey::finance::Commission::Kind::Percent, 2500};
            }
            if (s.mentor) {
                sale.mentorId = mentor;
                sale.mentorBps = 3000;
            }
            sale.gatewayFee = s.fee;
            sale.memo = std::string("Pembayaran ") + s.reference;
            server.db().transaction([&](ey::core::Tx& tx) { server.finance().postSale(tx, sale); });
        }
        server.db().transaction([&](ey::core::Tx& tx) {
            server.finance().postRefund(tx, "INV002", 250'000, "RF-INV002");
        });

        auto http = affiliate();
        m_affiliateWalletId = http.get("/api/v1/me/wallets")
                                  .json()
                                  ->getArray("items")
                                  ->getObject(0)
                                  ->getValue<std::string>("id");
        const auto bank = http.post("/api/v1/me/bank-accounts",
                                    body({{"bank", std::string("BCA")},
                                          {"account_number", std::string("8830123456")},
                                          {"holder", std::string("Andi Affiliate")}}));
        QCOMPARE(bank.status, 201);
        m_bankId = bank.json()->getValue<std::string>("id");
    }

    void walletsShowBalancesAndEntries()
    {
        auto desk = signIn("fina@example.test");
        WalletsPage* page = desk->workspace->wallets();
        QAbstractItemModelTester tester(page->wallets(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->wallets()->rowCount() > 0 && !page->wallets()->isLoading(),
                                 10000);

        // 25 % of 1.500.000 + 25 % of 750.000, less the refund's 25 % of 250.000.
        const int andi =
            rowWith(page->wallets(), WalletsPage::Owner, QStringLiteral("Andi Affiliate"));
        QVERIFY(andi >= 0);
        QCOMPARE(cell(page->wallets(), andi, WalletsPage::Kind), QStringLiteral("Affiliate"));
        QCOMPARE(cell(page->wallets(), andi, WalletsPage::Balance), QStringLiteral("Rp 500.000"));
        QCOMPARE(cell(page->wallets(), andi, WalletsPage::Held), QStringLiteral("Rp 0"));
        QCOMPARE(cell(page->wallets(), andi, WalletsPage::Available), QStringLiteral("Rp 500.000"));
        // Wallet balances match the server's own sums.
        const auto founder = m_server->instance().db().exec(
            "SELECT balance FROM ledger_accounts WHERE kind = 'wallet' AND role = 'founder'");
        const int budi =
            rowWith(page->wallets(), WalletsPage::Owner, QStringLiteral("Budi Founder"));
        QVERIFY(budi >= 0);
        QCOMPARE(cell(page->wallets(), budi, WalletsPage::Balance),
                 QStringLiteral("Rp %1").arg(
                     QLocale(QLocale::Indonesian).toString(founder.front().i64("balance"))));

        // Enter on the row opens its entries beside the list, newest first with running balance.
        auto* table = desk->find<QTableView>("walletTable");
        table->setFocus();
        table->setCurrentIndex(page->wallets()->index(andi, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(page->entries() && page->entries()->rowCount() == 3, 10000);
        QAbstractItemModelTester entryTester(
            page->entries(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        PagedTableModel* entries = page->entries();
        QCOMPARE(cell(entries, 0, WalletsPage::EntryKind), QStringLiteral("Refund"));
        QCOMPARE(cell(entries, 0, WalletsPage::Amount), QStringLiteral("-Rp 62.500"));
        QCOMPARE(cell(entries, 0, WalletsPage::BalanceAfter), QStringLiteral("Rp 500.000"));
        QCOMPARE(cell(entries, 1, WalletsPage::Reference), QStringLiteral("INV002"));
        QCOMPARE(cell(entries, 1, WalletsPage::BalanceAfter), QStringLiteral("Rp 562.500"));
        QCOMPARE(cell(entries, 2, WalletsPage::Amount), QStringLiteral("Rp 375.000"));
        QCOMPARE(cell(entries, 2, WalletsPage::BalanceAfter), QStringLiteral("Rp 375.000"));
        QVERIFY(desk->find<QLabel>("walletHeader")->text().contains(QStringLiteral("Rp 500.000")));

        // Ctrl+L lands in the search; typing narrows the list on the server.
        desk->workspace->focusSearch();
        auto* search = desk->find<QLineEdit>("walletSearch");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("dewi"));
        QTRY_COMPARE_WITH_TIMEOUT(page->wallets()->rowCount(), 1, 10000);
        QCOMPARE(cell(page->wallets(), 0, WalletsPage::Owner), QStringLiteral("Dewi Mentor"));
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(page->wallets()->rowCount() > 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->wallets()->isLoading(), 10000);
        table->setCurrentIndex(page->wallets()->index(
            rowWith(page->wallets(), WalletsPage::Owner, QStringLiteral("Andi Affiliate")), 0));
        QTRY_COMPARE_WITH_TIMEOUT(page->entries()->rowCount(), 3, 10000);
        screenshot(desk->workspace->widget(), QStringLiteral("wallets"));

        // The selected wallet's entries export with the running balance, oldest first.
        const QString file = m_dir.filePath(QStringLiteral("mutasi.csv"));
        QSignalSpy done(page, &WalletsPage::exportFinished);
        connect(page, &WalletsPage::exportFailed, this,
                [](const QString& why) { qWarning("%s", qPrintable(why)); });
        page->exportTo(file);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBF"
                                         "No,"));
        QVERIFY(lines.at(1).contains("INV001") && lines.at(1).endsWith("375000\r"));
        QVERIFY(lines.at(3).contains("-62500,500000\r"));
    }

    void approveRejectAndPay()
    {
        const auto first = requestWithdrawal(200'000);
        const auto second = requestWithdrawal(100'000);
        auto desk = signIn("fina@example.test");
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::Withdrawals);
        WithdrawalsPage* page = desk->workspace->withdrawals();
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->statusFilter(), QStringLiteral("requested"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
        QCOMPARE(cell(page->model(), 0, WithdrawalsPage::Amount), QStringLiteral("Rp 100.000"));
        QCOMPARE(cell(page->model(), 1, WithdrawalsPage::Status), QStringLiteral("Diajukan"));

        // Enter opens the newest; rejecting without a reason is refused on the spot.
        auto* table = desk->find<QTableView>("withdrawalTable");
        table->setFocus();
        table->setCurrentIndex(page->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(QString::fromStdString(second),
                     page->current().value(QStringLiteral("id")).toString());
        auto* badge = desk->find<StatusBadge>("withdrawalBadge");
        QCOMPARE(badge->text(), QStringLiteral("Diajukan"));
        desk->find<QPushButton>("rejectButton")->click();
        QVERIFY(desk->find<QLabel>("withdrawalError")->isVisibleTo(desk->workspace->widget()));
        QCOMPARE(withdrawalStatus(second), std::string("requested"));
        desk->find<QLineEdit>("rejectReason")
            ->setText(QStringLiteral("Nama pemilik rekening tidak sama"));
        desk->find<QPushButton>("rejectButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Ditolak"), 10000);
        QCOMPARE(withdrawalStatus(second), std::string("rejected"));
        // The queue of requests no longer lists it.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);

        // Approve the other one, then record the transfer.
        table->setCurrentIndex(page->model()->index(0, 0));
        QTRY_COMPARE(QString::fromStdString(first),
                     page->current().value(QStringLiteral("id")).toString());
        screenshot(desk->workspace->widget(), QStringLiteral("withdrawal-requested"));
        desk->find<QPushButton>("approveButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Disetujui"), 10000);
        QCOMPARE(withdrawalStatus(first), std::string("approved"));
        QVERIFY(desk->find<QPushButton>("paidButton")->isVisibleTo(desk->workspace->widget()));
        QVERIFY(!desk->find<QPushButton>("approveButton")->isVisibleTo(desk->workspace->widget()));
        desk->find<QPushButton>("paidButton")->click(); // no transfer proof yet
        QVERIFY(desk->find<QLabel>("withdrawalError")->isVisibleTo(desk->workspace->widget()));
        QCOMPARE(withdrawalStatus(first), std::string("approved"));
        // A phone photo of the bank slip, chosen in the file dialog.
        QTemporaryDir slipDir;
        const QString slip = slipDir.filePath(QStringLiteral("slip-bca.png"));
        QImage photo(240, 160, QImage::Format_RGB32);
        photo.fill(QColor(QStringLiteral("#E0F2FE")));
        QVERIFY(photo.save(slip));
        page->setProofFile(slip);
        QVERIFY(desk->find<QLabel>("paidProofFile")->text().contains(QStringLiteral("slip-bca.png")));
        desk->find<QLineEdit>("paidReference")->setText(QStringLiteral("BCA-20251123-0001"));
        desk->find<QPushButton>("paidButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(badge->text(), QStringLiteral("Dibayar"), 10000);
        QCOMPARE(withdrawalStatus(first), std::string("paid"));
        QVERIFY(desk->find<QPushButton>("viewProofButton")->isVisibleTo(desk->workspace->widget()));
        QVERIFY(desk->find<QLabel>("withdrawalProofStatus")->text().contains(QStringLiteral("diunggah")));

        // "Semua status" shows all three decisions; the wallet shows the payout.
        page->setStatusFilter(QString());
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 10000);
        QVERIFY(rowWith(page->model(), WithdrawalsPage::Status, QStringLiteral("Dibayar")) >= 0);
        QVERIFY(rowWith(page->model(), WithdrawalsPage::Status, QStringLiteral("Ditolak")) >= 0);
        page->open(rowWith(page->model(), WithdrawalsPage::Status, QStringLiteral("Dibayar")));
        screenshot(desk->workspace->widget(), QStringLiteral("withdrawal-paid"));
        WalletsPage* wallets = desk->workspace->wallets();
        QTRY_VERIFY_WITH_TIMEOUT(!wallets->wallets()->isLoading(), 10000);
        const int andi =
            rowWith(wallets->wallets(), WalletsPage::Owner, QStringLiteral("Andi Affiliate"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(wallets->wallets(), andi, WalletsPage::Balance),
                                  QStringLiteral("Rp 300.000"), 10000);

        // The queue exports with its filter.
        const QString file = m_dir.filePath(QStringLiteral("penarikan.csv"));
        QSignalSpy done(page, &WithdrawalsPage::exportFinished);
        page->exportTo(file);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3);
    }

    void revenueReportMatchesServer_data()
    {
        QTest::addColumn<QString>("bucket");
        QTest::newRow("harian") << QStringLiteral("day");
        QTest::newRow("bulanan") << QStringLiteral("month");
    }

    void revenueReportMatchesServer()
    {
        QFETCH(QString, bucket);
        auto desk = signIn("ayu@example.test");
        RevenuePage* page = desk->workspace->revenue();
        QSignalSpy loaded(page, &RevenuePage::loaded);
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::Revenue);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && !page->isLoading(), 10000);
        if (bucket != page->bucket()) {
            page->setBucket(bucket);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 2 && !page->isLoading(), 10000);
        }
        const QJsonObject report = page->report();
        QCOMPARE(report.value(QStringLiteral("bucket")).toString(), bucket);

        ey::test::HttpClient http(m_server->baseUrl());
        http.login("ayu@example.test", ey::test::kTestPassword);
        const auto server =
            http.get("/api/v1/finance/reports/revenue?bucket=" + bucket.toStdString() +
                     "&from=" + report.value(QStringLiteral("from")).toString().toStdString() +
                     "&to=" + report.value(QStringLiteral("to")).toString().toStdString())
                .json()
                ->getObject("totals");
        QTableWidget* table = page->table();
        const int total = 0; // the totals row comes first
        QCOMPARE(table->item(total, RevenuePage::Period)->text(), QStringLiteral("Total"));
        const std::pair<int, const char*> columns[] = {
            {RevenuePage::Gross, "gross"},
            {RevenuePage::Affiliate, "affiliate_commission"},
            {RevenuePage::Company, "company_fee"},
            {RevenuePage::Founder, "founder"},
            {RevenuePage::Cofounder, "cofounder"},
            {RevenuePage::Mentor, "mentor"},
            {RevenuePage::Gateway, "gateway_fees"},
            {RevenuePage::Refunds, "refunds"},
            {RevenuePage::Net, "net"}};
        for (const auto& [column, field] : columns) {
            const auto value = server->getValue<std::int64_t>(field);
            QCOMPARE(table->item(total, column)->text(),
                     (value < 0 ? QStringLiteral("-Rp ") : QStringLiteral("Rp ")) +
                         QLocale(QLocale::Indonesian)
                             .toString(static_cast<qint64>(value < 0 ? -value : value)));
        }
        QCOMPARE(table->item(total, RevenuePage::Gross)->text(), QStringLiteral("Rp 4.600.000"));
        QCOMPARE(table->item(total, RevenuePage::Net)->text(), QStringLiteral("Rp 4.350.000"));
        // The chart stacks the six shares per period.
        QVERIFY(!page->chart()->chart()->series().isEmpty());
        screenshot(desk->workspace->widget(), QStringLiteral("revenue-") + bucket);

        // The CSV export lands on disk with the same totals.
        const QString file = m_dir.filePath(QStringLiteral("pendapatan-%1.csv").arg(bucket));
        QSignalSpy done(page, &RevenuePage::exportFinished);
        page->exportTo(file);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"
                                "Periode,Mulai,Sampai,Penjualan Kotor"));
        QVERIFY(text.contains("\r\nTotal,"));
        QVERIFY(text.trimmed().endsWith(",4350000"));
    }

    void settingsValidateSaveAndShowHistory()
    {
        auto desk = signIn("ayu@example.test");
        SplitSettingsPage* page = desk->workspace->settings();
        QSignalSpy loaded(page, &SplitSettingsPage::loaded);
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::Settings);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(page->spin(QStringLiteral("company_fee_bps"))->value(), 15.0);
        QCOMPARE(page->spin(QStringLiteral("founder_bps"))->value(), 60.0);

        // 70 + 40 is not 100: the error sits under the co-founder field and nothing is sent.
        page->spin(QStringLiteral("founder_bps"))->setValue(70);
        QSignalSpy failed(page, &SplitSettingsPage::saveFailed);
        desk->find<QPushButton>("saveSettings")->click();
        QCOMPARE(failed.count(), 1);
        QVERIFY(
            page->fieldError(QStringLiteral("cofounder_bps")).contains(QStringLiteral("100 %")));
        QVERIFY(page->fieldError(QStringLiteral("founder_bps")).isEmpty());

        page->spin(QStringLiteral("cofounder_bps"))->setValue(30);
        page->spin(QStringLiteral("company_fee_bps"))->setValue(17.5);
        page->spin(QStringLiteral("withdrawal_minimum"))->setValue(100000);
        QSignalSpy saved(page, &SplitSettingsPage::saved);
        desk->find<QPushButton>("saveSettings")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QVERIFY(page->fieldError(QStringLiteral("cofounder_bps")).isEmpty());
        const auto config =
            m_server->instance().db().exec("SELECT founder_bps, cofounder_bps, company_fee_bps, "
                                           "withdrawal_minimum FROM finance_config");
        QCOMPARE(config.front().i64("founder_bps"), 7000);
        QCOMPARE(config.front().i64("cofounder_bps"), 3000);
        QCOMPARE(config.front().i64("company_fee_bps"), 1750);
        QCOMPARE(config.front().i64("withdrawal_minimum"), 100000);

        // The change appears in the history beneath, who and what.
        QAbstractItemModelTester tester(page->history(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->history()->rowCount() >= 1 && !page->history()->isLoading(),
                                 10000);
        QCOMPARE(cell(page->history(), 0, 1), QStringLiteral("Ayu Admin"));
        const QString changes = cell(page->history(), 0, 2);
        QVERIFY2(changes.contains(QStringLiteral("Fee perusahaan: 15 % → 17,5 %")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("Minimal penarikan: Rp 50.000 → Rp 100.000")),
                 qPrintable(changes));
        screenshot(desk->workspace->widget(), QStringLiteral("settings"));

        // A server-side rule (fee below the minimum) comes back under its field.
        page->spin(QStringLiteral("withdrawal_fee"))->setValue(100000);
        desk->find<QPushButton>("saveSettings")->click();
        QTRY_VERIFY(!page->fieldError(QStringLiteral("withdrawal_fee")).isEmpty());

        // Put the split back for the other tests.
        ey::test::HttpClient http(m_server->baseUrl());
        http.login("ayu@example.test", ey::test::kTestPassword);
        QCOMPARE(http.request("PUT", "/api/v1/finance/config",
                              body({{"founder_bps", 6000},
                                    {"cofounder_bps", 4000},
                                    {"company_fee_bps", 1500},
                                    {"withdrawal_minimum", 50000}}))
                     .status,
                 200);
    }

    void readersCannotAct()
    {
        // Founders read the books (finance.read) but do not move money (no finance.manage).
        requestWithdrawal(60'000);
        auto desk = signIn("budi@example.test");
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::Withdrawals);
        WithdrawalsPage* page = desk->workspace->withdrawals();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= 1, 10000);
        page->open(0);
        QVERIFY(desk->find<QWidget>("withdrawalDetail")->isVisibleTo(desk->workspace->widget()));
        QVERIFY(!desk->find<QPushButton>("approveButton")->isVisibleTo(desk->workspace->widget()));
        QVERIFY(!desk->find<QPushButton>("rejectButton")->isVisibleTo(desk->workspace->widget()));
        desk->workspace->tabs()->setCurrentIndex(FinanceWorkspace::Settings);
        QVERIFY(!desk->find<QPushButton>("saveSettings")->isVisibleTo(desk->workspace->widget()));
        QVERIFY(desk->workspace->settings()->spin(QStringLiteral("founder_bps"))->isReadOnly());
        QCOMPARE(desk->workspace->title(), QStringLiteral("Keuangan"));
        QCOMPARE(desk->workspace->requiredPermission(), QStringLiteral("finance.read"));
    }
};

QTEST_MAIN(TestFinanceWorkspace)
#include "TestFinanceWorkspace.moc"
