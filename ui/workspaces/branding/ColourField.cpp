// ColourField: swatch painting, the picker, hex validation feedback.
#include "ColourField.h"

#include "ColourContrast.h"

#include <QColorDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace ey::desk::branding {

ColourField::ColourField(const QString& path, QWidget* parent)
    : QWidget(parent), m_path(path), m_swatch(new QToolButton(this)), m_edit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("colourField_") + path);
    m_swatch->setObjectName(QStringLiteral("colourSwatch_") + path);
    m_swatch->setIconSize(QSize(22, 22));
    m_swatch->setAutoRaise(true);
    m_swatch->setCursor(Qt::PointingHandCursor);
    m_swatch->setFocusPolicy(Qt::StrongFocus);
    m_edit->setObjectName(QStringLiteral("colourEdit_") + path);
    // Intermediate input ("#20") is allowed while typing; only complete codes count as valid.
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^#?([0-9A-Fa-f]{0,6})$")), m_edit));
    m_edit->setMaxLength(7);
    m_edit->setFixedWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("#WWWWWWW")) + 12);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_swatch);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    setFocusProxy(m_edit);
    connect(m_swatch, &QToolButton::clicked, this, &ColourField::pick);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        updateSwatch();
        emit colourEdited(text);
    });
    retranslate();
    updateSwatch();
}

QString ColourField::text() const
{
    return m_edit->text();
}

void ColourField::setText(const QString& text)
{
    m_edit->setText(text);
    updateSwatch();
}

void ColourField::setLabel(const QString& label)
{
    m_label = label;
    retranslate();
}

bool ColourField::isValid() const
{
    return ColourContrast::normalise(m_edit->text()).has_value();
}

void ColourField::pick()
{
    const auto current = ColourContrast::normalise(m_edit->text());
    const QColor chosen =
        QColorDialog::getColor(current ? QColor(*current) : QColor(Qt::white), this, m_label);
    if (!chosen.isValid())
        return;
    const QString hex = chosen.name(QColor::HexRgb).toUpper();
    m_edit->setText(hex);
    updateSwatch();
    emit colourEdited(hex);
}

void ColourField::updateSwatch()
{
    const auto colour = ColourContrast::normalise(m_edit->text());
    QPixmap pixmap(m_swatch->iconSize() * devicePixelRatioF());
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box(1, 1, m_swatch->iconSize().width() - 2, m_swatch->iconSize().height() - 2);
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
        if (colour) {
            painter.setBrush(QColor(*colour));
            painter.drawRoundedRect(box, 4, 4);
        } else {
            // An unreadable code shows as a crossed-out box rather than a stale colour.
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(box, 4, 4);
            painter.setPen(QPen(QColor(0xB9, 0x1C, 0x1C), 2));
            painter.drawLine(box.topRight(), box.bottomLeft());
        }
    }
    m_swatch->setIcon(QIcon(pixmap));
    m_edit->setProperty("invalid", !colour.has_value());
    m_edit->setStyleSheet(colour ? QString()
                                 : QStringLiteral("QLineEdit { border: 1px solid #B91C1C; }"));
}

void ColourField::retranslate()
{
    m_swatch->setToolTip(tr("Pilih warna untuk %1").arg(m_label));
    m_swatch->setAccessibleName(tr("Pilih warna: %1").arg(m_label));
    m_edit->setAccessibleName(tr("Kode hex: %1").arg(m_label));
    m_edit->setPlaceholderText(QStringLiteral("#RRGGBB"));
    m_edit->setToolTip(tr("Kode warna hex, misalnya #2047FC"));
}

void ColourField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ey::desk::branding
