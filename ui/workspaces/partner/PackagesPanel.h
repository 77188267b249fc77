// "Paket kuota": the quota packages partners choose from when they top up, edited in place.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

/// UI thread; partner.manage. A short list (no paging). A changed cell is saved at once (PATCH of
/// that one field); "Aktif" is a check box; Del removes a package after asking. Partners only ever
/// see active packages, so switching one off is the gentle alternative to deleting it.
class PackagesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Quota,
        Discount,
        Active,
        Position,
        ColumnCount
    };

    explicit PackagesPanel(ApiClient& api, QWidget* parent = nullptr);

    void reload();
    void add();
    /// Asks, then deletes the package on `row`.
    void remove(int row);
    int rowOf(const QString& name) const;

    QTableWidget* table() const { return m_table; }
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* quotaEdit() const { return m_quota; }
    QSpinBox* discountEdit() const { return m_discount; }
    QPushButton* addButton() const { return m_add; }
    QLabel* message() const { return m_message; }

signals:
    void loaded(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill(const QJsonArray& items);
    void saveCell(QTableWidgetItem* item);
    void showError(const ApiError& error);

    ApiClient& m_api;
    QJsonArray m_items;
    bool m_filling = false;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_quota = nullptr;
    QSpinBox* m_discount = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ey::desk::partner
