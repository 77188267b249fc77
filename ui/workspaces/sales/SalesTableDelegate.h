// Paints the sales table's cells: two-line cells (invoice over date, name over email, ...),
// right-aligned money, status pills and the Detail / Resend action links.
#pragma once

#include <QStyledItemDelegate>

namespace ey::desk::sales {

/// UI thread. Display text "top\nbottom" becomes two lines, the second smaller and grey.
class SalesTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind
    {
        TwoLine,
        Money,
        Status,
        Actions
    };

    SalesTableDelegate(Kind kind, QObject* parent = nullptr);
    /// Actions only: whether the Resend link is drawn and clickable.
    void setResendAllowed(bool allowed) { m_resendAllowed = allowed; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

signals:
    void detailRequested(int row);
    void resendRequested(int row);

private:
    QRect detailRect(const QStyleOptionViewItem& option) const;
    QRect resendRect(const QStyleOptionViewItem& option) const;

    Kind m_kind;
    bool m_resendAllowed = false;
};

} // namespace ey::desk::sales
