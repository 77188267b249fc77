// Sign-in: server address, email, password, "Ingat saya"; the server's own words on failure.
#pragma once

#include "ApiError.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ey::desk {

class Session;
class UiLanguage;

/// Accepts once Session::signedIn fires. Failures show the problem's detail verbatim (wrong
/// password with attempts left, the lock-out wait time, a deactivated account, an unreachable
/// server).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Session& session, UiLanguage& language, QWidget* parent = nullptr);

    void setServerUrl(const QString& url);
    void setEmail(const QString& email);
    /// Tries the token remembered for the last account; shows the form again when it is not usable.
    void resumeRememberedSession();
    /// Fills the form and submits it (used by the test-mode auto-login).
    void signInWith(const QString& email, const QString& password);
    QString errorText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& text);

    Session& m_session;
    UiLanguage& m_language;
    QLabel* m_title;
    QLabel* m_serverLabel;
    QLabel* m_emailLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_serverEdit;
    QLineEdit* m_emailEdit;
    QLineEdit* m_passwordEdit;
    QCheckBox* m_rememberCheck;
    QComboBox* m_languageCombo;
    QLabel* m_errorLabel;
    QLabel* m_busyLabel;
    QPushButton* m_signInButton;
    QPushButton* m_cancelButton;
};

} // namespace ey::desk
