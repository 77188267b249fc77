// RevenuePage: controls, the report request, chart and table.
#include "RevenuePage.h"

#include "CsvDownload.h"
#include "FinanceLabels.h"
#include "MoneyDelegate.h"
#include "SplitterRatio.h"

#include "ApiClient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ey::desk::finance {

namespace {

/// The JSON field of each money column, in column order (Gross..Net).
const char* const kFields[] = {
    "gross",  "affiliate_commission", "company_fee", "founder", "cofounder",
    "mentor", "gateway_fees",         "refunds",     "net"};

struct Share
{
    const char* field;
    QColor color;
};

/// Where the money went, stacked in this order; colours stay apart for colour-blind readers.
const Share kShares[] = {
    {"affiliate_commission", QColor(0xF5, 0x9E, 0x0B)},
    {"company_fee", QColor(0x25, 0x63, 0xEB)},
    {"founder", QColor(0x16, 0xA3, 0x4A)},
    {"cofounder", QColor(0x86, 0xEF, 0xAC)},
    {"mentor", QColor(0x93, 0x33, 0xEA)},
    {"gateway_fees", QColor(0x9C, 0xA3, 0xAF)},
};

QString shareName(const char* field)
{
    const QLatin1String f(field);
    if (f == QLatin1String("affiliate_commission"))
        return RevenuePage::tr("Affiliate");
    if (f == QLatin1String("company_fee"))
        return RevenuePage::tr("Perusahaan");
    if (f == QLatin1String("founder"))
        return RevenuePage::tr("Founder");
    if (f == QLatin1String("cofounder"))
        return RevenuePage::tr("Co-founder");
    if (f == QLatin1String("mentor"))
        return RevenuePage::tr("Mentor");
    return RevenuePage::tr("Gateway");
}

} // namespace

