// TicketMetricsPanel: figures, charts and SLA targets.
#include "TicketMetricsPanel.h"

#include "BusinessDate.h"
#include "TicketLabels.h"

#include "ApiClient.h"
#include "Session.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ey::desk::tickets {

namespace {

const QColor kGood(0x16, 0xA3, 0x4A);
const QColor kFair(0xD9, 0x77, 0x06);
const QColor kBad(0xDC, 0x26, 0x26);
const QColor kMuted(0x6B, 0x72, 0x80);

QChartView* chartView(const char* objectName, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(6);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 260);
    return view;
}

/// Colour for a compliance percentage: green at 90 % and above, amber from 75 %, red below.
QColor complianceColor(double pct)
{
    return pct >= 90.0 ? kGood : (pct >= 75.0 ? kFair : kBad);
}

} // namespace

TicketMetricsPanel::TicketMetricsPanel(const WorkspaceContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_canEditSla(context.session.hasPermission(QStringLiteral("tickets.manage")))
{
    setObjectName(QStringLiteral("metricsPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);

    // Period.
    auto* range = new QHBoxLayout;
    auto* rangeLabel = new QLabel(content);
    m_texts.add([rangeLabel] { rangeLabel->setText(tr("Periode tiket dibuat:")); });
    range->addWidget(rangeLabel);
    m_from = new QDateEdit(businessToday().addDays(-30), content);
    m_from->setObjectName(QStringLiteral("metricsFrom"));
    m_to = new QDateEdit(businessToday(), content);
    m_to->setObjectName(QStringLiteral("metricsTo"));
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    range->addWidget(m_from);
    range->addWidget(new QLabel(QStringLiteral("\u2013"), content));
    range->addWidget(m_to);
    m_refresh = new QPushButton(content);
    m_refresh->setObjectName(QStringLiteral("metricsRefresh"));
    m_texts.add([this] { m_refresh->setText(tr("Tampilkan")); });
    range->addWidget(m_refresh);
    m_state = new QLabel(content);
    m_state->setObjectName(QStringLiteral("metricsState"));
    m_state->setWordWrap(true);
    range->addWidget(m_state, 1);
    layout->addLayout(range);

    // Figures.
    auto* figures = new QGridLayout;
    figures->setSpacing(8);
    m_total = figure([] { return tr("Total tiket"); }, "totalFigure", content, figures);
    m_open = figure([] { return tr("Masih terbuka"); }, "openFigure", content, figures);
    m_closed = figure([] { return tr("Selesai / ditutup"); }, "closedFigure", content, figures);
    m_breached = figure([] { return tr("Terbuka & melewati SLA"); }, "breachedFigure", content, figures);
    m_firstResponse = figure([] { return tr("Rata-rata respons pertama"); }, "firstResponseFigure", content, figures);
    m_resolution = figure([] { return tr("Rata-rata waktu penyelesaian"); }, "resolutionFigure", content, figures);
    m_slaResponse = figure([] { return tr("Kepatuhan SLA respons"); }, "slaResponseFigure", content, figures);
    m_slaResolution = figure([] { return tr("Kepatuhan SLA penyelesaian"); }, "slaResolutionFigure", content, figures);
    layout->addLayout(figures);

    // Charts.
    auto* charts = new QHBoxLayout;
    m_categoryChart = chartView("categoryChart", content);
    m_openClosedChart = chartView("openClosedChart", content);
    m_roleChart = chartView("roleChart", content);
    m_texts.add([this] {
        m_categoryChart->chart()->setTitle(tr("Tiket per kategori"));
        m_openClosedChart->chart()->setTitle(tr("Terbuka vs selesai"));
        m_roleChart->chart()->setTitle(tr("Tiket per peran pemilik"));
    });
    charts->addWidget(m_categoryChart, 3);
    charts->addWidget(m_openClosedChart, 2);
    charts->addWidget(m_roleChart, 3);
    layout->addLayout(charts);

    // SLA targets.
    auto* slaTitle = new QLabel(content);
    m_texts.add([slaTitle] { slaTitle->setText(tr("Target SLA per prioritas")); });
    QFont slaFont = slaTitle->font();
    slaFont.setBold(true);
    slaFont.setPointSizeF(slaFont.pointSizeF() * 1.15);
    slaTitle->setFont(slaFont);
    layout->addWidget(slaTitle);
    auto* slaHint = new QLabel(content);
    m_texts.add([this, slaHint] {
        slaHint->setText(m_canEditSla ? tr("Batas waktu dalam jam sejak tiket dibuat. Perubahan berlaku untuk "
                                           "tiket baru maupun yang masih berjalan.")
                                      : tr("Batas waktu dalam jam sejak tiket dibuat. Hanya admin yang dapat "
                                           "mengubahnya."));
    });
    slaHint->setWordWrap(true);
    slaHint->setStyleSheet(QStringLiteral("color: #6B7280;"));
    layout->addWidget(slaHint);
    m_slaTable = new QTableWidget(static_cast<int>(TicketLabels::priorities().size()), 3, content);
    m_slaTable->setObjectName(QStringLiteral("slaTable"));
    m_texts.add([this] {
        m_slaTable->setHorizontalHeaderLabels({tr("Prioritas"), tr("Respons pertama (jam)"), tr("Penyelesaian (jam)")});
    });
    m_slaTable->verticalHeader()->setVisible(false);
    m_slaTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_slaTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slaTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_slaTable->setMaximumWidth(620);
    int row = 0;
    for (const auto& priority : TicketLabels::priorities()) {
        auto* item = new QTableWidgetItem;
        m_texts.add([item, priority] { item->setText(TicketLabels::priority(priority)); });
        const bool pale = priority == QStringLiteral("medium") || priority == QStringLiteral("low");
        item->setForeground(TicketLabels::priorityColor(priority).darker(pale ? 220 : 100));
        QFont itemFont = item->font();
        itemFont.setBold(true);
        item->setFont(itemFont);
        item->setData(Qt::UserRole, priority);
        m_slaTable->setItem(row, 0, item);
        QSpinBox* edits[2];
        for (int column = 1; column <= 2; ++column) {
            auto* spin = new QSpinBox(m_slaTable);
            spin->setObjectName(QStringLiteral("sla:%1:%2").arg(priority, column == 1 ? QStringLiteral("first_response")
                                                                                     : QStringLiteral("resolution")));
            spin->setRange(1, 8760);
            m_texts.add([spin] { spin->setSuffix(tr(" jam")); });
            spin->setReadOnly(!m_canEditSla);
            spin->setButtonSymbols(m_canEditSla ? QAbstractSpinBox::UpDownArrows : QAbstractSpinBox::NoButtons);
            spin->setFrame(false);
            m_slaTable->setCellWidget(row, column, spin);
            edits[column - 1] = spin;
        }
        m_slaEdits.insert(priority, {edits[0], edits[1]});
        ++row;
    }
    m_slaTable->setFixedHeight(m_slaTable->horizontalHeader()->sizeHint().height() + 4 * 32 + 4);
    for (int r = 0; r < m_slaTable->rowCount(); ++r)
        m_slaTable->setRowHeight(r, 32);
    layout->addWidget(m_slaTable);
    auto* slaButtons = new QHBoxLayout;
    m_saveSla = new QPushButton(content);
    m_saveSla->setObjectName(QStringLiteral("saveSlaButton"));
    m_texts.add([this] { m_saveSla->setText(tr("Simpan target SLA")); });
    m_saveSla->setVisible(m_canEditSla);
    m_slaError = new QLabel(content);
    m_slaError->setObjectName(QStringLiteral("slaError"));
    m_slaError->setWordWrap(true);
    slaButtons->addWidget(m_saveSla);
    slaButtons->addWidget(m_slaError, 1);
    layout->addLayout(slaButtons);
    layout->addStretch(1);

    connect(m_refresh, &QPushButton::clicked, this, &TicketMetricsPanel::load);
    connect(m_saveSla, &QPushButton::clicked, this, &TicketMetricsPanel::saveSla);
}

void TicketMetricsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.retranslate();
        if (!m_metrics.isEmpty())
            showMetrics(); // chart axes, legend and tooltips are made from the figures
    }
    QWidget::changeEvent(event);
}

QLabel* TicketMetricsPanel::figure(std::function<QString()> title, const char* objectName, QWidget* parent,
                                   QLayout* into)
{
    auto* card = new QFrame(parent);
    card->setObjectName(QStringLiteral("figureCard"));
    card->setStyleSheet(QStringLiteral("QFrame#figureCard { background: palette(base); border: 1px solid #E5E7EB; "
                                       "border-radius: 8px; }"));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    auto* caption = new QLabel(card);
    m_texts.add([caption, title = std::move(title)] { caption->setText(title()); });
    caption->setStyleSheet(QStringLiteral("color: #6B7280;"));
    auto* value = new QLabel(QStringLiteral("\u2014"), card);
    value->setObjectName(QString::fromLatin1(objectName));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    value->setFont(font);
    layout->addWidget(caption);
    layout->addWidget(value);
    auto* grid = static_cast<QGridLayout*>(into);
    const int index = grid->count();
    grid->addWidget(card, index / 4, index % 4);
    return value;
}

void TicketMetricsPanel::load()
{
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (from > to)
        std::swap(from, to);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    m_state->setStyleSheet(QStringLiteral("color: #6B7280;"));
    m_state->setText(tr("Memuat…"));
    m_refresh->setEnabled(false);
    m_context.api.get(
        QStringLiteral("/api/v1/tickets/metrics"), query, this,
        [this](const ApiResponse& response) {
            m_refresh->setEnabled(true);
            m_state->clear();
            m_metrics = response.object();
            showMetrics();
            emit metricsLoaded();
        },
        [this](const ApiError& error) {
            m_refresh->setEnabled(true);
            m_state->setStyleSheet(QStringLiteral("color: #991B1B;"));
            m_state->setText(error.detail);
        });
    loadSla();
}

void TicketMetricsPanel::showMetrics()
{
    const QLocale locale;
    const auto count = [this](const char* key) { return m_metrics.value(QLatin1String(key)).toInteger(); };
    m_total->setText(locale.toString(count("total")));
    m_open->setText(locale.toString(count("open")));
    m_closed->setText(locale.toString(count("closed")));
    const qint64 breached = m_metrics.value(QStringLiteral("sla")).toObject().value(QStringLiteral("breached_open")).toInteger();
    m_breached->setText(locale.toString(breached));
    m_breached->setStyleSheet(QStringLiteral("color: %1;").arg((breached > 0 ? kBad : kGood).name()));

    const auto minutes = [](QLabel* label, const QJsonValue& value) {
        label->setText(value.isDouble() ? TicketLabels::duration(value.toDouble()) : QStringLiteral("\u2014"));
        label->setToolTip(value.isDouble() ? QString() : tr("Belum ada tiket dengan data ini pada periode ini"));
    };
    minutes(m_firstResponse, m_metrics.value(QStringLiteral("avg_first_response_minutes")));
    minutes(m_resolution, m_metrics.value(QStringLiteral("avg_resolution_minutes")));

    const QJsonObject sla = m_metrics.value(QStringLiteral("sla")).toObject();
    const auto pct = [&locale](QLabel* label, const QJsonValue& value) {
        if (!value.isDouble()) {
            label->setText(QStringLiteral("\u2014"));
            label->setStyleSheet(QStringLiteral("color: %1;").arg(kMuted.name()));
            label->setToolTip(tr("Belum ada tiket yang hasil SLA-nya sudah diketahui"));
            return;
        }
        const double v = value.toDouble();
        label->setText(QStringLiteral("%1 %").arg(locale.toString(v, 'f', 1)));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(complianceColor(v).name()));
        label->setToolTip(v >= 90.0 ? tr("Baik: 90 % atau lebih memenuhi target")
                                    : tr("Perlu perhatian: di bawah 90 % memenuhi target"));
    };
    pct(m_slaResponse, sla.value(QStringLiteral("first_response_met_pct")));
    pct(m_slaResolution, sla.value(QStringLiteral("resolution_met_pct")));

    QStringList labels;
    QList<qint64> values;
    const QJsonObject byCategory = m_metrics.value(QStringLiteral("by_category")).toObject();
    for (const auto& category : TicketLabels::categories()) {
        labels << TicketLabels::category(category);
        values << byCategory.value(category).toInteger();
    }
    fillBars(m_categoryChart->chart(), labels, values, QColor(0x20, 0x47, 0xFC));

    labels.clear();
    values.clear();
    const QJsonObject byRole = m_metrics.value(QStringLiteral("by_owner_role")).toObject();
    for (auto it = byRole.begin(); it != byRole.end(); ++it) {
        labels << TicketLabels::role(it.key());
        values << it.value().toInteger();
    }
    if (labels.isEmpty()) {
        labels << tr("(belum ada)");
        values << 0;
    }
    fillBars(m_roleChart->chart(), labels, values, QColor(0x7C, 0x3A, 0xED));

    QChart* pie = m_openClosedChart->chart();
    pie->removeAllSeries();
    auto* series = new QPieSeries;
    series->setHoleSize(0.5);
    const qint64 open = count("open");
    const qint64 closed = count("closed");
    auto* openSlice = series->append(tr("Terbuka (%1)").arg(open), static_cast<qreal>(open));
    auto* closedSlice = series->append(tr("Selesai (%1)").arg(closed), static_cast<qreal>(closed));
    openSlice->setColor(TicketLabels::statusColor(QStringLiteral("open")));
    closedSlice->setColor(TicketLabels::statusColor(QStringLiteral("resolved")));
    for (auto* slice : {openSlice, closedSlice}) {
        slice->setLabelVisible(false); // the legend carries the figures; labels would overlap a thin ring
        slice->setBorderColor(Qt::white);
    }
    pie->addSeries(series);
    pie->legend()->setVisible(true);
    pie->legend()->setAlignment(Qt::AlignBottom);
}

