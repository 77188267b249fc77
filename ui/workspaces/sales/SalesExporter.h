// Downloads the sales CSV export for the current filters into a file, streaming, cancellable.
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

namespace ey::desk::sales {

/// UI thread. Writes through QSaveFile, so the target appears only when the whole export arrived;
/// a cancel or an error leaves no partial file behind.
class SalesExporter : public QObject
{
    Q_OBJECT

public:
    explicit SalesExporter(ApiClient& api, QObject* parent = nullptr);
    ~SalesExporter() override;

    /// False (and failed() emitted) when the file cannot be opened.
    bool start(const QString& filePath, const QUrlQuery& filter);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    /// Bytes written so far and the rows they hold (the header row not counted).
    void progressed(qint64 bytes, qint64 rows);
    void finished(const QString& filePath, qint64 rows);
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
    qint64 m_lines = 0;
    bool m_cancelled = false;
};

} // namespace ey::desk::sales
