// The progress dialog of one file download: shown for long downloads, "Batal" cancels, closes
// itself when the download ends.
#pragma once

#include <QProgressDialog>

#include <functional>

namespace ey::desk {

class FileDownload;

/// UI thread. Window-modal; appears only when the download takes longer than 300 ms (a quick
/// export finishes before a dialog would flash). The label reads "<text> 1,2 MB diterima" (with a
/// percentage bar when the server sent the size) unless setLabel() words each step itself. Closes
/// and deletes itself on finished, failed or cancelled; the caller shows the outcome.
class DownloadProgress : public QProgressDialog
{
    Q_OBJECT

public:
    using Label = std::function<QString(qint64 bytes, qint64 total)>;

    /// Create it before FileDownload::start(): a start that fails at once closes it again.
    DownloadProgress(FileDownload& download, const QString& title, const QString& text,
                     QWidget* parent);

    void setLabel(Label label) { m_label = std::move(label); }

private:
    void onProgress(qint64 bytes, qint64 total);
    void done();

    QString m_text;
    Label m_label;
};

} // namespace ey::desk
