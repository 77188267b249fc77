// A coloured pill that shows a status or priority.
#pragma once

#include <QLabel>

namespace ey::desk {

/// Text colour is picked from the background's luminance so the badge stays readable in any theme.
class StatusBadge : public QLabel
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget* parent = nullptr);
    void setStatus(const QString& text, const QColor& background);
    QColor background() const { return m_background; }

private:
    QColor m_background;
};

} // namespace ey::desk
