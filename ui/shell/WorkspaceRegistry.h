// The workspaces the client knows, and which of them a signed-in user may open.
#pragma once

#include "Workspace.h"

#include <functional>
#include <memory>

namespace ey::desk {

struct WorkspaceFactory
{
    QString id;
    QString requiredPermission;
    std::function<std::unique_ptr<Workspace>(const WorkspaceContext& context)> create;
};

/// Filled once at start-up (app/desk registers every real workspace); read by the main window.
class WorkspaceRegistry
{
public:
    void add(WorkspaceFactory factory);
    const QList<WorkspaceFactory>& all() const { return m_factories; }
    /// In registration order, only those whose permission the user holds.
    QList<WorkspaceFactory> availableTo(const Session& session) const;

private:
    QList<WorkspaceFactory> m_factories;
};

} // namespace ey::desk
