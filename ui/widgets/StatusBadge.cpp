// StatusBadge styling.
#include "StatusBadge.h"

namespace ey::desk {

StatusBadge::StatusBadge(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(const QString& text, const QColor& background)
{
    m_background = background;
    setText(text);
    const QColor foreground =
        background.lightnessF() > 0.6 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
    setStyleSheet(
        QStringLiteral(
            "QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; }")
            .arg(background.name(), foreground.name()));
}

} // namespace ey::desk
