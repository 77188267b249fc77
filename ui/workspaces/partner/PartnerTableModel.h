// A PagedTableModel that right-aligns money columns and tints the status column.
#pragma once

#include "PagedTableModel.h"

#include <QSet>

namespace ey::desk::partner {

/// UI thread. The status column's background comes from PartnerFormat::statusColour of the
/// row's `statusField`, so the same green/grey reads the same in every partner table.
class PartnerTableModel : public PagedTableModel
{
    Q_OBJECT

public:
    PartnerTableModel(ApiClient& api, QString path, QList<ColumnSpec> columns,
                      QSet<int> rightColumns, int statusColumn, QString statusField,
                      QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSet<int> m_rightColumns;
    int m_statusColumn;
    QString m_statusField;
};

} // namespace ey::desk::partner
