// MainWindow: layout, workspace switching, live branding, status, settings.
#include "MainWindow.h"

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "NotificationBell.h"
#include "Outbox.h"
#include "Session.h"
#include "Toast.h"
#include "UiLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ey::desk {

MainWindow::MainWindow(const WorkspaceContext& context, const WorkspaceRegistry& registry,
                       UiLanguage& language, QWidget* parent)
    : QMainWindow(parent), m_context(context), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    for (const auto& factory : registry.availableTo(m_context.session)) {
        if (auto workspace = factory.create(m_context))
            m_workspaces.push_back(std::move(workspace));
    }
    buildActions();
    buildLayout();

    connect(&m_context.session, &Session::signedOut, this, [this](bool expired) {
        saveSettings();
        m_signingOut = true;
        emit signedOut(expired);
    });
    connect(&m_context.events, &EventStream::eventReceived, this,
            [this](const QString& name, const QJsonObject& data) {
                m_context.branding.handleEvent(name, data);
                m_bell->handleEvent(name, data);
            });
    connect(&m_context.events, &EventStream::connectedChanged, this, &MainWindow::updateConnection);
    connect(&m_context.api, &ApiClient::reachabilityChanged, this, &MainWindow::updateConnection);
    connect(&m_context.outbox, &Outbox::pendingChanged, this, &MainWindow::updateOutbox);
    connect(&m_context.outbox, &Outbox::entryRejected, this,
            [this](const OutboxEntry&, const ApiError& error) {
                Toast::showOn(centralWidget(), tr("Perubahan tertunda ditolak server"),
                              error.detail, 0);
            });
    connect(&m_context.branding, &BrandingTheme::changed, this, &MainWindow::applyBranding);
    connect(m_bell, &NotificationBell::notificationArrived, this,
            [this](const QJsonObject& notification) {
                if (!m_context.branding.popupEnabled())
                    return;
                Toast::showOn(centralWidget(),
                              notification.value(QStringLiteral("title")).toString(),
                              notification.value(QStringLiteral("message")).toString(),
                              m_context.branding.popupSeconds());
            });

    connect(m_bell, &NotificationBell::notificationOpened, this,
            [this](const QJsonObject& notification) {
                openLink(notification.value(QStringLiteral("redirect")).toString());
            });

    retranslate();
    applyBranding();
    restoreSettings();
    m_pending = m_context.outbox.pendingCount();
    updateOutbox(m_pending);
    updateConnection();
    m_bell->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_signOutAction = new QAction(this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, [this] { m_context.session.signOut(); });
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        saveSettings();
        qApp->quit();
    });
    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_bell->refresh();
        m_context.branding.refresh();
        if (Workspace* workspace = currentWorkspace())
            workspace->refresh();
    });
    m_searchAction = new QAction(this);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        if (Workspace* workspace = currentWorkspace())
            workspace->focusSearch();
    });
    m_languageGroup = new QActionGroup(this);
    for (const QString& code : UiLanguage::codes()) {
        auto* action = new QAction(UiLanguage::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_%1").arg(code));
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language.current());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { m_language.setLanguage(action->data().toString()); });
    addActions({m_quitAction, m_refreshAction, m_searchAction});
}

