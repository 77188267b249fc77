// ForwarderComparePanel: route picker, grouped rates cheapest first, and the price chart.
#include "ForwarderComparePanel.h"

#include "CurationFormat.h"
#include "SupplierFormat.h"

#include "ApiClient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ey::desk::curation {

namespace {

constexpr int GroupRole = Qt::UserRole;

QString groupTitle(const QJsonObject& group)
{
    return SupplierFormat::mode(group.value(QStringLiteral("mode")).toString()) +
           QStringLiteral(" \u00B7 ") +
           SupplierFormat::unit(group.value(QStringLiteral("unit")).toString()) +
           QStringLiteral(" \u00B7 ") + group.value(QStringLiteral("currency")).toString();
}

} // namespace

ForwarderComparePanel::ForwarderComparePanel(ApiClient& api, QWidget* parent)
    : QWidget(parent), m_api(api)
{
    setObjectName(QStringLiteral("forwarderCompare"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);

    auto* picker = new QHBoxLayout;
    m_originLabel = new QLabel(this);
    m_origin = new QComboBox(this);
    m_origin->setObjectName(QStringLiteral("compareOrigin"));
    m_destinationLabel = new QLabel(this);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("compareDestination"));
    for (auto* combo : {m_origin, m_destination}) {
        // Any port or city can be typed; the list offers the routes that have current rates.
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(16);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_mode->addItem(QString(), QString());
    for (const QString& mode : SupplierFormat::modes())
        m_mode->addItem(QString(), mode);
    m_expired = new QCheckBox(this);
    m_expired->setObjectName(QStringLiteral("compareIncludeExpired"));
    m_go = new QPushButton(this);
    m_go->setObjectName(QStringLiteral("compareButton"));
    m_go->setDefault(true);
    picker->addWidget(m_originLabel);
    picker->addWidget(m_origin, 1);
    picker->addWidget(m_destinationLabel);
    picker->addWidget(m_destination, 1);
    picker->addWidget(m_mode);
    picker->addWidget(m_expired);
    picker->addWidget(m_go);
    layout->addLayout(picker);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setColumnCount(5);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 140);
    m_tree->setColumnWidth(2, 80);
    m_tree->setColumnWidth(3, 160);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setObjectName(QStringLiteral("compareChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(360);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({800, 700}); // the chart needs room for the forwarders' names
    layout->addWidget(splitter, 1);

    connect(m_origin, &QComboBox::currentTextChanged, this, &ForwarderComparePanel::fillDestinations);
    connect(m_go, &QPushButton::clicked, this, qOverload<>(&ForwarderComparePanel::compare));
    for (auto* combo : {m_origin, m_destination})
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this,
                qOverload<>(&ForwarderComparePanel::compare));
    connect(m_expired, &QCheckBox::toggled, this, [this] {
        if (!m_result.isEmpty())
            compare();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, GroupRole).isValid() && item->data(0, GroupRole).toInt() != m_chartGroup)
            showChart(item->data(0, GroupRole).toInt());
    });

    retranslateUi();
}

void ForwarderComparePanel::retranslateUi()
{
    m_originLabel->setText(tr("Asal"));
    m_destinationLabel->setText(tr("Tujuan"));
    m_origin->lineEdit()->setPlaceholderText(tr("Pelabuhan asal"));
    m_destination->lineEdit()->setPlaceholderText(tr("Kota atau pelabuhan tujuan"));
    for (int i = 0; i < m_mode->count(); ++i) {
        const QString code = m_mode->itemData(i).toString();
        m_mode->setItemText(i, code.isEmpty() ? tr("Semua moda") : SupplierFormat::mode(code));
    }
    m_expired->setText(tr("Sertakan yang kedaluwarsa"));
    m_go->setText(tr("Bandingkan"));
    m_tree->setHeaderLabels(
        {tr("Forwarder"), tr("Harga"), tr("Transit"), tr("Berlaku sampai"), tr("Catatan")});
    if (!m_result.isEmpty())
        showResult(m_result);
    else
        m_message->setText(tr("Pilih asal dan tujuan, lalu tekan Bandingkan."));
}

void ForwarderComparePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ForwarderComparePanel::loadRoutes()
{
    m_api.get(QStringLiteral("/api/v1/forwarders/routes"), {}, this,
              [this](const ApiResponse& response) {
                  m_routes = response.object().value(QStringLiteral("items")).toArray();
                  const QString typed = m_origin->currentText();
                  QStringList origins;
                  for (const auto& value : m_routes) {
                      const QString origin = value.toObject().value(QStringLiteral("origin")).toString();
                      if (!origins.contains(origin, Qt::CaseInsensitive))
                          origins << origin;
                  }
                  const QSignalBlocker block(m_origin);
                  m_origin->clear();
                  m_origin->addItems(origins);
                  m_origin->setCurrentText(typed);
                  fillDestinations();
              });
}

