// BulkZipDownload: streaming the bulk report ZIP to disk and counting its entries on the way.
#include "BulkZipDownload.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSaveFile>

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
    : QObject(parent), m_api(api), m_clientIds(std::move(clientIds)),
      m_partnerId(std::move(partnerId)), m_path(std::move(path))
{
}

BulkZipDownload::~BulkZipDownload()
{
    if (m_reply)
        m_reply->abort();
    if (m_file)
        m_file->cancelWriting(); // an unfinished archive never replaces what is at the target
}

void BulkZipDownload::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    // Written to a temporary file in the target's folder; renamed onto the target at commit().
    if (!m_file->open(QIODevice::WriteOnly)) {
        fail(tr("Berkas tidak dapat dibuat di %1. Pilih folder lain.").arg(m_path));
        return;
    }
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
    m_reply = m_api.send(
        request, this, [this](const ApiResponse& response) { complete(response.body); },
        [this](const ApiError& error) {
            if (m_done) // cancelled, or already reported
                return;
            fail(error.detail.isEmpty() ? error.title : error.detail);
        });
    connect(m_reply, &QNetworkReply::readyRead, this, &BulkZipDownload::readAvailable);
}

void BulkZipDownload::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    if (m_reply)
        m_reply->abort();
    emit cancelled();
    deleteLater();
}

void BulkZipDownload::readAvailable()
{
    // A 409 (quota) or 422 arrives as problem+json: left for ApiClient to read and report.
    if (m_done || !m_reply ||
        m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;
    write(m_reply->readAll());
}

bool BulkZipDownload::write(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return true;
    if (!m_file || m_file->write(bytes) != bytes.size()) {
        fail(tr("Berkas %1 tidak dapat ditulis (disk penuh?). Unduhan dihentikan.").arg(m_path));
        return false;
    }
    if (m_counter.feed(bytes) > 0)
        emit progress(m_counter.entries(), total());
    return true;
}

void BulkZipDownload::complete(const QByteArray& rest)
{
    if (m_done || !write(rest) || m_done) // a slot on progress may have cancelled it
        return;
    // The server ends the stream early (no central directory) when a report fails or it stops;
    // such an archive looks fine until someone opens it, so it is not kept.
    if (m_counter.malformed() || !m_counter.reachedDirectory()) {
        fail(tr("Unduhan terputus setelah %1 dari %2 laporan. Coba lagi; laporan yang sudah "
                "terunduh tidak ditagih lagi.")
                 .arg(m_counter.entries())
                 .arg(total()));
        return;
    }
    if (!m_file->commit()) {
        m_file.reset();
        fail(tr("Berkas %1 tidak dapat disimpan. Pilih folder lain.").arg(m_path));
        return;
    }
    m_file.reset();
    m_done = true;
    emit finished(m_path, m_counter.entries());
    deleteLater();
}

void BulkZipDownload::fail(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    if (m_reply)
        m_reply->abort();
    emit failed(message);
    deleteLater();
}

} // namespace ey::desk::partner
