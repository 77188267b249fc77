// The client's object graph and its top-level flow: login dialog → main window → back on sign-out.
#pragma once

#include "ApiClient.h"
#include "BrandingTheme.h"
#include "EventStream.h"
#include "KeychainCredentialStore.h"
#include "Outbox.h"
#include "Session.h"
#include "UiLanguage.h"
#include "WorkspaceRegistry.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ey::desk {

class LoginDialog;
class MainWindow;

/// Options from the command line and, only when EY_DESK_TEST_MODE=1, from the environment.
struct DeskOptions
{
    QString serverUrl;
    bool testMode = false;
    QString autoLoginEmail;
    QString autoLoginPassword;
    QString screenshotPath;
    /// Test mode: a notification link opened right after sign-in ("partner-client:<id>"), so a
    /// screenshot can show a workspace other than the first.
    QString openLink;
};

/// UI thread; lives for the whole run.
class DeskApplication : public QObject
{
    Q_OBJECT

public:
    explicit DeskApplication(DeskOptions options);
    ~DeskApplication() override;
    void start();

private:
    void showLogin(const QString& notice);
    void showMainWindow();
    void onSignedOut(bool expired);
    void saveScreenshotWhenSettled();

    DeskOptions m_options;
    ApiClient m_api;
    KeychainCredentialStore m_credentials;
    Session m_session;
    EventStream m_events;
    Outbox m_outbox;
    BrandingTheme m_branding;
    UiLanguage m_language;
    WorkspaceRegistry m_registry;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
};

} // namespace ey::desk
