// The "Operator" panel of the admin's partner detail: who acts for the partner, add and remove.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

/// UI thread; partner.manage. An operator acts for one partner (no top-up, no pricing). The list
/// is short (a handful per partner), so it is one unpaged request. Adding takes an email: an
/// existing account is linked as it is, a new one needs a name and a password. Removing asks first.
class PartnerOperatorsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PartnerOperatorsPanel(ApiClient& api, QWidget* parent = nullptr);

    /// Loads the operators of `partnerId` ("" empties the panel).
    void setPartnerId(const QString& partnerId);
    void reload();
    void add();
    /// Asks, then removes the operator on `row`.
    void remove(int row);

    QTableWidget* table() const { return m_table; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* addButton() const { return m_add; }
    QLabel* message() const { return m_message; }

signals:
    void loaded(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showItems(const QJsonArray& items);
    void showError(const ApiError& error);

    ApiClient& m_api;
    QString m_partnerId;
    QJsonArray m_items;
    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ey::desk::partner