void ForwarderComparePanel::fillDestinations()
{
    const QString origin = m_origin->currentText().trimmed();
    const QString typed = m_destination->currentText();
    QStringList destinations;
    for (const auto& value : m_routes) {
        const QJsonObject route = value.toObject();
        if (!origin.isEmpty() &&
            route.value(QStringLiteral("origin")).toString().compare(origin, Qt::CaseInsensitive) != 0)
            continue;
        const QString destination = route.value(QStringLiteral("destination")).toString();
        if (!destinations.contains(destination, Qt::CaseInsensitive))
            destinations << destination;
    }
    m_destination->clear();
    m_destination->addItems(destinations);
    m_destination->setCurrentText(typed);
}

void ForwarderComparePanel::compare(const QString& origin, const QString& destination,
                                    const QString& mode, bool includeExpired)
{
    {
        const QSignalBlocker blockOrigin(m_origin);
        const QSignalBlocker blockExpired(m_expired);
        m_origin->setCurrentText(origin);
        m_expired->setChecked(includeExpired);
    }
    fillDestinations();
    m_destination->setCurrentText(destination);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(mode)));
    compare();
}

void ForwarderComparePanel::compare()
{
    const QString origin = m_origin->currentText().trimmed();
    const QString destination = m_destination->currentText().trimmed();
    if (origin.isEmpty() || destination.isEmpty()) {
        m_message->setText(tr("Isi asal dan tujuan dulu."));
        m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("origin"), origin);
    query.addQueryItem(QStringLiteral("destination"), destination);
    const QString mode = m_mode->currentData().toString();
    if (!mode.isEmpty())
        query.addQueryItem(QStringLiteral("mode"), mode);
    query.addQueryItem(QStringLiteral("include_expired"),
                       m_expired->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    m_loading = true;
    m_message->setText(tr("Membandingkan\u2026"));
    m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    const int generation = ++m_generation;
    m_api.get(
        QStringLiteral("/api/v1/forwarders/compare"), query, this,
        [this, generation](const ApiResponse& response) {
            if (generation != m_generation)
                return;
            m_loading = false;
            showResult(response.object());
        },
        [this, generation](const ApiError& error) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_message->setText(error.fullText());
            m_message->setStyleSheet(QStringLiteral("color: #991B1B;"));
        });
}

void ForwarderComparePanel::showResult(const QJsonObject& result)
{
    m_result = result;
    m_tree->clear();
    const QJsonArray groups = result.value(QStringLiteral("groups")).toArray();
    int rates = 0;
    for (int g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        const QString currency = group.value(QStringLiteral("currency")).toString();
        auto* top = new QTreeWidgetItem(m_tree);
        top->setData(0, GroupRole, g);
        const int count = group.value(QStringLiteral("count")).toInt();
        // One line over the whole width: what is compared, how many, and the spread of prices.
        QString heading = tr("%1 (%n tarif berlaku)", nullptr, count).arg(groupTitle(group));
        const QJsonValue min = group.value(QStringLiteral("min_minor"));
        if (min.isDouble())
            heading += QStringLiteral("   ") +
                       tr("%1 \u2013 %2, median %3")
                           .arg(SupplierFormat::money(min.toInteger(), currency),
                                SupplierFormat::money(group.value(QStringLiteral("max_minor")).toInteger(), currency),
                                SupplierFormat::money(group.value(QStringLiteral("median_minor")).toInteger(), currency));
        top->setText(0, heading);
        top->setFirstColumnSpanned(true);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        bool cheapest = true;
        for (const auto& value : group.value(QStringLiteral("rates")).toArray()) {
            const QJsonObject rate = value.toObject();
            ++rates;
            auto* item = new QTreeWidgetItem(top);
            item->setData(0, GroupRole, g);
            QString company = rate.value(QStringLiteral("company")).toString();
            if (rate.value(QStringLiteral("verified")).toBool())
                company += QStringLiteral(" \u2713");
            const QJsonValue rating = rate.value(QStringLiteral("rating"));
            if (rating.isDouble())
                company += QStringLiteral("  ") + CurationFormat::stars(rating);
            item->setText(0, company);
            item->setText(1, SupplierFormat::money(rate.value(QStringLiteral("price_minor")).toInteger(), currency));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            const QJsonValue transit = rate.value(QStringLiteral("transit_days"));
            item->setText(2, transit.isDouble() ? tr("%n hari", nullptr, transit.toInt())
                                                : QStringLiteral("\u2014"));
            item->setText(3, SupplierFormat::day(rate.value(QStringLiteral("valid_until")).toString()));
            item->setText(4, rate.value(QStringLiteral("notes")).toString());
            item->setToolTip(4, item->text(4));
            if (rate.value(QStringLiteral("expired")).toBool()) {
                for (int column = 0; column < 5; ++column)
                    item->setForeground(column, QColor(0x9C, 0xA3, 0xAF));
                item->setText(3, tr("%1 (kedaluwarsa)").arg(item->text(3)));
            } else if (cheapest) {
                // The cheapest current rate of the group stands out.
                item->setForeground(1, QColor(0x15, 0x80, 0x3D));
                QFont strong = item->font(1);
                strong.setBold(true);
                item->setFont(1, strong);
                cheapest = false;
            }
        }
    }
    m_tree->expandAll();
    if (groups.isEmpty()) {
        m_message->setText(tr("Belum ada tarif untuk rute %1 \u2192 %2.")
                               .arg(result.value(QStringLiteral("origin")).toString(),
                                    result.value(QStringLiteral("destination")).toString()));
        m_message->setStyleSheet(QStringLiteral("color: #6B7280;"));
    } else {
        m_message->setText(tr("%1 \u2192 %2: %n tarif, termurah di atas; per hari ini %3.", nullptr, rates)
                               .arg(result.value(QStringLiteral("origin")).toString(),
                                    result.value(QStringLiteral("destination")).toString(),
                                    SupplierFormat::day(result.value(QStringLiteral("today")).toString())));
        m_message->setStyleSheet(QStringLiteral("color: #374151;"));
    }
    showChart(groups.isEmpty() ? -1 : qBound(0, m_chartGroup, static_cast<int>(groups.size()) - 1));
    if (m_tree->topLevelItemCount() > 0 && !m_tree->currentItem())
        m_tree->setCurrentItem(m_tree->topLevelItem(qMax(0, m_chartGroup)));
}

