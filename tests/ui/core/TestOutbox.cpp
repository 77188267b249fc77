// Outbox: a POST while the server is down waits in SQLite and is replayed once, in order, with its
// key.
#include "ApiClient.h"
#include "Outbox.h"

#include "LoopbackHttpServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ey::desk;
using ey::desk::test::CannedResponse;
using ey::desk::test::LoopbackHttpServer;
using ey::desk::test::RecordedRequest;

namespace {

/// A server that applies each Idempotency-Key once (like the real one) and counts every arrival.
struct IdempotentEndpoint
{
    QHash<QByteArray, int> arrivalsByKey;
    QList<int> appliedNumbers;

    CannedResponse handle(const RecordedRequest& request)
    {
        const QByteArray key = request.headers.value("idempotency-key");
        const int arrivals = ++arrivalsByKey[key];
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("bad")).toBool())
            return {
                422,
                R"({"type":"about:blank","title":"Tidak valid","status":422,"detail":"Isi tidak valid."})",
                "application/problem+json"};
        if (arrivals == 1)
            appliedNumbers << body.value(QStringLiteral("n")).toInt();
        return {201, R"({"ok":true})"};
    }
};

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    OutboxResult submitAndWait(Outbox& outbox, const QJsonObject& body)
    {
        std::optional<OutboxResult> result;
        outbox.submit("POST", QStringLiteral("/api/v1/things"), body, this,
                      [&result](const OutboxResult& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result.value_or(OutboxResult{});
    }

private slots:
    void writesWhileDownAreReplayedOnceInOrder()
    {
        const quint16 port = closedPort();
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const QString file = m_dir.filePath(QStringLiteral("order.sqlite"));
        Outbox outbox(api, file);
        QVERIFY2(outbox.isOpen(), qPrintable(outbox.openError()));
        outbox.setAccount(QStringLiteral("ayu@server"));
        outbox.setRetryIntervalMs(100);
        QSignalSpy pendingChanged(&outbox, &Outbox::pendingChanged);

        const auto first = submitAndWait(outbox, {{QStringLiteral("n"), 1}});
        QCOMPARE(first.outcome, OutboxResult::Outcome::Queued);
        QVERIFY(first.error.isNetworkError());
        const auto second = submitAndWait(outbox, {{QStringLiteral("n"), 2}});
        QCOMPARE(second.outcome, OutboxResult::Outcome::Queued);
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(pendingChanged.last().first().toInt(), 2);

        // What is waiting is really in the SQLite file, with its key.
        const QList<OutboxEntry> waiting = outbox.pending();
        QCOMPARE(waiting.size(), 2);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(QStringLiteral("SELECT idempotency_key, body FROM outbox ORDER BY seq"),
                            db);
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), waiting[0].idempotencyKey);
            QCOMPARE(query.value(1).toString(), QStringLiteral(R"({"n":1})"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));

        IdempotentEndpoint endpoint;
        LoopbackHttpServer server(
            [&endpoint](const RecordedRequest& r) { return endpoint.handle(r); });
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE(outbox.pendingCount(), 0);
        QCOMPARE(pendingChanged.last().first().toInt(), 0);
        QCOMPARE(endpoint.appliedNumbers, (QList<int>{1, 2}));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(endpoint.arrivalsByKey.value(waiting[0].idempotencyKey.toUtf8()), 1);
        QCOMPARE(endpoint.arrivalsByKey.value(waiting[1].idempotencyKey.toUtf8()), 1);
        QCOMPARE(server.requests[0].headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(server.requests[0].path, QByteArray("/api/v1/things"));

        // With the server up, a new write goes straight through and is not queued.
        const auto third = submitAndWait(outbox, {{QStringLiteral("n"), 3}});
        QCOMPARE(third.outcome, OutboxResult::Outcome::Sent);
        QCOMPARE(third.response.status, 201);
        QCOMPARE(endpoint.appliedNumbers, (QList<int>{1, 2, 3}));
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void queueSurvivesRestart()
    {
        const quint16 port = closedPort();
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const QString file = m_dir.filePath(QStringLiteral("restart.sqlite"));
        QString key;
        {
            Outbox outbox(api, file);
            outbox.setAccount(QStringLiteral("ayu@server"));
            QCOMPARE(submitAndWait(outbox, {{QStringLiteral("n"), 7}}).outcome,
                     OutboxResult::Outcome::Queued);
            key = outbox.pending().first().idempotencyKey;
        }
        IdempotentEndpoint endpoint;
        LoopbackHttpServer server(
            [&endpoint](const RecordedRequest& r) { return endpoint.handle(r); });
        QVERIFY(server.listen(QHostAddress::LocalHost, port));

        Outbox reopened(api, file);
        reopened.setRetryIntervalMs(100);
        reopened.setAccount(QStringLiteral("someone-else@server"));
        QCOMPARE(reopened.pendingCount(),
                 0); // another account's writes are not sent with this token
        QSignalSpy replayed(&reopened, &Outbox::entryReplayed);
        reopened.setAccount(QStringLiteral("ayu@server"));
        QTRY_COMPARE(replayed.count(), 1);
        QCOMPARE(reopened.pendingCount(), 0);
        QCOMPARE(endpoint.arrivalsByKey.value(key.toUtf8()), 1);
        QCOMPARE(endpoint.appliedNumbers, (QList<int>{7}));
    }

    void rejectedReplayIsDroppedAndReported()
    {
        const quint16 port = closedPort();
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        Outbox outbox(api, m_dir.filePath(QStringLiteral("reject.sqlite")));
        outbox.setAccount(QStringLiteral("ayu@server"));
        outbox.setRetryIntervalMs(100);
        QSignalSpy rejected(&outbox, &Outbox::entryRejected);
        QSignalSpy replayed(&outbox, &Outbox::entryReplayed);
        submitAndWait(outbox, {{QStringLiteral("bad"), true}});
        submitAndWait(outbox, {{QStringLiteral("n"), 9}});
        QCOMPARE(outbox.pendingCount(), 2);

        IdempotentEndpoint endpoint;
        LoopbackHttpServer server(
            [&endpoint](const RecordedRequest& r) { return endpoint.handle(r); });
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE(outbox.pendingCount(), 0);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(1).value<ApiError>().detail,
                 QStringLiteral("Isi tidak valid."));
        QCOMPARE(replayed.count(), 1);
        QCOMPARE(endpoint.appliedNumbers, (QList<int>{9}));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
