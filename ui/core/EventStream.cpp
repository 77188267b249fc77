// EventStream: SSE parsing (WHATWG "server-sent events" rules) and reconnection.
#include "EventStream.h"

#include "ApiClient.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace ey::desk {

EventStream::EventStream(ApiClient& api, QObject* parent) : QObject(parent), m_api(api)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setInterval(60000);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // finished() follows and schedules the reconnect
    });
}

EventStream::~EventStream()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void EventStream::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = initialMs;
}

void EventStream::setSilenceTimeoutMs(int ms)
{
    m_silenceTimer.setInterval(ms);
}

void EventStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoffMs = m_initialBackoffMs;
    connectNow();
}

void EventStream::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    setConnected(false);
}

void EventStream::connectNow()
{
    if (!m_running || m_reply)
        return;
    QNetworkRequest request = m_api.networkRequest(m_path);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!m_lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", m_lastEventId.toUtf8());
    request.setTransferTimeout(0); // the stream is meant to stay open; silence is watched instead
    m_buffer.clear();
    m_eventName.clear();
    m_data.clear();
    m_hasData = false;
    m_reply = m_api.transport().send(request, "GET", {});
    connect(m_reply, &QNetworkReply::readyRead, this, &EventStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &EventStream::onFinished);
    m_silenceTimer.start();
}

void EventStream::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // an error body; onFinished reports it
    m_silenceTimer.start();
    if (!m_connected) {
        m_backoffMs = m_initialBackoffMs;
        m_api.noteReachable(true);
        setConnected(true);
    }
    m_buffer += m_reply->readAll();
    // Lines end in \n, \r\n or \r. A lone trailing \r may be the first half of \r\n: keep it.
    qsizetype start = 0;
    for (qsizetype i = 0; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\r' && i + 1 == m_buffer.size())
            break;
        processLine(m_buffer.mid(start, i - start));
        if (c == '\r' && m_buffer.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    m_buffer.remove(0, start);
}

void EventStream::processLine(const QByteArray& line)
{
    if (line.isEmpty()) {
        dispatch();
        return;
    }
    if (line.startsWith(':'))
        return; // comment, e.g. the ": ping" heartbeat
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_eventName = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0)
            m_initialBackoffMs = m_backoffMs = ms;
    }
}

void EventStream::dispatch()
{
    if (m_hasData) {
        const QString name = m_eventName.isEmpty() ? QStringLiteral("message") : m_eventName;
        const QJsonDocument document = QJsonDocument::fromJson(m_data.toUtf8());
        emit eventReceived(name, document.object());
    }
    m_eventName.clear();
    m_data.clear();
    m_hasData = false;
}

void EventStream::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    m_silenceTimer.stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    setConnected(false);
    if (status == 0 && reply->error() != QNetworkReply::OperationCanceledError)
        m_api.noteReachable(false);
    if (status == 401 || status == 403) {
        m_running = false;
        emit refused(ApiError::fromReply(reply, reply->readAll()));
        return;
    }
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!m_running)
        return;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_maxBackoffMs);
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace ey::desk
