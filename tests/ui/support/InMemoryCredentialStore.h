// Test-only CredentialStore in memory, so widget tests do not depend on a desktop keychain.
#pragma once

#include "CredentialStore.h"

#include <QHash>
#include <QTimer>

namespace ey::desk::test {

/// Answers asynchronously (next event loop turn), like the real keychain.
class InMemoryCredentialStore : public CredentialStore
{
public:
    QHash<QString, QString> secrets;

    void readSecret(const QString& account, QObject* context, ReadDone done) override
    {
        const auto found = secrets.find(account);
        std::optional<QString> secret =
            found == secrets.end() ? std::nullopt : std::optional<QString>(*found);
        QTimer::singleShot(0, context, [secret, done] { done(secret, {}); });
    }
    void writeSecret(const QString& account, const QString& secret, QObject* context,
                     Done done) override
    {
        secrets.insert(account, secret);
        if (done)
            QTimer::singleShot(0, context, [done] { done({}); });
    }
    void deleteSecret(const QString& account, QObject* context, Done done) override
    {
        secrets.remove(account);
        if (done)
            QTimer::singleShot(0, context, [done] { done({}); });
    }
};

} // namespace ey::desk::test
