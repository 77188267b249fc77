// Downloads the sales CSV export for the current filters into a file, counting its rows.
#pragma once

#include <QObject>
#include <QUrlQuery>

#include <algorithm>

namespace ey::desk {
class ApiClient;
class FileDownload;
} // namespace ey::desk

namespace ey::desk::sales {

/// UI thread. The streaming, progress and cancel are FileDownload's (no partial file is ever
/// left behind); this adds the sales export's address and a running count of its rows.
class SalesExporter : public QObject
{
    Q_OBJECT

public:
    explicit SalesExporter(ApiClient& api, QObject* parent = nullptr);

    /// False (and failed() emitted) when the file cannot be opened.
    bool start(const QString& filePath, const QUrlQuery& filter);
    void cancel();
    bool isRunning() const;
    /// Rows written so far (the header row not counted).
    qint64 rows() const { return std::max<qint64>(0, m_lines - 1); }
    /// The download itself (for a progress dialog).
    FileDownload& download() const { return *m_download; }

signals:
    /// Bytes written so far and the rows they hold (the header row not counted).
    void progressed(qint64 bytes, qint64 rows);
    void finished(const QString& filePath, qint64 rows);
    void failed(const QString& message);
    void cancelled();

private:
    FileDownload* m_download = nullptr;
    qint64 m_lines = 0;
};

} // namespace ey::desk::sales
