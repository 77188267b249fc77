// The "Kurasi Buyer & Supplier" workspace: buyers (table, edit, import, export, statistics,
// reports, plan limits), the supplier review queue, forwarders, supplier limits and questions.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <functional>
#include <memory>

class QAction;
class QTabWidget;

namespace ey::desk::curation {

class BuyerReportsPage;
class BuyersPage;
class BuyerStatsPanel;
class CountryCatalog;
class PlanLimitsPage;
class SupplierReviewPage;
class ForwarderPage;
class SupplierLimitsPage;
class SupplierQuestionsPage;

/// UI thread. Opened with directory.buyers.manage; each tab is shown only when the session holds
/// its own permission ("Batas paket" needs directory.limits.manage). Live "buyer.updated" events
/// reload the buyer table and the statistics when they are on screen.
class CurationWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit CurationWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~CurationWorkspace() override;

    QString id() const override { return QStringLiteral("curation"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override
    {
        return QStringLiteral("directory.buyers.manage");
    }
    QWidget* widget() override;
    QList<QAction*> toolbarActions() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    void refresh() override;
    void focusSearch() override;
    /// "buyer:<id>" opens the buyer's form, "supplier:<id>" the supplier's review pane.
    bool openLink(const QString& link) override;

    /// Adds a tab when the session holds `permission`: `make` builds the page (parented to the tab
    /// widget), `title` is asked again on a language switch. Returns the page or nullptr.
    QWidget* addPage(const QString& permission, const std::function<QWidget*(QWidget*)>& make,
                     std::function<QString()> title);

    const WorkspaceContext& context() const { return m_context; }
    CountryCatalog& countries() const { return *m_countries; }
    QTabWidget* tabs() const { return m_tabs.get(); }
    BuyersPage* buyers() const { return m_buyers; }
    BuyerStatsPanel* stats() const { return m_stats; }
    BuyerReportsPage* reports() const { return m_reports; }
    PlanLimitsPage* limits() const { return m_limits; }
    SupplierReviewPage* suppliers() const { return m_suppliers; }
    ForwarderPage* forwarders() const { return m_forwarders; }
    QAction* exportAction() const { return m_exportAction; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const QString& name, const QJsonObject& data);
    void onTabChanged(int index);
    void retranslateUi();

    WorkspaceContext m_context;
    std::unique_ptr<QTabWidget> m_tabs;
    CountryCatalog* m_countries = nullptr;
    BuyersPage* m_buyers = nullptr;
    BuyerStatsPanel* m_stats = nullptr;
    BuyerReportsPage* m_reports = nullptr;
    PlanLimitsPage* m_limits = nullptr;
    SupplierReviewPage* m_suppliers = nullptr;
    ForwarderPage* m_forwarders = nullptr;
    SupplierLimitsPage* m_supplierLimits = nullptr;
    SupplierQuestionsPage* m_supplierQuestions = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importAction = nullptr;
    QList<QPair<QWidget*, std::function<QString()>>> m_titles;
    bool m_statsStale = true;
    bool m_limitsLoaded = false;
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerCurationWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::curation
