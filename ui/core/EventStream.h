// One Server-Sent Events connection to GET /api/v1/events, kept open with reconnects.
#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace ey::desk {

class ApiClient;

/// UI thread. Parses the text/event-stream format (id:, event:, data:, retry:, ": comment"),
/// reconnects with exponential backoff and sends Last-Event-ID so the server replays what was
/// missed. A silent connection (no bytes, not even the heartbeat) is treated as dead.
class EventStream : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(ApiClient& api, QObject* parent = nullptr);
    ~EventStream() override;

    void setPath(const QString& path) { m_path = path; }
    void setBackoff(int initialMs, int maxMs);
    void setSilenceTimeoutMs(int ms);
    void start();
    void stop();

    bool isConnected() const { return m_connected; }
    QString lastEventId() const { return m_lastEventId; }

signals:
    void eventReceived(const QString& name, const QJsonObject& data);
    void connectedChanged(bool connected);
    /// The server refused the stream (401/403): no reconnect until start() is called again.
    void refused(const ey::desk::ApiError& error);

private:
    void connectNow();
    void onReadyRead();
    void onFinished();
    void processLine(const QByteArray& line);
    void dispatch();
    void scheduleReconnect();
    void setConnected(bool connected);

    ApiClient& m_api;
    QString m_path = QStringLiteral("/api/v1/events");
    QPointer<QNetworkReply> m_reply;
    QTimer m_reconnectTimer;
    QTimer m_silenceTimer;
    QByteArray m_buffer;
    QString m_lastEventId;
    QString m_eventName;
    QString m_data;
    bool m_hasData = false;
    bool m_running = false;
    bool m_connected = false;
    int m_initialBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 1000;
};

} // namespace ey::desk
