// The shell: sidebar of permitted workspaces, their stack, the bell, language, connection status.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace ey::desk {

class NotificationBell;
class UiLanguage;

/// UI thread. Built after sign-in for one user; emits signedOut when the session ends (by the user
/// or by the server) so the application can show the login dialog again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const WorkspaceContext& context, const WorkspaceRegistry& registry,
               UiLanguage& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<Workspace*> workspaces() const;
    Workspace* currentWorkspace() const;
    void showWorkspace(const QString& id);
    /// Offers a notification's redirect to each workspace the user has; the first that accepts it
    /// is shown. False when none knows the link (the notification then only marks itself read).
    bool openLink(const QString& link);
    NotificationBell* bell() const { return m_bell; }
    /// Writes geometry, dock state, the open workspace and each workspace's own state.
    void saveSettings();

signals:
    void signedOut(bool expired);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildLayout();
    void retranslate();
    void restoreSettings();
    void applyBranding();
    void updateConnection();
    void updateOutbox(int pending);
    void activateRow(int row);

    WorkspaceContext m_context;
    UiLanguage& m_language;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_brandLogo = nullptr;
    QLabel* m_brandName = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_outboxLabel = nullptr;
    QToolBar* m_toolBar = nullptr;
    QList<QAction*> m_workspaceToolActions;
    QAction* m_toolSeparator = nullptr;
    QComboBox* m_languageCombo = nullptr;
    NotificationBell* m_bell = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_searchAction = nullptr;
    int m_pending = 0;
    bool m_signingOut = false;
};

} // namespace ey::desk
