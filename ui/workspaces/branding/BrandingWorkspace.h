// The "Branding" workspace (admin only): logos, colours, texts, component styles, notifications.
#pragma once

#include "Workspace.h"

#include <memory>

namespace ey::desk {
class WorkspaceRegistry;
}

namespace ey::desk::branding {

class BrandingEditor;

/// UI thread. Owns the editor widget; the main window shows it when the admin opens the workspace.
class BrandingWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit BrandingWorkspace(const WorkspaceContext& context, QObject* parent = nullptr);
    ~BrandingWorkspace() override;

    QString id() const override { return QStringLiteral("branding"); }
    QString title() const override;
    QIcon icon() const override;
    QString requiredPermission() const override { return QStringLiteral("branding.manage"); }
    QWidget* widget() override;
    QVariantMap saveState() const override;
    void restoreState(const QVariantMap& state) override;
    /// F5: reloads the integration status, and the branding from the server unless there are
    /// unsaved edits (those are never thrown away silently).
    void refresh() override;

    BrandingEditor* editor() const { return m_editor.get(); }

private:
    std::unique_ptr<BrandingEditor> m_editor;
};

} // namespace ey::desk::branding

namespace ey::desk {

/// Called once by the application at start-up.
void registerBrandingWorkspace(WorkspaceRegistry& registry);

} // namespace ey::desk
