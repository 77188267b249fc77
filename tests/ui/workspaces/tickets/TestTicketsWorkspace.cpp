// The ticket desk workspace offscreen against a real server: create, queue views, take, reply, live
// thread updates, owner-only closing, read-only closed tickets, filters, metrics, offline replies,
// the starting view per role, the queue's layout and the live switch to English.
#include "AttachmentList.h"
#include "TicketCreateForm.h"
#include "TicketFilterBar.h"
#include "TicketMetricsPanel.h"
#include "TicketQueuePage.h"
#include "TicketView.h"
#include "TicketsWorkspace.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "Outbox.h"
#include "PagedTableModel.h"
#include "Session.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>

using namespace ey::desk;
using namespace ey::desk::tickets;

namespace {

/// One signed-in desktop: the same objects DeskApplication wires, plus the workspace.
struct Desk
{
    explicit Desk(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    std::unique_ptr<TicketsWorkspace> workspace;

    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
    TicketQueuePage* queue() { return workspace->queue(); }
    TicketView* view() { return workspace->queue()->ticketView(); }
    PagedTableModel* model() { return workspace->queue()->model(); }
    template <typename T> T* find(const char* name) { return workspace->widget()->findChild<T*>(QString::fromLatin1(name)); }
    QString thread() { return find<QTextBrowser>("thread")->toPlainText(); }

    /// The row of the ticket with this number, or -1.
    int rowOf(const QString& number)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->data(model()->index(row, TicketQueuePage::Number)).toString() == number)
                return row;
        }
        return -1;
    }
};

QString numberOf(const ey::test::HttpResult& result)
{
    return QString::fromStdString(result.json()->getValue<std::string>("number"));
}

} // namespace

class TestTicketsWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    int m_desks = 0;

    std::unique_ptr<Desk> signIn(const char* email)
    {
        auto desk = std::make_unique<Desk>(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_desks)));
        QSignalSpy signedIn(&desk->session, &Session::signedIn);
        const QUrl server(QString::fromStdString(m_server->baseUrl()));
        desk->session.signIn(server, QString::fromLatin1(email), QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedIn.wait(10000))
            qWarning("sign-in of %s did not finish", email);
        desk->outbox.setAccount(Session::accountKey(server, QString::fromLatin1(email)));
        desk->outbox.setRetryIntervalMs(300);
        desk->events.setBackoff(100, 500);
        desk->events.start();
        desk->workspace = std::make_unique<TicketsWorkspace>(desk->context());
        desk->workspace->widget()->resize(1500, 860);
        desk->workspace->widget()->show();
        return desk;
    }

    ey::test::HttpResult createTicket(const char* email, const std::string& title, const std::string& category,
                                      const std::string& priority = "medium")
    {
        ey::test::HttpClient http(m_server->baseUrl());
        http.login(email, ey::test::kTestPassword);
        return http.post("/api/v1/tickets", "{\"title\":\"" + title + "\",\"category\":\"" + category +
                                                "\",\"description\":\"Tolong dibantu.\",\"priority\":\"" + priority + "\"}");
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
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "admin@example.test", {"admin"}, "Ayu Admin");
        ey::test::createUser(m_server->instance(), "support@example.test", {"support"}, "Sari Support");
        ey::test::createUser(m_server->instance(), "member@example.test", {"member_free"}, "Mira Member");
        ey::test::createUser(m_server->instance(), "affiliate@example.test", {"affiliate"}, "Andi Affiliate");
    }

    void tabsFollowPermissions_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<bool>("viewTabs");
        QTest::newRow("member") << QStringLiteral("member@example.test")
                                << QStringList{QStringLiteral("Tiket Saya"), QStringLiteral("Buat Tiket")} << false;
        QTest::newRow("support") << QStringLiteral("support@example.test")
                                 << QStringList{QStringLiteral("Antrean Tiket"), QStringLiteral("Buat Tiket"),
                                                QStringLiteral("Metrik")}
                                 << true;
        QTest::newRow("admin") << QStringLiteral("admin@example.test")
                               << QStringList{QStringLiteral("Antrean Tiket"), QStringLiteral("Buat Tiket"),
                                              QStringLiteral("Metrik")}
                               << true;
    }

    void tabsFollowPermissions()
    {
        QFETCH(QString, email);
        QFETCH(QStringList, tabs);
        QFETCH(bool, viewTabs);
        auto desk = signIn(email.toLatin1().constData());
        QStringList shown;
        for (int i = 0; i < desk->workspace->tabs()->count(); ++i)
            shown << desk->workspace->tabs()->tabText(i);
        QCOMPARE(shown, tabs);
        QCOMPARE(desk->find<QTabBar>("viewTabs") != nullptr, viewTabs);
        QCOMPARE(desk->find<QComboBox>("roleFilter") != nullptr, viewTabs);
        QCOMPARE(desk->workspace->title(), QStringLiteral("Tiket Support"));
        QCOMPARE(desk->workspace->requiredPermission(), QStringLiteral("tickets.use"));
    }

    void formShowsFieldErrors()
    {
        auto member = signIn("member@example.test");
        member->workspace->tabs()->setCurrentWidget(member->workspace->createForm());
        member->find<QLineEdit>("titleEdit")->setText(QStringLiteral("Judul saja"));
        member->find<QPushButton>("submitButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(member->find<QLabel>("descriptionError")->isVisibleTo(member->workspace->widget()), 10000);
        QVERIFY(!member->find<QLabel>("descriptionError")->text().isEmpty());
        QVERIFY(member->find<QLabel>("categoryError")->isVisibleTo(member->workspace->widget()));
        QVERIFY(!member->find<QLabel>("titleError")->isVisibleTo(member->workspace->widget()));
        // What was typed stays, so the user only fixes what is wrong.
        QCOMPARE(member->find<QLineEdit>("titleEdit")->text(), QStringLiteral("Judul saja"));
    }

    void memberCreatesSupportTakesRepliesMemberSeesItLive()
    {
        auto member = signIn("member@example.test");
        QAbstractItemModelTester tester(member->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto support = signIn("support@example.test");
        QTRY_VERIFY_WITH_TIMEOUT(member->events.isConnected() && support->events.isConnected(), 10000);

        // The member writes a ticket in the "Buat Tiket" tab.
        member->workspace->tabs()->setCurrentWidget(member->workspace->createForm());
        member->find<QLineEdit>("titleEdit")->setText(QStringLiteral("Video kelas ekspor tidak bisa diputar"));
        auto* category = member->find<QComboBox>("categoryCombo");
        category->setCurrentIndex(category->findData(QStringLiteral("kelas")));
        member->find<QPlainTextEdit>("descriptionEdit")->setPlainText(QStringLiteral("Layar hitam sejak kemarin."));
        member->find<QLineEdit>("courseEdit")->setText(QStringLiteral("EKSPOR-101"));
        member->find<QPushButton>("submitButton")->click();

        // ... lands in "Tiket Saya" with the ticket open beside the list.
        QTRY_COMPARE_WITH_TIMEOUT(member->workspace->tabs()->currentWidget(), member->queue(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(member->model()->rowCount(), 1, 10000);
        const QJsonObject created = member->model()->item(0);
        const QString number = created.value(QStringLiteral("number")).toString();
        QCOMPARE(created.value(QStringLiteral("title")).toString(), QStringLiteral("Video kelas ekspor tidak bisa diputar"));
        QCOMPARE(member->model()->data(member->model()->index(0, TicketQueuePage::Status)).toString(), QStringLiteral("Terbuka"));
        QTRY_COMPARE_WITH_TIMEOUT(member->find<QLabel>("ticketTitle")->text(), QStringLiteral("Video kelas ekspor tidak bisa diputar"), 10000);
        QVERIFY(member->find<QLabel>("ticketLinks")->text().contains(QStringLiteral("EKSPOR-101")));
        QCOMPARE(member->find<QLineEdit>("titleEdit")->text(), QString()); // the form is ready for the next one

        // Support had nothing assigned, so it opened on "Belum ditugaskan", where the ticket arrived live.
        QTRY_COMPARE_WITH_TIMEOUT(support->queue()->filterBar()->view(), TicketFilterBar::View::Unassigned, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(support->rowOf(number) >= 0, 10000);
        support->find<QTabBar>("viewTabs")->setCurrentIndex(static_cast<int>(TicketFilterBar::View::Mine));
        waitIdle(*support);
        QCOMPARE(support->rowOf(number), -1);
        support->find<QTabBar>("viewTabs")->setCurrentIndex(static_cast<int>(TicketFilterBar::View::Unassigned));
        QTRY_VERIFY_WITH_TIMEOUT(support->rowOf(number) >= 0, 10000);

        // Enter on the row opens it beside the queue.
        auto* table = support->find<QTableView>("ticketTable");
        table->setFocus();
        table->setCurrentIndex(support->model()->index(support->rowOf(number), 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(support->find<QLabel>("ticketNumber")->text(), number, 10000);
        auto* take = support->find<QPushButton>("takeButton");
        QTRY_VERIFY(take->isVisibleTo(support->workspace->widget()));
        QVERIFY(!support->find<QComboBox>("assigneeControl")->isVisibleTo(support->workspace->widget()));
        take->click();
        QTRY_VERIFY_WITH_TIMEOUT(support->find<QLabel>("ticketMeta")->text().contains(QStringLiteral("Sari Support")), 10000);
        QVERIFY(!take->isVisibleTo(support->workspace->widget()));
        QTRY_VERIFY_WITH_TIMEOUT(support->thread().contains(QStringLiteral("Tiket ditugaskan kepada Sari Support")), 10000);

        // The member has started typing; live updates must not touch that.
        member->find<QPlainTextEdit>("replyEdit")->setPlainText(QStringLiteral("Sedang saya ketik"));
        // Support replies (Ctrl+Enter).
        auto* reply = support->find<QPlainTextEdit>("replyEdit");
        reply->setFocus();
        reply->setPlainText(QStringLiteral("Sudah kami periksa, silakan muat ulang halaman kelasnya."));
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(support->thread().contains(QStringLiteral("silakan muat ulang halaman kelasnya")), 10000);
        QTRY_COMPARE(reply->toPlainText(), QString());

        // The member's open thread shows it after the live event, selection and draft intact.
        QTRY_VERIFY_WITH_TIMEOUT(member->thread().contains(QStringLiteral("silakan muat ulang halaman kelasnya")), 10000);
        QCOMPARE(member->find<QPlainTextEdit>("replyEdit")->toPlainText(), QStringLiteral("Sedang saya ketik"));
        QTRY_COMPARE_WITH_TIMEOUT(member->model()->data(member->model()->index(0, TicketQueuePage::Assignee)).toString(),
                                  QStringLiteral("Sari Support"), 10000);

        // And it is now in support's "Ditugaskan ke saya".
        support->find<QTabBar>("viewTabs")->setCurrentIndex(static_cast<int>(TicketFilterBar::View::Mine));
        QTRY_VERIFY_WITH_TIMEOUT(support->rowOf(number) >= 0, 10000);

        // Look at it: queue + thread.
        support->find<QTabBar>("viewTabs")->setCurrentIndex(static_cast<int>(TicketFilterBar::View::All));
        waitIdle(*support);
        QTest::qWait(200);
        QVERIFY(support->workspace->widget()->grab().save(QStringLiteral("/tmp/tickets-queue.png")));
        QVERIFY(member->workspace->widget()->grab().save(QStringLiteral("/tmp/tickets-member.png")));
    }

    void startingViewFollowsTheRole()
    {
        // Admins start on every ticket.
        auto admin = signIn("admin@example.test");
        QCOMPARE(admin->queue()->filterBar()->view(), TicketFilterBar::View::All);
        QVERIFY(!admin->model()->filter().hasQueryItem(QStringLiteral("assignee")));

        // Support took a ticket above: it starts on its own work and stays there.
        auto support = signIn("support@example.test");
        waitIdle(*support);
        QCOMPARE(support->queue()->filterBar()->view(), TicketFilterBar::View::Mine);
        QVERIFY(support->model()->rowCount() > 0);

        // A view chosen in an earlier session wins over the automatic choice.
        auto again = signIn("support@example.test");
        again->workspace->restoreState({{QStringLiteral("view"), static_cast<int>(TicketFilterBar::View::All)}});
        waitIdle(*again);
        QCOMPARE(again->queue()->filterBar()->view(), TicketFilterBar::View::All);
    }

    void queueShowsTheKeyColumnsAt1400()
    {
        auto admin = signIn("admin@example.test");
        admin->workspace->widget()->resize(1400, 860);
        waitIdle(*admin);
        QVERIFY(admin->model()->rowCount() > 0);
        auto* splitter = admin->find<QSplitter>("queueSplitter");
        const QList<int> sizes = splitter->sizes();
        const double share = double(sizes.at(0)) / double(sizes.at(0) + sizes.at(1));
        QVERIFY2(share > 0.55 && share < 0.65, qPrintable(QString::number(share)));

        // Nomor, Judul, Kategori, Prioritas and Status are all in view, and the title is the widest.
        auto* table = admin->find<QTableView>("ticketTable");
        QHeaderView* header = table->horizontalHeader();
        QTRY_VERIFY(header->sectionViewportPosition(TicketQueuePage::Status) + header->sectionSize(TicketQueuePage::Status) <=
                    table->viewport()->width());
        for (int column : {TicketQueuePage::Number, TicketQueuePage::Category, TicketQueuePage::Priority,
                           TicketQueuePage::Status})
            QVERIFY(header->sectionSize(TicketQueuePage::Title) > header->sectionSize(column));
        // The rest of the columns are a scroll away.
        QVERIFY(table->horizontalScrollBar()->maximum() > 0);

        // The list/ticket split the user drags is what the next session gets back.
        splitter->setSizes({500, sizes.at(0) + sizes.at(1) - 500});
        const QVariantMap state = admin->workspace->saveState();
        auto next = signIn("admin@example.test");
        next->workspace->widget()->resize(1400, 860);
        next->workspace->restoreState(state);
        QTRY_COMPARE(next->find<QSplitter>("queueSplitter")->sizes().at(0), 500);
    }

    void switchesToEnglishLive()
    {
        auto admin = signIn("admin@example.test");
        waitIdle(*admin);
        auto* status = admin->find<QComboBox>("statusFilter");
        status->setCurrentIndex(status->findData(QStringLiteral("open")));
        waitIdle(*admin);
        auto* tabs = admin->workspace->tabs();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Antrean Tiket"));

        // The real English catalogue, installed the way UiLanguage does it.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/eksporyuk_en.qm")));
        QCoreApplication::installTranslator(&english);
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Ticket queue"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("New ticket"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Metrics"));
        QCOMPARE(admin->workspace->title(), QStringLiteral("Support Tickets"));
        auto* table = admin->find<QTableView>("ticketTable");
        QCOMPARE(table->model()->headerData(TicketQueuePage::Title, Qt::Horizontal).toString(), QStringLiteral("Title"));
        QCOMPARE(table->model()->headerData(TicketQueuePage::Priority, Qt::Horizontal).toString(), QStringLiteral("Priority"));
        QCOMPARE(admin->find<QTabBar>("viewTabs")->tabText(0), QStringLiteral("Assigned to me"));
        // The filter keeps its value; only its words change.
        QCOMPARE(status->currentData().toString(), QStringLiteral("open"));
        QCOMPARE(status->currentText(), QStringLiteral("Open"));
        QCOMPARE(status->itemText(0), QStringLiteral("All statuses"));
        QCOMPARE(admin->model()->filter().queryItemValue(QStringLiteral("status")), QStringLiteral("open"));
        QCOMPARE(admin->model()->data(admin->model()->index(0, TicketQueuePage::Status)).toString(), QStringLiteral("Open"));
        QCOMPARE(admin->find<QPushButton>("submitButton")->text(), QStringLiteral("Submit ticket"));
        QCOMPARE(admin->find<QChartView>("categoryChart")->chart()->title(), QStringLiteral("Tickets by category"));
        QCOMPARE(admin->find<QPushButton>("saveSlaButton")->text(), QStringLiteral("Save SLA targets"));

        QCoreApplication::removeTranslator(&english);
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Antrean Tiket"));
        QCOMPARE(table->model()->headerData(TicketQueuePage::Title, Qt::Horizontal).toString(), QStringLiteral("Judul"));
        QCOMPARE(status->currentText(), QStringLiteral("Terbuka"));
        QCOMPARE(admin->find<QChartView>("categoryChart")->chart()->title(), QStringLiteral("Tiket per kategori"));
    }

    void ownerMayOnlyCloseAndClosedIsReadOnly()
    {
        const auto created = createTicket("affiliate@example.test", "Komisi bulan lalu belum masuk", "affiliate");
        QCOMPARE(created.status, 201);
        const QString id = QString::fromStdString(created.json()->getValue<std::string>("id"));
        auto owner = signIn("affiliate@example.test");
        auto admin = signIn("admin@example.test");
        QWidget* ownerRoot = owner->workspace->widget();

        owner->queue()->openTicket(id);
        QTRY_COMPARE_WITH_TIMEOUT(owner->find<QLabel>("ticketNumber")->text(), numberOf(created), 10000);
        QVERIFY(!owner->find<QComboBox>("statusControl")->isVisibleTo(ownerRoot));
        QVERIFY(!owner->find<QComboBox>("priorityControl")->isVisibleTo(ownerRoot));
        QVERIFY(!owner->find<QComboBox>("assigneeControl")->isVisibleTo(ownerRoot));
        QVERIFY(!owner->find<QPushButton>("takeButton")->isVisibleTo(ownerRoot));
        QVERIFY(owner->find<QPushButton>("closeTicketButton")->isVisibleTo(ownerRoot));

        // Staff get the workflow's transitions from "open", admins the assignee list too.
        admin->queue()->openTicket(id);
        QTRY_COMPARE_WITH_TIMEOUT(admin->find<QLabel>("ticketNumber")->text(), numberOf(created), 10000);
        auto* status = admin->find<QComboBox>("statusControl");
        QVERIFY(status->isVisibleTo(admin->workspace->widget()));
        QStringList offered;
        for (int i = 1; i < status->count(); ++i)
            offered << status->itemData(i).toString();
        QCOMPARE(offered, (QStringList{QStringLiteral("in_progress"), QStringLiteral("waiting_user"),
                                       QStringLiteral("resolved"), QStringLiteral("closed")}));
        auto* assignee = admin->find<QComboBox>("assigneeControl");
        QVERIFY(assignee->isVisibleTo(admin->workspace->widget()));
        QTRY_VERIFY_WITH_TIMEOUT(assignee->count() >= 3, 10000); // unassigned, Ayu Admin, Sari Support

        // The owner closes it: read-only, with a banner; the admin sees "Buka kembali".
        owner->find<QPushButton>("closeTicketButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(owner->find<QLabel>("closedBanner")->isVisibleTo(ownerRoot), 10000);
        QVERIFY(!owner->find<QFrame>("replyBox")->isEnabled());
        QVERIFY(!owner->find<QPushButton>("closeTicketButton")->isVisibleTo(ownerRoot));
        QTRY_VERIFY_WITH_TIMEOUT(owner->thread().contains(QStringLiteral("Status diubah dari Terbuka ke Ditutup")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(admin->find<QPushButton>("reopenButton")->isVisibleTo(admin->workspace->widget()), 10000);
        QVERIFY(!admin->find<QFrame>("replyBox")->isEnabled());

        admin->find<QPushButton>("reopenButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(admin->find<QFrame>("replyBox")->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(owner->find<QFrame>("replyBox")->isEnabled(), 10000); // live, on the owner's side
    }

    void filtersNarrowTheTable()
    {
        QCOMPARE(createTicket("member@example.test", "Tidak bisa login di HP baru", "akun_login").status, 201);
        QCOMPARE(createTicket("member@example.test", "Pembayaran membership tertahan", "membership_pembayaran").status, 201);
        QCOMPARE(createTicket("affiliate@example.test", "Link affiliate tidak tercatat", "affiliate").status, 201);
        auto admin = signIn("admin@example.test");
        QAbstractItemModelTester tester(admin->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        admin->find<QTabBar>("viewTabs")->setCurrentIndex(static_cast<int>(TicketFilterBar::View::All));
        waitIdle(*admin);
        const int all = admin->model()->rowCount();
        QVERIFY(all >= 4);

        auto* category = admin->find<QComboBox>("categoryFilter");
        category->setCurrentIndex(category->findData(QStringLiteral("akun_login")));
        QTRY_COMPARE_WITH_TIMEOUT(admin->model()->rowCount(), 1, 10000);
        QCOMPARE(admin->model()->item(0).value(QStringLiteral("title")).toString(), QStringLiteral("Tidak bisa login di HP baru"));
        category->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(admin->model()->rowCount(), all, 10000);

        auto* role = admin->find<QComboBox>("roleFilter");
        role->setCurrentIndex(role->findData(QStringLiteral("affiliate")));
        waitIdle(*admin);
        QTRY_VERIFY_WITH_TIMEOUT(admin->model()->rowCount() == 2, 10000);
        for (int row = 0; row < admin->model()->rowCount(); ++row)
            QCOMPARE(admin->model()->item(row).value(QStringLiteral("owner_role")).toString(), QStringLiteral("affiliate"));
        role->setCurrentIndex(0);

        // Ctrl+L's target; typing is debounced into one request.
        admin->workspace->focusSearch();
        auto* search = admin->find<QLineEdit>("searchEdit");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("membership"));
        QTRY_COMPARE_WITH_TIMEOUT(admin->model()->rowCount(), 1, 10000);
        QCOMPARE(admin->model()->filter().queryItemValue(QStringLiteral("q")), QStringLiteral("membership"));
        QCOMPARE(admin->model()->item(0).value(QStringLiteral("title")).toString(), QStringLiteral("Pembayaran membership tertahan"));
        admin->find<QToolButton>("resetFilters")->click();
        QTRY_COMPARE_WITH_TIMEOUT(admin->model()->rowCount(), all, 10000);
    }

    void metricsPanelShowsTheTotals()
    {
        auto admin = signIn("admin@example.test");
        QVERIFY(admin->workspace->metrics());
        QSignalSpy loaded(admin->workspace->metrics(), &TicketMetricsPanel::metricsLoaded);
        admin->workspace->tabs()->setCurrentWidget(admin->workspace->metrics());
        QVERIFY(loaded.wait(10000));
        ey::test::HttpClient http(m_server->baseUrl());
        http.login("admin@example.test", ey::test::kTestPassword);
        const auto metrics = http.get("/api/v1/tickets/metrics").json();
        const auto total = metrics->getValue<std::int64_t>("total");
        QVERIFY(total >= 5);
        QCOMPARE(admin->find<QLabel>("totalFigure")->text(), QLocale().toString(static_cast<qint64>(total)));
        QCOMPARE(admin->find<QLabel>("openFigure")->text(),
                 QLocale().toString(static_cast<qint64>(metrics->getValue<std::int64_t>("open"))));
        QVERIFY(admin->find<QWidget>("categoryChart"));
        QVERIFY(admin->find<QPushButton>("saveSlaButton")->isVisibleTo(admin->workspace->widget()));
        QTest::qWait(200);
        QVERIFY(admin->workspace->widget()->grab().save(QStringLiteral("/tmp/tickets-metrics.png")));

        // Support sees the panel but not the SLA editor.
        auto support = signIn("support@example.test");
        QVERIFY(!support->find<QPushButton>("saveSlaButton")->isVisibleTo(support->workspace->widget()));
    }

    void offlineReplyArrivesOnce()
    {
        const auto created = createTicket("member@example.test", "Sertifikat kelas belum terbit", "kelas");
        QCOMPARE(created.status, 201);
        const QString id = QString::fromStdString(created.json()->getValue<std::string>("id"));
        auto member = signIn("member@example.test");
        member->queue()->openTicket(id);
        QSignalSpy threadLoaded(member->view(), &TicketView::threadLoaded);
        QVERIFY(threadLoaded.wait(10000));

        // The server goes away (a port nobody listens on).
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        const QUrl serverUrl = member->api.baseUrl();
        QUrl deadUrl = serverUrl;
        deadUrl.setPort(deadPort);
        member->api.setBaseUrl(deadUrl);

        const QString text = QStringLiteral("Ini balasan saat offline, harus sampai sekali saja.");
        member->find<QPlainTextEdit>("replyEdit")->setPlainText(text);
        member->find<QPushButton>("sendButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(member->outbox.pendingCount(), 1, 10000);
        QTRY_VERIFY(member->thread().contains(QStringLiteral("menunggu koneksi")));
        QVERIFY(member->thread().contains(text));
        QCOMPARE(member->find<QPlainTextEdit>("replyEdit")->toPlainText(), QString());

        // Back: the outbox replays it; the thread shows it once, no longer waiting.
        member->api.setBaseUrl(serverUrl);
        QTRY_COMPARE_WITH_TIMEOUT(member->outbox.pendingCount(), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!member->thread().contains(QStringLiteral("menunggu koneksi")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(member->thread().count(text), 1, 10000);

        ey::test::HttpClient http(m_server->baseUrl());
        http.login("member@example.test", ey::test::kTestPassword);
        const auto messages = http.get("/api/v1/tickets/" + id.toStdString() + "/messages");
        QCOMPARE(messages.status, 200);
        QCOMPARE(QString::fromStdString(messages.body).count(text), 1);
    }
};

QTEST_MAIN(TestTicketsWorkspace)
#include "TestTicketsWorkspace.moc"
