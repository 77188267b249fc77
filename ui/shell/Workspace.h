// The one interface every workspace implements (in the spirit of Tiled's Editor).
#pragma once

#include <QIcon>
#include <QList>
#include <QObject>
#include <QVariantMap>

class QAction;
class QWidget;

namespace ey::desk {

class ApiClient;
class BrandingTheme;
class EventStream;
class Outbox;
class Session;

/// What a workspace may use; it never reaches other workspaces.
struct WorkspaceContext
{
    ApiClient& api;
    Session& session;
    EventStream& events;
    Outbox& outbox;
    BrandingTheme& branding;
};

/// A role-specific area of the main window. UI thread. title() is asked again after a language
/// switch, so it returns tr() text rather than caching it.
class Workspace : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Workspace() override = default;

    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual QString requiredPermission() const = 0;
    virtual QWidget* widget() = 0;
    virtual QList<QAction*> toolbarActions() { return {}; }
    virtual QVariantMap saveState() const { return {}; }
    virtual void restoreState(const QVariantMap& state) { Q_UNUSED(state) }
    /// F5.
    virtual void refresh() {}
    /// Ctrl+L, where the workspace has a search field.
    virtual void focusSearch() {}
    /// A notification's redirect ("partner-client:<id>", "ticket:<id>"). Returns true when this
    /// workspace knows the link and has started showing it; the shell then switches to it.
    virtual bool openLink(const QString& link)
    {
        Q_UNUSED(link)
        return false;
    }
};

} // namespace ey::desk
