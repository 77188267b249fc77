// The admin's "Partner" page: partners listed (server-paged) beside a form that creates one.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ey::desk {
class ApiClient;
class AreaPicker;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

class PartnerTableModel;

/// UI thread; shown only to partner.manage. The form creates a partner with a new or existing
/// owner account; selecting a row loads that partner into the same form to change its terms
/// (type, payment model, credit limit, status, contact, address) — the owner stays as it is.
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

signals:
    void created(const QString& partnerId);
    void updated(const QString& partnerId);

private:
    void showError(const ApiError& error);

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
};

} // namespace ey::desk::partner
