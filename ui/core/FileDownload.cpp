// FileDownload: request, stream to file, progress, cancel, keep or discard.
#include "FileDownload.h"

#include <QNetworkReply>
#include <QSaveFile>

namespace ey::desk {

namespace {

// A long export keeps moving; Qt's transfer timeout counts from the last byte, not the start.
constexpr int kStallTimeoutMs = 10 * 60 * 1000;

} // namespace

FileDownload::FileDownload(ApiClient& api, QObject* parent) : QObject(parent), m_api(api) {}

FileDownload::~FileDownload()
{
    ++m_generation; // a late answer finds nothing to report to
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_file)
        m_file->cancelWriting(); // an unfinished download never replaces what is at the target
}

bool FileDownload::start(ApiRequest request, const QString& filePath)
{
    if (m_running)
        return false;
    m_path = filePath;
    m_bytes = 0;
    m_total = -1;
    m_file = std::make_unique<QSaveFile>(filePath);
    // Written to a temporary file in the target's folder; renamed onto the target at commit().
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = m_file->errorString();
        m_file.reset();
        emit failed(
            tr("Berkas %1 tidak bisa ditulis: %2. Pilih folder lain.").arg(filePath, error));
        return false;
    }
    if (request.timeoutMs <= 0)
        request.timeoutMs = kStallTimeoutMs;
    m_running = true;
    const int generation = ++m_generation;
    m_reply = m_api.send(
        request, this,
        [this, generation](const ApiResponse& response) {
            if (generation == m_generation)
                succeed(response.body);
        },
        [this, generation](const ApiError& error) {
            if (generation == m_generation)
                fail(error.detail.isEmpty() ? error.title : error.detail);
        });
    connect(m_reply, &QNetworkReply::readyRead, this, &FileDownload::onReadyRead);
    return true;
}

void FileDownload::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // the aborted reply's answer is not reported
    if (m_reply)
        m_reply->abort();
    m_file->cancelWriting();
    end();
    emit cancelled();
}

void FileDownload::onReadyRead()
{
    // Only a 2xx answer is the file; an error's problem+json stays for ApiClient to read.
    if (!m_running || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_total = length.isValid() ? length.toLongLong() : -1;
    write(m_reply->readAll());
}

bool FileDownload::write(const QByteArray& chunk)
{
    if (chunk.isEmpty())
        return true;
    if (m_file->write(chunk) != chunk.size()) {
        fail(tr("Berkas %1 tidak bisa ditulis (disk penuh?): %2. Unduhan dihentikan.")
                 .arg(m_path, m_file->errorString()));
        return false;
    }
    m_bytes += chunk.size();
    const int generation = m_generation;
    emit written(chunk);
    if (generation != m_generation) // a slot cancelled it
        return false;
    emit progressed(m_bytes, m_total);
    return generation == m_generation;
}

void FileDownload::succeed(const QByteArray& rest)
{
    if (!m_running)
        return;
    // A reply that broke off after its 200 (timeout, connection lost) also ends "successfully":
    // what arrived is not the whole file.
    if (m_reply && m_reply->error() != QNetworkReply::NoError) {
        fail(tr("Unduhan terputus setelah %1 byte: %2. Coba lagi.")
                 .arg(m_bytes)
                 .arg(m_reply->errorString()));
        return;
    }
    // ApiClient read what came with the last packet: that is the end of the file.
    if (!write(rest))
        return;
    if (m_check) {
        const QString problem = m_check();
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
    }
    if (!m_file->commit()) {
        const QString error = m_file->errorString();
        m_file.reset();
        fail(tr("Berkas %1 tidak bisa disimpan: %2. Pilih folder lain.").arg(m_path, error));
        return;
    }
    const qint64 bytes = m_bytes;
    end();
    emit finished(m_path, bytes);
}

void FileDownload::fail(const QString& message)
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_reply)
        m_reply->abort();
    if (m_file)
        m_file->cancelWriting();
    end();
    emit failed(message);
}

void FileDownload::end()
{
    m_running = false;
    m_file.reset();
    if (m_reply)
        disconnect(m_reply, nullptr, this, nullptr);
    m_reply = nullptr;
}

} // namespace ey::desk
