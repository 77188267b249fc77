// SplitterRatio: ratio on resize until the first drag.
#include "SplitterRatio.h"

#include <QEvent>
#include <QSplitter>

namespace ey::desk::finance {

SplitterRatio::SplitterRatio(QSplitter* splitter, double first)
    : QObject(splitter), m_splitter(splitter), m_first(first)
{
    splitter->installEventFilter(this);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_placed = true; });
}

bool SplitterRatio::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && !m_placed &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        const int total = m_splitter->orientation() == Qt::Horizontal ? m_splitter->width()
                                                                      : m_splitter->height();
        const int first = static_cast<int>(total * m_first);
        m_splitter->setSizes({first, total - first});
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ey::desk::finance
