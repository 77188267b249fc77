// GalleryStrip: thumbnails over the product gallery routes.
#include "GalleryStrip.h"

#include "ApiClient.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace ey::desk::catalog {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
const QSize kThumb(96, 72);

} // namespace

GalleryStrip::GalleryStrip(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("galleryList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setIconSize(kThumb);
    m_list->setMovement(QListView::Snap);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setFixedHeight(kThumb.height() + 34);
    m_list->setSpacing(4);
    // A drop reorders the items in the widget; the server then gets the new order.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (!m_busy)
            storeOrder();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &GalleryStrip::updateButtons);

    const auto button = [this](const char* name, const char* icon) {
        auto* b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_add = button("galleryAdd", "list-add");
    m_remove = button("galleryRemove", "list-remove");
    m_left = button("galleryLeft", "go-previous");
    m_right = button("galleryRight", "go-next");
    connect(m_add, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Tambah gambar galeri"), QString(), tr("Gambar (*.png *.jpg *.jpeg *.webp)"));
        if (!file.isEmpty())
            addFile(file);
    });
    connect(m_remove, &QToolButton::clicked, this, &GalleryStrip::removeCurrent);
    connect(m_left, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_right, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("galleryMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_left);
    buttons->addWidget(m_right);
    buttons->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    retranslate();
    updateButtons();
}

void GalleryStrip::retranslate()
{
    m_add->setText(tr("Tambah"));
    m_remove->setText(tr("Hapus"));
    m_left->setText(tr("Geser kiri"));
    m_right->setText(tr("Geser kanan"));
    m_list->setToolTip(
        tr("Seret gambar untuk mengubah urutan (maksimal %1 gambar).").arg(kMaxImages));
    updateButtons();
}

QString GalleryStrip::base() const
{
    return QStringLiteral("/api/v1/admin/catalog/products/%1/gallery").arg(m_productId);
}

void GalleryStrip::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B91C1C;")
                                   : QStringLiteral("color: #6B7280;"));
}

void GalleryStrip::setProduct(const QString& productId, const QJsonArray& gallery)
{
    m_productId = productId;
    setMessage(productId.isEmpty() && !m_readOnly ? tr("Simpan dulu untuk menambah gambar galeri.")
                                                  : QString(),
               false);
    showGallery(gallery);
}

void GalleryStrip::showGallery(const QJsonArray& gallery)
{
    m_busy = true;
    m_list->clear();
    for (const auto& value : gallery) {
        const QJsonObject image = value.toObject();
        auto* item = new QListWidgetItem(m_list);
        item->setData(kIdRole, image.value(QStringLiteral("id")).toString());
        item->setSizeHint(kThumb + QSize(8, 8));
        item->setToolTip(image.value(QStringLiteral("url")).toString());
        const QString id = image.value(QStringLiteral("id")).toString();
        m_api.get(image.value(QStringLiteral("url")).toString(), {}, this,
                  [this, id](const ApiResponse& response) {
                      QPixmap pixmap;
                      if (!pixmap.loadFromData(response.body))
                          return;
                      for (int row = 0; row < m_list->count(); ++row)
                          if (m_list->item(row)->data(kIdRole).toString() == id)
                              m_list->item(row)->setIcon(QIcon(pixmap.scaled(
                                  kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                  });
    }
    m_busy = false;
    updateButtons();
}

QStringList GalleryStrip::imageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row)
        ids << m_list->item(row)->data(kIdRole).toString();
    return ids;
}

void GalleryStrip::updateButtons()
{
    const bool editable = !m_readOnly && !m_productId.isEmpty();
    const int row = m_list->currentRow();
    m_add->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    m_left->setVisible(!m_readOnly);
    m_right->setVisible(!m_readOnly);
    m_add->setEnabled(editable && m_list->count() < kMaxImages);
    m_remove->setEnabled(editable && row >= 0);
    m_left->setEnabled(editable && row > 0);
    m_right->setEnabled(editable && row >= 0 && row < m_list->count() - 1);
    m_list->setDragEnabled(editable);
}

void GalleryStrip::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void GalleryStrip::addFile(const QString& file)
{
    if (m_productId.isEmpty())
        return;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        setMessage(tr("File %1 tidak dapat dibaca: %2")
                       .arg(QFileInfo(file).fileName(), input.errorString()),
                   true);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = base();
    request.rawBody = input.readAll();
    request.rawContentType = QFileInfo(file).suffix().toLower() == QStringLiteral("png")
                                 ? QByteArrayLiteral("image/png")
                                 : QByteArrayLiteral("image/jpeg");
    request.timeoutMs = 120000;
    setMessage(tr("Mengunggah…"), false);
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            setMessage({}, false);
            QJsonArray gallery;
            for (int row = 0; row < m_list->count(); ++row)
                gallery.append(
                    QJsonObject{{QStringLiteral("id"), m_list->item(row)->data(kIdRole).toString()},
                                {QStringLiteral("url"), m_list->item(row)->toolTip()}});
            gallery.append(response.object());
            showGallery(gallery);
            emit galleryChanged(gallery);
        },
        [this](const ApiError& error) {
            setMessage(error.detail, true);
            emit failed(error);
        });
}

void GalleryStrip::removeCurrent()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || m_productId.isEmpty())
        return;
    const QString id = item->data(kIdRole).toString();
    ApiRequest request;
    request.method = "DELETE";
    request.path = base() + QLatin1Char('/') + id;
    m_api.send(
        request, this,
        [this, id](const ApiResponse&) {
            QJsonArray gallery;
            for (int row = 0; row < m_list->count(); ++row)
                if (m_list->item(row)->data(kIdRole).toString() != id)
                    gallery.append(QJsonObject{
                        {QStringLiteral("id"), m_list->item(row)->data(kIdRole).toString()},
                        {QStringLiteral("url"), m_list->item(row)->toolTip()}});
            showGallery(gallery);
            setMessage(tr("Gambar dihapus."), false);
            emit galleryChanged(gallery);
        },
        [this](const ApiError& error) {
            setMessage(error.detail, true);
            emit failed(error);
        });
}

void GalleryStrip::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_busy = true;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    m_busy = false;
    storeOrder();
}

void GalleryStrip::storeOrder()
{
    QJsonArray ids;
    for (const QString& id : imageIds())
        ids.append(id);
    ApiRequest request;
    request.method = "PUT";
    request.path = base() + QStringLiteral("/order");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("image_ids"), ids}});
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            const QJsonArray gallery = response.object().value(QStringLiteral("gallery")).toArray();
            setMessage(tr("Urutan galeri tersimpan."), false);
            updateButtons();
            emit galleryChanged(gallery);
        },
        [this](const ApiError& error) {
            setMessage(error.detail, true);
            emit failed(error);
        });
}

} // namespace ey::desk::catalog
