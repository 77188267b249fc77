// The branding settings as loaded from the server and as the admin is editing them.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace ey::desk::branding {

/// Plain value type (no QObject). Fields are addressed by the server's dotted wire paths
/// ("colors.primary", "typography.heading_size"), the same keys its 422 errors use.
class BrandingDraft
{
public:
    /// Every path the admin can edit, in wire order (logos go through their own endpoints).
    static const QStringList& editablePaths();
    /// The colour paths among them.
    static const QStringList& colourPaths();

    /// Takes a server document as both the loaded and the edited state.
    void load(const QJsonObject& document);
    /// Takes a newer server document (after an upload) but keeps what the admin has edited.
    void rebase(const QJsonObject& document);
    void revert() { m_edited = m_loaded; }

    const QJsonObject& loaded() const { return m_loaded; }
    const QJsonObject& edited() const { return m_edited; }
    QJsonValue value(const QString& path) const { return valueIn(m_edited, path); }
    QJsonValue loadedValue(const QString& path) const { return valueIn(m_loaded, path); }
    /// Colours are stored upper-case "#RRGGBB" when they parse, and as typed when they do not.
    void setValue(const QString& path, const QJsonValue& value);
    /// A colour as "#RRGGBB" (edited state), or an empty string while it does not parse.
    QString colour(const QString& path) const;

    bool isDirty() const;
    /// Only the edited paths that differ from the loaded ones, nested like the PUT body wants.
    QJsonObject changes() const;

    static QJsonValue valueIn(const QJsonObject& document, const QString& path);
    static void setValueIn(QJsonObject& document, const QString& path, const QJsonValue& value);

private:
    QJsonObject m_loaded;
    QJsonObject m_edited;
};

} // namespace ey::desk::branding
