// PartnerTableModel: alignment and status colour on top of the paged rows.
#include "PartnerTableModel.h"

#include "PartnerFormat.h"

#include <QBrush>

namespace ey::desk::partner {

PartnerTableModel::PartnerTableModel(ApiClient& api, QString path, QList<ColumnSpec> columns,
                                     QSet<int> rightColumns, int statusColumn, QString statusField,
                                     QObject* parent)
    : PagedTableModel(api, std::move(path), std::move(columns), parent),
      m_rightColumns(std::move(rightColumns)), m_statusColumn(statusColumn),
      m_statusField(std::move(statusField))
{
}

QVariant PartnerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return PagedTableModel::data(index, role);
    if (role == Qt::TextAlignmentRole && m_rightColumns.contains(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == m_statusColumn &&
        (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const QColor colour =
            PartnerFormat::statusColour(item(index.row()).value(m_statusField).toString());
        if (role == Qt::ForegroundRole)
            return QBrush(Qt::white);
        return QBrush(colour);
    }
    return PagedTableModel::data(index, role);
}

} // namespace ey::desk::partner
