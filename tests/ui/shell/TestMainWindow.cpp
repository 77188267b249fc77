// MainWindow offscreen against a real server: permitted workspaces only, live language switch,
// live notifications (badge + toast) and branding over the real event stream, sign-out, settings.
#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "MainWindow.h"
#include "NotificationBell.h"
#include "Outbox.h"
#include "Session.h"
#include "Toast.h"
#include "UiLanguage.h"
#include "WorkspaceRegistry.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include "Db.h"
#include "NotifyService.h"
#include "ServerInstance.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace ey::desk;

namespace {

/// Test fake: a workspace that only has a name, a permission and a label.
class FakeWorkspace : public Workspace
{
public:
    FakeWorkspace(QString id, QString permission)
        : m_id(std::move(id)), m_permission(std::move(permission))
    {
    }
    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Ruang %1").arg(m_id); }
    QIcon icon() const override { return {}; }
    QString requiredPermission() const override { return m_permission; }
    QWidget* widget() override
    {
        if (!m_widget)
            m_widget = std::make_unique<QLabel>(m_id);
        return m_widget.get();
    }
    QVariantMap saveState() const override { return {{QStringLiteral("opened"), m_id}}; }
    void restoreState(const QVariantMap& state) override { restored = state; }
    void refresh() override { ++refreshes; }
    /// Accepts "<id>:<anything>", like a real workspace accepts its own kind of link.
    bool openLink(const QString& link) override
    {
        if (!link.startsWith(m_id + QLatin1Char(':')))
            return false;
        openedLink = link;
        return true;
    }

    QVariantMap restored;
    int refreshes = 0;
    QString openedLink;

private:
    QString m_id;
    QString m_permission;
    std::unique_ptr<QLabel> m_widget;
};

struct Client
{
    explicit Client(const QString& outboxFile) : outbox(api, outboxFile) {}
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    EventStream events{api};
    Outbox outbox;
    BrandingTheme branding{api};
    UiLanguage language{api};
    WorkspaceContext context() { return {api, session, events, outbox, branding}; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;
    QTemporaryDir m_dir;
    WorkspaceRegistry m_registry;
    QMap<QString, std::string> m_userIds;

    std::unique_ptr<Client> signedIn(const QString& email)
    {
        auto client =
            std::make_unique<Client>(m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(email)));
        client->language.setLanguage(QStringLiteral("id"));
        QSignalSpy signedInSpy(&client->session, &Session::signedIn);
        client->session.signIn(QUrl(QString::fromStdString(m_server->baseUrl())), email,
                               QString::fromStdString(ey::test::kTestPassword), false);
        if (!signedInSpy.wait(10000))
            qWarning("sign-in of %s did not finish", qPrintable(email));
        return client;
    }

    static QStringList sidebarIds(MainWindow& window)
    {
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("workspaceSidebar"));
        QStringList ids;
        for (int row = 0; row < sidebar->count(); ++row)
            ids << sidebar->item(row)->data(Qt::UserRole).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ey::test::TestServer>();
        m_userIds[QStringLiteral("admin")] = ey::test::createUser(
            m_server->instance(), "admin@example.test", {"admin"}, "Ayu Admin");
        m_userIds[QStringLiteral("support")] = ey::test::createUser(
            m_server->instance(), "support@example.test", {"support"}, "Sari Support");
        m_userIds[QStringLiteral("member")] = ey::test::createUser(
            m_server->instance(), "member@example.test", {"member_free"}, "Mira Member");
        const auto fake = [](const char* id, const char* permission) {
            return WorkspaceFactory{QString::fromLatin1(id), QString::fromLatin1(permission),
                                    [id, permission](const WorkspaceContext&) {
                                        return std::make_unique<FakeWorkspace>(
                                            QString::fromLatin1(id),
                                            QString::fromLatin1(permission));
                                    }};
        };
        m_registry.add(fake("tickets", "tickets.handle"));
        m_registry.add(fake("branding", "branding.manage"));
        m_registry.add(fake("keys", "api_keys.manage"));
    }

    void init() { QSettings().clear(); }