void TicketMetricsPanel::fillBars(QChart* chart, const QStringList& labels, const QList<qint64>& values,
                                  const QColor& color)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    auto* set = new QBarSet(tr("Tiket"));
    set->setColor(color);
    set->setBorderColor(color);
    qint64 top = 0;
    // Horizontal bars grow from the bottom: reversed, the first label reads at the top like a list.
    for (auto it = values.rbegin(); it != values.rend(); ++it) {
        *set << static_cast<qreal>(*it);
        top = std::max(top, *it);
    }
    set->setLabelColor(QColor(0x11, 0x18, 0x27));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setBarWidth(0.65);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(QStringList(labels.rbegin(), labels.rend()));
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qint64>(4, top + top / 5 + 1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickCount(5);
    axis->setGridLineColor(QColor(0xE5, 0xE7, 0xEB));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
}

void TicketMetricsPanel::loadSla()
{
    m_context.api.get(
        QStringLiteral("/api/v1/tickets/sla"), {}, this,
        [this](const ApiResponse& response) {
            showSla(response.object());
            emit slaLoaded();
        },
        [this](const ApiError& error) {
            m_slaError->setStyleSheet(QStringLiteral("color: #991B1B;"));
            m_slaError->setText(error.detail);
        });
}

void TicketMetricsPanel::showSla(const QJsonObject& document)
{
    for (const auto& value : document.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject target = value.toObject();
        const auto edits = m_slaEdits.value(target.value(QStringLiteral("priority")).toString());
        if (!edits.first)
            continue;
        edits.first->setValue(target.value(QStringLiteral("first_response_hours")).toInt());
        edits.second->setValue(target.value(QStringLiteral("resolution_hours")).toInt());
    }
}

