// The eksporyuk-server command line as an operator uses it: help, migrate, create-admin, serve.
#include "TestSupport.h"

#include "Db.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ey;

namespace {
QString serverBinary()
{
    return QStringLiteral(EY_SERVER_BINARY);
}

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QStringList& arguments, const QByteArray& input = {},
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(serverBinary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}
} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT
private slots:
    void helpListsOptionsAndCommands()
    {
        const auto result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char* expected :
             {"--database-url", "--data-dir", "--port", "--demo", "create-admin", "migrate"})
            QVERIFY2(result.output.contains(QLatin1String(expected)), expected);
    }

    void migratesAndCreatesAnAdmin()
    {
        test::TestDatabase database;
        const auto url = QString::fromStdString(database.url());
        QTemporaryDir dataDir;
        const auto migrated = run({QStringLiteral("migrate"), QStringLiteral("--database-url"), url,
                                   QStringLiteral("--data-dir"), dataDir.path()});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.output));
        QVERIFY(migrated.output.contains(QStringLiteral("up to date")));

        const auto created = run({QStringLiteral("create-admin"), QStringLiteral("--database-url"),
                                  url, QStringLiteral("--data-dir"), dataDir.path(),
                                  QStringLiteral("--email"), QStringLiteral("boss@example.com"),
                                  QStringLiteral("--name"), QStringLiteral("Bu Bos")},
                                 "kata-sandi-kuat\n");
        QVERIFY2(created.exitCode == 0, qPrintable(created.output));
        core::Db db(database.url(), 1);
        const auto rows =
            db.exec("SELECT u.full_name, r.role FROM users u JOIN user_roles r ON r.user_id = u.id"
                    " WHERE u.email = 'boss@example.com'");
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.front().str("role"), std::string("admin"));

        // A weak password is refused with the reason, and nothing is created.
        const auto weak = run({QStringLiteral("create-admin"), QStringLiteral("--database-url"),
                               url, QStringLiteral("--data-dir"), dataDir.path(),
                               QStringLiteral("--email"), QStringLiteral("weak@example.com"),
                               QStringLiteral("--name"), QStringLiteral("Lemah")},
                              "123\n");
        QVERIFY(weak.exitCode != 0);
        QVERIFY2(weak.output.contains(QStringLiteral("8 characters")), qPrintable(weak.output));
    }

    void servesUntilAskedToStop()
    {
        test::TestDatabase database;
        QTemporaryDir dataDir;
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(serverBinary(),
                     {QStringLiteral("--database-url"), QString::fromStdString(database.url()),
                      QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--port"),
                      QStringLiteral("0")});
        QVERIFY(server.waitForStarted());
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(server.readAll()))
                                     .contains(QStringLiteral("ready at http://")),
                                 30000);
        const auto url = output.section(QStringLiteral("ready at "), 1)
                             .section(QLatin1Char('\n'), 0, 0)
                             .trimmed();
        test::HttpClient client(url.toStdString());
        QCOMPARE(client.get("/readyz").status, 200);
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
    void readsProviderSettingsFromFileAndEnvironment()
    {
        test::TestDatabase database;
        QTemporaryDir dataDir;
        const auto url = QString::fromStdString(database.url());
        QVERIFY(run({QStringLiteral("create-admin"), QStringLiteral("--database-url"), url,
                     QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--email"),
                     QStringLiteral("ops@example.com"), QStringLiteral("--name"),
                     QStringLiteral("Ops")},
                    "kata-sandi-kuat\n")
                    .exitCode == 0);
        QFile ini(dataDir.filePath(QStringLiteral("server.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[providers]\nmailketing.api_token = file-token\nmailketing.from_email = "
                  "noreply@example.com\n");
        ini.close();

        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EY_ONESIGNAL_APP_ID"), QStringLiteral("app-1"));
        env.insert(QStringLiteral("EY_ONESIGNAL_API_KEY"), QStringLiteral("key-1"));
        QProcess server;
        server.setProcessEnvironment(env);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(serverBinary(),
                     {QStringLiteral("--config"), ini.fileName(), QStringLiteral("--database-url"),
                      url, QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--port"),
                      QStringLiteral("0")});
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT((output += QString::fromUtf8(server.readAll()))
                                     .contains(QStringLiteral("ready at http://")),
                                 30000);
        const auto base = output.section(QStringLiteral("ready at "), 1)
                              .section(QLatin1Char('\n'), 0, 0)
                              .trimmed();
        test::HttpClient client(base.toStdString());
        client.login("ops@example.com", "kata-sandi-kuat");
        const auto status = client.get("/api/v1/admin/notify/status");
        QCOMPARE(status.status, 200);
        const auto providers = status.json()->getObject("providers");
        QVERIFY2(providers->getObject("email")->getValue<bool>("configured"), status.body.c_str());
        QVERIFY2(providers->getObject("push")->getValue<bool>("configured"), status.body.c_str());
        QVERIFY(!providers->getObject("pusher")->getValue<bool>("configured"));
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "TestServerCli.moc"
