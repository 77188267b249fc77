// One uploadable image (main logo, affiliate logo, favicon): its preview and its two buttons.
#pragma once

#include <QFrame>
#include <QPixmap>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ey::desk::branding {

/// UI thread. Shows what the server serves for one asset kind; the editor does the uploading and
/// deleting when pickRequested / deleteRequested fire.
class AssetCard : public QFrame
{
    Q_OBJECT

public:
    /// kind: "main" | "affiliate" | "favicon" (the server's path segment).
    AssetCard(const QString& kind, QWidget* parent = nullptr);

    QString kind() const { return m_kind; }
    /// A null pixmap shows "not uploaded yet".
    void setImage(const QPixmap& pixmap, bool uploaded);
    QPixmap image() const { return m_pixmap; }
    /// Busy disables both buttons; the upload bar shows only while busy.
    void setBusy(bool busy);
    /// Bytes of the file sent so far (QNetworkReply::uploadProgress).
    void setUploadProgress(qint64 sent, qint64 total);
    /// The server's problem detail, shown under the buttons; empty hides it.
    void setError(const QString& text);
    QString error() const;

signals:
    void pickRequested(const QString& kind);
    void deleteRequested(const QString& kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updatePreview();

    QString m_kind;
    QPixmap m_pixmap;
    bool m_uploaded = false;
    bool m_busy = false;
    QLabel* m_title;
    QLabel* m_note;
    QLabel* m_preview;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_pick;
    QPushButton* m_delete;
};

} // namespace ey::desk::branding
