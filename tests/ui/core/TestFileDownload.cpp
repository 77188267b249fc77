// FileDownload against a loopback server: the body lands in the file only when it arrived whole;
// a problem answer, a cancel, a failed completion check or an unwritable folder leave no file.
#include "FileDownload.h"

#include "LoopbackHttpServer.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ey::desk;

class TestFileDownload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static test::CannedResponse answer(int status, const QByteArray& body, const QByteArray& type)
    {
        test::CannedResponse response;
        response.status = status;
        response.body = body;
        response.contentType = type;
        return response;
    }

private slots:
    void bodyIsWrittenWhole()
    {
        const QByteArray csv = "invoice,amount\r\n" + QByteArray(200 * 1024, 'x') + "\r\n";
        test::LoopbackHttpServer server(
            [&](const test::RecordedRequest&) { return answer(200, csv, "text/csv"); });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        api.setToken(QStringLiteral("t-1"));
        FileDownload download(api);
        QSignalSpy finished(&download, &FileDownload::finished);
        QSignalSpy progressed(&download, &FileDownload::progressed);
        qint64 seen = 0;
        connect(&download, &FileDownload::written, this,
                [&seen](const QByteArray& chunk) { seen += chunk.size(); });
        const QString path = m_dir.filePath(QStringLiteral("export.csv"));
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/api/v1/x/export.csv");
        request.query.addQueryItem(QStringLiteral("status"), QStringLiteral("PAID"));
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("ids"), 3}});
        QVERIFY(download.start(request, path));
        QVERIFY(download.isRunning());
        QVERIFY(!download.start(request, path)); // one at a time
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toString(), path);
        QCOMPARE(finished.first().at(1).toLongLong(), qint64(csv.size()));
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).toLongLong(), qint64(csv.size()));
        QCOMPARE(seen, qint64(csv.size()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);
        // The request went as asked, with the session's token.
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().method, QByteArray("POST"));
        QCOMPARE(server.requests.first().path, QByteArray("/api/v1/x/export.csv?status=PAID"));
        QCOMPARE(server.requests.first().headers.value("authorization"), QByteArray("Bearer t-1"));
        QCOMPARE(server.requests.first().body, QByteArray("{\"ids\":3}"));
        QVERIFY(!download.isRunning());
    }

    void problemLeavesNoFile()
    {
        test::LoopbackHttpServer server([](const test::RecordedRequest&) {
            return answer(409,
                          "{\"type\":\"about:blank\",\"title\":\"Kuota\",\"status\":409,"
                          "\"detail\":\"Kuota laporan bulan ini habis.\",\"limit\":5}",
                          "application/problem+json");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        FileDownload download(api);
        QSignalSpy failed(&download, &FileDownload::failed);
        QSignalSpy finished(&download, &FileDownload::finished);
        const QString path = m_dir.filePath(QStringLiteral("quota.zip"));
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/x/report.zip");
        QVERIFY(download.start(request, path));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(),
                 QStringLiteral("Kuota laporan bulan ini habis."));
        QVERIFY(finished.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void completionCheckCanRefuse()
    {
        test::LoopbackHttpServer server([](const test::RecordedRequest&) {
            return answer(200, "PK\x03\x04 cut short", "application/zip");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        FileDownload download(api);
        download.setCompletionCheck([] { return QStringLiteral("Arsip terpotong."); });
        QSignalSpy failed(&download, &FileDownload::failed);
        const QString path = m_dir.filePath(QStringLiteral("cut.zip"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("earlier archive");
        previous.close();
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/x/report.zip");
        QVERIFY(download.start(request, path));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Arsip terpotong."));
        // What was at the target before stays as it was.
        QVERIFY(previous.open(QIODevice::ReadOnly));
        QCOMPARE(previous.readAll(), QByteArray("earlier archive"));
    }

    void cancelLeavesNoFile()
    {
        test::LoopbackHttpServer server([](const test::RecordedRequest&) {
            return answer(200, QByteArray(64 * 1024, 'y'), "text/csv");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
        FileDownload download(api);
        QSignalSpy cancelled(&download, &FileDownload::cancelled);
        QSignalSpy ended(&download, &FileDownload::finished);
        QSignalSpy failed(&download, &FileDownload::failed);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/x/export.csv");
        QVERIFY(download.start(request, path));
        download.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!download.isRunning());
        QTest::qWait(200); // the aborted reply's end is not reported
        QCOMPARE(ended.count() + failed.count(), 0);
        QVERIFY(!QFile::exists(path));

        // The same object downloads again afterwards.
        QVERIFY(download.start(request, path));
        QVERIFY(ended.wait(10000));
        QCOMPARE(QFileInfo(path).size(), qint64(64 * 1024));
    }

    void unwritableFolderFailsAtOnce()
    {
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
        FileDownload download(api);
        QSignalSpy failed(&download, &FileDownload::failed);
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/x/export.csv");
        QVERIFY(!download.start(request, m_dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("tidak bisa ditulis")));
        QVERIFY(!download.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestFileDownload)
#include "TestFileDownload.moc"