void MainWindow::buildLayout()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_signOutAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_searchAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolSeparator = m_toolBar->addWidget(spacer);
    m_languageCombo = new QComboBox(m_toolBar);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : UiLanguage::codes())
        m_languageCombo->addItem(UiLanguage::nativeName(code), code);
    m_languageCombo->setCurrentIndex(
        std::max(0, static_cast<int>(UiLanguage::codes().indexOf(m_language.current()))));
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_language.setLanguage(m_languageCombo->itemData(index).toString());
    });
    connect(&m_language, &UiLanguage::languageChanged, this, [this](const QString& code) {
        const QSignalBlocker block(m_languageCombo);
        m_languageCombo->setCurrentIndex(
            std::max(0, static_cast<int>(UiLanguage::codes().indexOf(code))));
        for (QAction* action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == code);
    });
    m_toolBar->addWidget(m_languageCombo);
    m_bell = new NotificationBell(m_context.api, m_toolBar);
    m_toolBar->addWidget(m_bell);

    auto* sidebarPanel = new QFrame(this);
    sidebarPanel->setObjectName(QStringLiteral("sidebarPanel"));
    auto* header = new QFrame(sidebarPanel);
    header->setObjectName(QStringLiteral("brandHeader"));
    m_brandLogo = new QLabel(header);
    m_brandLogo->setObjectName(QStringLiteral("brandLogo"));
    m_brandLogo->setAlignment(Qt::AlignCenter);
    m_brandName = new QLabel(header);
    m_brandName->setObjectName(QStringLiteral("brandName"));
    m_brandName->setAlignment(Qt::AlignCenter);
    QFont nameFont = m_brandName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_brandName->setFont(nameFont);
    auto* headerLayout = new QVBoxLayout(header);
    headerLayout->addWidget(m_brandLogo);
    headerLayout->addWidget(m_brandName);
    m_sidebar = new QListWidget(sidebarPanel);
    m_sidebar->setObjectName(QStringLiteral("workspaceSidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    // Wide enough for the longest workspace name ("Kurasi Buyer & Supplier") in either language;
    // a name cut short with "..." is one people have to guess.
    // Icon, the item's padding and margin from the branding style sheet (12 + 6 px each side),
    // the icon-text gap and the frame.
    const int iconAndPadding = m_sidebar->iconSize().width() + 2 * (12 + 6) + 24;
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    int sidebarWidth = fontMetrics().averageCharWidth() * 30;
    for (const auto& workspace : m_workspaces) {
        auto* item = new QListWidgetItem(workspace->icon(), workspace->title(), m_sidebar);
        item->setData(Qt::UserRole, workspace->id());
        item->setToolTip(workspace->title());
        sidebarWidth = std::max(sidebarWidth,
                                fontMetrics().horizontalAdvance(workspace->title()) + iconAndPadding);
    }
    sidebarWidth = std::min(sidebarWidth, fontMetrics().averageCharWidth() * 44);
    m_userLabel = new QLabel(sidebarPanel);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setWordWrap(true);
    m_userLabel->setContentsMargins(8, 8, 8, 8);
    auto* sidebarLayout = new QVBoxLayout(sidebarPanel);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addWidget(header);
    sidebarLayout->addWidget(m_sidebar, 1);
    sidebarLayout->addWidget(m_userLabel);
    sidebarPanel->setFixedWidth(sidebarWidth);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);
    for (const auto& workspace : m_workspaces)
        m_stack->addWidget(workspace->widget());
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::activateRow);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(sidebarPanel);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_outboxLabel = new QLabel(this);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    statusBar()->addPermanentWidget(m_outboxLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setTabOrder(m_sidebar, m_stack);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&Berkas"));
    m_viewMenu->setTitle(tr("&Tampilan"));
    m_languageMenu->setTitle(tr("B&ahasa"));
    m_signOutAction->setText(tr("Keluar &akun"));
    m_quitAction->setText(tr("&Keluar"));
    m_refreshAction->setText(tr("&Muat ulang"));
    m_searchAction->setText(tr("&Cari"));
    m_toolBar->setWindowTitle(tr("Bilah alat"));
    m_languageCombo->setToolTip(tr("Bahasa tampilan"));
    m_languageCombo->setAccessibleName(tr("Bahasa tampilan"));
    m_sidebar->setAccessibleName(tr("Ruang kerja"));
    for (int row = 0; row < m_sidebar->count(); ++row)
        m_sidebar->item(row)->setText(m_workspaces[static_cast<std::size_t>(row)]->title());
    const SignedInUser& user = m_context.session.user();
    m_userLabel->setText(
        tr("Masuk sebagai %1\n%2").arg(user.fullName, user.roles.join(QStringLiteral(", "))));
    m_emptyLabel->setText(
        m_workspaces.empty()
            ? tr("Halo, %1. Belum ada ruang kerja yang dapat dibuka dengan peran Anda.")
                  .arg(user.fullName)
            : tr("Pilih ruang kerja di sebelah kiri."));
    updateConnection();
    updateOutbox(m_pending);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QList<Workspace*> MainWindow::workspaces() const
{
    QList<Workspace*> list;
    for (const auto& workspace : m_workspaces)
        list << workspace.get();
    return list;
}

Workspace* MainWindow::currentWorkspace() const
{
    const int row = m_sidebar->currentRow();
    return row < 0 ? nullptr : m_workspaces[static_cast<std::size_t>(row)].get();
}

void MainWindow::showWorkspace(const QString& id)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == id)
            m_sidebar->setCurrentRow(row);
    }
}

