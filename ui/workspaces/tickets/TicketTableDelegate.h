// Paints the queue's status and priority cells as coloured pills and the SLA cell red when breached.
#pragma once

#include <QStyledItemDelegate>

namespace ey::desk::tickets {

/// UI thread. Reads the row's ticket JSON (PagedTableModel::ItemRole) so colours follow the wire
/// values, not the translated text.
class TicketTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Kind { Status, Priority, Sla };

    explicit TicketTableDelegate(Kind kind, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    Kind m_kind;
};

} // namespace ey::desk::tickets
