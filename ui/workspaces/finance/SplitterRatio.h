// Keeps a splitter's panes at a chosen ratio as the window resizes, until the user drags the
// handle.
#pragma once

#include <QObject>

class QSplitter;

namespace ey::desk::finance {

/// UI thread; owned by the splitter. QSplitter's stretch factors lose to a table's large size
/// hint, so the ratio is applied by hand on every resize instead.
class SplitterRatio : public QObject
{
    Q_OBJECT

public:
    /// `first` is the first pane's share of the width, 0..1.
    SplitterRatio(QSplitter* splitter, double first);
    /// After restoring a saved state the user's sizes win.
    void release() { m_placed = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QSplitter* m_splitter;
    double m_first;
    bool m_placed = false;
};

} // namespace ey::desk::finance
