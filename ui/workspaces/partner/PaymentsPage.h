// The admin "Pembayaran" page: partners' manual payments to confirm or reject, and quota packages.
#pragma once

#include "RecordDetailPane.h"

#include <QJsonObject>
#include <QPixmap>
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
class ApiClient;
class PagedTableModel;
class StatusBadge;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class PackagesPanel;

/// UI thread; partner.manage. The queue (server-paged, newest first) opens on the payments that
/// wait for someone ("Perlu konfirmasi"); filters by status, kind and partner. The detail pane
/// shows the transaction and its proof (an image inline, a PDF through the system viewer), and
/// "Konfirmasi" (asks first, naming amount and quota) or "Tolak" (a reason is required). Below,
/// the quota packages. handleEvent() takes "partner.payment_updated" from the live stream.
class PaymentsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Created,
        Number,
        Partner,
        Kind,
        Event,
        Quota,
        Amount,
        Status,
        ColumnCount
    };

    explicit PaymentsPage(ApiClient& api, QWidget* parent = nullptr);

    /// Admins: the partner the page acts for (sent as partner_id where the API takes it).
    void setPartnerId(const QString& partnerId);
    void reload();
    void focusSearch();
    /// A live event; "partner.payment_updated" reloads the queue (and the open transaction).
    void handleEvent(const QString& name, const QJsonObject& data);

    /// "" for every status.
    void setStatusFilter(const QString& status);
    QString statusFilter() const;
    void setKindFilter(const QString& kind);
    void open(int row);
    /// Shows one transaction whether or not it is on the page (a notification's link).
    void openTransaction(const QString& id);
    QJsonObject current() const { return m_current; }
    /// Asks (amount and quota named), then confirms the open transaction as paid.
    void confirm();
    /// Rejects the open transaction with the reason typed in rejectReason().
    void reject();
    /// Downloads the open transaction's proof and opens it with the system's viewer.
    void openProof();

    PagedTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* partnerCombo() const { return m_partner; }
    QWidget* detail() const { return m_pane->detail(); }
    QLabel* titleLabel() const { return m_pane->title(); }
    StatusBadge* badge() const { return m_pane->badge(); }
    /// The value shown for field `index` of the detail form (see fieldLabels in the .cpp).
    QLabel* fieldValue(int index) const { return m_pane->fieldValue(index); }
    QLabel* proofImage() const { return m_proofImage; }
    QPushButton* proofButton() const { return m_proofButton; }
    QLineEdit* confirmNote() const { return m_note; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLineEdit* rejectReason() const { return m_reason; }
    QPushButton* rejectButton() const { return m_reject; }
    QLabel* error() const { return m_error; }
    PackagesPanel* packages() const { return m_packages; }

signals:
    void paymentUpdated(const QJsonObject& transaction);
    /// The open transaction's proof arrived (an image is on screen, a PDF ready to open).
    void proofLoaded();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showDetail(const QJsonObject& transaction);
    void loadProof(const QString& id);
    void act(const QString& action, const QJsonObject& body);
    void showError(const ApiError& error);
    void setBusy(bool busy);
    void loadPartners();
    void applyFilter();
    void scaleProof();
    void showProofText(const QString& message);

    ApiClient& m_api;
    QString m_partnerId;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_partner = nullptr;
    QLabel* m_count = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    PagedTableModel* m_model = nullptr;

    RecordDetailPane* m_pane = nullptr;
    QLabel* m_proofImage = nullptr;
    QPushButton* m_proofButton = nullptr;
    QPixmap m_proofPixmap;
    QByteArray m_proofBytes;
    QString m_proofFor;
    QLabel* m_error = nullptr;
    QWidget* m_confirmBox = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_confirm = nullptr;
    QWidget* m_rejectBox = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_reject = nullptr;
    PackagesPanel* m_packages = nullptr;

    QJsonObject m_current;
    QString m_selectId;
    QTimer m_liveReload;
    bool m_packagesLoaded = false;
};

} // namespace ey::desk::partner
