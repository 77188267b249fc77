// Support metrics for a date range (figures and Qt Charts) and the per-priority SLA targets.
#pragma once

#include "Retranslator.h"
#include "Workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ey::desk {
struct ApiError;
}

namespace ey::desk::tickets {

/// UI thread. GET /api/v1/tickets/metrics?from=&to= (dates in WIB) and GET/PUT /api/v1/tickets/sla;
/// the SLA table is editable for tickets.manage only (the server checks the same permission).
class TicketMetricsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TicketMetricsPanel(const WorkspaceContext& context, QWidget* parent = nullptr);

    void load();
    void saveSla();
    const QJsonObject& metrics() const { return m_metrics; }

signals:
    void metricsLoaded();
    void slaLoaded();
    void slaSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* figure(std::function<QString()> title, const char* objectName, QWidget* parent, QLayout* into);
    void showMetrics();
    void showSla(const QJsonObject& document);
    void showSlaErrors(const ApiError& error);
    void loadSla();
    void fillBars(QChart* chart, const QStringList& labels, const QList<qint64>& values, const QColor& color);

    WorkspaceContext m_context;
    bool m_canEditSla = false;
    QJsonObject m_metrics;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_open = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_firstResponse = nullptr;
    QLabel* m_resolution = nullptr;
    QLabel* m_slaResponse = nullptr;
    QLabel* m_slaResolution = nullptr;
    QLabel* m_breached = nullptr;
    QChartView* m_categoryChart = nullptr;
    QChartView* m_openClosedChart = nullptr;
    QChartView* m_roleChart = nullptr;
    QTableWidget* m_slaTable = nullptr;
    QPushButton* m_saveSla = nullptr;
    QLabel* m_slaError = nullptr;
    QMap<QString, QPair<QSpinBox*, QSpinBox*>> m_slaEdits; ///< priority → (first response, resolution)
    Retranslator m_texts;
};

} // namespace ey::desk::tickets
