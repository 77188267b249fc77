// The desktop EventStream against a real SSE endpoint on loopback: parsing, heartbeat, reconnect
// with Last-Event-ID.
#include "ApiClient.h"
#include "EventStream.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace ey::desk;

namespace {

/// Serves text/event-stream: each accepted connection gets the next script from the list, then
/// (when the script says so) the server closes the connection.
class SseServer : public QTcpServer
{
public:
    struct Script
    {
        QList<QByteArray> chunks;
        bool closeAfter = true;
        int status = 200;
    };

    QList<Script> scripts;
    QList<QHash<QByteArray, QByteArray>> requestHeaders;
    QList<QTcpSocket*> open;

    SseServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket,
                        [this, socket] { onRequest(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void onRequest(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray& line : buffer.left(end).split('\n').mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        m_buffers.remove(socket);
        requestHeaders << headers;
        const Script script = scripts.isEmpty() ? Script{{}, false, 200} : scripts.takeFirst();
        if (script.status != 200) {
            const QByteArray body =
                R"({"title":"Tidak masuk","status":401,"detail":"Sesi Anda berakhir."})";
            socket->write("HTTP/1.1 " + QByteArray::number(script.status) +
                          " X\r\nContent-Type: application/problem+json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
            return;
        }
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
            "Connection: close\r\n\r\n");
        for (const QByteArray& chunk : script.chunks) {
            socket->write(chunk);
            socket->flush();
        }
        if (script.closeAfter)
            socket->disconnectFromHost();
        else
            open << socket;
    }

    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestDeskEventStream : public QObject
{
    Q_OBJECT

private slots:
    void parsesEventsAndReconnectsWithLastEventId()
    {
        SseServer server;
        server.scripts << SseServer::Script{
            {": ping\n\n",
             "id: 1\nevent: notification\ndata: {\"id\":\"n1\",\"title\":\"Tiket baru\"}\n\n",
             // CRLF line ends, a data field split over two lines and two chunks
             "id: 2\r\nevent: ticket.updated\r\ndata: {\"ticket_id\":\r\n",
             "data: \"t-9\"}\r\n\r\n", "event: ignored-without-data\n\n"},
            true};
        server.scripts << SseServer::Script{
            {"id: 3\nevent: branding.updated\ndata: {\"version\":4}\n\n"}, false};
        QVERIFY(server.listen(QHostAddress::LocalHost));

        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        api.setToken(QStringLiteral("token-abc"));
        EventStream stream(api);
        stream.setBackoff(50, 200);
        QSignalSpy events(&stream, &EventStream::eventReceived);
        QSignalSpy connected(&stream, &EventStream::connectedChanged);
        stream.start();

        QTRY_COMPARE(events.count(), 3);
        QCOMPARE(events[0][0].toString(), QStringLiteral("notification"));
        QCOMPARE(events[0][1].toJsonObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Tiket baru"));
        QCOMPARE(events[1][0].toString(), QStringLiteral("ticket.updated"));
        QCOMPARE(events[1][1].toJsonObject().value(QStringLiteral("ticket_id")).toString(),
                 QStringLiteral("t-9"));
        QCOMPARE(events[2][0].toString(), QStringLiteral("branding.updated"));
        QCOMPARE(events[2][1].toJsonObject().value(QStringLiteral("version")).toInt(), 4);
        QCOMPARE(stream.lastEventId(), QStringLiteral("3"));

        QCOMPARE(server.requestHeaders.size(), 2);
        QCOMPARE(server.requestHeaders[0].value("authorization"), QByteArray("Bearer token-abc"));
        QCOMPARE(server.requestHeaders[0].value("accept"), QByteArray("text/event-stream"));
        QVERIFY(!server.requestHeaders[0].contains("last-event-id"));
        QCOMPARE(server.requestHeaders[1].value("last-event-id"), QByteArray("2"));
        QVERIFY(stream.isConnected());
        // connected, dropped, connected again
        QCOMPARE(connected.count(), 3);

        stream.stop();
        QVERIFY(!stream.isConnected());
    }

    void refusedStreamStopsReconnecting()
    {
        SseServer server;
        server.scripts << SseServer::Script{{}, true, 401};
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        EventStream stream(api);
        stream.setBackoff(20, 40);
        QSignalSpy refused(&stream, &EventStream::refused);
        stream.start();
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().value<ApiError>().detail,
                 QStringLiteral("Sesi Anda berakhir."));
        // Several backoff periods later there has still been only the one attempt.
        QTest::qWait(200);
        QCOMPARE(server.requestHeaders.size(), 1);
    }

    void silentConnectionIsReplaced()
    {
        SseServer server;
        server.scripts << SseServer::Script{{"id: 5\nevent: notification\ndata: {}\n\n"}, false};
        server.scripts << SseServer::Script{{}, false};
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        EventStream stream(api);
        stream.setBackoff(20, 40);
        stream.setSilenceTimeoutMs(300);
        stream.start();
        QTRY_COMPARE(server.requestHeaders.size(), 2);
        QCOMPARE(server.requestHeaders[1].value("last-event-id"), QByteArray("5"));
    }
};

QTEST_GUILESS_MAIN(TestDeskEventStream)
#include "TestDeskEventStream.moc"
