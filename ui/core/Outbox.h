// Writes that must not be lost: queued in a local SQLite file while the server is unreachable.
#pragma once

#include "ApiClient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ey::desk {

struct OutboxEntry
{
    qint64 seq = 0;
    QByteArray method;
    QString path;
    QJsonDocument body;
    QString idempotencyKey;
    QDateTime createdAt;
};

struct OutboxResult
{
    enum class Outcome
    {
        Sent,
        Queued,
        Rejected
    };
    Outcome outcome = Outcome::Sent;
    ApiResponse response; ///< Sent
    ApiError error;       ///< Rejected (and, for Queued, why it could not go now)
};

/// UI thread. Every write carries an Idempotency-Key (a UUID) from its first attempt, so a replay
/// after a lost answer is applied once by the server. When a write fails because the server cannot
/// be reached, it is stored with that key and replayed in order, per account, when the server
/// answers again. A 4xx on replay drops the entry and reports it (entryRejected); a 5xx keeps it
/// for later.
class Outbox : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const OutboxResult&)>;

    /// databasePath empty: outbox.sqlite in QStandardPaths::AppDataLocation.
    explicit Outbox(ApiClient& api, const QString& databasePath = {}, QObject* parent = nullptr);
    ~Outbox() override;

    bool isOpen() const { return m_open; }
    QString openError() const { return m_openError; }
    /// Entries belong to one account (server + user); only the signed-in account's are replayed.
    void setAccount(const QString& account);
    void setRetryIntervalMs(int ms) { m_retryTimer.setInterval(ms); }

    void submit(const QByteArray& method, const QString& path, const QJsonObject& body,
                QObject* context, Done done = {});
    int pendingCount() const;
    QList<OutboxEntry> pending() const;
    /// Sends the queued entries in order; called on a timer and when the server is reachable again.
    void replay();

signals:
    void pendingChanged(int count);
    void entryReplayed(const ey::desk::OutboxEntry& entry, const ey::desk::ApiResponse& response);
    void entryRejected(const ey::desk::OutboxEntry& entry, const ey::desk::ApiError& error);

private:
    bool enqueue(const QByteArray& method, const QString& path, const QJsonObject& body,
                 const QString& key);
    void remove(qint64 seq);
    void send(const QByteArray& method, const QString& path, const QJsonDocument& body,
              const QString& key, QObject* context, ApiClient::Success onSuccess,
              ApiClient::Failure onFailure);
    void announce();

    ApiClient& m_api;
    QString m_connectionName;
    QString m_account;
    QString m_openError;
    QTimer m_retryTimer;
    bool m_open = false;
    bool m_replaying = false;
};

} // namespace ey::desk

Q_DECLARE_METATYPE(ey::desk::OutboxEntry)
