// FinanceWorkspace: tabs, lazy loading, shortcuts, live events, state, registration.
#include "FinanceWorkspace.h"

#include "PartnerInvoicesPage.h"
#include "RevenuePage.h"
#include "SplitSettingsPage.h"
#include "WalletsPage.h"
#include "WithdrawalsPage.h"

#include "EventStream.h"
#include "Session.h"

#include <QAction>
#include <QEvent>
#include <QJsonObject>
#include <QTabWidget>

namespace ey::desk::finance {

FinanceWorkspace::FinanceWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_context(context)
{
    m_tabs = std::make_unique<QTabWidget>();
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_tabs->setDocumentMode(true);
    m_wallets = new WalletsPage(m_context, m_tabs.get());
    m_revenue = new RevenuePage(m_context, m_tabs.get());
    m_withdrawals = new WithdrawalsPage(m_context, m_tabs.get());
    m_settings = new SplitSettingsPage(m_context, m_tabs.get());
    m_tabs->addTab(m_wallets, QString());
    m_tabs->addTab(m_revenue, QString());
    m_tabs->addTab(m_withdrawals, QString());
    m_tabs->addTab(m_settings, QString());
    if (m_context.session.hasPermission(QStringLiteral("partner.invoices"))) {
        m_partnerInvoices = new PartnerInvoicesPage(m_context, m_tabs.get());
        m_tabs->addTab(m_partnerInvoices, QString());
    }

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("financeExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_tabs->addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &FinanceWorkspace::exportCurrent);

    retranslateUi();
    m_tabs->installEventFilter(this);
    connect(m_tabs.get(), &QTabWidget::currentChanged, this, &FinanceWorkspace::onTabShown);
    connect(&m_context.events, &EventStream::eventReceived, this, &FinanceWorkspace::onEvent);
    // A paid withdrawal moves its wallet's balance: the wallet list follows.
    connect(m_withdrawals, &WithdrawalsPage::withdrawalUpdated, this, [this](const QJsonObject& w) {
        m_wallets->walletChanged(w.value(QStringLiteral("wallet_id")).toString());
    });
}

FinanceWorkspace::~FinanceWorkspace() = default;

void FinanceWorkspace::retranslateUi()
{
    m_tabs->setTabText(Wallets, tr("Dompet"));
    m_tabs->setTabText(Revenue, tr("Laporan Pendapatan"));
    m_tabs->setTabText(Withdrawals, tr("Penarikan"));
    m_tabs->setTabText(Settings, tr("Pengaturan Bagi Hasil"));
    if (m_partnerInvoices)
        m_tabs->setTabText(PartnerInvoices, tr("Tagihan Partner"));
    m_exportAction->setText(tr("Ekspor CSV"));
    m_exportAction->setToolTip(tr("Ekspor halaman ini sebagai CSV (Ctrl+E)"));
}

bool FinanceWorkspace::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tabs.get() && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return Workspace::eventFilter(watched, event);
}

QString FinanceWorkspace::title() const
{
    return tr("Keuangan");
}

QIcon FinanceWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/icons/finance.svg"));
}

QWidget* FinanceWorkspace::widget()
{
    return m_tabs.get();
}

QList<QAction*> FinanceWorkspace::toolbarActions()
{
    return {m_exportAction};
}

void FinanceWorkspace::onTabShown(int index)
{
    // The report and the settings are fetched when first looked at, not on every start.
    if (index == Revenue && !m_revenueLoaded) {
        m_revenueLoaded = true;
        m_revenue->load();
    } else if (index == Settings && !m_settingsLoaded) {
        m_settingsLoaded = true;
        m_settings->load();
    } else if (index == PartnerInvoices && m_partnerInvoices && !m_partnerInvoicesLoaded) {
        m_partnerInvoicesLoaded = true;
        m_partnerInvoices->reload();
    }
}

void FinanceWorkspace::onEvent(const QString& name, const QJsonObject& data)
{
    if (name == QStringLiteral("wallet.updated")) {
        m_wallets->walletChanged(data.value(QStringLiteral("wallet_id")).toString());
        if (m_revenueLoaded && m_tabs->currentIndex() == Revenue)
            m_revenue->load();
    } else if (name == QStringLiteral("withdrawal.updated")) {
        m_withdrawals->withdrawalChanged(data.value(QStringLiteral("withdrawal_id")).toString());
    } else if (name == QStringLiteral("finance.config.updated") && m_settingsLoaded) {
        m_settings->load();
    } else if (name == QStringLiteral("partner.invoice_updated") && m_partnerInvoicesLoaded) {
        m_partnerInvoices->invoiceChanged(data.value(QStringLiteral("id")).toString());
    }
}

void FinanceWorkspace::exportCurrent()
{
    switch (m_tabs->currentIndex()) {
    case Wallets:
        m_wallets->exportCsv();
        break;
    case Revenue:
        m_revenue->exportCsv();
        break;
    case Withdrawals:
        m_withdrawals->exportCsv();
        break;
    case PartnerInvoices:
        if (m_partnerInvoices)
            m_partnerInvoices->exportCsv();
        break;
    default:
        break;
    }
}

QVariantMap FinanceWorkspace::saveState() const
{
    return {{QStringLiteral("tab"), m_tabs->currentIndex()},
            {QStringLiteral("bucket"), m_revenue->bucket()},
            {QStringLiteral("withdrawalStatus"), m_withdrawals->statusFilter()},
            {QStringLiteral("walletSplitter"), m_wallets->saveSplitter()},
            {QStringLiteral("withdrawalSplitter"), m_withdrawals->saveSplitter()}};
}

void FinanceWorkspace::restoreState(const QVariantMap& state)
{
    m_wallets->restoreSplitter(state.value(QStringLiteral("walletSplitter")).toByteArray());
    m_withdrawals->restoreSplitter(state.value(QStringLiteral("withdrawalSplitter")).toByteArray());
    if (state.contains(QStringLiteral("bucket")))
        m_revenue->setBucket(state.value(QStringLiteral("bucket")).toString());
    if (state.contains(QStringLiteral("withdrawalStatus")))
        m_withdrawals->setStatusFilter(state.value(QStringLiteral("withdrawalStatus")).toString());
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void FinanceWorkspace::refresh()
{
    switch (m_tabs->currentIndex()) {
    case Wallets:
        m_wallets->reload();
        break;
    case Revenue:
        m_revenueLoaded = true;
        m_revenue->load();
        break;
    case Withdrawals:
        m_withdrawals->reload();
        break;
    case Settings:
        m_settingsLoaded = true;
        m_settings->load();
        break;
    case PartnerInvoices:
        if (m_partnerInvoices) {
            m_partnerInvoicesLoaded = true;
            m_partnerInvoices->reload();
        }
        break;
    default:
        break;
    }
}

void FinanceWorkspace::focusSearch()
{
    if (m_partnerInvoices && m_tabs->currentIndex() == PartnerInvoices) {
        m_partnerInvoices->focusSearch();
        return;
    }
    m_tabs->setCurrentIndex(Wallets);
    m_wallets->focusSearch();
}

void registerFinanceWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("finance"), QStringLiteral("finance.read"),
                  [](const WorkspaceContext& context) {
                      return std::make_unique<FinanceWorkspace>(context);
                  }});
}

} // namespace ey::desk::finance
