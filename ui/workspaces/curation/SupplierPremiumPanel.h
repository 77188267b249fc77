// The "Premium" tab of the supplier detail: the supplier's tier, how long premium lasts, and the
// premium orders it paid (or left unpaid) through Xendit.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace ey::desk {
class ApiClient;
} // namespace ey::desk

namespace ey::desk::curation {

/// UI thread. showSupplier() writes the tier line from the supplier JSON at once and asks
/// GET /api/v1/admin/suppliers/{id}/premium-orders (suppliers.review) for the orders, newest
/// first: number (created at in its tooltip), plan, amount ("Rp 99.000", right-aligned), status
/// as a coloured pill, paid at.
/// A later showSupplier() wins over an answer still on its way.
class SupplierPremiumPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Plan,
        Amount,
        Status,
        PaidAt,
        ColumnCount
    };

    explicit SupplierPremiumPanel(ApiClient& api, QWidget* parent = nullptr);

    void showSupplier(const QJsonObject& supplier);
    void reload();
    bool isLoading() const { return m_loading; }
    QLabel* tierLine() const { return m_tier; }
    QTableWidget* ordersTable() const { return m_orders; }
    QLabel* message() const { return m_message; }

signals:
    void ordersLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillTier();
    void fillOrders();

    ApiClient& m_api;
    QJsonObject m_supplier;
    QList<QJsonObject> m_items;
    bool m_loading = false;
    int m_generation = 0;

    QLabel* m_tier = nullptr;
    QLabel* m_hint = nullptr;
    QTableWidget* m_orders = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ey::desk::curation
