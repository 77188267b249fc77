// eksporyuk-desk: the back-office desktop client.
#include "DeskApplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("EksporYuk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("eksporyuk.com"));
    QCoreApplication::setApplicationName(QStringLiteral("eksporyuk-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("EksporYuk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.eksporyuk.desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("EksporYuk back office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server address to sign in to."),
                                    QStringLiteral("URL"));
    parser.addOption(server);
    parser.process(app);

    ey::desk::DeskOptions options;
    options.serverUrl = parser.value(server);
    // Test hooks exist only when the test harness asks for them explicitly.
    options.testMode = qEnvironmentVariable("EY_DESK_TEST_MODE") == QStringLiteral("1");
    if (options.testMode) {
        QStandardPaths::setTestModeEnabled(true); // settings and outbox go to a throwaway location
        options.autoLoginEmail = qEnvironmentVariable("EY_DESK_AUTOLOGIN_EMAIL");
        options.autoLoginPassword = qEnvironmentVariable("EY_DESK_AUTOLOGIN_PASSWORD");
        options.screenshotPath = qEnvironmentVariable("EY_DESK_SCREENSHOT");
        options.openLink = qEnvironmentVariable("EY_DESK_OPEN_LINK");
    }

    ey::desk::DeskApplication desk(options);
    desk.start();
    return app.exec();
}
