// BulkZipDownload: the bulk report ZIP through FileDownload, its entries counted on the way.
#include "BulkZipDownload.h"

#include "ApiClient.h"
#include "FileDownload.h"

#include <QJsonArray>

namespace ey::desk::partner {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr int kLocalHeaderSize = 30;

quint32 read32(const QByteArray& bytes, int at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 |
           quint32(quint8(bytes[at + 2])) << 16 | quint32(quint8(bytes[at + 3])) << 24;
}

quint32 read16(const QByteArray& bytes, int at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8;
}

} // namespace

int BulkZipCounter::feed(const QByteArray& bytes)
{
    const int before = m_entries;
    qsizetype at = 0;
    while (at < bytes.size() && !m_directory && !m_malformed) {
        if (m_skip > 0) {
            const qint64 step = std::min<qint64>(m_skip, bytes.size() - at);
            m_skip -= step;
            at += step;
            if (m_skip == 0 && m_inEntry) {
                m_inEntry = false;
                ++m_entries;
            }
            continue;
        }
        // Collect the next header; it may arrive split across reads.
        const qsizetype need = (m_header.size() < 4 ? 4 : kLocalHeaderSize) - m_header.size();
        const qsizetype take = std::min<qsizetype>(need, bytes.size() - at);
        m_header.append(bytes.constData() + at, take);
        at += take;
        if (m_header.size() == 4) {
            const quint32 signature = read32(m_header, 0);
            if (signature == kCentralHeader || signature == kEndOfDirectory) {
                m_directory = true;
            } else if (signature != kLocalHeader) {
                m_malformed = true;
            }
            continue;
        }
        if (m_header.size() == kLocalHeaderSize) {
            const qint64 size = read32(m_header, 18);
            const qint64 names = read16(m_header, 26) + read16(m_header, 28);
            m_header.clear();
            m_skip = names + size;
            m_inEntry = true;
            if (m_skip == 0) {
                m_inEntry = false;
                ++m_entries;
            }
        }
    }
    return m_entries - before;
}

BulkZipDownload::BulkZipDownload(ApiClient& api, QStringList clientIds, QString partnerId,
                                 QString path, QObject* parent)
    : QObject(parent), m_clientIds(std::move(clientIds)), m_partnerId(std::move(partnerId)),
      m_path(std::move(path)), m_download(new FileDownload(api, this))
{
    connect(m_download, &FileDownload::written, this, [this](const QByteArray& chunk) {
        if (m_counter.feed(chunk) > 0)
            emit progress(m_counter.entries(), total());
    });
    // The server ends the stream early (no central directory) when a report fails or it stops;
    // such an archive looks fine until someone opens it, so it is not kept.
    m_download->setCompletionCheck([this]() -> QString {
        if (!m_counter.malformed() && m_counter.reachedDirectory())
            return {};
        return tr("Unduhan terputus setelah %1 dari %2 laporan. Coba lagi; laporan yang sudah "
                  "terunduh tidak ditagih lagi.")
            .arg(m_counter.entries())
            .arg(total());
    });
    connect(m_download, &FileDownload::finished, this, [this](const QString& file) {
        emit finished(file, m_counter.entries());
        deleteLater();
    });
    connect(m_download, &FileDownload::failed, this, [this](const QString& message) {
        emit failed(message);
        deleteLater();
    });
    connect(m_download, &FileDownload::cancelled, this, [this] {
        emit cancelled();
        deleteLater();
    });
}

void BulkZipDownload::start()
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/partner/clients/report.zip");
    if (!m_partnerId.isEmpty())
        request.query.addQueryItem(QStringLiteral("partner_id"), m_partnerId);
    QJsonObject body;
    body.insert(QStringLiteral("client_ids"), QJsonArray::fromStringList(m_clientIds));
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("Accept"),
                            QByteArrayLiteral("application/zip, application/problem+json")});
    // Each report is rendered while the archive streams; this is the longest quiet gap allowed.
    request.timeoutMs = 180000;
    emit progress(0, total());
    m_download->start(request, m_path);
}

void BulkZipDownload::cancel()
{
    m_download->cancel();
}

} // namespace ey::desk::partner