bool MainWindow::openLink(const QString& link)
{
    if (link.isEmpty())
        return false;
    for (const auto& workspace : m_workspaces) {
        if (workspace->openLink(link)) {
            showWorkspace(workspace->id());
            return true;
        }
    }
    return false;
}

void MainWindow::activateRow(int row)
{
    for (QAction* action : m_workspaceToolActions)
        m_toolBar->removeAction(action);
    m_workspaceToolActions.clear();
    if (row < 0) {
        m_stack->setCurrentWidget(m_emptyLabel);
        return;
    }
    Workspace* workspace = m_workspaces[static_cast<std::size_t>(row)].get();
    m_stack->setCurrentWidget(workspace->widget());
    m_workspaceToolActions = workspace->toolbarActions();
    m_toolBar->insertActions(m_toolSeparator, m_workspaceToolActions);
}

void MainWindow::applyBranding()
{
    const BrandingTheme& branding = m_context.branding;
    qApp->setPalette(branding.palette(qApp->style()->standardPalette()));
    qApp->setStyleSheet(branding.styleSheet());
    setWindowTitle(branding.platformName());
    m_brandName->setText(branding.platformName());
    m_brandName->setToolTip(branding.tagline());
    const QString logo = branding.logoPathFor(m_context.session.user().roles);
    m_context.branding.fetchLogo(logo, this, [this](const QPixmap& pixmap) {
        if (pixmap.isNull()) {
            m_brandLogo->clear();
            m_brandLogo->hide();
            return;
        }
        const int height = fontMetrics().height() * 3;
        m_brandLogo->setPixmap(
            pixmap.scaledToHeight(height * devicePixelRatio(), Qt::SmoothTransformation));
        m_brandLogo->show();
    });
}

void MainWindow::updateConnection()
{
    if (!m_connectionLabel)
        return;
    const QString host = m_context.api.baseUrl().authority();
    if (m_context.events.isConnected())
        m_connectionLabel->setText(tr("● Terhubung ke %1").arg(host));
    else if (m_context.api.isReachable())
        m_connectionLabel->setText(tr("○ Menyambungkan pembaruan langsung…"));
    else
        m_connectionLabel->setText(tr("○ Server tidak terjangkau — mencoba lagi"));
}

void MainWindow::updateOutbox(int pending)
{
    m_pending = pending;
    m_outboxLabel->setText(pending > 0 ? tr("Antrean kirim: %n perubahan", nullptr, pending)
                                       : tr("Semua perubahan terkirim"));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/windowState"), saveState());
    if (Workspace* workspace = currentWorkspace())
        settings.setValue(QStringLiteral("ui/workspace"), workspace->id());
    for (const auto& workspace : m_workspaces)
        settings.setValue(QStringLiteral("workspaces/%1/state").arg(workspace->id()),
                          workspace->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray())) {
        // First run: most of the screen, leaving room for the desktop's own panels.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::max(available.width() * 4 / 5, std::min(available.width(), 1024)),
               std::max(available.height() * 4 / 5, std::min(available.height(), 680)));
    }
    restoreState(settings.value(QStringLiteral("ui/windowState")).toByteArray());
    for (const auto& workspace : m_workspaces)
        workspace->restoreState(
            settings.value(QStringLiteral("workspaces/%1/state").arg(workspace->id())).toMap());
    const QString last = settings.value(QStringLiteral("ui/workspace")).toString();
    if (!m_workspaces.empty()) {
        m_sidebar->setCurrentRow(0);
        showWorkspace(last);
    } else {
        activateRow(-1);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_signingOut)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ey::desk
