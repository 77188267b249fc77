// One bulk report download: the server's ZIP streamed to disk with a count of finished reports.
#pragma once

#include <QObject>
#include <QStringList>

namespace ey::desk {
class ApiClient;
class FileDownload;
} // namespace ey::desk

namespace ey::desk::partner {

/// Counts the complete entries of a stored-entry ZIP as its bytes arrive. The server writes each
/// report's size into its local header (no data descriptors), so an entry is complete once its
/// header, name, extra field and that many bytes have passed; the central directory follows the
/// last entry. Pure; no Qt event loop involved.
class BulkZipCounter
{
public:
    /// Feeds the next bytes; returns how many entries completed with them.
    int feed(const QByteArray& bytes);
    int entries() const { return m_entries; }
    /// True once the central directory started: every entry the server meant to send was sent.
    bool reachedDirectory() const { return m_directory; }
    /// True when the bytes did not look like a ZIP from the first header on.
    bool malformed() const { return m_malformed; }

private:
    QByteArray m_header;
    qint64 m_skip = 0;
    int m_entries = 0;
    bool m_inEntry = false;
    bool m_directory = false;
    bool m_malformed = false;
};

/// UI thread. POST /api/v1/partner/clients/report.zip through FileDownload (streamed into a
/// QSaveFile next to the target, never whole in memory). The file appears at the target only when
/// the ZIP arrived complete (its central directory reached); cancel() or any failure leaves
/// nothing behind. Emits exactly one of finished, failed or cancelled. Deletes itself after that.
class BulkZipDownload : public QObject
{
    Q_OBJECT

public:
    BulkZipDownload(ApiClient& api, QStringList clientIds, QString partnerId, QString path,
                    QObject* parent = nullptr);

    void start();
    void cancel();
    int total() const { return static_cast<int>(m_clientIds.size()); }
    QString path() const { return m_path; }

signals:
    /// `done` reports of `total` are in the file so far.
    void progress(int done, int total);
    void finished(const QString& path, int reports);
    /// `message` is for a person (the server's problem detail when it sent one).
    void failed(const QString& message);
    void cancelled();

private:
    QStringList m_clientIds;
    QString m_partnerId;
    QString m_path;
    FileDownload* m_download = nullptr;
    BulkZipCounter m_counter;
};

} // namespace ey::desk::partner
