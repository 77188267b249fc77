// BrandingWorkspace: the Workspace face of the branding editor, and its registration.
#include "BrandingWorkspace.h"

#include "BrandingEditor.h"
#include "WorkspaceRegistry.h"

#include <QMessageBox>
#include <QTabWidget>

namespace ey::desk::branding {

BrandingWorkspace::BrandingWorkspace(const WorkspaceContext& context, QObject* parent)
    : Workspace(parent), m_editor(std::make_unique<BrandingEditor>(context))
{
}

BrandingWorkspace::~BrandingWorkspace() = default;

QString BrandingWorkspace::title() const
{
    return tr("Branding");
}

QIcon BrandingWorkspace::icon() const
{
    return QIcon(QStringLiteral(":/branding/palette.svg"));
}

QWidget* BrandingWorkspace::widget()
{
    return m_editor.get();
}

QVariantMap BrandingWorkspace::saveState() const
{
    const auto* tabs = m_editor->findChild<QTabWidget*>(QStringLiteral("brandingTabs"));
    return {{QStringLiteral("tab"), tabs->currentIndex()}};
}

void BrandingWorkspace::restoreState(const QVariantMap& state)
{
    auto* tabs = m_editor->findChild<QTabWidget*>(QStringLiteral("brandingTabs"));
    const int tab = state.value(QStringLiteral("tab"), 0).toInt();
    if (tab >= 0 && tab < tabs->count())
        tabs->setCurrentIndex(tab);
}

void BrandingWorkspace::refresh()
{
    // The provider status holds no edits, so it always reloads.
    m_editor->loadIntegrationStatus();
    if (m_editor->isDirty()) {
        QMessageBox::information(m_editor.get(), tr("Perubahan belum disimpan"),
                                 tr("Simpan atau batalkan perubahan Anda dulu, lalu muat ulang."));
        return;
    }
    m_editor->load();
}

} // namespace ey::desk::branding

namespace ey::desk {

void registerBrandingWorkspace(WorkspaceRegistry& registry)
{
    registry.add({QStringLiteral("branding"), QStringLiteral("branding.manage"),
                  [](const WorkspaceContext& context) {
                      return std::make_unique<branding::BrandingWorkspace>(context);
                  }});
}

} // namespace ey::desk
