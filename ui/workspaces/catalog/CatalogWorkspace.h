// The "Katalog" workspace: membership plans, products and coupons, each a list beside its editor.
#pragma once

#include "Workspace.h"
#include "WorkspaceRegistry.h"

#include <memory>

class QTabWidget;

namespace ey::desk::catalog {

class CatalogListPage;
class CouponEditor;
class PlanEditor;
class ProductEditor;

/// UI thread. Needs catalog.read; without catalog.manage every editor is read-only and the
/// "Baru", "Simpan" and "Hapus" controls are not shown. Tabs load when first shown.
class CatalogWorkspace : public Workspace
{
    Q_OBJECT

public:
    enum Tab
    {
        Plans,
        Products,
        Coupons
    };

    explicit CatalogWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~CatalogWorkspace() override;

    QString id() const override { return QStringLiteral("catalog"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("catalog.read"); }
    QWidget* widget() override;
    QList<QAction*> toolbarActions() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    void refresh() override;
    void focusSearch() override;

    QTabWidget* tabs() const { return m_tabs.get(); }
    CatalogListPage* plans() const { return m_plans; }
    CatalogListPage* products() const { return m_products; }
    CatalogListPage* coupons() const { return m_coupons; }
    PlanEditor* planEditor() const { return m_planEditor; }
    ProductEditor* productEditor() const { return m_productEditor; }
    CouponEditor* couponEditor() const { return m_couponEditor; }
    CatalogListPage* currentPage() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTabShown(int index);
    void retranslateUi();

    WorkspaceContext m_context;
    bool m_canManage = false;
    std::unique_ptr<QTabWidget> m_tabs;
    PlanEditor* m_planEditor = nullptr;
    ProductEditor* m_productEditor = nullptr;
    CouponEditor* m_couponEditor = nullptr;
    CatalogListPage* m_plans = nullptr;
    CatalogListPage* m_products = nullptr;
    CatalogListPage* m_coupons = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QList<bool> m_loaded = {false, false, false};
};

/// Adds the workspace to the registry (app/desk calls this once at start-up).
void registerCatalogWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk::catalog
