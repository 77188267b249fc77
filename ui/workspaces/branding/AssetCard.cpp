// AssetCard: layout, texts and the preview of one logo or the favicon.
#include "AssetCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ey::desk::branding {

AssetCard::AssetCard(const QString& kind, QWidget* parent)
    : QFrame(parent), m_kind(kind), m_title(new QLabel(this)), m_note(new QLabel(this)),
      m_preview(new QLabel(this)), m_error(new QLabel(this)), m_progress(new QProgressBar(this)), m_pick(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    setObjectName(QStringLiteral("assetCard_") + kind);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("assetTitle_") + kind);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note->setObjectName(QStringLiteral("assetNote_") + kind);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #4B5563;"));
    m_preview->setObjectName(QStringLiteral("assetPreview_") + kind);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kind == QStringLiteral("favicon") ? QSize(72, 72) : QSize(180, 72));
    m_preview->setMaximumHeight(96);
    // A checkerboard-free neutral tile, so transparent logos stay visible on any theme.
    m_preview->setStyleSheet(
        QStringLiteral("QLabel { background: #F3F4F6; border: 1px dashed #C7CBD1; "
                       "border-radius: 6px; color: #6B7280; }"));
    m_error->setObjectName(QStringLiteral("assetError_") + kind);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("assetProgress_") + kind);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    m_pick->setObjectName(QStringLiteral("assetPickButton_") + kind);
    m_delete->setObjectName(QStringLiteral("assetDeleteButton_") + kind);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pick);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_note);
    text->addLayout(buttons);
    text->addWidget(m_progress);
    text->addWidget(m_error);
    text->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(text, 1);

    connect(m_pick, &QPushButton::clicked, this, [this] { emit pickRequested(m_kind); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_kind); });
    retranslate();
    updatePreview();
}

void AssetCard::setImage(const QPixmap& pixmap, bool uploaded)
{
    m_pixmap = pixmap;
    m_uploaded = uploaded;
    updatePreview();
}

void AssetCard::setBusy(bool busy)
{
    m_busy = busy;
    m_pick->setEnabled(!busy);
    m_delete->setEnabled(!busy && m_uploaded);
    if (!busy)
        m_progress->hide();
}

void AssetCard::setUploadProgress(qint64 sent, qint64 total)
{
    if (!m_busy || total <= 0)
        return;
    m_progress->setValue(static_cast<int>(sent * 100 / total));
    m_progress->show();
}

void AssetCard::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString AssetCard::error() const
{
    return m_error->text();
}

void AssetCard::updatePreview()
{
    m_delete->setEnabled(!m_busy && m_uploaded);
    if (m_pixmap.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(m_uploaded ? tr("Pratinjau tidak dapat ditampilkan")
                                      : tr("Belum diunggah"));
        return;
    }
    const QSize box = m_preview->minimumSize() - QSize(12, 12);
    const qreal ratio = devicePixelRatioF();
    QPixmap scaled = m_pixmap.scaled(box * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    m_preview->setText({});
    m_preview->setPixmap(scaled);
}

void AssetCard::retranslate()
{
    if (m_kind == QStringLiteral("main")) {
        m_title->setText(tr("Logo utama"));
        m_note->setText(
            tr("Tampil di sidebar untuk admin, member, supplier, dan semua peran selain affiliate. "
               "PNG, JPEG, atau SVG, maksimal 1 MB."));
    } else if (m_kind == QStringLiteral("affiliate")) {
        m_title->setText(tr("Logo affiliate"));
        m_note->setText(
            tr("Ditampilkan kepada affiliate sebagai pengganti logo utama. Bila kosong, affiliate "
               "melihat logo utama. PNG, JPEG, atau SVG, maksimal 1 MB."));
    } else {
        m_title->setText(tr("Favicon"));
        m_note->setText(
            tr("Ikon kecil di tab browser dan pintasan. PNG, ICO, atau SVG, maksimal 256 KB."));
    }
    m_pick->setText(tr("Pilih berkas…"));
    m_pick->setAccessibleName(tr("Pilih berkas untuk %1").arg(m_title->text()));
    m_delete->setText(tr("Hapus"));
    m_delete->setAccessibleName(tr("Hapus %1").arg(m_title->text()));
    m_preview->setAccessibleName(tr("Pratinjau %1").arg(m_title->text()));
    updatePreview();
}

void AssetCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace ey::desk::branding
