// The "Supplier" tab: the review queue by status, type and search, and the supplier's detail
// beside it.
#pragma once

#include "Workspace.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::curation {

class SupplierDetailPanel;

/// UI thread. A PagedTableModel over GET /api/v1/admin/suppliers (the server orders the waiting
/// and recommended queues oldest submission first); Enter or a double click opens the supplier in
/// the side pane. "supplier.updated" events reload the queue (coalesced) and the open supplier.
/// Needs suppliers.review; suppliers.decide adds the decision buttons.
class SupplierReviewPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Company,
        Type,
        Status,
        Tier,
        Province,
        Score,
        Submitted,
        Updated,
        ColumnCount
    };

    SupplierReviewPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~SupplierReviewPage() override;

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SupplierDetailPanel* detail() const { return m_detail; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* typeFilter() const { return m_type; }
    QLineEdit* search() const { return m_search; }

    /// Shows the queue of one status ("waiting_review"; empty = every status).
    void setStatus(const QString& status);
    void reload();
    void focusSearch();
    /// Opens a supplier in the side pane ("supplier:<id>" links).
    void openSupplier(const QString& id);
    /// A live "supplier.updated" event.
    void supplierChanged(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyFilter();
    void openRow(const QModelIndex& index);
    void onPageLoaded();
    void updateCount();

    WorkspaceContext m_context;
    QComboBox* m_status = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_search = nullptr;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    SupplierDetailPanel* m_detail = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_typingDelay;
    QTimer m_liveReload;
    QString m_selectedId;
};

} // namespace ey::desk::curation
