// Smoke test: the real eksporyuk-desk binary under Xvfb signs in to a real server and saves a
// screenshot.
#include "TestSupport.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>

class TestDeskSmoke : public QObject
{
    Q_OBJECT

private slots:
    void signsInAndShowsTheMainWindow()
    {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            QSKIP(
                "xvfb-run is not installed (Debian package xvfb): the client cannot get a display");
        ey::test::TestServer server;
        ey::test::createUser(server.instance(), "asap@example.test", {"admin"}, "Asap Admin");

        const QString screenshot = QStringLiteral(EY_SMOKE_SCREENSHOT);
        QFile::remove(screenshot);
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real X display this time, not offscreen
        env.insert(QStringLiteral("EY_DESK_TEST_MODE"), QStringLiteral("1"));
        env.insert(QStringLiteral("EY_DESK_AUTOLOGIN_EMAIL"), QStringLiteral("asap@example.test"));
        env.insert(QStringLiteral("EY_DESK_AUTOLOGIN_PASSWORD"),
                   QString::fromStdString(ey::test::kTestPassword));
        env.insert(QStringLiteral("EY_DESK_SCREENSHOT"), screenshot);
        desk.setProcessEnvironment(env);
        desk.setProcessChannelMode(QProcess::MergedChannels);
        desk.start(xvfbRun,
                   {QStringLiteral("-a"), QStringLiteral("-s"),
                    QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(EY_DESK_BINARY),
                    QStringLiteral("--server"), QString::fromStdString(server.baseUrl())});
        QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
        // Blocking wait is fine here: the server runs on its own threads, the client in its own
        // process.
        const bool finished = desk.waitForFinished(90000);
        const QByteArray output = desk.readAll();
        if (!finished)
            desk.kill();
        QVERIFY2(finished, output.constData());
        QVERIFY2(desk.exitStatus() == QProcess::NormalExit && desk.exitCode() == 0,
                 output.constData());

        QImage image(screenshot);
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no readable PNG at ") + screenshot));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not blank: a real window has text, the brand header and the sidebar, so many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        // The brand header in the default primary colour is there.
        QVERIFY(colours.contains(QColor(QStringLiteral("#2047FC")).rgb()));
    }
};

QTEST_GUILESS_MAIN(TestDeskSmoke)
#include "TestDeskSmoke.moc"
