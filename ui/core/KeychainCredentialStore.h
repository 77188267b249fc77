// The OS keychain (Secret Service, Keychain, Credential Manager) through QtKeychain.
#pragma once

#include "CredentialStore.h"

namespace ey::desk {

/// Never falls back to plain-text settings: without a keychain backend the token is simply not
/// remembered and the caller gets the error text to show.
class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("com.eksporyuk.desk"));
    void readSecret(const QString& account, QObject* context, ReadDone done) override;
    void writeSecret(const QString& account, const QString& secret, QObject* context,
                     Done done) override;
    void deleteSecret(const QString& account, QObject* context, Done done) override;

private:
    QString m_service;
};

} // namespace ey::desk
