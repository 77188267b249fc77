// "Tagihan Partner": monthly invoices of post-paid partners, their lines and reminders, and
// "Tandai lunas" when the partner's transfer has arrived.
#pragma once

#include "RecordDetailPane.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace ey::desk {
class PagedTableModel;
class StatusBadge;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::finance {

class SplitterRatio;

/// UI thread; partner.invoices. The list is server-paged and filtered by status and partner; an
/// unpaid invoice past its due date shows its due date in red. Opening one fetches its lines
/// (which client reports and executive summaries it bills) and its reminder schedule. The export
/// walks every page of the current filter into a CSV file, with progress and cancel.
class PartnerInvoicesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Partner,
        Period,
        Amount,
        Due,
        Status,
        ColumnCount
    };

    explicit PartnerInvoicesPage(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~PartnerInvoicesPage() override;

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// "" for every status.
    void setStatusFilter(const QString& status);
    QString statusFilter() const;
    QComboBox* partnerCombo() const { return m_partner; }
    void reload();
    void focusSearch();
    void open(int row);
    QJsonObject current() const { return m_current; }
    /// Asks, then marks the open invoice paid with the note typed in paidNote().
    void markPaid();
    /// A live "partner.invoice_updated".
    void invoiceChanged(const QString& id);
    void exportTo(const QString& filePath);
    void exportCsv();

    QWidget* detail() const { return m_pane->detail(); }
    StatusBadge* badge() const { return m_pane->badge(); }
    QLabel* fieldValue(int index) const { return m_pane->fieldValue(index); }
    QTableWidget* linesTable() const { return m_lines; }
    QTableWidget* remindersTable() const { return m_reminders; }
    QLineEdit* paidNote() const { return m_note; }
    QPushButton* paidButton() const { return m_pay; }
    QLabel* error() const { return m_error; }

    /// True when `invoice` is unpaid and its due date has passed.
    static bool isOverdue(const QJsonObject& invoice);

signals:
    void invoiceUpdated(const QJsonObject& invoice);
    void detailLoaded(const QJsonObject& invoice);
    void exportFinished(const QString& filePath);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadPartners();
    void applyFilter();
    void showDetail(const QJsonObject& invoice);
    void fetchDetail(const QString& id);
    void showError(const ApiError& error);
    void exportPage(const QString& cursor);
    void finishExport(bool ok, const QString& message);

    WorkspaceContext m_context;
    QComboBox* m_status = nullptr;
    QComboBox* m_partner = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_export = nullptr;
    QSplitter* m_splitter = nullptr;
    SplitterRatio* m_ratio = nullptr;
    QTableView* m_table = nullptr;
    PagedTableModel* m_model = nullptr;

    RecordDetailPane* m_pane = nullptr;
    QLabel* m_linesTitle = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_remindersTitle = nullptr;
    QTableWidget* m_reminders = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_payBox = nullptr;
    QLabel* m_payTitle = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_pay = nullptr;

    QJsonObject m_current;
    QString m_selectId;
    QTimer m_liveReload;
    bool m_partnersLoaded = false;

    // The export in progress (one at a time).
    std::unique_ptr<QSaveFile> m_exportFile;
    QPointer<QProgressDialog> m_exportProgress;
    int m_exportRows = 0;
    int m_exportGeneration = 0;
};

} // namespace ey::desk::finance
