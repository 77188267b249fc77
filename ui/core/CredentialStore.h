// Where the session token is kept between runs: an interface so tests can use memory.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ey::desk {

/// Asynchronous secret storage keyed by account. `error` is empty on success; a missing entry is
/// not an error (read answers std::nullopt). The product uses KeychainCredentialStore only.
class CredentialStore
{
public:
    using ReadDone = std::function<void(std::optional<QString> secret, QString error)>;
    using Done = std::function<void(QString error)>;

    virtual ~CredentialStore() = default;
    virtual void readSecret(const QString& account, QObject* context, ReadDone done) = 0;
    virtual void writeSecret(const QString& account, const QString& secret, QObject* context,
                             Done done) = 0;
    virtual void deleteSecret(const QString& account, QObject* context, Done done) = 0;
};

} // namespace ey::desk
