// CsvDownload: a finance CSV export through FileDownload with its progress dialog.
#include "CsvDownload.h"

#include "ApiClient.h"
#include "DownloadProgress.h"
#include "FileDownload.h"

#include <QWidget>

namespace ey::desk::finance {

CsvDownload::CsvDownload(ApiClient& api, QWidget* dialogParent)
    : QObject(dialogParent), m_download(new FileDownload(api, this))
{
    // Queued: a file that cannot be written fails inside start(), before the caller connected.
    connect(
        m_download, &FileDownload::finished, this,
        [this](const QString& filePath) {
            emit finished(filePath);
            deleteLater();
        },
        Qt::QueuedConnection);
    connect(
        m_download, &FileDownload::failed, this,
        [this](const QString& message) {
            emit failed(message);
            deleteLater();
        },
        Qt::QueuedConnection);
    connect(
        m_download, &FileDownload::cancelled, this,
        [this] {
            emit cancelled();
            deleteLater();
        },
        Qt::QueuedConnection);
}

CsvDownload* CsvDownload::start(ApiClient& api, const QString& path, QUrlQuery query,
                                const QString& filePath, QWidget* dialogParent)
{
    auto* download = new CsvDownload(api, dialogParent);
    download->run(path, std::move(query), filePath);
    return download;
}

void CsvDownload::run(const QString& path, QUrlQuery query, const QString& filePath)
{
    new DownloadProgress(*m_download, tr("Ekspor CSV"), tr("Mengunduh ekspor CSV\u2026"),
                         qobject_cast<QWidget*>(parent()));
    query.removeAllQueryItems(QStringLiteral("format"));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    ApiRequest request;
    request.path = path;
    request.query = query;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")});
    m_download->start(request, filePath);
}

qint64 CsvDownload::bytesWritten() const
{
    return m_download->bytesWritten();
}

void CsvDownload::cancel()
{
    m_download->cancel();
}

} // namespace ey::desk::finance
