// PartnerWorkspace: the tabs, shortcuts and registration.
#include "PartnerWorkspace.h"

#include "AssessmentsPage.h"
#include "BillingPage.h"
#include "ClientsPage.h"
#include "EventsPage.h"
#include "PartnersPage.h"
#include "PaymentsPage.h"

#include "EventStream.h"
#include "Session.h"

#include <QComboBox>
#include <QTabWidget>

namespace ey::desk::partner {

PartnerWorkspace::PartnerWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context), m_tabs(std::make_unique<QTabWidget>())
{
    m_tabs->setObjectName(QStringLiteral("partnerTabs"));
    const bool admin = context.session.hasPermission(QStringLiteral("partner.manage"));
    m_events = new EventsPage(context.api, admin);
    m_events->setObjectName(QStringLiteral("eventsPage"));
    m_tabs->addTab(m_events, tr("Acara"));
    if (admin) {
        m_partners = new PartnersPage(context.api);
        m_partners->setObjectName(QStringLiteral("partnersPage"));
        m_tabs->addTab(m_partners, tr("Partner"));
    }
    m_clients = new ClientsPage(context.api);
    m_clients->setObjectName(QStringLiteral("clientsPage"));
    m_tabs->addTab(m_clients, tr("Klien"));
    if (context.session.hasPermission(QStringLiteral("partner.billing"))) {
        m_billing = new BillingPage(context.api);
        m_billing->setObjectName(QStringLiteral("billingPage"));
        m_tabs->addTab(m_billing, tr("Kuota && Tagihan"));
    }
    if (admin) {
        m_payments = new PaymentsPage(context.api);
        m_payments->setObjectName(QStringLiteral("paymentsPage"));
        m_tabs->addTab(m_payments, tr("Pembayaran"));
    }
    if (context.session.hasPermission(QStringLiteral("assessments.manage"))) {
        m_assessments = new AssessmentsPage(context.api);
        m_assessments->setObjectName(QStringLiteral("assessmentsPage"));
        m_tabs->addTab(m_assessments, tr("Asesmen"));
    }
    // Admins act for the partner chosen on the events page; the clients page follows it.
    connect(m_events->partnerChooser(), &QComboBox::currentIndexChanged, m_clients, [this] {
        const auto partnerId = m_events->partnerChooser()->currentData().toString();
        m_clients->setPartnerId(partnerId);
        if (m_billing)
            m_billing->setPartnerId(partnerId);
    });
    // A client finishing somewhere shows up at once: in the clients list and in the events'
    // "finished / clients" counts.
    connect(&m_context.events, &EventStream::eventReceived, this,
            [this](const QString& name, const QJsonObject& data) {
                // The billing tab picks what concerns it (payments, invoices, finished clients).
                if (m_billing && name.startsWith(QStringLiteral("partner.")))
                    m_billing->handleEvent(name, data);
                if (m_payments)
                    m_payments->handleEvent(name, data); // the admin's confirmation queue
                if (name == QStringLiteral("partner.payment_updated") && m_clientsLoaded)
                    m_clients->reload(); // a paid add-on makes the summary available
                if (name != QStringLiteral("partner.client_completed"))
                    return;
                if (m_clientsLoaded)
                    m_clients->reload();
                m_events->reload();
            });
    // Loaded when first shown: a partner opening "Acara" need not wait for the clients list.
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this](int index) {
        auto* page = m_tabs->widget(index);
        if (page == m_clients && !m_clientsLoaded) {
            m_clientsLoaded = true;
            m_clients->reload();
        } else if (page && page == m_billing) {
            m_billing->reload();
        } else if (page && page == m_payments) {
            m_payments->reload();
        } else if (page && page == m_assessments) {
            m_assessments->reload();
        }
    });
}

PartnerWorkspace::~PartnerWorkspace() = default;

QString PartnerWorkspace::title() const
{
    return tr("Dasbor Partner");
}

QIcon PartnerWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/partner.svg"));
}

QWidget* PartnerWorkspace::widget()
{
    return m_tabs.get();
}

void PartnerWorkspace::refresh()
{
    if (m_tabs->currentWidget() == m_events)
        m_events->reload();
    else if (m_tabs->currentWidget() == m_clients)
        m_clients->reload();
    else if (auto* partners = qobject_cast<PartnersPage*>(m_tabs->currentWidget()))
        partners->reload();
    else if (m_billing && m_tabs->currentWidget() == m_billing)
        m_billing->reload();
    else if (m_payments && m_tabs->currentWidget() == m_payments)
        m_payments->reload();
    else if (m_assessments && m_tabs->currentWidget() == m_assessments)
        m_assessments->reload();
}

void PartnerWorkspace::focusSearch()
{
    if (m_tabs->currentWidget() == m_events)
        m_events->focusSearch();
    else if (m_tabs->currentWidget() == m_clients)
        m_clients->focusSearch();
    else if (auto* partners = qobject_cast<PartnersPage*>(m_tabs->currentWidget()))
        partners->focusSearch();
    else if (m_billing && m_tabs->currentWidget() == m_billing)
        m_billing->focusSearch();
    else if (m_payments && m_tabs->currentWidget() == m_payments)
        m_payments->focusSearch();
    else if (m_assessments && m_tabs->currentWidget() == m_assessments)
        m_assessments->focusSearch();
}

bool PartnerWorkspace::openLink(const QString& link)
{
    const QString kind = link.section(QLatin1Char(':'), 0, 0);
    const QString id = link.section(QLatin1Char(':'), 1).trimmed();
    if (id.isEmpty())
        return false;
    // A proof waiting for confirmation (staff), or a partner's own payment or invoice.
    if (kind == QStringLiteral("partner-transaction") && (m_payments || m_billing)) {
        if (m_payments) {
            m_tabs->setCurrentWidget(m_payments);
            m_payments->openTransaction(id);
        } else {
            m_tabs->setCurrentWidget(m_billing);
            m_billing->openTransaction(id);
        }
        return true;
    }
    if (kind == QStringLiteral("partner-invoice") && m_billing) {
        m_tabs->setCurrentWidget(m_billing);
        m_billing->openInvoice(id);
        return true;
    }
    if (kind != QStringLiteral("partner-client"))
        return false;
    const QString clientId = id;
    // Marked loaded first so switching the tab does not start a second, unfiltered load.
    m_clientsLoaded = true;
    m_tabs->setCurrentWidget(m_clients);
    m_clients->showClient(clientId);
    return true;
}

void registerPartnerWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("partner"), QStringLiteral("partner.use"),
                  [](const WorkspaceContext& context) -> std::unique_ptr<Workspace> {
                      return std::make_unique<PartnerWorkspace>(context);
                  }});
}

} // namespace ey::desk::partner
