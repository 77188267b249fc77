// BrandingDraft: dotted-path access, the editable field list and the change set for PUT.
#include "BrandingDraft.h"

#include "ColourContrast.h"

namespace ey::desk::branding {

const QStringList& BrandingDraft::colourPaths()
{
    static const QStringList paths{
        QStringLiteral("colors.primary"),
        QStringLiteral("colors.secondary"),
        QStringLiteral("colors.neutral_light"),
        QStringLiteral("colors.neutral_dark"),
        QStringLiteral("colors.text_on_primary"),
        QStringLiteral("colors.text_on_secondary"),
        QStringLiteral("colors.text"),
        QStringLiteral("colors.background"),
        QStringLiteral("components.button_primary_bg"),
        QStringLiteral("components.button_primary_text"),
        QStringLiteral("components.button_secondary_bg"),
        QStringLiteral("components.button_secondary_text"),
        QStringLiteral("components.sidebar_bg"),
        QStringLiteral("components.sidebar_text"),
        QStringLiteral("components.sidebar_active_bg"),
        QStringLiteral("components.sidebar_active_text"),
        QStringLiteral("components.card_bg"),
        QStringLiteral("components.card_text"),
        QStringLiteral("components.hover_bg"),
    };
    return paths;
}

const QStringList& BrandingDraft::editablePaths()
{
    static const QStringList paths = [] {
        QStringList all{QStringLiteral("platform_name"), QStringLiteral("short_name"),
                        QStringLiteral("tagline")};
        all << colourPaths();
        all << QStringLiteral("typography.heading_size") << QStringLiteral("typography.body_size")
            << QStringLiteral("typography.font_family")
            << QStringLiteral("components.border_radius")
            << QStringLiteral("notifications.popup_enabled")
            << QStringLiteral("notifications.popup_seconds")
            << QStringLiteral("notifications.sound");
        return all;
    }();
    return paths;
}

QJsonValue BrandingDraft::valueIn(const QJsonObject& document, const QString& path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return document.value(path);
    return document.value(path.left(dot)).toObject().value(path.mid(dot + 1));
}

void BrandingDraft::setValueIn(QJsonObject& document, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        document.insert(path, value);
        return;
    }
    const QString group = path.left(dot);
    QJsonObject inner = document.value(group).toObject();
    inner.insert(path.mid(dot + 1), value);
    document.insert(group, inner);
}

void BrandingDraft::load(const QJsonObject& document)
{
    m_loaded = document;
    m_edited = document;
}

void BrandingDraft::rebase(const QJsonObject& document)
{
    QJsonObject edited = document;
    for (const QString& path : editablePaths()) {
        if (value(path) != loadedValue(path))
            setValueIn(edited, path, value(path));
    }
    m_loaded = document;
    m_edited = edited;
}

void BrandingDraft::setValue(const QString& path, const QJsonValue& value)
{
    if (colourPaths().contains(path) && value.isString()) {
        const auto colour = ColourContrast::normalise(value.toString());
        setValueIn(m_edited, path, colour ? QJsonValue(*colour) : value);
        return;
    }
    setValueIn(m_edited, path, value);
}

QString BrandingDraft::colour(const QString& path) const
{
    const QString text = value(path).toString();
    const auto colour = ColourContrast::normalise(text);
    return colour && *colour == text ? text : QString();
}

bool BrandingDraft::isDirty() const
{
    for (const QString& path : editablePaths()) {
        if (value(path) != loadedValue(path))
            return true;
    }
    return false;
}

QJsonObject BrandingDraft::changes() const
{
    QJsonObject body;
    for (const QString& path : editablePaths()) {
        if (value(path) != loadedValue(path))
            setValueIn(body, path, value(path));
    }
    return body;
}

} // namespace ey::desk::branding