void ForwarderComparePanel::showChart(int groupIndex)
{
    m_chartGroup = groupIndex;
    m_chart->removeAllSeries();
    for (auto* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const QJsonArray groups = m_result.value(QStringLiteral("groups")).toArray();
    if (groupIndex < 0 || groupIndex >= groups.size()) {
        m_chart->setTitle(tr("Pilih rute untuk melihat grafik harga"));
        return;
    }
    const QJsonObject group = groups.at(groupIndex).toObject();
    const QString currency = group.value(QStringLiteral("currency")).toString();
    const bool cents = currency != QStringLiteral("IDR");
    m_chart->setTitle(groupTitle(group));
    auto* current = new QBarSet(tr("Berlaku"));
    current->setColor(QColor(0x25, 0x63, 0xEB));
    auto* expired = new QBarSet(tr("Kedaluwarsa"));
    expired->setColor(QColor(0xD1, 0xD5, 0xDB));
    QStringList names;
    QSet<QString> seen;
    double max = 0;
    const QJsonArray rates = group.value(QStringLiteral("rates")).toArray();
    // Horizontal bars grow upwards: walk from the dearest so the cheapest ends on top.
    for (int i = static_cast<int>(rates.size()) - 1; i >= 0; --i) {
        const QJsonObject rate = rates.at(i).toObject();
        // Display only: the chart draws whole currency units.
        const double price = cents ? rate.value(QStringLiteral("price_minor")).toInteger() / 100.0
                                   : static_cast<double>(rate.value(QStringLiteral("price_minor")).toInteger());
        max = std::max(max, price);
        const bool isExpired = rate.value(QStringLiteral("expired")).toBool();
        *current << (isExpired ? 0.0 : price);
        *expired << (isExpired ? price : 0.0);
        QString name = rate.value(QStringLiteral("company")).toString();
        if (name.size() > 30)
            name = name.left(29) + QStringLiteral("\u2026");
        // Category names must be unique: a second rate of the same forwarder gets a number.
        QString unique = name;
        for (int n = 2; seen.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
        seen.insert(unique);
        names << unique;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(current);
    bool anyExpired = false;
    for (int i = 0; i < expired->count(); ++i)
        anyExpired = anyExpired || expired->at(i) > 0;
    if (anyExpired)
        series->append(expired);
    else
        delete expired;
    series->setBarWidth(0.7);
    // No bar labels: an empty stack part would read "0"; the tree beside has the exact prices.
    series->setLabelsVisible(false);
    m_chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    auto* values = new QValueAxis;
    values->setTitleText(currency == QStringLiteral("IDR") ? tr("Rupiah") : currency);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setMin(0);
    values->setMax(max > 0 ? max * 1.15 : 1);
    values->applyNiceNumbers();
    m_chart->addAxis(categories, Qt::AlignLeft);
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    m_chart->legend()->setVisible(anyExpired);
}

} // namespace ey::desk::curation
