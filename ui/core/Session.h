// Who is signed in: user, roles, permissions, and the token's life in the keychain.
#pragma once

#include "ApiError.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace ey::desk {

class ApiClient;
class CredentialStore;

struct SignedInUser
{
    QString id;
    QString email;
    QString fullName;
    QString whatsapp;
    QString status;
    QStringList roles;
    QStringList permissions;

    static SignedInUser fromJson(const class QJsonObject& object);
};

/// UI thread. Owns the sign-in flow: POST /auth/login (or a remembered token checked with GET /me),
/// sets the token on the ApiClient, keeps it in the CredentialStore when the user asked to be
/// remembered. QSettings gets only the server URL, last email and the remember choice.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(ApiClient& api, CredentialStore& credentials, QObject* parent = nullptr);

    void signIn(const QUrl& server, const QString& email, const QString& password, bool remember);
    /// Uses the token remembered for (server, email); resumeFailed when there is none or it is
    /// dead.
    void resume(const QUrl& server, const QString& email);
    void signOut();

    bool isSignedIn() const { return m_signedIn; }
    const SignedInUser& user() const { return m_user; }
    bool hasPermission(const QString& permission) const;
    bool hasRole(const QString& role) const { return m_user.roles.contains(role); }
    ApiClient& api() { return m_api; }

    static QString accountKey(const QUrl& server, const QString& email);

signals:
    void signedIn();
    void signInFailed(const ey::desk::ApiError& error);
    void resumeFailed(const QString& reason);
    /// expired: the server ended the session (401), not the user.
    void signedOut(bool expired);
    /// "Ingat saya" could not be honoured (no keychain); the session itself works.
    void rememberFailed(const QString& error);

private:
    void finishSignIn(const SignedInUser& user);
    void forgetToken(const QUrl& server, const QString& email);

    ApiClient& m_api;
    CredentialStore& m_credentials;
    SignedInUser m_user;
    QString m_accountKey;
    bool m_signedIn = false;
};

} // namespace ey::desk
