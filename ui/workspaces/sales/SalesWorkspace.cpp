// SalesWorkspace: tabs, shortcuts, live events, state, registration.
#include "SalesWorkspace.h"

#include "BusinessDate.h"
#include "SaleDetailPane.h"
#include "SalesChartsPanel.h"
#include "SalesFilterBar.h"
#include "SalesPage.h"

#include "EventStream.h"

#include <QAction>
#include <QEvent>
#include <QJsonObject>
#include <QTabWidget>

namespace ey::desk::sales {

SalesWorkspace::SalesWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context)
{
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->setObjectName(QStringLiteral("salesTabs"));
    m_tabs->setDocumentMode(true);
    m_page = new SalesPage(m_context, m_tabs.get());
    m_charts = new SalesChartsPanel(m_context.api, m_tabs.get());
    m_tabs->addTab(m_page, QString());
    m_tabs->addTab(m_charts, QString());

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tabs->addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, m_page, &SalesPage::exportCsv);

    retranslateUi();
    m_tabs->installEventFilter(this);
    // The charts follow the filter bar's range; they are fetched when looked at.
    connect(m_page, &SalesPage::filterChanged, this, [this] {
        m_chartsStale = true;
        if (m_tabs->currentWidget() == m_charts)
            loadCharts();
    });
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_charts && m_chartsStale)
            loadCharts();
    });
    connect(&m_context.events, &EventStream::eventReceived, this, &SalesWorkspace::onEvent);
}

SalesWorkspace::~SalesWorkspace() = default;

void SalesWorkspace::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_page), tr("Transaksi"));
    m_tabs->setTabText(m_tabs->indexOf(m_charts), tr("Grafik"));
    m_exportAction->setText(tr("Ekspor CSV"));
    m_exportAction->setToolTip(tr("Ekspor baris yang sesuai filter ke CSV (Ctrl+E)"));
}

bool SalesWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs.get() && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return Workspace::eventFilter(watched, event);
}

QString SalesWorkspace::title() const
{
    return tr("Penjualan");
}

QIcon SalesWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/sales.svg"));
}

QWidget* SalesWorkspace::widget()
{
    return m_tabs.get();
}

QList<QAction*> SalesWorkspace::toolbarActions()
{
    return {m_exportAction};
}

void SalesWorkspace::loadCharts()
{
    m_chartsStale = false;
    const SalesFilterBar* filters = m_page->filterBar();
    QDate from = filters->fromDate();
    QDate to = filters->toDate();
    if (!from.isValid()) {
        // "Semua waktu": the last five years by month is what a chart can show.
        to = businessToday();
        from = QDate(to.year() - 4, 1, 1);
    }
    m_charts->load(from, to, filters->bucket());
}

void SalesWorkspace::onEvent(const QString& name, const QJsonObject& data)
{
    Q_UNUSED(data)
    if (name != QStringLiteral("transaction.updated") && name != QStringLiteral("notification"))
        return;
    m_page->salesChanged();
    m_chartsStale = true;
    if (m_tabs->currentWidget() == m_charts)
        loadCharts();
}

QVariantMap SalesWorkspace::saveState() const
{
    return {{QStringLiteral("tab"), m_tabs->currentIndex()},
            {QStringLiteral("preset"), static_cast<int>(m_page->filterBar()->preset())},
            {QStringLiteral("splitter"), m_page->saveSplitter()}};
}

void SalesWorkspace::restoreState(const QVariantMap& state)
{
    m_page->restoreSplitter(state.value(QStringLiteral("splitter")).toByteArray());
    if (state.contains(QStringLiteral("preset")))
        m_page->filterBar()->setPreset(
            static_cast<SalesFilterBar::Preset>(state.value(QStringLiteral("preset")).toInt()));
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void SalesWorkspace::refresh()
{
    m_page->reload();
    if (m_tabs->currentWidget() == m_charts)
        loadCharts();
    else
        m_chartsStale = true;
}

void SalesWorkspace::focusSearch()
{
    m_tabs->setCurrentWidget(m_page);
    m_page->focusSearch();
}

void registerSalesWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("sales"), QStringLiteral("sales.read"),
                  [](const WorkspaceContext& context) {
                      return std::make_unique<SalesWorkspace>(context);
                  }});
}

} // namespace ey::desk::sales
