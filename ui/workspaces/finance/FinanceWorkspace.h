// The "Keuangan" workspace: wallets, revenue report, withdrawal queue, split settings and the
// partners' monthly invoices.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <memory>

class QAction;
class QTabWidget;

namespace ey::desk::finance {

class PartnerInvoicesPage;
class RevenuePage;
class SplitSettingsPage;
class WalletsPage;
class WithdrawalsPage;

/// UI thread. Needs finance.read; the withdrawal actions and the settings form need
/// finance.manage; "Tagihan Partner" is there only with partner.invoices. Pages load when first
/// shown. Live events "wallet.updated", "withdrawal.updated" and "partner.invoice_updated"
/// refresh what they touch.
class FinanceWorkspace : public Workspace
{
    Q_OBJECT

public:
    enum Tab
    {
        Wallets,
        Revenue,
        Withdrawals,
        Settings,
        PartnerInvoices ///< present only with partner.invoices
    };

    explicit FinanceWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~FinanceWorkspace() override;

    QString id() const override { return QStringLiteral("finance"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("finance.read"); }
    QWidget* widget() override;
    QList<QAction*> toolbarActions() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    void refresh() override;
    void focusSearch() override;
    /// Ctrl+E: the CSV export of the page on screen.
    void exportCurrent();

    QTabWidget* tabs() const { return m_tabs.get(); }
    WalletsPage* wallets() const { return m_wallets; }
    RevenuePage* revenue() const { return m_revenue; }
    WithdrawalsPage* withdrawals() const { return m_withdrawals; }
    SplitSettingsPage* settings() const { return m_settings; }
    /// Null without partner.invoices.
    PartnerInvoicesPage* partnerInvoices() const { return m_partnerInvoices; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const QString& name, const QJsonObject& data);
    void onTabShown(int index);
    void retranslateUi();

    WorkspaceContext m_context;
    std::unique_ptr<QTabWidget> m_tabs;
    WalletsPage* m_wallets = nullptr;
    RevenuePage* m_revenue = nullptr;
    WithdrawalsPage* m_withdrawals = nullptr;
    SplitSettingsPage* m_settings = nullptr;
    PartnerInvoicesPage* m_partnerInvoices = nullptr;
    QAction* m_exportAction = nullptr;
    bool m_revenueLoaded = false;
    bool m_settingsLoaded = false;
    bool m_partnerInvoicesLoaded = false;
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerFinanceWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::finance