RevenuePage::RevenuePage(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("revenuePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("revenueBucket"));
    for (const char* bucket : {"day", "week", "month", "year"})
        m_bucket->addItem(QString(), QString::fromLatin1(bucket));
    m_rangeLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("revenueFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("revenueTo"));
    m_toLabel = new QLabel(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("revenueExport"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("revenueStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #6B7280;"));
    bar->addWidget(m_bucket);
    bar->addSpacing(12);
    bar->addWidget(m_rangeLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_toLabel);
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("revenueSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart = new QChartView(chart, splitter);
    m_chart->setObjectName(QStringLiteral("revenueChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_table = new QTableWidget(0, ColumnCount, splitter);
    m_table->setObjectName(QStringLiteral("revenueTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* money = new MoneyDelegate(m_table);
    for (int column = Gross; column < ColumnCount; ++column)
        m_table->setItemDelegateForColumn(column, money);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    new SplitterRatio(splitter, 0.55);
    layout->addWidget(splitter, 1);

    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(400); // stepping a date with the arrow keys asks once
    connect(&m_reloadDelay, &QTimer::timeout, this, &RevenuePage::load);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, [this] {
        // Another period length wants another range: let the server choose its default.
        m_useRange = false;
        load();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_useRange = true;
            m_reloadDelay.start();
        });
    connect(m_export, &QPushButton::clicked, this, &RevenuePage::exportCsv);
    retranslateUi();
}

void RevenuePage::retranslateUi()
{
    const QStringList names = {tr("Harian"), tr("Mingguan"), tr("Bulanan"), tr("Tahunan")};
    for (int i = 0; i < names.size(); ++i)
        m_bucket->setItemText(i, names[i]);
    m_rangeLabel->setText(tr("Dari"));
    m_toLabel->setText(tr("sampai"));
    m_export->setText(tr("Ekspor CSV"));
    m_export->setToolTip(tr("Simpan laporan ini sebagai CSV (Ctrl+E)"));
    m_table->setHorizontalHeaderLabels({tr("Periode"), tr("Penjualan kotor"), tr("Affiliate"),
                                        tr("Perusahaan"), tr("Founder"), tr("Co-founder"),
                                        tr("Mentor"), tr("Gateway"), tr("Refund"), tr("Bersih")});
    if (!m_report.isEmpty())
        show(m_report);
}

void RevenuePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString RevenuePage::bucket() const
{
    return m_bucket->currentData().toString();
}

void RevenuePage::setBucket(const QString& bucket)
{
    const int index = m_bucket->findData(bucket);
    if (index >= 0)
        m_bucket->setCurrentIndex(index);
}

void RevenuePage::load()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bucket"), bucket());
    if (m_useRange) {
        query.addQueryItem(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
        query.addQueryItem(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    }
    const int generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Memuat…"));
    m_status->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_context.api.get(
        QStringLiteral("/api/v1/finance/reports/revenue"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return; // an older answer after the user changed the range
            m_loading = false;
            show(response.object());
            emit loaded();
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            QString text = error.detail;
            for (const QString& message : error.fieldErrors)
                text += QLatin1Char(' ') + message;
            m_status->setText(text);
            m_status->setStyleSheet(QStringLiteral("color: #991B1B;"));
            emit loaded();
        });
}

QString RevenuePage::periodLabel(const QJsonObject& line) const
{
    const QDate start =
        QDate::fromString(line.value(QStringLiteral("start")).toString(), Qt::ISODate);
    const QDate end = QDate::fromString(line.value(QStringLiteral("end")).toString(), Qt::ISODate);
    const QLocale locale;
    const QString b = bucket();
    if (b == QStringLiteral("year"))
        return QString::number(start.year());
    if (b == QStringLiteral("month"))
        return locale.toString(start, QStringLiteral("MMM yyyy"));
    if (b == QStringLiteral("week") && start != end)
        return locale.toString(start, QStringLiteral("d MMM")) + QStringLiteral("–") +
               locale.toString(end, QStringLiteral("d MMM"));
    return locale.toString(start, QStringLiteral("d MMM yyyy"));
}

void RevenuePage::show(const QJsonObject& report)
{
    m_report = report;
    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    // The range the server used (its default when none was given) becomes the editors' range.
    for (auto [edit, field] : {std::pair{m_from, "from"}, std::pair{m_to, "to"}}) {
        const QSignalBlocker block(edit);
        edit->setDate(
            QDate::fromString(report.value(QLatin1String(field)).toString(), Qt::ISODate));
    }
    // Totals first, shaded, so they are on screen without scrolling past every period.
    m_table->setRowCount(static_cast<int>(items.size()) + 1);
    const auto fill = [this](int row, const QString& label, const QJsonObject& line, bool total) {
        auto* period = new QTableWidgetItem(label);
        QFont font = period->font();
        font.setBold(total);
        period->setFont(font);
        if (total)
            period->setBackground(QColor(0xE5, 0xE7, 0xEB));
        m_table->setItem(row, Period, period);
        for (int column = Gross; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(FinanceLabels::money(
                line.value(QLatin1String(kFields[column - Gross])).toInteger()));
            cell->setFont(font);
            if (total)
                cell->setBackground(QColor(0xE5, 0xE7, 0xEB));
            m_table->setItem(row, column, cell);
        }
    };
    fill(0, tr("Total"), report.value(QStringLiteral("totals")).toObject(), true);
    for (int row = 0; row < items.size(); ++row)
        fill(row + 1, periodLabel(items.at(row).toObject()), items.at(row).toObject(), false);
    m_table->resizeColumnToContents(Period);

    const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
    m_status->setStyleSheet(QStringLiteral("color: #374151;"));
    m_status->setText(
        tr("Kotor %1 · refund %2 · bersih %3")
            .arg(FinanceLabels::money(totals.value(QStringLiteral("gross")).toInteger()),
                 FinanceLabels::money(totals.value(QStringLiteral("refunds")).toInteger()),
                 FinanceLabels::money(totals.value(QStringLiteral("net")).toInteger())));
    drawChart();
}

void RevenuePage::drawChart()
{
    QChart* chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    chart->setTitle(tr("Ke mana uang pergi (juta Rp)"));

    const QJsonArray items = m_report.value(QStringLiteral("items")).toArray();
    auto* series = new QStackedBarSeries;
    double low = 0;
    double high = 0;
    QList<double> up(items.size(), 0.0);
    QList<double> down(items.size(), 0.0);
    for (const Share& share : kShares) {
        auto* set = new QBarSet(shareName(share.field));
        set->setColor(share.color);
        set->setBorderColor(share.color);
        for (int i = 0; i < items.size(); ++i) {
            const double value =
                static_cast<double>(
                    items.at(i).toObject().value(QLatin1String(share.field)).toInteger()) /
                1e6;
            set->append(value);
            (value >= 0 ? up[i] : down[i]) += value;
        }
        series->append(set);
    }
    for (int i = 0; i < items.size(); ++i)
        high = std::max(high, up[i]), low = std::min(low, down[i]);
    series->setBarWidth(items.size() > 40 ? 0.9 : 0.7);
    chart->addSeries(series);

    // Short labels under the bars ("23/10", "Okt 25"); the table spells each period out.
    QStringList labels;
    const QLocale locale;
    for (const auto& item : items) {
        const QDate start = QDate::fromString(
            item.toObject().value(QStringLiteral("start")).toString(), Qt::ISODate);
        const QString b = bucket();
        labels << (b == QStringLiteral("year")    ? QString::number(start.year())
                   : b == QStringLiteral("month") ? locale.toString(start, QStringLiteral("MMM yy"))
                                                  : locale.toString(start, QStringLiteral("d/M")));
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    // Past a few dozen bars the labels would overlap; the table below names every period.
    categories->setLabelsVisible(items.size() <= 62);
    categories->setLabelsAngle(items.size() > 16 ? -90 : 0);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.1f"));
    values->setRange(low < 0 ? std::floor(low * 1.1 * 10) / 10 : 0.0, high > 0 ? high * 1.1 : 1.0);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

void RevenuePage::exportTo(const QString& filePath)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bucket"), bucket());
    query.addQueryItem(QStringLiteral("from"), m_from->date().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), m_to->date().toString(Qt::ISODate));
    auto* download = CsvDownload::start(
        m_context.api, QStringLiteral("/api/v1/finance/reports/revenue"), query, filePath, this);
    connect(download, &CsvDownload::finished, this, &RevenuePage::exportFinished);
    connect(download, &CsvDownload::failed, this, &RevenuePage::exportFailed);
}

void RevenuePage::exportCsv()
{
    const QString name =
        QStringLiteral("pendapatan-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Simpan laporan pendapatan"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') +
            name,
        tr("Berkas CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file);
}

} // namespace ey::desk::finance
