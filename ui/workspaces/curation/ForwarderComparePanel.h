// "Bandingkan rute": the rates of every forwarder on one route, grouped by mode, unit and
// currency, cheapest first, with a bar chart of the prices.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

class QChart;
class QChartView;

namespace ey::desk {
class ApiClient;
}

namespace ey::desk::curation {

/// UI thread. The route picker is filled from GET /api/v1/forwarders/routes (typing any other
/// port or city works too); "Bandingkan" asks GET /api/v1/forwarders/compare. Each group is a
/// tree branch; the chart shows the group that holds the current row (the first at start).
/// Expired rates, when included, are grey in the tree and a separate grey bar in the chart.
class ForwarderComparePanel : public QWidget
{
    Q_OBJECT

public:
    ForwarderComparePanel(ApiClient& api, QWidget* parent = nullptr);

    /// Loads the route list for the pickers.
    void loadRoutes();
    void compare(const QString& origin, const QString& destination, const QString& mode = {},
                 bool includeExpired = false);
    void compare();
    bool isLoading() const { return m_loading; }
    QJsonObject result() const { return m_result; }

    QComboBox* origin() const { return m_origin; }
    QComboBox* destination() const { return m_destination; }
    QComboBox* mode() const { return m_mode; }
    QCheckBox* includeExpired() const { return m_expired; }
    QTreeWidget* tree() const { return m_tree; }
    QChart* chart() const { return m_chart; }
    QLabel* message() const { return m_message; }
    /// The group the chart shows.
    int chartGroup() const { return m_chartGroup; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillDestinations();
    void showResult(const QJsonObject& result);
    void showChart(int group);

    ApiClient& m_api;
    QJsonArray m_routes;
    QJsonObject m_result;
    bool m_loading = false;
    int m_generation = 0;
    int m_chartGroup = -1;

    QLabel* m_originLabel = nullptr;
    QComboBox* m_origin = nullptr;
    QLabel* m_destinationLabel = nullptr;
    QComboBox* m_destination = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_expired = nullptr;
    QPushButton* m_go = nullptr;
    QLabel* m_message = nullptr;
    QTreeWidget* m_tree = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
};

} // namespace ey::desk::curation
