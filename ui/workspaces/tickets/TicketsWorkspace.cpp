// TicketsWorkspace: tabs, live events, state, registration.
#include "TicketsWorkspace.h"

#include "TicketCreateForm.h"
#include "TicketFilterBar.h"
#include "TicketMetricsPanel.h"
#include "TicketQueuePage.h"
#include "TicketView.h"

#include "EventStream.h"
#include "Session.h"

#include <QEvent>
#include <QJsonObject>
#include <QTabWidget>

namespace ey::desk::tickets {

TicketsWorkspace::TicketsWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context)
{
    const bool staff = m_context.session.hasPermission(QStringLiteral("tickets.handle"));
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->setObjectName(QStringLiteral("ticketsTabs"));
    m_tabs->setDocumentMode(true);
    m_queue = new TicketQueuePage(m_context, m_tabs.get());
    m_create = new TicketCreateForm(m_context, m_tabs.get());
    m_tabs->addTab(m_queue, QString());
    m_tabs->addTab(m_create, QString());
    if (staff) {
        m_metrics = new TicketMetricsPanel(m_context, m_tabs.get());
        m_tabs->addTab(m_metrics, QString());
    }
    retranslateUi();
    // The tab widget is not a QObject subclass of ours: its LanguageChange is watched here.
    m_tabs->installEventFilter(this);
    // Metrics are fetched when first looked at, not for everyone who opens the desk.
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this](int index) {
        if (m_metrics && m_tabs->widget(index) == m_metrics && !m_metricsLoaded) {
            m_metricsLoaded = true;
            m_metrics->load();
        }
    });
    connect(m_create, &TicketCreateForm::ticketCreated, this, [this](const QString& ticketId) {
        m_tabs->setCurrentWidget(m_queue);
        m_queue->reload();
        m_queue->openTicket(ticketId);
    });
    connect(&m_context.events, &EventStream::eventReceived, this, &TicketsWorkspace::onEvent);
}

TicketsWorkspace::~TicketsWorkspace() = default;

void TicketsWorkspace::retranslateUi()
{
    const bool staff = m_context.session.hasPermission(QStringLiteral("tickets.handle"));
    m_tabs->setTabText(m_tabs->indexOf(m_queue), staff ? tr("Antrean Tiket") : tr("Tiket Saya"));
    m_tabs->setTabText(m_tabs->indexOf(m_create), tr("Buat Tiket"));
    if (m_metrics)
        m_tabs->setTabText(m_tabs->indexOf(m_metrics), tr("Metrik"));
}

bool TicketsWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs.get() && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return Workspace::eventFilter(watched, event);
}

QString TicketsWorkspace::title() const { return tr("Tiket Support"); }

QIcon TicketsWorkspace::icon() const { return QIcon(QStringLiteral(":/icons/tickets.svg")); }

QWidget* TicketsWorkspace::widget() { return m_tabs.get(); }

void TicketsWorkspace::onEvent(const QString& name, const QJsonObject& data)
{
    QString ticketId;
    if (name == QStringLiteral("ticket.created") || name == QStringLiteral("ticket.updated")) {
        ticketId = data.value(QStringLiteral("ticket_id")).toString();
    } else if (name == QStringLiteral("notification") && data.value(QStringLiteral("type")).toString() == QStringLiteral("TICKET")) {
        ticketId = data.value(QStringLiteral("source_id")).toString();
    } else {
        return;
    }
    m_queue->ticketChanged(ticketId);
    if (m_metrics && m_metricsLoaded && m_tabs->currentWidget() == m_metrics)
        m_metrics->load();
}

QVariantMap TicketsWorkspace::saveState() const
{
    return {{QStringLiteral("tab"), m_tabs->currentIndex()},
            {QStringLiteral("view"), static_cast<int>(m_queue->filterBar()->view())},
            {QStringLiteral("splitter"), m_queue->saveSplitter()}};
}

void TicketsWorkspace::restoreState(const QVariantMap& state)
{
    m_queue->restoreSplitter(state.value(QStringLiteral("splitter")).toByteArray());
    if (state.contains(QStringLiteral("view")))
        m_queue->chooseView(static_cast<TicketFilterBar::View>(state.value(QStringLiteral("view")).toInt()));
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void TicketsWorkspace::refresh()
{
    if (m_metrics && m_tabs->currentWidget() == m_metrics) {
        m_metricsLoaded = true;
        m_metrics->load();
        return;
    }
    m_queue->reload();
    m_queue->ticketView()->refresh();
}

void TicketsWorkspace::focusSearch()
{
    m_tabs->setCurrentWidget(m_queue);
    m_queue->focusSearch();
}

bool TicketsWorkspace::openLink(const QString& link)
{
    static const QString prefix = QStringLiteral("ticket:");
    const QString ticketId =
        link.startsWith(prefix) ? link.mid(prefix.size()).trimmed() : QString();
    if (ticketId.isEmpty())
        return false;
    m_tabs->setCurrentWidget(m_queue);
    m_queue->openTicket(ticketId);
    return true;
}

void registerTicketsWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("tickets"), QStringLiteral("tickets.use"), [](const WorkspaceContext& context) {
                      return std::make_unique<TicketsWorkspace>(context);
                  }});
}

} // namespace ey::desk::tickets
