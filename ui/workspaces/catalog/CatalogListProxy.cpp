// CatalogListProxy: alignment and colour roles over the paged list.
#include "CatalogListProxy.h"

#include "PagedTableModel.h"

#include <QFont>

namespace ey::desk::catalog {

void CatalogListProxy::setStatusColumn(int column, std::function<QColor(const QJsonObject&)> colour)
{
    m_statusColumn = column;
    m_statusColour = std::move(colour);
}

QVariant CatalogListProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QIdentityProxyModel::data(index, role);
    if (role == Qt::TextAlignmentRole && m_moneyColumns.contains(index.column()))
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == m_statusColumn && m_statusColour) {
        if (role == Qt::ForegroundRole)
            return m_statusColour(index.data(PagedTableModel::ItemRole).toJsonObject());
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ey::desk::catalog
