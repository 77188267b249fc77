// ImagePicker: preview fetched from /media/catalog, upload by PUT of the raw bytes.
#include "ImagePicker.h"

#include "ApiClient.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkReply>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace ey::desk::catalog {

namespace {

QByteArray contentTypeOf(const QString& file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QStringLiteral("png"))
        return QByteArrayLiteral("image/png");
    if (suffix == QStringLiteral("webp"))
        return QByteArrayLiteral("image/webp");
    return QByteArrayLiteral("image/jpeg");
}

} // namespace

ImagePicker::ImagePicker(ApiClient& api, QSize previewSize, QWidget* parent)
    : QWidget(parent), m_api(api), m_previewSize(previewSize)
{
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFixedSize(previewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setStyleSheet(
        QStringLiteral("QLabel#preview { background: #F3F4F6; color: #6B7280; }"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("choose"));
    m_choose->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    connect(m_choose, &QPushButton::clicked, this, &ImagePicker::choose);

    auto* side = new QVBoxLayout;
    side->addWidget(m_choose, 0, Qt::AlignLeft);
    side->addWidget(m_message);
    side->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(side, 1);
    retranslate();
    showImage({});
}

void ImagePicker::retranslate()
{
    m_choose->setText(tr("Pilih gambar…"));
    m_choose->setToolTip(tr("PNG, JPEG atau WebP, maksimal 2 MB"));
    if (!m_hasImage)
        m_preview->setText(tr("Belum ada gambar"));
    if (m_uploadPath.isEmpty() && !m_readOnly)
        setMessage(tr("Simpan dulu untuk mengunggah gambar."), false);
}

void ImagePicker::setUploadPath(const QString& path)
{
    m_uploadPath = path;
    m_choose->setEnabled(!path.isEmpty() && !m_readOnly);
    setMessage(path.isEmpty() && !m_readOnly ? tr("Simpan dulu untuk mengunggah gambar.")
                                             : QString(),
               false);
}

void ImagePicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_choose->setVisible(!readOnly);
    setUploadPath(m_uploadPath);
}

void ImagePicker::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #B91C1C;")
                                   : QStringLiteral("color: #6B7280;"));
}

void ImagePicker::showImage(const QString& url)
{
    m_url = url;
    const int generation = ++m_generation;
    m_hasImage = false;
    m_preview->setPixmap({});
    if (url.isEmpty()) {
        m_preview->setText(tr("Belum ada gambar"));
        return;
    }
    m_preview->setText(tr("Memuat…"));
    m_api.get(
        url, {}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            QPixmap pixmap;
            if (!pixmap.loadFromData(response.body)) {
                m_preview->setText(tr("Gambar tidak dapat ditampilkan"));
                return;
            }
            m_preview->setPixmap(
                pixmap.scaled(m_previewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            m_hasImage = true;
            emit imageShown();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_preview->setText(tr("Gambar tidak dapat dimuat"));
            setMessage(error.detail, true);
        });
}

void ImagePicker::choose()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Pilih gambar"), QString(),
                                                      tr("Gambar (*.png *.jpg *.jpeg *.webp)"));
    if (!file.isEmpty())
        uploadFile(file);
}

void ImagePicker::uploadFile(const QString& file)
{
    if (m_uploadPath.isEmpty() || m_upload)
        return;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        setMessage(tr("File %1 tidak dapat dibaca: %2")
                       .arg(QFileInfo(file).fileName(), input.errorString()),
                   true);
        return;
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = m_uploadPath;
    request.rawBody = input.readAll();
    request.rawContentType = contentTypeOf(file);
    request.timeoutMs = 120000;
    setMessage(tr("Mengunggah…"), false);
    m_choose->setEnabled(false);
    m_upload = m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_choose->setEnabled(true);
            setMessage(tr("Gambar tersimpan."), false);
            const QJsonObject body = response.object();
            emit uploaded(body.value(QStringLiteral("key")).toString());
            showImage(body.value(QStringLiteral("url")).toString());
        },
        [this](const ApiError& error) {
            m_choose->setEnabled(true);
            setMessage(error.detail, true);
            emit failed(error);
        });
}

} // namespace ey::desk::catalog
