// A table over a cursor-paged list endpoint: rows arrive page by page as the view scrolls.
#pragma once

#include "ApiError.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>

namespace ey::desk {

class ApiClient;

/// One column: the JSON field shown, a translated header (asked each time so a language switch
/// shows at once), and an optional formatter for the display text.
struct ColumnSpec
{
    QString field;
    std::function<QString()> title;
    std::function<QVariant(const QJsonObject& item)> display = {};
};

/// UI thread. canFetchMore/fetchMore walk `next_cursor`; at most one page request is in flight; a
/// filter change or reload() discards the rows and any answer still on its way.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ItemRole = Qt::UserRole + 1; ///< the row's whole JSON object
    static constexpr int IdRole = Qt::UserRole + 2;   ///< the row's "id"

    PagedTableModel(ApiClient& api, QString path, QList<ColumnSpec> columns,
                    QObject* parent = nullptr);

    void setPageSize(int limit) { m_pageSize = limit; }
    /// Extra query parameters (filters, search); resets and reloads when they differ.
    void setFilter(const QUrlQuery& filter);
    QUrlQuery filter() const { return m_filter; }
    void reload();
    /// Headers and display texts are made on request: tells views to ask again (language switch).
    void retranslate();

    QJsonObject item(int row) const { return m_items.at(row).toObject(); }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return !m_started || !m_nextCursor.isEmpty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int rowsAdded);
    void loadFailed(const ey::desk::ApiError& error);

private:
    void setLoading(bool loading);

    ApiClient& m_api;
    QString m_path;
    QList<ColumnSpec> m_columns;
    QUrlQuery m_filter;
    QJsonArray m_items;
    QString m_nextCursor;
    int m_pageSize = 50;
    int m_generation = 0;
    bool m_started = false;
    bool m_loading = false;
    bool m_failed = false; ///< stops views from retrying in a loop; reload() clears it
};

} // namespace ey::desk
