// "Penarikan": the withdrawal queue with a status filter, and beside it the selected request with
// approve / reject (reason) / mark paid (reference + proof note) for finance.manage.
#pragma once

#include "RecordDetailPane.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace ey::desk {
class PagedTableModel;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::finance {

class SplitterRatio;

/// UI thread. Actions answer with the updated withdrawal, which replaces the pane at once; the
/// queue reloads after every change, ours or (live) anyone else's.
class WithdrawalsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Requested,
        Owner,
        Role,
        Bank,
        Amount,
        Fee,
        Payout,
        Status,
        ColumnCount
    };

    explicit WithdrawalsPage(const WorkspaceContext& context, QWidget* parent = nullptr);

    PagedTableModel* model() const { return m_model; }
    /// "" for every status.
    void setStatusFilter(const QString& status);
    QString statusFilter() const;
    void reload();
    void open(int row);
    QJsonObject current() const { return m_current; }
    void approve();
    void reject();
    void markPaid();
    void exportTo(const QString& filePath);
    void exportCsv();
    /// Another desk or the owner changed a withdrawal (live event).
    void withdrawalChanged(const QString& id);
    /// The bank's transfer proof (JPEG, PNG or PDF) sent with "Tandai Dibayar"; the file dialog
    /// of "Pilih bukti…" ends here too.
    void setProofFile(const QString& filePath);
    /// Downloads the current withdrawal's proof and opens it with the system's viewer.
    void viewProof();

    QByteArray saveSplitter() const;
    void restoreSplitter(const QByteArray& state);

signals:
    void withdrawalUpdated(const QJsonObject& withdrawal);
    void exportFinished(const QString& filePath);
    void exportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showDetail(const QJsonObject& withdrawal);
    void act(const QString& action, const QJsonObject& body);
    /// Sends the chosen proof file, then marks the withdrawal paid.
    void uploadProofThenPay(const QJsonObject& paidBody);
    void clearInputs();
    void setBusy(bool busy);

    WorkspaceContext m_context;
    bool m_canManage = false;
    QComboBox* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    SplitterRatio* m_ratio = nullptr;
    QTableView* m_table = nullptr;
    PagedTableModel* m_model = nullptr;

    RecordDetailPane* m_pane = nullptr;
    QLabel* m_error = nullptr;
    QWidget* m_approveBox = nullptr;
    QPushButton* m_approve = nullptr;
    QWidget* m_rejectBox = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_reject = nullptr;
    QWidget* m_payBox = nullptr;
    QLineEdit* m_reference = nullptr;
    QPushButton* m_proofPick = nullptr;
    QLabel* m_proofFile = nullptr;
    QString m_proofPath;
    QLabel* m_proofStatus = nullptr;
    QPushButton* m_viewProof = nullptr;
    QPushButton* m_pay = nullptr;
    QLabel* m_rejectTitle = nullptr;
    QLabel* m_payTitle = nullptr;

    QJsonObject m_current;
    QString m_selectId;
    QTimer m_liveReload;
};

} // namespace ey::desk::finance