    void sidebarShowsOnlyPermittedWorkspaces_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("admin") << QStringLiteral("admin@example.test")
                               << QStringList{QStringLiteral("tickets"), QStringLiteral("branding"),
                                              QStringLiteral("keys")};
        QTest::newRow("support") << QStringLiteral("support@example.test")
                                 << QStringList{QStringLiteral("tickets")};
        QTest::newRow("member") << QStringLiteral("member@example.test") << QStringList{};
    }

    void sidebarShowsOnlyPermittedWorkspaces()
    {
        QFETCH(QString, email);
        QFETCH(QStringList, expected);
        auto client = signedIn(email);
        QVERIFY(client->session.isSignedIn());
        MainWindow window(client->context(), m_registry, client->language);
        window.show();
        QCOMPARE(sidebarIds(window), expected);
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("workspaceStack"));
        auto* empty = window.findChild<QLabel*>(QStringLiteral("emptyStateLabel"));
        if (expected.isEmpty()) {
            QCOMPARE(stack->currentWidget(), empty);
            QVERIFY(empty->text().contains(QStringLiteral("Belum ada ruang kerja")));
            QVERIFY(empty->text().contains(QStringLiteral("Mira Member")));
        } else {
            QCOMPARE(window.currentWorkspace()->id(), expected.first());
            QCOMPARE(stack->currentWidget(), window.currentWorkspace()->widget());
        }
    }

    void languageSwitchRetranslatesLive()
    {
        auto client = signedIn(QStringLiteral("admin@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.show();
        const QList<QAction*> menus = window.menuBar()->actions();
        QCOMPARE(menus.first()->text(), QStringLiteral("&Berkas"));
        auto* outboxLabel = window.findChild<QLabel*>(QStringLiteral("outboxLabel"));
        QCOMPARE(outboxLabel->text(), QStringLiteral("Semua perubahan terkirim"));
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&File"));
        QCOMPARE(outboxLabel->text(), QStringLiteral("All changes sent"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("signOutAction"))->text(),
                 QStringLiteral("Sign &out"));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("languageAction_en"))->isChecked());
        QCOMPARE(client->api.language(), QStringLiteral("en"));
        // The menu route back works too and keeps the combo in step.
        window.findChild<QAction*>(QStringLiteral("languageAction_id"))->trigger();
        QTRY_COMPARE(menus.first()->text(), QStringLiteral("&Berkas"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("id"));
    }

    void keyboardShortcuts()
    {
        auto client = signedIn(QStringLiteral("admin@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.show();
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("quitAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Q")));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("refreshAction"))->shortcut(),
                 QKeySequence(Qt::Key_F5));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("searchAction"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+L")));
        auto* workspace = static_cast<FakeWorkspace*>(window.currentWorkspace());
        window.findChild<QAction*>(QStringLiteral("refreshAction"))->trigger();
        QCOMPARE(workspace->refreshes, 1);
    }

    void liveNotificationShowsBadgeAndToast()
    {
        auto client = signedIn(QStringLiteral("support@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.resize(1000, 700);
        window.show();
        client->events.start();
        auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("● Terhubung")),
                                 10000);
        NotificationBell* bell = window.bell();
        QTRY_COMPARE(bell->unreadCount(), 0);

        auto& server = m_server->instance();
        server.db().transaction([&](ey::core::Tx& tx) {
            server.notify().notify(tx, {m_userIds[QStringLiteral("support")], "TICKET",
                                        "Tiket baru #12", "Akun tidak bisa masuk", "ticket:12",
                                        "12", false});
        });
        QTRY_COMPARE_WITH_TIMEOUT(bell->unreadCount(), 1, 5000);
        Toast* toast = nullptr;
        QTRY_VERIFY((toast = window.findChild<Toast*>(QStringLiteral("toast"))) != nullptr);
        QCOMPARE(toast->findChild<QLabel*>(QStringLiteral("toastTitle"))->text(),
                 QStringLiteral("Tiket baru #12"));
        QTest::mouseClick(toast->findChild<QToolButton*>(QStringLiteral("toastCloseButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(window.findChild<Toast*>(QStringLiteral("toast")) == nullptr);

        // The popup lists it from the server; "mark all read" clears the badge here and there.
        bell->showPopup();
        auto* list = bell->popup()->findChild<QListWidget*>(QStringLiteral("notificationList"));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Tiket baru #12")));
        QTest::mouseClick(
            bell->popup()->findChild<QPushButton*>(QStringLiteral("markAllReadButton")),
            Qt::LeftButton);
        QTRY_COMPARE(bell->unreadCount(), 0);
        ey::test::HttpClient http(m_server->baseUrl());
        http.setToken(client->api.token().toStdString());
        QCOMPARE(http.get("/api/v1/notifications/unread-count").json()->getValue<int>("unread"), 0);
        client->events.stop();
    }

    void notificationLinkOpensTheWorkspaceThatKnowsIt()
    {
        auto client = signedIn(QStringLiteral("admin@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.resize(1000, 700);
        window.show();
        window.showWorkspace(QStringLiteral("tickets"));
        QCOMPARE(window.currentWorkspace()->id(), QStringLiteral("tickets"));
        // Nobody knows the link: the window stays where it was.
        QVERIFY(!window.openLink(QStringLiteral("unknown:1")));
        QVERIFY(!window.openLink(QString()));
        QCOMPARE(window.currentWorkspace()->id(), QStringLiteral("tickets"));

        // Clicked in the bell: the notification's redirect goes to the workspace that takes it.
        auto& server = m_server->instance();
        server.db().transaction([&](ey::core::Tx& tx) {
            server.notify().notify(tx, {m_userIds[QStringLiteral("admin")], "SYSTEM",
                                        "Klien selesai", "Dewi Lestari menyelesaikan asesmen",
                                        "branding:42", "42", false});
        });
        NotificationBell* bell = window.bell();
        bell->showPopup();
        auto* list = bell->popup()->findChild<QListWidget*>(QStringLiteral("notificationList"));
        QTRY_VERIFY(list->count() >= 1);
        QListWidgetItem* item = nullptr;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text().startsWith(QStringLiteral("Klien selesai")))
                item = list->item(row);
        QVERIFY(item);
        emit list->itemActivated(item);
        QCOMPARE(window.currentWorkspace()->id(), QStringLiteral("branding"));
        QCOMPARE(static_cast<FakeWorkspace*>(window.currentWorkspace())->openedLink,
                 QStringLiteral("branding:42"));
    }

    void brandingChangeAppliesLive()
    {
        auto client = signedIn(QStringLiteral("admin@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.show();
        client->branding.refresh();
        client->events.start();
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("EksporYuk"));
        auto* connection = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("● Terhubung")),
                                 10000);

        ey::test::HttpClient http(m_server->baseUrl());
        http.login("admin@example.test", ey::test::kTestPassword);
        const auto put =
            http.request("PUT", "/api/v1/branding", R"({"platform_name":"Ekspor Juara"})");
        QVERIFY2(put.status == 200, put.body.c_str());
        QTRY_COMPARE_WITH_TIMEOUT(window.windowTitle(), QStringLiteral("Ekspor Juara"), 5000);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("brandName"))->text(),
                 QStringLiteral("Ekspor Juara"));
        client->events.stop();
    }

    void signOutEndsTheSessionAndSavesState()
    {
        auto client = signedIn(QStringLiteral("admin@example.test"));
        const std::string token = client->api.token().toStdString();
        {
            MainWindow window(client->context(), m_registry, client->language);
            window.show();
            window.showWorkspace(QStringLiteral("keys"));
            QSignalSpy signedOut(&window, &MainWindow::signedOut);
            window.findChild<QAction*>(QStringLiteral("signOutAction"))->trigger();
            QCOMPARE(signedOut.count(), 1);
            QCOMPARE(signedOut.first().first().toBool(), false);
        }
        QVERIFY(!client->session.isSignedIn());
        ey::test::HttpClient http(m_server->baseUrl());
        http.setToken(token);
        QTRY_COMPARE(http.get("/api/v1/me").status, 401);
        QSettings settings;
        QVERIFY(!settings.value(QStringLiteral("ui/geometry")).toByteArray().isEmpty());
        QCOMPARE(settings.value(QStringLiteral("ui/workspace")).toString(), QStringLiteral("keys"));

        // The next window for this user opens where the last one was left.
        auto again = signedIn(QStringLiteral("admin@example.test"));
        MainWindow window(again->context(), m_registry, again->language);
        QCOMPARE(window.currentWorkspace()->id(), QStringLiteral("keys"));
        QCOMPARE(static_cast<FakeWorkspace*>(window.currentWorkspace())
                     ->restored.value(QStringLiteral("opened"))
                     .toString(),
                 QStringLiteral("keys"));
    }

    void expiredSessionSignsOut()
    {
        auto client = signedIn(QStringLiteral("support@example.test"));
        MainWindow window(client->context(), m_registry, client->language);
        window.show();
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        ey::test::HttpClient http(m_server->baseUrl());
        http.setToken(client->api.token().toStdString());
        QCOMPARE(http.post("/api/v1/auth/logout-all", "").status, 204);
        window.findChild<QAction*>(QStringLiteral("refreshAction"))
            ->trigger(); // any request now gets 401
        QTRY_COMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().toBool(), true);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
