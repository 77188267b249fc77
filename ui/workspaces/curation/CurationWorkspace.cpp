// CurationWorkspace: tabs by permission, shortcuts, live events, state, registration.
#include "CurationWorkspace.h"

#include "BuyerEditor.h"
#include "BuyerFilterBar.h"
#include "BuyerReportsPage.h"
#include "BuyersPage.h"
#include "BuyerStatsPanel.h"
#include "CountryCatalog.h"
#include "ForwarderPage.h"
#include "PlanLimitsPage.h"
#include "SupplierDetailPanel.h"
#include "SupplierLimitsPage.h"
#include "SupplierQuestionsPage.h"
#include "SupplierReviewPage.h"

#include "EventStream.h"
#include "PagedTableModel.h"
#include "Session.h"

#include <QAction>
#include <QEvent>
#include <QJsonObject>
#include <QTabWidget>

namespace ey::desk::curation {

namespace {

const QString kManage = QStringLiteral("directory.buyers.manage");
const QString kLimits = QStringLiteral("directory.limits.manage");

} // namespace

CurationWorkspace::CurationWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context)
{
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->setObjectName(QStringLiteral("curationTabs"));
    m_tabs->setDocumentMode(true);
    m_countries = new CountryCatalog(m_context.api, this);
    m_countries->load();

    m_buyers = static_cast<BuyersPage*>(addPage(
        kManage, [this](QWidget* parent) { return new BuyersPage(m_context, *m_countries, parent); },
        [] { return CurationWorkspace::tr("Buyer"); }));
    m_stats = static_cast<BuyerStatsPanel*>(addPage(
        kManage,
        [this](QWidget* parent) { return new BuyerStatsPanel(m_context.api, *m_countries, parent); },
        [] { return CurationWorkspace::tr("Statistik"); }));
    m_reports = static_cast<BuyerReportsPage*>(addPage(
        kManage, [this](QWidget* parent) { return new BuyerReportsPage(m_context.api, parent); },
        [] { return CurationWorkspace::tr("Laporan buyer"); }));
    m_limits = static_cast<PlanLimitsPage*>(addPage(
        kLimits, [this](QWidget* parent) { return new PlanLimitsPage(m_context.api, parent); },
        [] { return CurationWorkspace::tr("Batas paket"); }));
    m_suppliers = static_cast<SupplierReviewPage*>(addPage(
        QStringLiteral("suppliers.review"),
        [this](QWidget* parent) { return new SupplierReviewPage(m_context, parent); },
        [] { return CurationWorkspace::tr("Supplier"); }));
    m_forwarders = static_cast<ForwarderPage*>(addPage(
        QStringLiteral("forwarders.browse"),
        [this](QWidget* parent) { return new ForwarderPage(m_context, parent); },
        [] { return CurationWorkspace::tr("Forwarder"); }));
    m_supplierLimits = static_cast<SupplierLimitsPage*>(addPage(
        QStringLiteral("suppliers.decide"),
        [this](QWidget* parent) { return new SupplierLimitsPage(m_context, parent); },
        [] { return CurationWorkspace::tr("Batas supplier"); }));
    m_supplierQuestions = static_cast<SupplierQuestionsPage*>(addPage(
        QStringLiteral("suppliers.assessment"),
        [this](QWidget* parent) { return new SupplierQuestionsPage(m_context, parent); },
        [] { return CurationWorkspace::tr("Asesmen supplier"); }));

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_tabs->addAction(m_exportAction);
    if (m_buyers) {
        connect(m_exportAction, &QAction::triggered, this, [this] {
            m_tabs->setCurrentWidget(m_buyers);
            m_buyers->exportFile();
        });
        connect(m_importAction, &QAction::triggered, this, [this] {
            m_tabs->setCurrentWidget(m_buyers);
            m_buyers->startImport();
        });
        connect(m_buyers, &BuyersPage::buyersChanged, this, [this] { m_statsStale = true; });
    }
    if (m_stats)
        connect(m_stats, &BuyerStatsPanel::openBuyerRequested, this,
                [this](const QString& id) { openLink(QStringLiteral("buyer:") + id); });
    if (m_reports)
        connect(m_reports, &BuyerReportsPage::openBuyerRequested, this,
                [this](const QString& id) { openLink(QStringLiteral("buyer:") + id); });

    retranslateUi();
    m_tabs->installEventFilter(this);
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, &CurationWorkspace::onTabChanged);
    connect(&m_context.events, &EventStream::eventReceived, this, &CurationWorkspace::onEvent);
}

CurationWorkspace::~CurationWorkspace() = default;

QWidget* CurationWorkspace::addPage(const QString& permission,
                                    const std::function<QWidget*(QWidget*)>& make,
                                    std::function<QString()> title)
{
    if (!m_context.session.hasPermission(permission))
        return nullptr;
    QWidget* page = make(m_tabs.get());
    m_tabs->addTab(page, title());
    m_titles.append({page, std::move(title)});
    return page;
}

