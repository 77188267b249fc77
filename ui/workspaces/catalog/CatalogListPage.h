// One catalog tab: a server-paged list with search and status filter beside its editor pane.
#pragma once

#include "ApiError.h"
#include "PagedTableModel.h"

#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace ey::desk::catalog {

class CatalogEditor;
class CatalogListProxy;

/// What differs between the plan, product and coupon tabs.
struct ListSpec
{
    QString path;
    QList<ColumnSpec> columns;
    QSet<int> moneyColumns;
    int statusColumn = -1;
    std::function<QColor(const QJsonObject&)> statusColour;
    /// The query parameter the status filter sets ("status", or "active" for coupons).
    QString statusParam;
    /// (wire value, label); the first entry is "all" with an empty value.
    std::function<QList<QPair<QString, QString>>()> statusChoices;
    std::function<QString()> searchHint;
};

/// UI thread. Selecting a row opens it in the editor; a dirty editor keeps its item until the
/// user saves or discards. Saves and deletes reload the list (the catalog publishes no live
/// events) and the saved item stays selected.
class CatalogListPage : public QWidget
{
    Q_OBJECT

public:
    CatalogListPage(ApiClient& api, ListSpec spec, CatalogEditor* editor, bool canManage,
                    QWidget* parent = nullptr);

    void reload();
    void focusSearch();
    /// Ctrl+N: an empty editor (only with catalog.manage).
    void newItem();
    /// Selects the row of `id` once it is loaded.
    void selectId(const QString& id);
    void retranslate();

    PagedTableModel* model() const { return m_model; }
    CatalogListProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    CatalogEditor* editor() const { return m_editor; }
    QLineEdit* search() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QSplitter* splitter() const { return m_splitter; }
    QString message() const;

protected:
    bool event(QEvent* event) override;

private:
    void applyFilter();
    void onCurrentChanged(const QModelIndex& current, const QModelIndex& previous);
    void selectPending();
    void setMessage(const QString& text, bool error);
    void updateCount();

    ApiClient& m_api;
    ListSpec m_spec;
    CatalogEditor* m_editor = nullptr;
    bool m_canManage = false;
    PagedTableModel* m_model = nullptr;
    CatalogListProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_new = nullptr;
    QToolButton* m_refresh = nullptr;
    QAction* m_newAction = nullptr;
    QTimer m_searchDelay;
    QString m_pendingId;
    bool m_reverting = false;
    bool m_messageIsError = false;
};

} // namespace ey::desk::catalog
