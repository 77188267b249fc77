// SalesChartsPanel: revenue charts.
#include "SalesChartsPanel.h"

#include "SalesFormat.h"

#include "ApiClient.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ey::desk::sales {

namespace {

QChartView* chartView(const char* name, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

/// Rupiah on an axis: millions when the numbers are that large, so labels stay short.
struct Scale
{
    double divisor = 1;
    QString title;
};

Scale scaleFor(qint64 max)
{
    if (max >= 1'000'000)
        return {1'000'000.0, SalesChartsPanel::tr("Juta rupiah")};
    if (max >= 1'000)
        return {1'000.0, SalesChartsPanel::tr("Ribu rupiah")};
    return {1.0, SalesChartsPanel::tr("Rupiah")};
}

void replaceAxes(QChart* chart)
{
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    chart->removeAllSeries();
}

} // namespace

SalesChartsPanel::SalesChartsPanel(ApiClient& api, QWidget* parent) : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("salesCharts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("chartsHeadline"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_headline->setFont(font);
    layout->addWidget(m_headline);
    m_revenue = chartView("revenueChart", this);
    m_products = chartView("productChart", this);
    layout->addWidget(m_revenue, 3);
    layout->addWidget(m_products, 2);
}

void SalesChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && !m_summary.isEmpty())
        render();
    QWidget::changeEvent(event);
}

void SalesChartsPanel::load(const QDate& from, const QDate& to, const QString& bucket)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_headline->setText(tr("Memuat grafik\u2026"));
    const QUrlQuery query{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), to.toString(Qt::ISODate)},
                          {QStringLiteral("bucket"), bucket}};
    m_api.get(
        QStringLiteral("/api/v1/admin/sales/summary"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_summary = response.object();
            render();
            emit loaded();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_headline->setText(error.detail);
        });
}

void SalesChartsPanel::render()
{
    const QString bucket = m_summary.value(QStringLiteral("bucket")).toString();
    m_headline->setText(
        tr("Pendapatan lunas %1 dari %n transaksi", nullptr,
           m_summary.value(QStringLiteral("count")).toInt())
            .arg(SalesFormat::money(m_summary.value(QStringLiteral("gross")).toInteger())));

    // Revenue over time: one bar per bucket, empty buckets included (the server fills them).
    QChart* chart = m_revenue->chart();
    replaceAxes(chart);
    chart->setTitle(bucket == QStringLiteral("day")     ? tr("Pendapatan per hari")
                    : bucket == QStringLiteral("week")  ? tr("Pendapatan per minggu")
                    : bucket == QStringLiteral("month") ? tr("Pendapatan per bulan")
                                                        : tr("Pendapatan per tahun"));
    const QJsonArray buckets = m_summary.value(QStringLiteral("buckets")).toArray();
    qint64 max = 0;
    for (const auto& value : buckets)
        max = std::max(max, value.toObject().value(QStringLiteral("gross")).toInteger());
    const Scale scale = scaleFor(max);
    auto* set = new QBarSet(tr("Pendapatan"));
    set->setColor(QColor(0x25, 0x63, 0xEB));
    QStringList labels;
    const QLocale locale;
    for (const auto& value : buckets) {
        const QJsonObject b = value.toObject();
        *set << b.value(QStringLiteral("gross")).toInteger() / scale.divisor;
        const QDate start =
            QDate::fromString(b.value(QStringLiteral("start")).toString(), Qt::ISODate);
        labels << (bucket == QStringLiteral("year") ? QString::number(start.year())
                   : bucket == QStringLiteral("month")
                       ? locale.toString(start, QStringLiteral("MMM yy"))
                       : locale.toString(start, QStringLiteral("d MMM")));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 14 ? -60 : 0);
    auto* y = new QValueAxis;
    y->setTitleText(scale.title);
    y->setLabelFormat(scale.divisor > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    y->setMin(0);
    y->setMax(max > 0 ? max / scale.divisor * 1.1 : 1);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Revenue by product: the top ten, largest on top.
    QChart* products = m_products->chart();
    replaceAxes(products);
    products->setTitle(tr("Pendapatan per produk"));
    const QJsonArray top = m_summary.value(QStringLiteral("top_products")).toArray();
    qint64 topMax = 0;
    for (const auto& value : top)
        topMax = std::max(topMax, value.toObject().value(QStringLiteral("revenue")).toInteger());
    const Scale productScale = scaleFor(topMax);
    auto* productSet = new QBarSet(tr("Pendapatan"));
    productSet->setColor(QColor(0x16, 0xA3, 0x4A));
    QStringList names;
    for (int i = static_cast<int>(top.size()) - 1; i >= 0; --i) {
        const QJsonObject p = top.at(i).toObject();
        *productSet << p.value(QStringLiteral("revenue")).toInteger() / productScale.divisor;
        QString name = p.value(QStringLiteral("title")).toString();
        if (name.size() > 32)
            name = name.left(31) + QStringLiteral("\u2026");
        names << name;
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(productSet);
    bars->setLabelsVisible(false);
    products->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    auto* values = new QValueAxis;
    values->setTitleText(productScale.title);
    values->setLabelFormat(productScale.divisor > 1 ? QStringLiteral("%.1f")
                                                    : QStringLiteral("%.0f"));
    values->setMin(0);
    values->setMax(topMax > 0 ? topMax / productScale.divisor * 1.1 : 1);
    values->applyNiceNumbers();
    products->addAxis(categories, Qt::AlignLeft);
    products->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(categories);
    bars->attachAxis(values);
}

} // namespace ey::desk::sales
