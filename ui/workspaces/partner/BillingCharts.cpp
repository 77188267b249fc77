// BillingCharts: Qt Charts drawing for the "Kuota & Tagihan" page.
#include "BillingCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QJsonObject>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace ey::desk::partner {

namespace {

void clear(QChart* chart)
{
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    chart->removeAllSeries();
}

} // namespace

QChartView* BillingCharts::createView(const QString& objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

void BillingCharts::showQuotaHistory(QChartView* view, const QJsonArray& logs, qint64 quota)
{
    QChart* chart = view->chart();
    clear(chart);
    chart->setTitle(tr("Sisa kuota dari waktu ke waktu"));
    auto* line = new QLineSeries;
    line->setName(tr("Sisa kuota"));
    QPen pen(QColor(QStringLiteral("#2563EB")));
    pen.setWidthF(2.5);
    line->setPen(pen);
    line->setPointsVisible(true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 top = std::max<qint64>(quota, 1);
    QDateTime first = now.addDays(-1);
    // Oldest first; each change is a vertical step at its moment, so the line reads as a balance.
    for (qsizetype i = logs.size() - 1; i >= 0; --i) {
        const QJsonObject entry = logs.at(i).toObject();
        const QDateTime at = QDateTime::fromString(
            entry.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            continue;
        const qint64 after = entry.value(QStringLiteral("balance_after")).toInteger();
        const qint64 before = after - entry.value(QStringLiteral("delta")).toInteger();
        if (line->count() == 0)
            first = at;
        line->append(double(at.toMSecsSinceEpoch()), double(before));
        line->append(double(at.toMSecsSinceEpoch()), double(after));
        top = std::max({top, before, after});
    }
    if (line->count() == 0)
        line->append(double(first.toMSecsSinceEpoch()), double(quota));
    line->append(double(now.toMSecsSinceEpoch()), double(quota));
    chart->addSeries(line);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM HH:mm"));
    // A little room either side so the first step and "now" are not drawn on the frame.
    const qint64 span =
        std::max<qint64>(now.toMSecsSinceEpoch() - first.toMSecsSinceEpoch(), 60 * 60 * 1000);
    x->setRange(QDateTime::fromMSecsSinceEpoch(first.toMSecsSinceEpoch() - span / 20),
                QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch() + span / 20));
    x->setTickCount(5);
    auto* y = new QValueAxis;
    y->setRange(0, double(top) * 1.1 + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Laporan"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
}

int BillingCharts::quotaPointCount(QChartView* view)
{
    const auto series = view->chart()->series();
    if (series.isEmpty())
        return 0;
    auto* line = qobject_cast<QLineSeries*>(series.first());
    return line ? line->count() : 0;
}

void BillingCharts::showCreditMonths(QChartView* view, const QJsonArray& months)
{
    QChart* chart = view->chart();
    clear(chart);
    qint64 max = 0;
    for (const auto value : months)
        max = std::max(max, value.toObject().value(QStringLiteral("amount")).toInteger());
    // Rupiah in millions or thousands, so the axis labels stay short.
    double divisor = 1;
    QString unit = tr("Rupiah");
    if (max >= 1'000'000) {
        divisor = 1'000'000;
        unit = tr("Juta rupiah");
    } else if (max >= 1'000) {
        divisor = 1'000;
        unit = tr("Ribu rupiah");
    }
    chart->setTitle(tr("Pemakaian kredit 12 bulan terakhir"));
    auto* set = new QBarSet(tr("Pemakaian"));
    set->setColor(QColor(QStringLiteral("#D97706")));
    QStringList categories;
    const QLocale locale;
    for (const auto value : months) {
        const QJsonObject month = value.toObject();
        const QDate date = QDate::fromString(
            month.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        categories << (date.isValid() ? locale.toString(date, QStringLiteral("MMM yy"))
                                      : month.value(QStringLiteral("month")).toString());
        set->append(double(month.value(QStringLiteral("amount")).toInteger()) / divisor);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(1.0, double(max) / divisor * 1.1));
    y->applyNiceNumbers();
    y->setLabelFormat(divisor > 1 ? QStringLiteral("%.1f") : QStringLiteral("%d"));
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace ey::desk::partner
