// BuyerStatsPanel: buyer directory charts and top lists.
#include "BuyerStatsPanel.h"

#include "CountryCatalog.h"
#include "CurationFormat.h"

#include "ApiClient.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ey::desk::curation {

namespace {

const QColor kPalette[] = {QColor(0x25, 0x63, 0xEB), QColor(0x16, 0xA3, 0x4A),
                           QColor(0xF5, 0x9E, 0x0B), QColor(0xDC, 0x26, 0x26),
                           QColor(0x7C, 0x3A, 0xED), QColor(0x08, 0x91, 0xB2),
                           QColor(0xDB, 0x27, 0x77), QColor(0x65, 0xA3, 0x0D),
                           QColor(0x9C, 0xA3, 0xAF)};

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

void clearChart(QChart* chart)
{
    for (auto* axis : chart->axes())
        chart->removeAxis(axis);
    chart->removeAllSeries();
}

QTableWidget* topTable(const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, 4, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem(CurationFormat::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// A whole-number axis from 0 with a little headroom.
QValueAxis* countAxis(qint64 max)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setMin(0);
    const qint64 top = std::max<qint64>(4, max + std::max<qint64>(1, max / 10));
    axis->setMax(static_cast<double>(top));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

BuyerStatsPanel::BuyerStatsPanel(ApiClient& api, CountryCatalog& countries, QWidget* parent)
    : QWidget(parent), m_api(api), m_catalog(countries)
{
    setObjectName(QStringLiteral("buyerStats"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("statsHeadline"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_headline->setFont(font);
    m_weeksLabel = new QLabel(this);
    m_weeks = new QComboBox(this);
    m_weeks->setObjectName(QStringLiteral("statsWeeks"));
    for (int weeks : {4, 8, 12, 26, 52, 104})
        m_weeks->addItem(QString(), weeks);
    m_weeks->setCurrentIndex(2);
    top->addWidget(m_headline, 1);
    top->addWidget(m_weeksLabel);
    top->addWidget(m_weeks);
    layout->addLayout(top);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    m_weekly = chartView("weeklyChart", this);
    m_countries = chartView("countryChart", this);
    m_countries->chart()->legend()->setVisible(true);
    m_countries->chart()->legend()->setAlignment(Qt::AlignRight);
    m_products = chartView("productChart", this);
    m_tables = new QTabWidget(this);
    m_tables->setObjectName(QStringLiteral("statsTables"));
    m_mostViewed = topTable("mostViewed", m_tables);
    m_mostLiked = topTable("mostLiked", m_tables);
    m_topViewers = topTable("topViewers", m_tables);
    m_tables->addTab(m_mostViewed, QString());
    m_tables->addTab(m_mostLiked, QString());
    m_tables->addTab(m_topViewers, QString());
    grid->addWidget(m_weekly, 0, 0);
    grid->addWidget(m_countries, 0, 1);
    grid->addWidget(m_products, 1, 0);
    grid->addWidget(m_tables, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_weeks, &QComboBox::currentIndexChanged, this, &BuyerStatsPanel::load);
    for (QTableWidget* table : {m_mostViewed, m_mostLiked}) {
        // Enter or a double click on a buyer opens it in the Buyer tab.
        connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
            const QString id = item->tableWidget()
                                   ->item(item->row(), 0)
                                   ->data(Qt::UserRole)
                                   .toString();
            if (!id.isEmpty())
                emit openBuyerRequested(id);
        });
    }
    connect(&m_catalog, &CountryCatalog::loaded, this, [this] {
        if (!m_stats.isEmpty())
            render();
    });
    retranslateUi();
}

void BuyerStatsPanel::retranslateUi()
{
    m_weeksLabel->setText(tr("Periode:"));
    const QStringList texts = {tr("4 minggu"),  tr("8 minggu"),  tr("12 minggu"),
                               tr("26 minggu"), tr("52 minggu"), tr("104 minggu")};
    for (int i = 0; i < m_weeks->count(); ++i)
        m_weeks->setItemText(i, texts.value(i));
    m_tables->setTabText(0, tr("Paling dilihat"));
    m_tables->setTabText(1, tr("Paling disukai"));
    m_tables->setTabText(2, tr("Member paling aktif"));
    m_mostViewed->setHorizontalHeaderLabels(
        {tr("Perusahaan"), tr("Negara"), tr("Dilihat"), tr("Member")});
    m_mostLiked->setColumnCount(3);
    m_mostLiked->setHorizontalHeaderLabels({tr("Perusahaan"), tr("Negara"), tr("Suka")});
    m_topViewers->setColumnCount(3);
    m_topViewers->setHorizontalHeaderLabels({tr("Member"), tr("Dilihat"), tr("Buyer dibuka")});
    if (m_stats.isEmpty() && !m_loading)
        m_headline->setText(tr("Statistik buyer"));
}

void BuyerStatsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_stats.isEmpty())
            render();
    }
    QWidget::changeEvent(event);
}

int BuyerStatsPanel::weeks() const
{
    return m_weeks->currentData().toInt();
}

void BuyerStatsPanel::setWeeks(int weeks)
{
    const int index = m_weeks->findData(weeks);
    if (index >= 0)
        m_weeks->setCurrentIndex(index);
}

void BuyerStatsPanel::load()
{
    const int generation = ++m_generation;
    m_loading = true;
    m_headline->setText(tr("Memuat statistik\u2026"));
    m_api.get(
        QStringLiteral("/api/v1/admin/buyer-stats"),
        QUrlQuery{{QStringLiteral("weeks"), QString::number(weeks())}}, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_stats = response.object();
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

void BuyerStatsPanel::render()
{
    const qint64 total = m_stats.value(QStringLiteral("total")).toInteger();
    const qint64 verified = m_stats.value(QStringLiteral("verified")).toInteger();
    const QJsonArray weeksData = m_stats.value(QStringLiteral("new_per_week")).toArray();
    qint64 added = 0;
    for (const auto& value : weeksData)
        added += value.toObject().value(QStringLiteral("count")).toInteger();
    m_headline->setText(tr("%1 buyer · %2 terverifikasi · %3 baru dalam %4 minggu")
                            .arg(CurationFormat::number(total), CurationFormat::number(verified),
                                 CurationFormat::number(added))
                            .arg(weeksData.size()));

    // New buyers per week: every week, empty ones included (the server fills them).
    QChart* chart = m_weekly->chart();
    clearChart(chart);
    chart->setTitle(tr("Buyer baru per minggu"));
    auto* set = new QBarSet(tr("Buyer baru"));
    set->setColor(kPalette[0]);
    QStringList labels;
    qint64 max = 0;
    const QLocale locale;
    for (const auto& value : weeksData) {
        const QJsonObject week = value.toObject();
        const qint64 count = week.value(QStringLiteral("count")).toInteger();
        max = std::max(max, count);
        *set << static_cast<double>(count);
        labels << locale.toString(
            QDate::fromString(week.value(QStringLiteral("week_start")).toString(), Qt::ISODate),
            QStringLiteral("d MMM"));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(labels.size() > 13 ? -60 : 0);
    QValueAxis* y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);

    // Per country: the eight largest and the rest as "Lainnya", so the pie stays readable.
    QChart* pie = m_countries->chart();
    clearChart(pie);
    pie->setTitle(tr("Buyer per negara"));
    auto* slices = new QPieSeries;
    slices->setPieSize(0.75);
    const QJsonArray countries = m_stats.value(QStringLiteral("by_country")).toArray();
    qint64 others = 0;
    int shown = 0;
    for (const auto& value : countries) {
        const QJsonObject country = value.toObject();
        const qint64 count = country.value(QStringLiteral("count")).toInteger();
        if (shown < 8) {
            const QString code = country.value(QStringLiteral("country")).toString();
            QPieSlice* slice = slices->append(
                QStringLiteral("%1 (%2)").arg(m_catalog.name(code), CurationFormat::number(count)),
                static_cast<double>(count));
            slice->setColor(kPalette[shown]);
            ++shown;
        } else {
            others += count;
        }
    }
    if (others > 0) {
        QPieSlice* slice = slices->append(
            tr("Lainnya (%1)").arg(CurationFormat::number(others)), static_cast<double>(others));
        slice->setColor(kPalette[8]);
    }
    pie->addSeries(slices);

    // Per product: the largest on top.
    QChart* products = m_products->chart();
    clearChart(products);
    products->setTitle(tr("Buyer per produk"));
    const QJsonArray productData = m_stats.value(QStringLiteral("by_product")).toArray();
    auto* productSet = new QBarSet(tr("Buyer"));
    productSet->setColor(kPalette[1]);
    QStringList names;
    qint64 productMax = 0;
    const int productCount = static_cast<int>(std::min<qsizetype>(productData.size(), 12));
    for (int i = productCount - 1; i >= 0; --i) {
        const QJsonObject product = productData.at(i).toObject();
        const qint64 count = product.value(QStringLiteral("count")).toInteger();
        productMax = std::max(productMax, count);
        *productSet << static_cast<double>(count);
        QString name = product.value(QStringLiteral("product")).toString();
        if (name.size() > 28)
            name = name.left(27) + QStringLiteral("\u2026");
        names << name;
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(productSet);
    products->addSeries(bars);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    QValueAxis* values = countAxis(productMax);
    products->addAxis(categories, Qt::AlignLeft);
    products->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(categories);
    bars->attachAxis(values);

    renderTables();
}

void BuyerStatsPanel::renderTables()
{
    const QJsonArray viewed = m_stats.value(QStringLiteral("most_viewed")).toArray();
    m_mostViewed->setRowCount(static_cast<int>(viewed.size()));
    for (int row = 0; row < viewed.size(); ++row) {
        const QJsonObject buyer = viewed.at(row).toObject();
        auto* company = new QTableWidgetItem(buyer.value(QStringLiteral("company")).toString());
        company->setData(Qt::UserRole, buyer.value(QStringLiteral("id")).toString());
        m_mostViewed->setItem(row, 0, company);
        m_mostViewed->setItem(row, 1, new QTableWidgetItem(m_catalog.label(
                                          buyer.value(QStringLiteral("country")).toString())));
        m_mostViewed->setItem(row, 2, numberItem(buyer.value(QStringLiteral("views")).toInteger()));
        m_mostViewed->setItem(row, 3,
                              numberItem(buyer.value(QStringLiteral("viewers")).toInteger()));
    }
    const QJsonArray liked = m_stats.value(QStringLiteral("most_liked")).toArray();
    m_mostLiked->setRowCount(static_cast<int>(liked.size()));
    for (int row = 0; row < liked.size(); ++row) {
        const QJsonObject buyer = liked.at(row).toObject();
        auto* company = new QTableWidgetItem(buyer.value(QStringLiteral("company")).toString());
        company->setData(Qt::UserRole, buyer.value(QStringLiteral("id")).toString());
        m_mostLiked->setItem(row, 0, company);
        m_mostLiked->setItem(row, 1, new QTableWidgetItem(m_catalog.label(
                                         buyer.value(QStringLiteral("country")).toString())));
        m_mostLiked->setItem(row, 2, numberItem(buyer.value(QStringLiteral("likes")).toInteger()));
    }
    const QJsonArray viewers = m_stats.value(QStringLiteral("top_viewers")).toArray();
    m_topViewers->setRowCount(static_cast<int>(viewers.size()));
    for (int row = 0; row < viewers.size(); ++row) {
        const QJsonObject viewer = viewers.at(row).toObject();
        m_topViewers->setItem(
            row, 0, new QTableWidgetItem(viewer.value(QStringLiteral("full_name")).toString()));
        m_topViewers->setItem(row, 1,
                              numberItem(viewer.value(QStringLiteral("views")).toInteger()));
        m_topViewers->setItem(row, 2,
                              numberItem(viewer.value(QStringLiteral("buyers")).toInteger()));
    }
    for (QTableWidget* table : {m_mostViewed, m_mostLiked, m_topViewers})
        for (int column = 1; column < table->columnCount(); ++column)
            table->resizeColumnToContents(column);
}

} // namespace ey::desk::curation
