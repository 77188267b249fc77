// LoginDialog offscreen against a real server: sign-in, the server's words on failure, remember me,
// language.
#include "ApiClient.h"
#include "LoginDialog.h"
#include "Session.h"
#include "UiLanguage.h"

#include "InMemoryCredentialStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace ey::desk;

namespace {

struct Client
{
    ApiClient api;
    test::InMemoryCredentialStore credentials;
    Session session{api, credentials};
    UiLanguage language{api};
};

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<ey::test::TestServer> m_server;

    QString serverUrl() const { return QString::fromStdString(m_server->baseUrl()); }

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    void fillAndSubmit(LoginDialog& dialog, const QString& email, const QString& password)
    {
        child<QLineEdit>(dialog, "serverUrlEdit")->setText(serverUrl());
        child<QLineEdit>(dialog, "emailEdit")->setText(email);
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<ey::test::TestServer>();
        ey::test::createUser(m_server->instance(), "sari@example.test", {"support"},
                             "Sari Support");
    }

    void init() { QSettings().clear(); }

    void signInAcceptsAndKeepsNoSecretInSettings()
    {
        Client client;
        client.language.setLanguage(QStringLiteral("id"));
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        fillAndSubmit(dialog, QStringLiteral("sari@example.test"),
                      QString::fromStdString(ey::test::kTestPassword));
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(client.session.isSignedIn());
        QCOMPARE(client.session.user().fullName, QStringLiteral("Sari Support"));
        QVERIFY(client.session.hasPermission(QStringLiteral("tickets.handle")));
        QVERIFY(!client.session.hasPermission(QStringLiteral("branding.manage")));
        QVERIFY(client.credentials.secrets.isEmpty()); // not remembered
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("session/lastEmail")).toString(),
                 QStringLiteral("sari@example.test"));
        for (const QString& key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(client.api.token()), qPrintable(key));
    }

    void failureShowsTheServerDetail_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("expected");
        QTest::newRow("id") << QStringLiteral("id") << QStringLiteral("salah1@example.test")
                            << QStringLiteral("Email atau kata sandi salah. Sisa percobaan: 4.");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("salah2@example.test")
                            << QStringLiteral("Wrong email or password. Attempts left: 4.");
    }

    void failureShowsTheServerDetail()
    {
        QFETCH(QString, language);
        QFETCH(QString, email);
        QFETCH(QString, expected);
        ey::test::createUser(m_server->instance(), email.toStdString(), {"member_free"});
        Client client;
        client.language.setLanguage(language);
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        fillAndSubmit(dialog, email, QStringLiteral("kata-sandi-keliru"));
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), expected);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QPushButton>(dialog, "signInButton")->isEnabled());
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "passwordEdit"));
        client.language.setLanguage(QStringLiteral("id"));
    }

    void lockoutShowsTheWaitTime()
    {
        ey::test::createUser(m_server->instance(), "terkunci@example.test", {"member_free"});
        Client client;
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        auto* error = child<QLabel>(dialog, "errorLabel");
        for (int attempt = 0; attempt < 5; ++attempt) {
            QSignalSpy failed(&client.session, &Session::signInFailed);
            fillAndSubmit(dialog, QStringLiteral("terkunci@example.test"),
                          QStringLiteral("salah-terus"));
            QTRY_COMPARE(failed.count(), 1);
        }
        QVERIFY2(error->text().startsWith(
                     QStringLiteral("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam")),
                 qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("menit")));
    }

    void invalidServerAddressIsCaughtLocally()
    {
        Client client;
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        child<QLineEdit>(dialog, "serverUrlEdit")->setText(QStringLiteral("ftp://contoh"));
        child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("a@b.test"));
        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("x"));
        QTest::keyClick(child<QLineEdit>(dialog, "passwordEdit"), Qt::Key_Return);
        QVERIFY(dialog.errorText().startsWith(QStringLiteral("Alamat server tidak valid")));
        QCOMPARE(dialog.focusWidget(), child<QLineEdit>(dialog, "serverUrlEdit"));
    }

    void rememberedTokenResumesWithoutPassword()
    {
        Client first;
        {
            LoginDialog dialog(first.session, first.language);
            dialog.show();
            child<QCheckBox>(dialog, "rememberCheck")->setChecked(true);
            fillAndSubmit(dialog, QStringLiteral("sari@example.test"),
                          QString::fromStdString(ey::test::kTestPassword));
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QString key =
            Session::accountKey(QUrl(serverUrl()), QStringLiteral("sari@example.test"));
        QTRY_COMPARE(first.credentials.secrets.value(key), first.api.token());

        // A new run: same keychain, no password typed.
        Client second;
        second.credentials.secrets = first.credentials.secrets;
        LoginDialog dialog(second.session, second.language);
        dialog.show();
        QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(),
                 QStringLiteral("sari@example.test"));
        QVERIFY(child<QCheckBox>(dialog, "rememberCheck")->isChecked());
        dialog.resumeRememberedSession();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(second.session.user().email, QStringLiteral("sari@example.test"));

        // Signing out forgets it, here and on the server.
        second.session.signOut();
        QVERIFY(second.credentials.secrets.isEmpty());
        ey::test::HttpClient http(m_server->baseUrl());
        http.setToken(first.api.token().toStdString());
        QTRY_COMPARE(http.get("/api/v1/me").status, 401);
    }

    void deadRememberedTokenFallsBackToTheForm()
    {
        QSettings().setValue(QStringLiteral("session/remember"), true);
        QSettings().setValue(QStringLiteral("session/lastEmail"),
                             QStringLiteral("sari@example.test"));
        QSettings().setValue(QStringLiteral("server/url"), serverUrl());
        Client client;
        const QString key =
            Session::accountKey(QUrl(serverUrl()), QStringLiteral("sari@example.test"));
        client.credentials.secrets.insert(key, QStringLiteral("token-yang-sudah-dicabut"));
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        QSignalSpy resumeFailed(&client.session, &Session::resumeFailed);
        dialog.resumeRememberedSession();
        QTRY_COMPARE(resumeFailed.count(), 1);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->isEnabled());
        QTRY_VERIFY(!client.credentials.secrets.contains(key));
    }

    void languageSwitchRetranslates()
    {
        Client client;
        client.language.setLanguage(QStringLiteral("id"));
        LoginDialog dialog(client.session, client.language);
        dialog.show();
        auto* button = child<QPushButton>(dialog, "signInButton");
        QCOMPARE(button->text(), QStringLiteral("&Masuk"));
        auto* combo = child<QComboBox>(dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(button->text(), QStringLiteral("&Sign in"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign in — EksporYuk"));
        QCOMPARE(client.api.language(), QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("id")));
        QTRY_COMPARE(button->text(), QStringLiteral("&Masuk"));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "TestLoginDialog.moc"
