// Toast layout and placement.
#include "Toast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace ey::desk {

Toast::Toast(const QString& title, const QString& message, int seconds, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("toast"));
    setProperty("card", true);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("toastTitle"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    auto* messageLabel = new QLabel(message, this);
    messageLabel->setObjectName(QStringLiteral("toastMessage"));
    messageLabel->setWordWrap(true);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("toastCloseButton"));
    close->setText(QStringLiteral("\u00D7"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Tutup"));
    close->setAccessibleName(tr("Tutup pemberitahuan"));
    connect(close, &QToolButton::clicked, this, &QWidget::close);
    auto* header = new QHBoxLayout;
    header->addWidget(titleLabel, 1);
    header->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(messageLabel);
    setFixedWidth(fontMetrics().averageCharWidth() * 42);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QWidget::close);
    if (seconds > 0)
        m_timer.start(seconds * 1000);
    parent->installEventFilter(this);
}

Toast* Toast::showOn(QWidget* parent, const QString& title, const QString& message, int seconds)
{
    auto* toast = new Toast(title, message, seconds, parent);
    toast->adjustSize();
    toast->place();
    toast->show();
    toast->raise();
    return toast;
}

void Toast::place()
{
    QWidget* host = parentWidget();
    const int margin = fontMetrics().height();
    int bottom = host->height() - margin * 2;
    // Sit above the toasts that are already showing.
    for (auto* other : host->findChildren<Toast*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (other != this && other->isVisible())
            bottom = std::min(bottom, other->y() - margin / 2);
    }
    move(host->width() - width() - margin, bottom - height());
}

bool Toast::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        move(parentWidget()->width() - width() - fontMetrics().height(), y());
    return QFrame::eventFilter(watched, event);
}

void Toast::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        emit activated();
        close();
    }
}

} // namespace ey::desk
