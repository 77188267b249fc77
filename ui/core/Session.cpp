// Session: sign-in, resume from the keychain, sign-out, session expiry.
#include "Session.h"

#include "ApiClient.h"
#include "CredentialStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

namespace ey::desk {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

SignedInUser SignedInUser::fromJson(const QJsonObject& object)
{
    SignedInUser user;
    user.id = object.value(QStringLiteral("id")).toString();
    user.email = object.value(QStringLiteral("email")).toString();
    user.fullName = object.value(QStringLiteral("full_name")).toString();
    user.whatsapp = object.value(QStringLiteral("whatsapp")).toString();
    user.status = object.value(QStringLiteral("status")).toString();
    user.roles = stringList(object.value(QStringLiteral("roles")));
    user.permissions = stringList(object.value(QStringLiteral("permissions")));
    return user;
}

Session::Session(ApiClient& api, CredentialStore& credentials, QObject* parent)
    : QObject(parent), m_api(api), m_credentials(credentials)
{
    connect(&m_api, &ApiClient::unauthorized, this, [this] {
        if (!m_signedIn)
            return;
        // The server no longer knows this token: a remembered copy is useless too.
        m_credentials.deleteSecret(m_accountKey, this, {});
        m_signedIn = false;
        m_api.setToken({});
        m_user = {};
        emit signedOut(true);
    });
}

QString Session::accountKey(const QUrl& server, const QString& email)
{
    return email.trimmed().toLower() + QLatin1Char('@') + server.authority() + server.path();
}

bool Session::hasPermission(const QString& permission) const
{
    return permission.isEmpty() || m_user.permissions.contains(permission);
}

void Session::signIn(const QUrl& server, const QString& email, const QString& password,
                     bool remember)
{
    m_api.setBaseUrl(server);
    m_api.setToken({});
    QJsonObject body{{QStringLiteral("email"), email.trimmed()},
                     {QStringLiteral("password"), password}};
    m_api.post(
        QStringLiteral("/api/v1/auth/login"), body, this,
        [this, server, email, remember](const ApiResponse& response) {
            const auto object = response.object();
            const QString token = object.value(QStringLiteral("token")).toString();
            m_api.setToken(token);
            m_accountKey = accountKey(server, email);
            QSettings settings;
            settings.setValue(QStringLiteral("server/url"), server.toString());
            settings.setValue(QStringLiteral("session/lastEmail"), email.trimmed());
            settings.setValue(QStringLiteral("session/remember"), remember);
            if (remember) {
                m_credentials.writeSecret(m_accountKey, token, this, [this](const QString& error) {
                    if (!error.isEmpty())
                        emit rememberFailed(error);
                });
            } else {
                m_credentials.deleteSecret(m_accountKey, this, {});
            }
            finishSignIn(SignedInUser::fromJson(object.value(QStringLiteral("user")).toObject()));
        },
        [this](const ApiError& error) { emit signInFailed(error); });
}

void Session::resume(const QUrl& server, const QString& email)
{
    const QString key = accountKey(server, email);
    m_credentials.readSecret(
        key, this, [this, server, email, key](std::optional<QString> token, QString error) {
            if (!token || token->isEmpty()) {
                emit resumeFailed(error.isEmpty() ? tr("Tidak ada sesi tersimpan.") : error);
                return;
            }
            m_api.setBaseUrl(server);
            m_api.setToken(*token);
            m_api.get(
                QStringLiteral("/api/v1/me"), {}, this,
                [this, key](const ApiResponse& response) {
                    m_accountKey = key;
                    finishSignIn(SignedInUser::fromJson(response.object()));
                },
                [this, server, email](const ApiError& failure) {
                    m_api.setToken({});
                    if (failure.status == 401)
                        forgetToken(server, email);
                    emit resumeFailed(failure.detail);
                });
        });
}

void Session::finishSignIn(const SignedInUser& user)
{
    m_user = user;
    m_signedIn = true;
    emit signedIn();
}

void Session::forgetToken(const QUrl& server, const QString& email)
{
    m_credentials.deleteSecret(accountKey(server, email), this, {});
}

void Session::signOut()
{
    if (!m_signedIn)
        return;
    // Best effort on the server; locally the session ends now either way.
    m_api.post(QStringLiteral("/api/v1/auth/logout"), {}, nullptr, {}, {});
    m_credentials.deleteSecret(m_accountKey, this, {});
    QSettings().setValue(QStringLiteral("session/remember"), false);
    m_api.setToken({});
    m_signedIn = false;
    m_user = {};
    emit signedOut(false);
}

} // namespace ey::desk
