// BuyerExporter: the streamed download.
#include "BuyerExporter.h"

#include "ApiClient.h"
#include "ApiError.h"

#include <QSaveFile>

namespace ey::desk::curation {

BuyerExporter::BuyerExporter(ApiClient& api, QObject* parent) : QObject(parent), m_api(api) {}

BuyerExporter::~BuyerExporter()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool BuyerExporter::start(const QString& path, const QUrlQuery& query, const QString& filePath)
{
    if (m_reply)
        return false;
    m_path = filePath;
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        emit failed(tr("Berkas %1 tidak bisa ditulis: %2").arg(filePath, m_file->errorString()));
        m_file.reset();
        return false;
    }
    m_bytes = 0;
    m_cancelled = false;
    m_errorBody.clear();
    QNetworkRequest request = m_api.networkRequest(path, query);
    // A whole directory can take a while: no transfer timeout, the user can cancel.
    request.setTransferTimeout(0);
    m_reply = m_api.transport().send(request, "GET", {});
    connect(m_reply, &QNetworkReply::readyRead, this, &BuyerExporter::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BuyerExporter::onFinished);
    return true;
}

void BuyerExporter::cancel()
{
    if (!m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // finished() follows and discards the file
}

void BuyerExporter::onReadyRead()
{
    if (!m_reply)
        return;
    const QByteArray chunk = m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_errorBody += chunk; // a problem+json body, shown when the request ends
        return;
    }
    m_file->write(chunk);
    m_bytes += chunk.size();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    emit progressed(m_bytes, length.isValid() ? length.toLongLong() : -1);
}

void BuyerExporter::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    if (!m_cancelled && reply->isOpen())
        onReadyRead(); // whatever arrived with the end of the body
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        m_file->cancelWriting();
        m_file.reset();
        emit cancelled();
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        m_file->cancelWriting();
        m_file.reset();
        emit failed(ApiError::fromReply(reply, m_errorBody).detail);
        return;
    }
    if (!m_file->commit()) {
        const QString error = m_file->errorString();
        m_file.reset();
        emit failed(tr("Berkas %1 tidak bisa disimpan: %2").arg(m_path, error));
        return;
    }
    m_file.reset();
    emit finished(m_path, m_bytes);
}

} // namespace ey::desk::curation
