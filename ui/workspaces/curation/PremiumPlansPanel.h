// The "Paket Premium" section of the supplier limits tab: the plans suppliers can buy (code,
// name, months, price, active), edited and added in place.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::curation {

/// UI thread. load() asks GET /api/v1/admin/supplier-premium-plans; selecting a row fills the
/// form under the table, "Paket baru" empties it with the code editable. "Simpan paket" sends
/// PUT /api/v1/admin/supplier-premium-plans/{code} {label, months, price, active}; the server
/// creates the plan when the code is new and audits either way. Needs suppliers.decide.
class PremiumPlansPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Label,
        Months,
        Price,
        Active,
        UpdatedAt,
        ColumnCount
    };

    explicit PremiumPlansPanel(ApiClient& api, QWidget* parent = nullptr);

    void load();
    /// Fills the form from the plan in `row` of the table.
    void editRow(int row);
    void newPlan();
    void save();
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_saving; }
    QJsonObject body() const;

    QTableWidget* table() const { return m_table; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* labelEdit() const { return m_label; }
    QSpinBox* monthsBox() const { return m_months; }
    QSpinBox* priceBox() const { return m_price; }
    QCheckBox* activeCheck() const { return m_active; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QLabel* message() const { return m_message; }

signals:
    void loaded();
    void planSaved(const QJsonObject& plan);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTable();
    void setMessage(const QString& text, bool problem);
    void showError(const ApiError& error);

    ApiClient& m_api;
    QList<QJsonObject> m_plans;
    QString m_editing; ///< the code of the plan in the form; empty for a new one
    bool m_loaded = false;
    bool m_saving = false;

    QLabel* m_heading = nullptr;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_formHeading = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_labelLabel = nullptr;
    QLabel* m_monthsLabel = nullptr;
    QLabel* m_priceLabel = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_label = nullptr;
    QSpinBox* m_months = nullptr;
    QSpinBox* m_price = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ey::desk::curation
