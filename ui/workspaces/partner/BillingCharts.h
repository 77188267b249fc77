// The two billing charts: an event's quota over time and a post-paid partner's monthly credit use.
#pragma once

#include <QCoreApplication>
#include <QJsonArray>

QT_BEGIN_NAMESPACE
class QChartView;
class QWidget;
QT_END_NAMESPACE

namespace ey::desk::partner {

/// UI thread. Stateless: each show*() replaces what the view drew before, so a reload or a
/// language switch simply draws again.
class BillingCharts
{
    Q_DECLARE_TR_FUNCTIONS(BillingCharts)

public:
    static QChartView* createView(const QString& objectName, QWidget* parent);
    /// A step line of the quota left: top-ups go up, downloads go down. `logs` newest first as
    /// GET /partner/events/{id}/quota returns them; `quota` is the balance now.
    static void showQuotaHistory(QChartView* view, const QJsonArray& logs, qint64 quota);
    /// Bars of the last months' credit use ({month "2026-06", amount}, oldest first).
    static void showCreditMonths(QChartView* view, const QJsonArray& months);
    /// Number of points the quota line has (tests check the chart follows the log).
    static int quotaPointCount(QChartView* view);
};

} // namespace ey::desk::partner
