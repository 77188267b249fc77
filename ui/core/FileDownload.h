// One server download streamed straight into a local file (exports, reports, archives), with
// progress and cancel: the one copy every workspace's export uses.
#pragma once

#include "ApiClient.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QNetworkReply;
class QSaveFile;

namespace ey::desk {

/// UI thread. The answer of a request is written chunk by chunk into a QSaveFile as it arrives
/// (never whole in memory); the file appears at the target only when the whole body arrived and
/// the completion check (if any) agreed. Cancel, a failed request, a broken stream or a full disk
/// leave no partial file behind. Exactly one of finished, failed or cancelled ends a download;
/// the object can start another one after that.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    /// Looks at the written body just before it is kept; an empty answer keeps it, a message
    /// fails the download with that message (e.g. an archive the server cut short).
    using CompletionCheck = std::function<QString()>;

    explicit FileDownload(ApiClient& api, QObject* parent = nullptr);
    ~FileDownload() override;

    /// Sends `request` (GET, or POST with a body) and writes a 2xx answer into `filePath`. A
    /// request without timeoutMs gets ten minutes per stall (a long export keeps moving). False
    /// (and failed() emitted) when the file cannot be opened or a download is already running.
    bool start(ApiRequest request, const QString& filePath);
    void cancel();
    void setCompletionCheck(CompletionCheck check) { m_check = std::move(check); }

    bool isRunning() const { return m_running; }
    qint64 bytesWritten() const { return m_bytes; }
    QString filePath() const { return m_path; }

signals:
    /// Bytes written so far and, when the server said, the total (-1 unknown).
    void progressed(qint64 bytes, qint64 total);
    /// The chunk just written, for callers that count what it holds (rows, archive entries).
    void written(const QByteArray& chunk);
    void finished(const QString& filePath, qint64 bytes);
    /// `message` is for a person: the server's problem detail, or what went wrong on this side.
    void failed(const QString& message);
    void cancelled();

private:
    void onReadyRead();
    bool write(const QByteArray& chunk);
    void succeed(const QByteArray& rest);
    void fail(const QString& message);
    void end();

    ApiClient& m_api;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    CompletionCheck m_check;
    QString m_path;
    qint64 m_bytes = 0;
    qint64 m_total = -1;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace ey::desk
