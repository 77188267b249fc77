// A short-lived message in the corner of a window that the user can also close by hand.
#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace ey::desk {

/// Stacks above its parent's bottom-right corner; closes itself after `seconds` (0 = stays).
class Toast : public QFrame
{
    Q_OBJECT

public:
    Toast(const QString& title, const QString& message, int seconds, QWidget* parent);

    /// Shows a toast over `parent`, below any toasts already there.
    static Toast* showOn(QWidget* parent, const QString& title, const QString& message,
                         int seconds);

signals:
    void activated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void place();

    QTimer m_timer;
};

} // namespace ey::desk
