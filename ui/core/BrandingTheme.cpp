// BrandingTheme: defaults, the fetch, and the palette/stylesheet built from colours and components.
#include "BrandingTheme.h"

#include "ApiClient.h"

#include <QHash>
#include <QUrlQuery>

#include <algorithm>

namespace ey::desk {

namespace {

// The product's own defaults (branding PRD), used until the server answers and for any value it
// leaves out or sends malformed.
const QHash<QString, QString>& defaults()
{
    static const QHash<QString, QString> values{
        {QStringLiteral("colors.primary"), QStringLiteral("#2047FC")},
        {QStringLiteral("colors.secondary"), QStringLiteral("#FFC30D")},
        {QStringLiteral("colors.neutral_light"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("colors.neutral_dark"), QStringLiteral("#111827")},
        {QStringLiteral("colors.text_on_primary"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("colors.text_on_secondary"), QStringLiteral("#111827")},
        {QStringLiteral("colors.text"), QStringLiteral("#111827")},
        {QStringLiteral("colors.background"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("components.button_primary_bg"), QStringLiteral("#2047FC")},
        {QStringLiteral("components.button_primary_text"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("components.button_secondary_bg"), QStringLiteral("#FFC30D")},
        {QStringLiteral("components.button_secondary_text"), QStringLiteral("#111827")},
        {QStringLiteral("components.sidebar_bg"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("components.sidebar_text"), QStringLiteral("#111827")},
        {QStringLiteral("components.sidebar_active_bg"), QStringLiteral("#2047FC")},
        {QStringLiteral("components.sidebar_active_text"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("components.card_bg"), QStringLiteral("#FFFFFF")},
        {QStringLiteral("components.card_text"), QStringLiteral("#111827")},
        {QStringLiteral("components.hover_bg"), QStringLiteral("#EEF2FF")},
    };
    return values;
}

} // namespace

BrandingTheme::BrandingTheme(ApiClient& api, QObject* parent) : QObject(parent), m_api(api) {}

void BrandingTheme::refresh()
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/branding");
    if (!m_etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-None-Match"), m_etag});
    m_api.send(
        request, this,
        [this](const ApiResponse& response) {
            if (response.status == 304)
                return;
            m_etag = response.etag;
            setDocument(response.object());
        },
        [this](const ApiError& error) { emit refreshFailed(error); });
}

void BrandingTheme::handleEvent(const QString& name, const QJsonObject& data)
{
    if (name != QStringLiteral("branding.updated"))
        return;
    const QByteArray etag = data.value(QStringLiteral("etag")).toString().toUtf8();
    if (!etag.isEmpty() && etag == m_etag)
        return;
    refresh();
}

void BrandingTheme::setDocument(const QJsonObject& document)
{
    m_document = document;
    emit changed();
}

QString BrandingTheme::string(const QString& group, const QString& key,
                              const QString& fallback) const
{
    const QJsonValue value =
        group.isEmpty() ? m_document.value(key) : m_document.value(group).toObject().value(key);
    const QString text = value.toString();
    return text.isEmpty() ? fallback : text;
}

QString BrandingTheme::platformName() const
{
    return string({}, QStringLiteral("platform_name"), QStringLiteral("EksporYuk"));
}

QString BrandingTheme::tagline() const
{
    return string({}, QStringLiteral("tagline"), {});
}

QString BrandingTheme::logoPathFor(const QStringList& roles) const
{
    const QString main = string(QStringLiteral("logos"), QStringLiteral("main"), {});
    if (roles.contains(QStringLiteral("affiliate")))
        return string(QStringLiteral("logos"), QStringLiteral("affiliate"), main);
    return main;
}

QColor BrandingTheme::color(const QString& group, const QString& key) const
{
    const QColor fromServer(string(group, key, {}));
    if (fromServer.isValid())
        return fromServer;
    return QColor(defaults().value(group + QLatin1Char('.') + key, QStringLiteral("#000000")));
}

int BrandingTheme::borderRadius() const
{
    const QJsonValue value = m_document.value(QStringLiteral("components"))
                                 .toObject()
                                 .value(QStringLiteral("border_radius"));
    const int radius = value.isDouble() ? value.toInt() : 8;
    return std::clamp(radius, 0, 24);
}

bool BrandingTheme::popupEnabled() const
{
    const QJsonValue value = m_document.value(QStringLiteral("notifications"))
                                 .toObject()
                                 .value(QStringLiteral("popup_enabled"));
    return value.isBool() ? value.toBool() : true;
}

int BrandingTheme::popupSeconds() const
{
    const QJsonValue value = m_document.value(QStringLiteral("notifications"))
                                 .toObject()
                                 .value(QStringLiteral("popup_seconds"));
    return value.isDouble() ? std::clamp(value.toInt(), 1, 120) : 5;
}

QPalette BrandingTheme::palette(const QPalette& base) const
{
    QPalette palette = base;
    const QColor primary = color(QStringLiteral("colors"), QStringLiteral("primary"));
    const QColor onPrimary = color(QStringLiteral("colors"), QStringLiteral("text_on_primary"));
    const QColor text = color(QStringLiteral("colors"), QStringLiteral("text"));
    const QColor background = color(QStringLiteral("colors"), QStringLiteral("background"));
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::Base,
                     color(QStringLiteral("colors"), QStringLiteral("neutral_light")));
    // Text colours only for enabled widgets: the Disabled group keeps the style's greyed-out
    // text, so a disabled button still looks disabled under any branding.
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::ButtonText, text);
    }
    palette.setColor(QPalette::Highlight, primary);
    palette.setColor(QPalette::HighlightedText, onPrimary);
    palette.setColor(QPalette::Link, primary);
    palette.setColor(QPalette::ToolTipBase,
                     color(QStringLiteral("colors"), QStringLiteral("neutral_dark")));
    palette.setColor(QPalette::ToolTipText,
                     color(QStringLiteral("colors"), QStringLiteral("neutral_light")));
    return palette;
}

QFont BrandingTheme::font(const QFont& base) const
{
    QFont font = base;
    const QString family = string(QStringLiteral("typography"), QStringLiteral("font_family"), {});
    if (!family.isEmpty())
        font.setFamilies(
            {family, base.family()}); // the server's choice when installed, the system's otherwise
    const QJsonValue size = m_document.value(QStringLiteral("typography"))
                                .toObject()
                                .value(QStringLiteral("body_size"));
    if (size.isDouble())
        font.setPixelSize(std::clamp(size.toInt(), 10, 24));
    return font;
}

QString BrandingTheme::styleSheet() const
{
    const auto c = [this](const char* key) {
        return color(QStringLiteral("components"), QString::fromLatin1(key)).name();
    };
    const QString radius = QString::number(borderRadius());
    const QString primary = color(QStringLiteral("colors"), QStringLiteral("primary")).name();
    const QString onPrimary =
        color(QStringLiteral("colors"), QStringLiteral("text_on_primary")).name();
    // Object names and dynamic properties scope every rule, so native widgets keep their style.
    QString sheet;
    sheet += QStringLiteral("#workspaceSidebar { background: %1; color: %2; border: none; "
                            "border-right: 1px solid %3; "
                            "outline: none; }\n")
                 .arg(c("sidebar_bg"), c("sidebar_text"), c("hover_bg"));
    sheet += QStringLiteral("#workspaceSidebar::item { padding: 8px 12px; margin: 2px 6px; "
                            "border-radius: %1px; }\n")
                 .arg(radius);
    sheet += QStringLiteral("#workspaceSidebar::item:selected { background: %1; color: %2; }\n")
                 .arg(c("sidebar_active_bg"), c("sidebar_active_text"));
    sheet += QStringLiteral("#workspaceSidebar::item:hover:!selected { background: %1; }\n")
                 .arg(c("hover_bg"));
    sheet +=
        QStringLiteral("#sidebarPanel { background: %1; color: %2; border-right: 1px solid %3; }\n")
            .arg(c("sidebar_bg"), c("sidebar_text"), c("hover_bg"));
    sheet += QStringLiteral("#userLabel { color: %1; }\n").arg(c("sidebar_text"));
    sheet +=
        QStringLiteral("#brandHeader { background: %1; color: %2; }\n").arg(primary, onPrimary);
    sheet += QStringLiteral("#brandHeader QLabel { color: %1; }\n").arg(onPrimary);
    sheet += QStringLiteral("QPushButton[primary=\"true\"] { background: %1; color: %2; border: "
                            "none; border-radius: "
                            "%3px; padding: 6px 16px; }\n")
                 .arg(c("button_primary_bg"), c("button_primary_text"), radius);
    sheet += QStringLiteral("QPushButton[primary=\"true\"]:hover { background: %1; }\n")
                 .arg(color(QStringLiteral("components"), QStringLiteral("button_primary_bg"))
                          .darker(115)
                          .name());
    sheet += QStringLiteral("QPushButton[primary=\"true\"]:disabled { background: %1; }\n")
                 .arg(color(QStringLiteral("components"), QStringLiteral("button_primary_bg"))
                          .lighter(150)
                          .name());
    sheet +=
        QStringLiteral("QPushButton[secondary=\"true\"] { background: %1; color: %2; border: none; "
                       "border-radius: %3px; padding: 6px 16px; }\n")
            .arg(c("button_secondary_bg"), c("button_secondary_text"), radius);
    sheet +=
        QStringLiteral("QFrame[card=\"true\"] { background: %1; color: %2; border: 1px solid %3; "
                       "border-radius: %4px; }\n")
            .arg(c("card_bg"), c("card_text"), c("hover_bg"), radius);
    return sheet;
}

void BrandingTheme::fetchLogo(const QString& path, QObject* context,
                              std::function<void(const QPixmap&)> done)
{
    if (path.isEmpty()) {
        done({});
        return;
    }
    // Logo paths are server paths ("/api/v1/branding/assets/..."); an absolute URL keeps only its
    // path.
    const QUrl url(path);
    m_api.get(
        url.path(), QUrlQuery(url), context,
        [done](const ApiResponse& response) {
            QPixmap pixmap;
            pixmap.loadFromData(response.body);
            done(pixmap);
        },
        [done](const ApiError&) { done({}); });
}

} // namespace ey::desk
