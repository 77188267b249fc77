// PagedTableModel: cursor paging into a growing row list.
#include "PagedTableModel.h"

#include "ApiClient.h"

namespace ey::desk {

PagedTableModel::PagedTableModel(ApiClient& api, QString path, QList<ColumnSpec> columns,
                                 QObject* parent)
    : QAbstractTableModel(parent), m_api(api), m_path(std::move(path)),
      m_columns(std::move(columns))
{
}

void PagedTableModel::setFilter(const QUrlQuery& filter)
{
    if (filter.query(QUrl::FullyEncoded) == m_filter.query(QUrl::FullyEncoded))
        return;
    m_filter = filter;
    reload();
}

void PagedTableModel::reload()
{
    beginResetModel();
    ++m_generation; // answers to older requests are dropped
    m_items = {};
    m_nextCursor.clear();
    m_started = false;
    m_failed = false;
    setLoading(false);
    endResetModel();
    // A view (or the model tester) may already have asked for the first page during the reset.
    fetchMore({});
}

void PagedTableModel::retranslate()
{
    if (m_columns.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, static_cast<int>(m_columns.size()) - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_items.size()) - 1, static_cast<int>(m_columns.size()) - 1),
                         {Qt::DisplayRole});
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    // Views and QAbstractItemModelTester legitimately ask about invalid indexes: answer quietly.
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_items.size())
        return {};
    const QJsonObject object = m_items.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole: {
        const auto& column = m_columns.at(index.column());
        if (column.display)
            return column.display(object);
        const QJsonValue value = object.value(column.field);
        if (value.isArray()) {
            QStringList parts;
            for (const auto& part : value.toArray())
                parts << part.toVariant().toString();
            return parts.join(QStringLiteral(", "));
        }
        return value.toVariant();
    }
    case ItemRole:
        return object;
    case IdRole:
        return object.value(QStringLiteral("id")).toString();
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& column = m_columns.at(section);
    return column.title ? column.title() : column.field;
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loading && !m_failed && hasMore();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QUrlQuery query = m_filter;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_nextCursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_nextCursor);
    setLoading(true);
    const int generation = m_generation;
    m_api.get(
        m_path, query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            const QJsonObject page = response.object();
            const QJsonArray items = page.value(QStringLiteral("items")).toArray();
            m_started = true;
            m_nextCursor = page.value(QStringLiteral("next_cursor")).toString();
            if (!items.isEmpty()) {
                const int first = static_cast<int>(m_items.size());
                beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
                for (const auto& item : items)
                    m_items.append(item);
                endInsertRows();
            }
            setLoading(false);
            emit pageLoaded(static_cast<int>(items.size()));
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_failed = true;
            setLoading(false);
            emit loadFailed(error);
        });
}

} // namespace ey::desk
