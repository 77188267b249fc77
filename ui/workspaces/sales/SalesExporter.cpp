// SalesExporter: the sales CSV through FileDownload, with its rows counted on the way.
#include "SalesExporter.h"

#include "ApiClient.h"
#include "FileDownload.h"

namespace ey::desk::sales {

SalesExporter::SalesExporter(ApiClient& api, QObject* parent)
    : QObject(parent), m_download(new FileDownload(api, this))
{
    connect(m_download, &FileDownload::written, this, [this](const QByteArray& chunk) {
        m_lines += chunk.count("\r\n"); // records end in CRLF; line breaks inside names are bare LF
    });
    connect(m_download, &FileDownload::progressed, this,
            [this](qint64 bytes, qint64) { emit progressed(bytes, rows()); });
    connect(m_download, &FileDownload::finished, this,
            [this](const QString& filePath, qint64) { emit finished(filePath, rows()); });
    connect(m_download, &FileDownload::failed, this, &SalesExporter::failed);
    connect(m_download, &FileDownload::cancelled, this, &SalesExporter::cancelled);
}

bool SalesExporter::start(const QString& filePath, const QUrlQuery& filter)
{
    if (m_download->isRunning())
        return false;
    m_lines = 0;
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/admin/sales/export.csv");
    request.query = filter;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")});
    return m_download->start(request, filePath);
}

void SalesExporter::cancel()
{
    m_download->cancel();
}

bool SalesExporter::isRunning() const
{
    return m_download->isRunning();
}

} // namespace ey::desk::sales
