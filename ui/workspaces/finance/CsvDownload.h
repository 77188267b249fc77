// Saves a CSV export from the server to a file with a cancellable progress dialog.
#pragma once

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QUrlQuery>

#include <memory>

class QNetworkReply;
class QProgressDialog;
class QWidget;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::finance {

/// UI thread. Streams the answer of `path?format=csv` straight into the file as it arrives (the
/// server streams too), so exports of any size never sit in memory. The file only appears once
/// everything arrived (QSaveFile); cancel or a failure leaves nothing behind. Deletes itself.
class CsvDownload : public QObject
{
    Q_OBJECT

public:
    static CsvDownload* start(ApiClient& api, const QString& path, QUrlQuery query,
                              const QString& filePath, QWidget* dialogParent);

    qint64 bytesWritten() const { return m_bytes; }
    void cancel();

signals:
    void finished(const QString& filePath);
    void failed(const QString& message);
    void cancelled();

private:
    CsvDownload(ApiClient& api, const QString& filePath, QWidget* dialogParent);
    void run(const QString& path, QUrlQuery query);
    void onReadyRead();
    void write(const QByteArray& chunk);
    void onDone(bool ok, const QString& error);

    ApiClient& m_api;
    QSaveFile m_file;
    QPointer<QNetworkReply> m_reply;
    QPointer<QProgressDialog> m_progress;
    qint64 m_bytes = 0;
    bool m_cancelled = false;
    bool m_writeFailed = false;
    bool m_done = false;
};

} // namespace ey::desk::finance
