// The "Klien" page: the partner's clients (server-paged, by event and status) and their reports.
#pragma once

#include "BulkZipDownload.h"

#include <QJsonObject>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace ey::desk {
class ApiClient;
class StatusBadge;
} // namespace ey::desk

namespace ey::desk::partner {

class PartnerTableModel;

/// UI thread. "Unduh laporan" saves the selected client's PDF where the person chooses; "Unduh ZIP"
/// streams the reports of every selected client into one archive with progress and cancel. The
/// first download is charged by the server (quota or credit), so the table reloads afterwards to
/// show the clients as complete. "Ringkasan Eksekutif" buys the add-on for the selection: a
/// payment to settle in "Kuota & Tagihan" (pre-paid) or at once on credit (post-paid). The pane
/// beside the table shows the current client (or the one a notification link named).
class ClientsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(ApiClient& api, QWidget* parent = nullptr);

    /// Admins: the partner whose clients are shown (sent as partner_id).
    void setPartnerId(const QString& partnerId);
    void reload();
    void focusSearch();
    /// Fetches the report of the client in `row` and writes it to `path`.
    void download(int row, const QString& path);
    /// Streams the ZIP of the selected clients' reports to `path` (what "Unduh ZIP" does after the
    /// save dialog).
    void downloadZip(const QString& path);
    /// Buys the executive summary for the selected clients; `method` "manual" or "xendit" (only
    /// pre-paid partners pay; post-paid partners get it on credit).
    void requestExecutive(const QString& method);
    /// Clears the filters and shows the client `clientId` (a notification link): selected in the
    /// table when it is on the first page, otherwise fetched and shown in the side pane.
    void showClient(const QString& clientId);
    /// Ids of the selected rows, in table order.
    QStringList selectedClientIds() const;

    PartnerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QComboBox* eventFilter() const { return m_event; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* dateFilter() const { return m_byDate; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* zipButton() const { return m_zip; }
    QPushButton* executiveButton() const { return m_executive; }
    QLabel* message() const { return m_message; }
    /// The running ZIP's progress dialog; null when none runs.
    QProgressDialog* zipProgress() const { return m_progress; }
    /// The client the side pane shows ({} when none).
    QJsonObject shownClient() const { return m_shown; }

signals:
    void downloaded(const QString& path);
    /// `done` of `total` reports of the running ZIP are on disk.
    void zipProgressed(int done, int total);
    void zipFinished(const QString& path, int reports);
    void zipFailed(const QString& message);
    void zipCancelled();
    /// The add-on was ordered: `transaction` is the payment to make (pre-paid) or empty
    /// (post-paid).
    void executiveRequested(const QJsonObject& transaction);
    void clientShown(const QString& clientId);

private:
    void applyFilter();
    void loadEvents();
    void loadPartner();
    void downloadSelected();
    void zipSelected();
    void updateActions();
    void showDetail(const QJsonObject& client);
    void findPendingClient();

    ApiClient& m_api;
    QString m_partnerId;
    QString m_paymentModel;
    PartnerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_byDate = nullptr; ///< "Selesai" between m_from and m_to (Jakarta dates)
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_zip = nullptr;
    QPushButton* m_executive = nullptr;
    QMenu* m_executiveMenu = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchDelay = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_detailName = nullptr;
    StatusBadge* m_detailStatus = nullptr;
    QLabel* m_detailEmail = nullptr;
    QLabel* m_detailOrganization = nullptr;
    QLabel* m_detailEvent = nullptr;
    QLabel* m_detailDates = nullptr;
    QLabel* m_detailExecutive = nullptr;
    QLabel* m_detailEmpty = nullptr;
    QJsonObject m_shown;
    QString m_pendingClientId;
    QPointer<BulkZipDownload> m_bulk;
    QPointer<QProgressDialog> m_progress;
};

} // namespace ey::desk::partner
