// Outbox: SQLite queue (Qt Sql) with in-order replay.
#include "Outbox.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace ey::desk {

namespace {

int g_instance = 0;

} // namespace

Outbox::Outbox(ApiClient& api, const QString& databasePath, QObject* parent)
    : QObject(parent), m_api(api),
      m_connectionName(QStringLiteral("ey-outbox-%1").arg(++g_instance))
{
    QString path = databasePath;
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
               QStringLiteral("/outbox.sqlite");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_openError = db.lastError().text();
    } else {
        QSqlQuery query(db);
        m_open = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS outbox ("
                                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                                           " account TEXT NOT NULL,"
                                           " method TEXT NOT NULL,"
                                           " path TEXT NOT NULL,"
                                           " body TEXT NOT NULL,"
                                           " idempotency_key TEXT NOT NULL UNIQUE,"
                                           " created_at TEXT NOT NULL)"));
        if (!m_open)
            m_openError = query.lastError().text();
    }
    m_retryTimer.setInterval(15000);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::replay);
    connect(&m_api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        if (reachable)
            replay();
    });
}

Outbox::~Outbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Outbox::setAccount(const QString& account)
{
    m_account = account;
    announce();
    if (pendingCount() > 0)
        replay();
}

int Outbox::pendingCount() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE account = ?"));
    query.addBindValue(m_account);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<OutboxEntry> Outbox::pending() const
{
    QList<OutboxEntry> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(
        QStringLiteral("SELECT seq, method, path, body, idempotency_key, created_at FROM outbox "
                       "WHERE account = ? ORDER BY seq"));
    query.addBindValue(m_account);
    if (!query.exec())
        return entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.seq = query.value(0).toLongLong();
        entry.method = query.value(1).toString().toUtf8();
        entry.path = query.value(2).toString();
        entry.body = QJsonDocument::fromJson(query.value(3).toString().toUtf8());
        entry.idempotencyKey = query.value(4).toString();
        entry.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        entries << entry;
    }
    return entries;
}

bool Outbox::enqueue(const QByteArray& method, const QString& path, const QJsonObject& body,
                     const QString& key)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (account, method, path, body, idempotency_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_account);
    query.addBindValue(QString::fromUtf8(method));
    query.addBindValue(path);
    query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    query.addBindValue(key);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const bool ok = query.exec();
    announce();
    return ok;
}

void Outbox::remove(qint64 seq)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    query.addBindValue(seq);
    query.exec();
    announce();
}

void Outbox::announce()
{
    const int count = pendingCount();
    if (count > 0 && !m_retryTimer.isActive())
        m_retryTimer.start();
    else if (count == 0)
        m_retryTimer.stop();
    emit pendingChanged(count);
}

void Outbox::send(const QByteArray& method, const QString& path, const QJsonDocument& body,
                  const QString& key, QObject* context, ApiClient::Success onSuccess,
                  ApiClient::Failure onFailure)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), key.toUtf8()});
    m_api.send(request, context, std::move(onSuccess), std::move(onFailure));
}

void Outbox::submit(const QByteArray& method, const QString& path, const QJsonObject& body,
                    QObject* context, Done done)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (pendingCount() > 0) {
        // Earlier writes are still waiting: this one goes behind them so the server sees them in
        // order.
        OutboxResult result;
        result.outcome = enqueue(method, path, body, key) ? OutboxResult::Outcome::Queued
                                                          : OutboxResult::Outcome::Rejected;
        if (done)
            done(result);
        replay();
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto report = [guard, hasContext, done](const OutboxResult& result) {
        if (done && (!hasContext || guard))
            done(result);
    };
    send(
        method, path, QJsonDocument(body), key, this,
        [report](const ApiResponse& response) {
            OutboxResult result;
            result.response = response;
            report(result);
        },
        [this, method, path, body, key, report](const ApiError& error) {
            OutboxResult result;
            result.error = error;
            if (error.isNetworkError() && enqueue(method, path, body, key))
                result.outcome = OutboxResult::Outcome::Queued;
            else
                result.outcome = OutboxResult::Outcome::Rejected;
            report(result);
        });
}

void Outbox::replay()
{
    if (m_replaying || !m_open)
        return;
    const QList<OutboxEntry> entries = pending();
    if (entries.isEmpty())
        return;
    m_replaying = true;
    const OutboxEntry entry = entries.first();
    send(
        entry.method, entry.path, entry.body, entry.idempotencyKey, this,
        [this, entry](const ApiResponse& response) {
            remove(entry.seq);
            m_replaying = false;
            emit entryReplayed(entry, response);
            replay();
        },
        [this, entry](const ApiError& error) {
            m_replaying = false;
            // 401 (signed out), 408 and 429 are about the moment, not the write: keep those for
            // later.
            const bool transient =
                error.status == 401 || error.status == 408 || error.status == 429;
            if (error.isClientError() && !transient) {
                remove(entry.seq);
                emit entryRejected(entry, error);
                replay();
            }
            // Unreachable or a server fault: the entry stays; the retry timer or reconnection
            // brings us back.
        });
}

} // namespace ey::desk
