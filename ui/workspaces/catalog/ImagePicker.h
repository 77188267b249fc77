// One catalog picture (plan logo/banner, product cover): shows the current image and uploads a new
// one.
#pragma once

#include "ApiError.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QNetworkReply;
class QPushButton;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::catalog {

/// UI thread. The upload route is known only once the item exists: before that the picker says
/// to save first. Uploading PUTs the file's bytes (the server checks the type by content).
class ImagePicker : public QWidget
{
    Q_OBJECT

public:
    ImagePicker(ApiClient& api, QSize previewSize, QWidget* parent = nullptr);

    /// The PUT route for this item's image; empty while the item is not saved yet.
    void setUploadPath(const QString& path);
    /// "/media/catalog/{key}" (or an empty string: no image yet).
    void showImage(const QString& url);
    void setReadOnly(bool readOnly);
    /// Reads and uploads `file` (what the file dialog calls; tests call it directly).
    void uploadFile(const QString& file);
    bool hasImage() const { return m_hasImage; }
    QString imageUrl() const { return m_url; }
    void retranslate();

signals:
    /// The server stored the new image under `key`.
    void uploaded(const QString& key);
    void imageShown();
    void failed(const ey::desk::ApiError& error);

private:
    void choose();
    void setMessage(const QString& text, bool error);

    ApiClient& m_api;
    QSize m_previewSize;
    QString m_uploadPath;
    QString m_url;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_choose = nullptr;
    QPointer<QNetworkReply> m_upload;
    bool m_hasImage = false;
    bool m_readOnly = false;
    int m_generation = 0;
};

} // namespace ey::desk::catalog
