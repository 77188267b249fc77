// The "Statistik" tab: new buyers per week, per country, per product, and who looks at what.
#pragma once

#include <QJsonObject>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

class CountryCatalog;

/// UI thread. One GET /api/v1/admin/buyer-stats?weeks=N per load; charts are rebuilt from the
/// answer (also on a language switch).
class BuyerStatsPanel : public QWidget
{
    Q_OBJECT

public:
    BuyerStatsPanel(ApiClient& api, CountryCatalog& countries, QWidget* parent = nullptr);

    void load();
    int weeks() const;
    void setWeeks(int weeks);
    bool isLoading() const { return m_loading; }
    QJsonObject stats() const { return m_stats; }

    QChartView* weeklyChart() const { return m_weekly; }
    QChartView* countryChart() const { return m_countries; }
    QChartView* productChart() const { return m_products; }
    QTableWidget* mostViewed() const { return m_mostViewed; }
    QTableWidget* mostLiked() const { return m_mostLiked; }
    QTableWidget* topViewers() const { return m_topViewers; }

signals:
    void loaded();
    void openBuyerRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void renderTables();
    void retranslateUi();

    ApiClient& m_api;
    CountryCatalog& m_catalog;
    QJsonObject m_stats;
    bool m_loading = false;
    int m_generation = 0;
    QLabel* m_headline = nullptr;
    QLabel* m_weeksLabel = nullptr;
    QComboBox* m_weeks = nullptr;
    QChartView* m_weekly = nullptr;
    QChartView* m_countries = nullptr;
    QChartView* m_products = nullptr;
    QTabWidget* m_tables = nullptr;
    QTableWidget* m_mostViewed = nullptr;
    QTableWidget* m_mostLiked = nullptr;
    QTableWidget* m_topViewers = nullptr;
};

} // namespace ey::desk::curation
