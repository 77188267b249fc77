// DeskApplication: wiring and the sign-in / sign-out cycle.
#include "DeskApplication.h"

#include "BrandingWorkspace.h"
#include "CatalogWorkspace.h"
#include "CurationWorkspace.h"
#include "PartnerWorkspace.h"
#include "FinanceWorkspace.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SalesWorkspace.h"
#include "TicketsWorkspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace ey::desk {

DeskApplication::DeskApplication(DeskOptions options)
    : m_options(std::move(options)), m_session(m_api, m_credentials), m_events(m_api),
      m_outbox(m_api), m_branding(m_api), m_language(m_api)
{
    // Every real workspace registers here; the main window shows those the user's permissions allow.
    sales::registerSalesWorkspace(m_registry);
    tickets::registerTicketsWorkspace(m_registry);
    finance::registerFinanceWorkspace(m_registry);
    catalog::registerCatalogWorkspace(m_registry);
    partner::registerPartnerWorkspace(m_registry);
    curation::registerCurationWorkspace(m_registry);
    registerBrandingWorkspace(m_registry);
}

DeskApplication::~DeskApplication()
{
    m_events.stop();
    delete m_window;
    delete m_login;
}

void DeskApplication::start()
{
    m_language.restore();
    showLogin({});
}

void DeskApplication::showLogin(const QString& notice)
{
    auto* login = new LoginDialog(m_session, m_language);
    login->setAttribute(Qt::WA_DeleteOnClose);
    m_login = login;
    if (!m_options.serverUrl.isEmpty())
        login->setServerUrl(m_options.serverUrl);
    connect(login, &QDialog::accepted, this, &DeskApplication::showMainWindow);
    connect(login, &QDialog::rejected, qApp, &QApplication::quit);
    if (m_options.testMode && !notice.isEmpty())
        std::fprintf(stderr, "eksporyuk-desk: %s\n", qUtf8Printable(notice));
    login->show();
    if (!notice.isEmpty())
        QMessageBox::information(login, tr("Sesi berakhir"), notice);
    if (m_options.testMode && !m_options.autoLoginEmail.isEmpty()) {
        connect(&m_session, &Session::signInFailed, login, [](const ApiError& error) {
            std::fprintf(stderr, "eksporyuk-desk: sign-in failed: %s\n",
                         qUtf8Printable(error.detail));
            QCoreApplication::exit(2);
        });
        login->signInWith(m_options.autoLoginEmail, m_options.autoLoginPassword);
    } else {
        login->resumeRememberedSession();
    }
}

void DeskApplication::showMainWindow()
{
    const SignedInUser& user = m_session.user();
    m_outbox.setAccount(Session::accountKey(m_api.baseUrl(), user.email));
    WorkspaceContext context{m_api, m_session, m_events, m_outbox, m_branding};
    auto* window = new MainWindow(context, m_registry, m_language);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::signedOut, this, &DeskApplication::onSignedOut);
    connect(&m_session, &Session::rememberFailed, window, [window](const QString& error) {
        QMessageBox::warning(
            window, tr("Sesi tidak dapat diingat"),
            tr("Brankas kata sandi sistem tidak tersedia, jadi Anda perlu masuk lagi saat "
               "membuka aplikasi berikutnya.\n\n%1")
                .arg(error));
    });
    m_branding.refresh();
    m_events.start();
    window->show();
    if (m_options.testMode && !m_options.openLink.isEmpty())
        window->openLink(m_options.openLink);
    if (m_options.testMode && !m_options.screenshotPath.isEmpty())
        saveScreenshotWhenSettled();
}

void DeskApplication::onSignedOut(bool expired)
{
    m_events.stop();
    if (m_window) {
        m_window->hide();
        m_window->deleteLater();
    }
    showLogin(expired ? tr("Sesi Anda telah berakhir. Silakan masuk lagi.") : QString());
}

void DeskApplication::saveScreenshotWhenSettled()
{
    // Wait until branding and the live connection have had their chance (or a few seconds passed),
    // so the picture shows what a user sees, then save and quit.
    auto* deadline = new QTimer(this);
    deadline->setSingleShot(true);
    auto shoot = [this, deadline] {
        if (!deadline->isActive() && deadline->property("done").toBool())
            return;
        deadline->setProperty("done", true);
        deadline->stop();
        QTimer::singleShot(500, this, [this] {
            if (!m_window)
                return;
            const bool saved = m_window->grab().save(m_options.screenshotPath, "PNG");
            std::fprintf(stderr, "eksporyuk-desk: screenshot %s %s\n",
                         qUtf8Printable(m_options.screenshotPath), saved ? "saved" : "FAILED");
            QCoreApplication::exit(saved ? 0 : 3);
        });
    };
    connect(deadline, &QTimer::timeout, this, shoot);
    connect(&m_events, &EventStream::connectedChanged, deadline, [shoot](bool connected) {
        if (connected)
            shoot();
    });
    deadline->start(8000);
}

} // namespace ey::desk