void TicketMetricsPanel::showSlaErrors(const ApiError& error)
{
    QStringList lines{error.detail};
    const QStringList priorities = TicketLabels::priorities();
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it) {
        // "targets[2].resolution_hours" → the row's priority name in front of the message.
        QString where = it.key();
        const qsizetype open = where.indexOf(QLatin1Char('['));
        const qsizetype close = where.indexOf(QLatin1Char(']'));
        if (open >= 0 && close > open) {
            const int index = where.mid(open + 1, close - open - 1).toInt();
            if (index >= 0 && index < priorities.size())
                where = TicketLabels::priority(priorities.at(index));
        }
        lines << QStringLiteral("%1: %2").arg(where, it.value());
    }
    m_slaError->setStyleSheet(QStringLiteral("color: #991B1B;"));
    m_slaError->setText(lines.join(QLatin1Char('\n')));
}

void TicketMetricsPanel::saveSla()
{
    if (!m_canEditSla)
        return;
    QJsonArray targets;
    for (const auto& priority : TicketLabels::priorities()) {
        const auto edits = m_slaEdits.value(priority);
        targets.append(QJsonObject{{QStringLiteral("priority"), priority},
                                   {QStringLiteral("first_response_hours"), edits.first->value()},
                                   {QStringLiteral("resolution_hours"), edits.second->value()}});
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/api/v1/tickets/sla");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("targets"), targets}});
    m_saveSla->setEnabled(false);
    m_slaError->clear();
    m_context.api.send(
        request, this,
        [this](const ApiResponse& response) {
            m_saveSla->setEnabled(true);
            showSla(response.object());
            m_slaError->setStyleSheet(QStringLiteral("color: %1;").arg(kGood.name()));
            m_slaError->setText(tr("Target SLA disimpan."));
            emit slaSaved();
        },
        [this](const ApiError& error) {
            m_saveSla->setEnabled(true);
            showSlaErrors(error);
        });
}

} // namespace ey::desk::tickets
