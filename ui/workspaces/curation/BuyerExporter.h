// Downloads a file from the server into a local file, streaming and cancellable (exports, reports).
#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

class QSaveFile;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

/// UI thread. Writes through QSaveFile, so the target appears only when the whole body arrived; a
/// cancel or an error leaves no partial file behind.
class BuyerExporter : public QObject
{
    Q_OBJECT

public:
    explicit BuyerExporter(ApiClient& api, QObject* parent = nullptr);
    ~BuyerExporter() override;

    /// GET `path` with `query` into `filePath`. False (and failed() emitted) when the file cannot
    /// be opened or a download is already running.
    bool start(const QString& path, const QUrlQuery& query, const QString& filePath);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    /// Bytes written so far and, when the server said, the total (-1 unknown).
    void progressed(qint64 bytes, qint64 total);
    void finished(const QString& filePath, qint64 bytes);
    void failed(const QString& message);
    void cancelled();

private:
    void onReadyRead();
    void onFinished();

    ApiClient& m_api;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    QByteArray m_errorBody;
    qint64 m_bytes = 0;
    bool m_cancelled = false;
};

} // namespace ey::desk::curation
