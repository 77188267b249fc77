// The "Tiket Support" workspace: queue and ticket view, "Buat Tiket", and metrics for staff.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <memory>

class QTabWidget;

namespace ey::desk::tickets {

class TicketCreateForm;
class TicketMetricsPanel;
class TicketQueuePage;

/// UI thread. Every role has tickets.use; the tabs follow the permissions: owners get "Tiket Saya"
/// and "Buat Tiket", tickets.handle gets the queue views and "Metrik", tickets.manage also assigns,
/// reopens and edits SLA targets. Live events (ticket.created, ticket.updated, TICKET
/// notifications) refresh the list and the open ticket.
class TicketsWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit TicketsWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~TicketsWorkspace() override;

    QString id() const override { return QStringLiteral("tickets"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("tickets.use"); }
    QWidget* widget() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    void refresh() override;
    void focusSearch() override;
    /// "ticket:<id>" (a TICKET notification): the queue tab with that ticket open.
    bool openLink(const QString& link) override;

    TicketQueuePage* queue() const { return m_queue; }
    TicketCreateForm* createForm() const { return m_create; }
    /// Null without tickets.handle.
    TicketMetricsPanel* metrics() const { return m_metrics; }
    QTabWidget* tabs() const { return m_tabs.get(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const QString& name, const QJsonObject& data);
    void retranslateUi();

    WorkspaceContext m_context;
    std::unique_ptr<QTabWidget> m_tabs;
    TicketQueuePage* m_queue = nullptr;
    TicketCreateForm* m_create = nullptr;
    TicketMetricsPanel* m_metrics = nullptr;
    bool m_metricsLoaded = false;
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerTicketsWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::tickets
