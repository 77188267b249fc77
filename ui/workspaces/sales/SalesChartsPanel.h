// The "Grafik" tab: paid revenue over time and revenue by product, from the summary endpoint.
#pragma once

#include <QJsonObject>
#include <QUrlQuery>
#include <QWidget>

class QLabel;
class QChartView;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::sales {

/// UI thread. load() asks GET /api/v1/admin/sales/summary for the range and bucket the filter bar
/// stands for; an older answer arriving late is dropped.
class SalesChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SalesChartsPanel(ApiClient& api, QWidget* parent = nullptr);

    void load(const QDate& from, const QDate& to, const QString& bucket);
    const QJsonObject& summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }
    QChartView* revenueChart() const { return m_revenue; }
    QChartView* productChart() const { return m_products; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    ApiClient& m_api;
    QJsonObject m_summary;
    int m_generation = 0;
    bool m_loading = false;
    QLabel* m_headline = nullptr;
    QChartView* m_revenue = nullptr;
    QChartView* m_products = nullptr;
};

} // namespace ey::desk::sales
