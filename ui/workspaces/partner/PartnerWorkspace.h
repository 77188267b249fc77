// The "Dasbor Partner" workspace: a partner's events (and, for admins, the partners themselves).
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <memory>

class QTabWidget;

namespace ey::desk::partner {

class AssessmentsPage;
class BillingPage;
class ClientsPage;
class EventsPage;
class PaymentsPage;

/// UI thread. Needs partner.use. "Kuota & Tagihan" needs partner.billing (operators do not have
/// it); "Partner" and "Pembayaran" need partner.manage; "Asesmen" needs assessments.manage. The
/// "Klien" and "Kuota & Tagihan" tabs follow the partner the events page acts for.
class PartnerWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit PartnerWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~PartnerWorkspace() override;

    QString id() const override { return QStringLiteral("partner"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("partner.use"); }
    QWidget* widget() override;
    void refresh() override;
    void focusSearch() override;
    /// "partner-client:<id>" (a client finished): opens "Klien" with that client shown.
    bool openLink(const QString& link) override;

    QTabWidget* tabs() const { return m_tabs.get(); }
    EventsPage* events() const { return m_events; }
    ClientsPage* clients() const { return m_clients; }
    /// The admin's partner list page; null for partner owners and operators.
    QWidget* partners() const { return m_partners; }
    /// Null when the signed-in user lacks the tab's permission (see the class comment).
    BillingPage* billing() const { return m_billing; }
    PaymentsPage* payments() const { return m_payments; }
    AssessmentsPage* assessments() const { return m_assessments; }

private:
    WorkspaceContext m_context;
    std::unique_ptr<QTabWidget> m_tabs;
    EventsPage* m_events = nullptr;
    ClientsPage* m_clients = nullptr;
    QWidget* m_partners = nullptr;
    BillingPage* m_billing = nullptr;
    PaymentsPage* m_payments = nullptr;
    AssessmentsPage* m_assessments = nullptr;
    bool m_clientsLoaded = false;
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerPartnerWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::partner