void CurationWorkspace::retranslateUi()
{
    for (const auto& [page, title] : m_titles)
        m_tabs->setTabText(m_tabs->indexOf(page), title());
    m_exportAction->setText(tr("Ekspor buyer"));
    m_exportAction->setToolTip(tr("Ekspor buyer yang sesuai filter ke CSV atau XLSX (Ctrl+E)"));
    m_importAction->setText(tr("Impor buyer"));
    m_importAction->setToolTip(tr("Impor buyer dari berkas CSV atau XLSX"));
}

bool CurationWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs.get() && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return Workspace::eventFilter(watched, event);
}

QString CurationWorkspace::title() const
{
    return tr("Kurasi Buyer & Supplier");
}

QIcon CurationWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/curation.svg"));
}

QWidget* CurationWorkspace::widget()
{
    return m_tabs.get();
}

QList<QAction*> CurationWorkspace::toolbarActions()
{
    if (!m_buyers)
        return {};
    return {m_importAction, m_exportAction};
}

void CurationWorkspace::onTabChanged(int index)
{
    QWidget* page = m_tabs->widget(index);
    if (page && page == m_stats && m_statsStale) {
        m_statsStale = false;
        m_stats->load();
    } else if (page && page == m_limits && !m_limitsLoaded) {
        m_limitsLoaded = true;
        m_limits->load();
    }
}

void CurationWorkspace::onEvent(const QString& name, const QJsonObject& data)
{
    if (name != QStringLiteral("buyer.updated"))
        return;
    if (m_buyers)
        m_buyers->buyerChanged(data.value(QStringLiteral("id")).toString(),
                               data.value(QStringLiteral("action")).toString());
    m_statsStale = true;
    if (m_stats && m_tabs->currentWidget() == m_stats) {
        m_statsStale = false;
        m_stats->load();
    }
}

QVariantMap CurationWorkspace::saveState() const
{
    QVariantMap state{{QStringLiteral("tab"), m_tabs->currentIndex()}};
    if (m_buyers)
        state.insert(QStringLiteral("splitter"), m_buyers->saveSplitter());
    if (m_stats)
        state.insert(QStringLiteral("weeks"), m_stats->weeks());
    return state;
}

void CurationWorkspace::restoreState(const QVariantMap& state)
{
    if (m_buyers)
        m_buyers->restoreSplitter(state.value(QStringLiteral("splitter")).toByteArray());
    if (m_stats && state.contains(QStringLiteral("weeks")) &&
        state.value(QStringLiteral("weeks")).toInt() != m_stats->weeks()) {
        m_stats->setWeeks(state.value(QStringLiteral("weeks")).toInt()); // loads with that period
        m_statsStale = false;
    }
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void CurationWorkspace::refresh()
{
    QWidget* page = m_tabs->currentWidget();
    if (page && page == m_buyers) {
        m_buyers->reload();
        m_buyers->editor()->refresh();
    } else if (page && page == m_stats) {
        m_stats->load();
    } else if (page && page == m_reports) {
        m_reports->reload();
    } else if (page && page == m_limits) {
        m_limits->load();
    } else if (page && page == m_suppliers) {
        m_suppliers->reload();
        m_suppliers->detail()->refresh();
    } else if (page && page == m_forwarders) {
        m_forwarders->reload();
    } else if (page && page == m_supplierLimits) {
        m_supplierLimits->load();
    } else if (page && page == m_supplierQuestions) {
        m_supplierQuestions->load();
    }
    m_statsStale = page != m_stats;
}

void CurationWorkspace::focusSearch()
{
    if (m_tabs->currentWidget() == m_suppliers && m_suppliers)
        return m_suppliers->focusSearch();
    if (m_tabs->currentWidget() == m_forwarders && m_forwarders)
        return m_forwarders->focusSearch();
    if (!m_buyers)
        return;
    m_tabs->setCurrentWidget(m_buyers);
    m_buyers->focusSearch();
}

bool CurationWorkspace::openLink(const QString& link)
{
    if (m_suppliers && link.startsWith(QStringLiteral("supplier:"))) {
        m_tabs->setCurrentWidget(m_suppliers);
        m_suppliers->openSupplier(link.mid(9));
        return true;
    }
    if (!m_buyers || !link.startsWith(QStringLiteral("buyer:")))
        return false;
    m_tabs->setCurrentWidget(m_buyers);
    m_buyers->openBuyer(link.mid(6));
    return true;
}

void registerCurationWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("curation"), QStringLiteral("directory.buyers.manage"),
                  [](const WorkspaceContext& context) {
                      return std::make_unique<CurationWorkspace>(context);
                  }});
}

} // namespace ey::desk::curation
