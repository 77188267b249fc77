// The "Kuota & Tagihan" page: quota and credit with their history chart, top-ups with proof,
// invoices.
#pragma once

#include "TopupDialog.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace ey::desk {
class ApiClient;
class StatusBadge;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class PartnerTableModel;

/// UI thread. Shows what the partner's payment model needs: a pre-paid partner ("after_payment")
/// sees the quota left per event, the selected event's quota history as a chart and a log, and
/// the payments (top-ups, executive add-ons) with proof upload and cancel; a post-paid partner
/// ("before_payment") sees the credit limit, what is used and available, the last 12 months'
/// use as bars, and the monthly invoices with their lines and reminders. handleEvent() takes the
/// live events that change any of it.
class BillingPage : public QWidget
{
    Q_OBJECT

public:
    explicit BillingPage(ApiClient& api, QWidget* parent = nullptr);

    /// Admins: the partner the page acts for (sent as partner_id where the API takes it).
    void setPartnerId(const QString& partnerId);
    void reload();
    void focusSearch();
    /// partner.payment_updated, partner.invoice_updated, partner.client_completed.
    void handleEvent(const QString& name, const QJsonObject& data);
    /// Shows one payment or one monthly invoice (a notification's link).
    void openTransaction(const QString& id);
    void openInvoice(const QString& id);

    /// Opens the top-up form (for the selected event); the page refreshes when it creates one.
    TopupDialog* openTopup();
    /// Sends the file at `path` as the proof of the selected transaction.
    void uploadProof(const QString& path);
    void cancelSelected();

    QString paymentModel() const { return m_paymentModel; }
    bool isPrepaid() const { return m_paymentModel == QStringLiteral("after_payment"); }
    QLabel* message() const { return m_message; }
    QPushButton* topupButton() const { return m_topup; }
    PartnerTableModel* quotaModel() const { return m_quotaModel; }
    QTableView* quotaTable() const { return m_quotaTable; }
    QChartView* quotaChart() const { return m_quotaChart; }
    QTableWidget* quotaLog() const { return m_quotaLog; }
    QLabel* quotaHeadline() const { return m_quotaHeadline; }
    PartnerTableModel* transactionsModel() const { return m_transactions; }
    QTableView* transactionsTable() const { return m_transactionsTable; }
    QJsonObject shownTransaction() const { return m_transaction; }
    StatusBadge* transactionStatus() const { return m_transactionStatus; }
    QPushButton* proofButton() const { return m_proof; }
    QPushButton* cancelButton() const { return m_cancel; }
    QWidget* creditPanel() const { return m_postpaid; }
    QLabel* creditLimitLabel() const { return m_creditLimit; }
    QLabel* creditUsedLabel() const { return m_creditUsed; }
    QLabel* creditAvailableLabel() const { return m_creditAvailable; }
    QProgressBar* creditBar() const { return m_creditBar; }
    QChartView* creditChart() const { return m_creditChart; }
    PartnerTableModel* invoicesModel() const { return m_invoices; }
    QTableView* invoicesTable() const { return m_invoicesTable; }
    QTableWidget* invoiceLines() const { return m_invoiceLines; }
    QTableWidget* invoiceReminders() const { return m_invoiceReminders; }

signals:
    /// The partner (payment model) is known and the matching panels started loading.
    void partnerLoaded(const QString& paymentModel);
    void quotaShown(const QString& eventId, qint64 quota);
    void transactionShown(const QJsonObject& transaction);
    void proofUploaded(const QJsonObject& transaction);
    void creditLoaded(const QJsonObject& credit);
    void invoiceShown(const QJsonObject& invoice);

private:
    QWidget* buildPrepaid();
    QWidget* buildPostpaid();
    QUrlQuery scoped() const;
    void loadPartner();
    void loadQuota(const QString& eventId);
    void showQuota(const QJsonObject& quota);
    void showTransaction(const QJsonObject& transaction);
    void refreshTransaction();
    void loadCredit();
    void loadInvoice(const QString& id);
    void showInvoice(const QJsonObject& invoice);
    void showError(const ApiError& error);

    ApiClient& m_api;
    QString m_partnerId;
    QString m_paymentModel;
    QString m_quotaEventId;
    QString m_transactionId;
    QString m_invoiceId;
    QJsonObject m_transaction;
    QLabel* m_headline = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_topup = nullptr;
    QStackedWidget* m_modes = nullptr;
    QLabel* m_empty = nullptr;
    // Pre-paid.
    QWidget* m_prepaid = nullptr;
    PartnerTableModel* m_quotaModel = nullptr;
    QTableView* m_quotaTable = nullptr;
    QLabel* m_quotaHeadline = nullptr;
    QChartView* m_quotaChart = nullptr;
    QTableWidget* m_quotaLog = nullptr;
    QComboBox* m_transactionFilter = nullptr;
    PartnerTableModel* m_transactions = nullptr;
    QTableView* m_transactionsTable = nullptr;
    QLabel* m_transactionTitle = nullptr;
    StatusBadge* m_transactionStatus = nullptr;
    QLabel* m_transactionDetail = nullptr;
    QPushButton* m_proof = nullptr;
    QPushButton* m_viewProof = nullptr;
    QPushButton* m_pay = nullptr;
    QPushButton* m_cancel = nullptr;
    // Post-paid.
    QWidget* m_postpaid = nullptr;
    QLabel* m_creditLimit = nullptr;
    QLabel* m_creditUsed = nullptr;
    QLabel* m_creditAvailable = nullptr;
    QLabel* m_creditPending = nullptr;
    QProgressBar* m_creditBar = nullptr;
    QChartView* m_creditChart = nullptr;
    QComboBox* m_invoiceFilter = nullptr;
    PartnerTableModel* m_invoices = nullptr;
    QTableView* m_invoicesTable = nullptr;
    QLabel* m_invoiceTitle = nullptr;
    StatusBadge* m_invoiceStatus = nullptr;
    QLabel* m_invoiceDetail = nullptr;
    QTableWidget* m_invoiceLines = nullptr;
    QTableWidget* m_invoiceReminders = nullptr;
    QPointer<TopupDialog> m_topupDialog;
    int m_quotaGeneration = 0;
};

} // namespace ey::desk::partner
