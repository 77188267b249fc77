// The "Penjualan" workspace: every transaction for admin and finance, its detail, revenue charts
// and CSV export.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <memory>

class QAction;
class QTabWidget;

namespace ey::desk::sales {

class SalesChartsPanel;
class SalesPage;

/// UI thread. Needs sales.read; Resend shows only with sales.manage. Live events
/// ("transaction.updated", "notification") reload the table keeping the selection, and the charts
/// when they are on screen.
class SalesWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit SalesWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~SalesWorkspace() override;

    QString id() const override { return QStringLiteral("sales"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("sales.read"); }
    QWidget* widget() override;
    QList<QAction*> toolbarActions() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    void refresh() override;
    void focusSearch() override;

    SalesPage* page() const { return m_page; }
    SalesChartsPanel* charts() const { return m_charts; }
    QTabWidget* tabs() const { return m_tabs.get(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEvent(const QString& name, const QJsonObject& data);
    void loadCharts();
    void retranslateUi();

    WorkspaceContext m_context;
    std::unique_ptr<QTabWidget> m_tabs;
    SalesPage* m_page = nullptr;
    SalesChartsPanel* m_charts = nullptr;
    QAction* m_exportAction = nullptr;
    bool m_chartsStale = true;
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerSalesWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::sales
