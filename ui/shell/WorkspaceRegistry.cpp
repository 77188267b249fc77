// WorkspaceRegistry: permission filtering.
#include "WorkspaceRegistry.h"

#include "Session.h"

namespace ey::desk {

void WorkspaceRegistry::add(WorkspaceFactory factory)
{
    for (const auto& existing : m_factories)
        Q_ASSERT_X(existing.id != factory.id, "WorkspaceRegistry::add", "workspace ids are unique");
    m_factories.append(std::move(factory));
}

QList<WorkspaceFactory> WorkspaceRegistry::availableTo(const Session& session) const
{
    QList<WorkspaceFactory> allowed;
    for (const auto& factory : m_factories) {
        if (session.isSignedIn() && session.hasPermission(factory.requiredPermission))
            allowed.append(factory);
    }
    return allowed;
}

} // namespace ey::desk
