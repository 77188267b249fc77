// Saves a CSV export from the server to a file with a cancellable progress dialog.
#pragma once

#include <QObject>
#include <QUrlQuery>

class QWidget;

namespace ey::desk {
class ApiClient;
class FileDownload;
} // namespace ey::desk

namespace ey::desk::finance {

/// UI thread. `path?format=csv` through FileDownload (streamed into the file as it arrives, the
/// file only appears once everything arrived; cancel or a failure leaves nothing behind) with a
/// DownloadProgress dialog. Deletes itself once the download ended.
class CsvDownload : public QObject
{
    Q_OBJECT

public:
    static CsvDownload* start(ApiClient& api, const QString& path, QUrlQuery query,
                              const QString& filePath, QWidget* dialogParent);

    qint64 bytesWritten() const;
    void cancel();

signals:
    void finished(const QString& filePath);
    void failed(const QString& message);
    void cancelled();

private:
    CsvDownload(ApiClient& api, QWidget* dialogParent);
    void run(const QString& path, QUrlQuery query, const QString& filePath);

    FileDownload* m_download = nullptr;
};

} // namespace ey::desk::finance
