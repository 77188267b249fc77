// CsvDownload: request, stream to file, progress and cancel.
#include "CsvDownload.h"

#include "ApiClient.h"

#include <QLocale>
#include <QNetworkReply>
#include <QProgressDialog>

namespace ey::desk::finance {

CsvDownload::CsvDownload(ApiClient& api, const QString& filePath, QWidget* dialogParent)
    : QObject(dialogParent), m_api(api), m_file(filePath)
{
}

CsvDownload* CsvDownload::start(ApiClient& api, const QString& path, QUrlQuery query,
                                const QString& filePath, QWidget* dialogParent)
{
    auto* download = new CsvDownload(api, filePath, dialogParent);
    download->run(path, std::move(query));
    return download;
}

void CsvDownload::run(const QString& path, QUrlQuery query)
{
    m_progress = new QProgressDialog(tr("Mengunduh ekspor CSV…"), tr("Batal"), 0, 0,
                                     qobject_cast<QWidget*>(parent()));
    m_progress->setObjectName(QStringLiteral("csvProgress"));
    m_progress->setWindowTitle(tr("Ekspor CSV"));
    m_progress->setMinimumDuration(300); // quick exports finish before a dialog would flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &CsvDownload::cancel);

    if (!m_file.open(QIODevice::WriteOnly)) {
        const QString message =
            tr("Berkas %1 tidak bisa ditulis: %2").arg(m_file.fileName(), m_file.errorString());
        QMetaObject::invokeMethod(
            this, [this, message] { onDone(false, message); }, Qt::QueuedConnection);
        return;
    }
    query.removeAllQueryItems(QStringLiteral("format"));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    ApiRequest request;
    request.path = path;
    request.query = query;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/csv")});
    request.timeoutMs =
        10 * 60 * 1000; // a long export still moves; the transfer timeout is per stall
    m_reply = m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            // ApiClient read what came with the last packet: that is the end of the file.
            write(response.body);
            onDone(!m_writeFailed, {});
        },
        [this](const ApiError& error) { onDone(false, error.detail); });
    connect(m_reply, &QNetworkReply::readyRead, this, &CsvDownload::onReadyRead);
}

void CsvDownload::onReadyRead()
{
    // Only a successful answer is the file; an error's problem+json stays for ApiClient to read.
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    write(m_reply->readAll());
}

void CsvDownload::write(const QByteArray& chunk)
{
    if (chunk.isEmpty() || m_writeFailed)
        return;
    if (m_file.write(chunk) != chunk.size()) {
        m_writeFailed = true;
        if (m_reply)
            m_reply->abort();
        return;
    }
    m_bytes += chunk.size();
    if (m_progress)
        m_progress->setLabelText(
            tr("Mengunduh ekspor CSV… %1 diterima").arg(QLocale().formattedDataSize(m_bytes)));
}

void CsvDownload::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void CsvDownload::onDone(bool ok, const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_progress) {
        // Closing a progress dialog emits canceled(); the download is over by now.
        disconnect(m_progress, nullptr, this, nullptr);
        m_progress->close();
    }
    if (m_cancelled && !m_writeFailed) {
        m_file.cancelWriting();
        emit cancelled();
    } else if (ok && m_file.commit()) {
        emit finished(m_file.fileName());
    } else {
        const QString message = ok || m_writeFailed
                                    ? tr("Berkas %1 tidak bisa disimpan: %2")
                                          .arg(m_file.fileName(), m_file.errorString())
                                    : error;
        m_file.cancelWriting();
        emit failed(message);
    }
    if (m_progress)
        m_progress->deleteLater();
    deleteLater();
}

} // namespace ey::desk::finance
