// A product's gallery (up to 8 pictures): thumbnails in order, add, remove, reorder by drag or
// buttons.
#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::catalog {

/// UI thread. Every change goes straight to the server's gallery routes (they are separate from
/// the product form), and the strip shows the order the server answered.
class GalleryStrip : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxImages = 8;

    explicit GalleryStrip(ApiClient& api, QWidget* parent = nullptr);

    /// The product whose gallery this is; empty id: a new product (save first).
    void setProduct(const QString& productId, const QJsonArray& gallery);
    void setReadOnly(bool readOnly);
    /// Uploads `file` as a new picture at the end (the add button's file dialog calls this).
    void addFile(const QString& file);
    void removeCurrent();
    /// Moves the selected picture by `delta` places and stores the order.
    void moveCurrent(int delta);
    QStringList imageIds() const;
    QListWidget* list() const { return m_list; }
    void retranslate();

signals:
    void galleryChanged(const QJsonArray& gallery);
    void failed(const ey::desk::ApiError& error);

private:
    void showGallery(const QJsonArray& gallery);
    void storeOrder();
    void updateButtons();
    void setMessage(const QString& text, bool error);
    QString base() const;

    ApiClient& m_api;
    QString m_productId;
    QListWidget* m_list = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_left = nullptr;
    QToolButton* m_right = nullptr;
    QLabel* m_message = nullptr;
    bool m_readOnly = false;
    bool m_busy = false;
};

} // namespace ey::desk::catalog
