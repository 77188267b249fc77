// Adds alignment and status colours to a PagedTableModel for the catalog lists.
#pragma once

#include <QColor>
#include <QIdentityProxyModel>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace ey::desk::catalog {

/// UI thread. Money columns are right-aligned so figures line up by digit; the status column is
/// drawn in its status colour and bold, the way StatusBadge shows it in the editor.
class CatalogListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setMoneyColumns(QSet<int> columns) { m_moneyColumns = std::move(columns); }
    void setStatusColumn(int column, std::function<QColor(const QJsonObject&)> colour);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QSet<int> m_moneyColumns;
    int m_statusColumn = -1;
    std::function<QColor(const QJsonObject&)> m_statusColour;
};

} // namespace ey::desk::catalog
