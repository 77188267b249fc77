// The "Harga" panel of the admin's partner detail: this partner's price per assessment.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace ey::desk {
class ApiClient;
struct ApiError;
} // namespace ey::desk

namespace ey::desk::partner {

/// UI thread; partner.manage. One row per published assessment with the partner's price and
/// executive-summary price (blank: the event's or the general price applies). Cells edit in place;
/// Enter saves the row at once, Del removes the partner's price for the row after asking.
class PartnerPricingPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        Assessment,
        Price,
        ExecutivePrice,
        Updated,
        ColumnCount
    };

    explicit PartnerPricingPanel(ApiClient& api, QWidget* parent = nullptr);

    void setPartnerId(const QString& partnerId);
    void reload();
    /// Saves the row's two prices (PUT); what the in-place editor calls after Enter.
    void save(int row);
    /// Asks, then removes the partner's price of `row`.
    void remove(int row);
    /// The row of the assessment with `code`, or -1.
    int rowOf(const QString& code) const;

    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }

signals:
    void loaded();
    void saved(const QString& assessmentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void showError(const ApiError& error);

    ApiClient& m_api;
    QString m_partnerId;
    QJsonArray m_assessments;
    QJsonArray m_pricing;
    int m_pending = 0;
    int m_generation = 0; ///< answers to an older reload() are dropped
    bool m_filling = false;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ey::desk::partner
