// The "Transaksi" tab: filter bar, the server-paged sales table and the sale's detail beside it.
#pragma once

#include "Workspace.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace ey::desk {
class PagedTableModel;
}

namespace ey::desk::sales {

class SaleDetailPane;
class SalesExporter;
class SalesFilterBar;
class SalesTableDelegate;

/// UI thread. The table is a PagedTableModel over GET /api/v1/admin/sales; clicking the Invoice or
/// Total header sorts on the server. Live events reload the page (coalesced) and keep the selected
/// sale selected and open.
class SalesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Invoice,
        Buyer,
        Product,
        Total,
        Status,
        Affiliate,
        FollowUp,
        Actions,
        ColumnCount
    };

    explicit SalesPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~SalesPage() override;

    PagedTableModel* model() const { return m_model; }
    SalesFilterBar* filterBar() const { return m_filters; }
    SaleDetailPane* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    SalesExporter* exporter() const { return m_exporter; }

    void reload();
    void focusSearch();
    /// Opens the sale in the pane and selects its row when loaded.
    void openSale(const QString& invoice);
    /// A live event: reload soon (several events in a burst make one reload).
    void salesChanged();
    /// Ctrl+E: asks where to save, then exportTo().
    void exportCsv();
    /// Downloads the CSV of the current filter to `filePath` with a progress dialog.
    void exportTo(const QString& filePath);
    void resend(const QString& invoice);
    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void retranslateUi();
    void onPageLoaded();
    void openRow(const QModelIndex& index);
    void revealDetail();
    void sortBy(int column);
    void updateCount();

    WorkspaceContext m_context;
    bool m_canManage = false;
    SalesFilterBar* m_filters = nullptr;
    PagedTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    SaleDetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    SalesTableDelegate* m_actions = nullptr;
    SalesExporter* m_exporter = nullptr;
    QTimer m_liveReload;
    QString m_selectedInvoice; ///< kept across reloads
    QString m_sort = QStringLiteral("created_at");
    bool m_descending = true;
};

} // namespace ey::desk::sales
