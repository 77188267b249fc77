// QtKeychain jobs behind the CredentialStore interface.
#include "KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace ey::desk {

KeychainCredentialStore::KeychainCredentialStore(QString service) : m_service(std::move(service)) {}

void KeychainCredentialStore::readSecret(const QString& account, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, job, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else
            done(std::nullopt, job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString& account, const QString& secret,
                                          QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, job, done = std::move(done)] {
        if (guard && done)
            done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::deleteSecret(const QString& account, QObject* context, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(account);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, job, done = std::move(done)] {
        if (!guard || !done)
            return;
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace ey::desk
