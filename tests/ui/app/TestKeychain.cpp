// The real KeychainCredentialStore against the platform keychain (Secret Service under
// dbus-run-session).
#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace ey::desk;

class TestKeychain : public QObject
{
    Q_OBJECT

    struct Read
    {
        bool done = false;
        std::optional<QString> secret;
        QString error;
    };

    Read read(KeychainCredentialStore& store, const QString& account)
    {
        Read result;
        store.readSecret(account, this, [&result](std::optional<QString> secret, QString error) {
            result.secret = secret;
            result.error = error;
            result.done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.done, 15000); }();
        return result;
    }

    QString write(KeychainCredentialStore& store, const QString& account, const QString& secret)
    {
        bool done = false;
        QString error;
        store.writeSecret(account, secret, this, [&](QString e) {
            error = e;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return error;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokenRoundTripsThroughTheKeychain()
    {
        KeychainCredentialStore store(QStringLiteral("com.eksporyuk.desk.test"));
        const QString account =
            QStringLiteral("uji-%1@127.0.0.1:1").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString token = QUuid::createUuid().toString(QUuid::Id128);
        const QString error = write(store, account, token);
        if (!error.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("no keychain backend reachable (run under dbus-run-session with "
                               "gnome-keyring-daemon --unlock --components=secrets): ") +
                error));
        const Read back = read(store, account);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.secret.value_or(QString()), token);

        // Nothing leaked into plain settings (no insecure fallback).
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(token));

        bool deleted = false;
        QString deleteError;
        store.deleteSecret(account, this, [&](QString e) {
            deleteError = e;
            deleted = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 15000);
        QVERIFY2(deleteError.isEmpty(), qPrintable(deleteError));
        const Read gone = read(store, account);
        QVERIFY(gone.error.isEmpty());
        QVERIFY(!gone.secret.has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
