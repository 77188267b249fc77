// PartnerWorkspace: the tabs, shortcuts and registration.
#include "PartnerWorkspace.h"

#include "ClientsPage.h"
#include "EventsPage.h"
#include "PartnersPage.h"

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
    // Admins act for the partner chosen on the events page; the clients page follows it.
    connect(m_events->partnerChooser(), &QComboBox::currentIndexChanged, m_clients, [this] {
        m_clients->setPartnerId(m_events->partnerChooser()->currentData().toString());
    });
    // A client finishing somewhere shows up at once: in the clients list and in the events'
    // "finished / clients" counts.
    connect(&m_context.events, &EventStream::eventReceived, this,
            [this](const QString& name, const QJsonObject&) {
                if (name != QStringLiteral("partner.client_completed"))
                    return;
                if (m_clientsLoaded)
                    m_clients->reload();
                m_events->reload();
            });
    // Loaded when first shown: a partner opening "Acara" need not wait for the clients list.
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_clients && !m_clientsLoaded) {
            m_clientsLoaded = true;
            m_clients->reload();
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
}

void PartnerWorkspace::focusSearch()
{
    if (m_tabs->currentWidget() == m_events)
        m_events->focusSearch();
    else if (m_tabs->currentWidget() == m_clients)
        m_clients->focusSearch();
    else if (auto* partners = qobject_cast<PartnersPage*>(m_tabs->currentWidget()))
        partners->focusSearch();
}

void registerPartnerWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("partner"), QStringLiteral("partner.use"),
                  [](const WorkspaceContext& context) -> std::unique_ptr<Workspace> {
                      return std::make_unique<PartnerWorkspace>(context);
                  }});
}

} // namespace ey::desk::partner
