// DownloadProgress: a QProgressDialog wired to a FileDownload.
#include "DownloadProgress.h"

#include "FileDownload.h"

#include <QLocale>

namespace ey::desk {

DownloadProgress::DownloadProgress(FileDownload& download, const QString& title,
                                   const QString& text, QWidget* parent)
    : QProgressDialog(text, tr("Batal"), 0, 0, parent), m_text(text)
{
    setObjectName(QStringLiteral("downloadProgress"));
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    connect(this, &QProgressDialog::canceled, &download, &FileDownload::cancel);
    connect(&download, &FileDownload::progressed, this, &DownloadProgress::onProgress);
    connect(&download, &FileDownload::finished, this, &DownloadProgress::done);
    connect(&download, &FileDownload::failed, this, &DownloadProgress::done);
    connect(&download, &FileDownload::cancelled, this, &DownloadProgress::done);
}

void DownloadProgress::onProgress(qint64 bytes, qint64 total)
{
    if (total > 0) {
        setMaximum(100);
        setValue(static_cast<int>(qMin<qint64>(100, bytes * 100 / total)));
    }
    setLabelText(m_label ? m_label(bytes, total)
                         : tr("%1 %2 diterima")
                               .arg(m_text, QLocale().formattedDataSize(
                                                bytes, 1, QLocale::DataSizeTraditionalFormat)));
}

void DownloadProgress::done()
{
    // Closing a progress dialog emits canceled(); the download is over by now.
    disconnect(this, &QProgressDialog::canceled, nullptr, nullptr);
    hide();
    deleteLater();
}

} // namespace ey::desk
