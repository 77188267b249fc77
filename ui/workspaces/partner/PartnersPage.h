// The admin's "Partner" page: partners listed (server-paged) beside a form that creates one, and
// for the selected partner its operators, prices, quota per event and credit.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace ey::desk {
class ApiClient;
class AreaPicker;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class PartnerOperatorsPanel;
class PartnerPricingPanel;
class PartnerTableModel;

/// UI thread; shown only to partner.manage. The form creates a partner with a new or existing
/// owner account; selecting a row loads that partner into the same form to change its terms
/// (type, payment model, credit limit, status, contact, address) — the owner stays as it is.
/// Beside "Profil" the detail has "Operator", "Harga" and "Kuota & kredit" tabs for the selected
/// partner (disabled while the form is for a new one).
class PartnersPage : public QWidget
{
    Q_OBJECT

public:
    explicit PartnersPage(ApiClient& api, QWidget* parent = nullptr);

    void reload();
    void focusSearch();
    void create();
    /// Empties the form for a new partner.
    void startNew();
    /// Shows `partner` in the form for editing.
    void load(const QJsonObject& partner);
    void save();
    bool isNew() const { return m_partnerId.isEmpty(); }

    PartnerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* institutionEdit() const { return m_institution; }
    QComboBox* typeCombo() const { return m_type; }
    QComboBox* paymentCombo() const { return m_payment; }
    QSpinBox* creditEdit() const { return m_credit; }
    QLineEdit* ownerEmailEdit() const { return m_ownerEmail; }
    QLineEdit* ownerNameEdit() const { return m_ownerName; }
    QLineEdit* ownerPasswordEdit() const { return m_ownerPassword; }
    QLineEdit* addressEdit() const { return m_address; }
    AreaPicker* areaPicker() const { return m_area; }
    QPushButton* createButton() const { return m_createButton; }
    QComboBox* statusCombo() const { return m_status; }
    QLabel* message() const { return m_message; }

    QTabWidget* detailTabs() const { return m_detailTabs; }
    PartnerOperatorsPanel* operators() const { return m_operators; }
    PartnerPricingPanel* pricing() const { return m_pricing; }
    /// Quota per event of the selected partner: code, title, quota, clients (event id in UserRole).
    QTableWidget* quotaTable() const { return m_quotaTable; }
    QSpinBox* quotaDelta() const { return m_quotaDelta; }
    QLineEdit* quotaReason() const { return m_quotaReason; }
    QPushButton* quotaButton() const { return m_quotaButton; }
    QLabel* quotaMessage() const { return m_quotaMessage; }
    /// The selected event's quota history, newest first: when, change, balance, why, who.
    QTableWidget* quotaLog() const { return m_quotaLog; }
    /// Post-paid partners only: limit, used, available, not yet billed, billed and unpaid.
    QWidget* creditBox() const { return m_creditBox; }
    QLabel* creditValue(int index) const { return m_creditValues.value(index); }
    /// Reloads the selected partner's events with their quota (and the credit when post-paid).
    void reloadQuota();
    /// Adds quotaDelta() (negative takes away) to the event selected in quotaTable().
    void addQuota();

signals:
    void created(const QString& partnerId);
    void updated(const QString& partnerId);
    void quotaLoaded();
    void quotaLogLoaded();
    void creditLoaded();

private:
    void showError(const ApiError& error);
    QWidget* buildQuotaTab();
    void showDetailTabs(bool enabled);
    void loadQuotaLog();

    ApiClient& m_api;
    QString m_partnerId;
    QLabel* m_heading = nullptr;
    QComboBox* m_status = nullptr;
    QWidget* m_ownerFields[6] = {};
    PartnerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_institution = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_payment = nullptr;
    QSpinBox* m_credit = nullptr;
    QLineEdit* m_ownerEmail = nullptr;
    QLineEdit* m_ownerName = nullptr;
    QLineEdit* m_ownerPassword = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QLineEdit* m_address = nullptr;
    AreaPicker* m_area = nullptr;
    QPushButton* m_createButton = nullptr;
    QLabel* m_message = nullptr;
    QString m_paymentModel;
    QTabWidget* m_detailTabs = nullptr;
    PartnerOperatorsPanel* m_operators = nullptr;
    PartnerPricingPanel* m_pricing = nullptr;
    QTableWidget* m_quotaTable = nullptr;
    QSpinBox* m_quotaDelta = nullptr;
    QLineEdit* m_quotaReason = nullptr;
    QPushButton* m_quotaButton = nullptr;
    QLabel* m_quotaMessage = nullptr;
    QTableWidget* m_quotaLog = nullptr;
    QWidget* m_creditBox = nullptr;
    QList<QLabel*> m_creditValues;
};

} // namespace ey::desk::partner
