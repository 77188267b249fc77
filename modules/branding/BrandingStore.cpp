// Branding SQL: one row, typed columns for names and colours, jsonb for the style groups.
#include "BrandingStore.h"

#include "Json.h"

#include <stdexcept>

namespace ey::branding {

namespace json = core::json;

namespace {

json::ObjectPtr parseObject(const std::string& text)
{
    auto value = json::parse(text);
    if (value.type() != typeid(json::ObjectPtr))
        throw std::runtime_error("branding_settings holds a jsonb column that is not an object");
    return value.extract<json::ObjectPtr>();
}

// Stored style groups may predate a key added later; the record's default then stands.
void readInt(const json::ObjectPtr& object, const char* key, int& into)
{
    if (object->has(key) && object->get(key).isInteger())
        into = object->get(key).convert<int>();
}

void readBool(const json::ObjectPtr& object, const char* key, bool& into)
{
    if (object->has(key) && object->get(key).type() == typeid(bool))
        into = object->get(key).extract<bool>();
}

void readString(const json::ObjectPtr& object, const char* key, std::string& into)
{
    if (object->has(key) && object->get(key).isString())
        into = object->get(key).extract<std::string>();
}

std::optional<Asset> readAsset(const core::Row& row, const char* keyColumn, const char* mimeColumn,
                               const char* shaColumn)
{
    const auto key = row.optStr(keyColumn);
    if (!key)
        return std::nullopt;
    return Asset{*key, row.str(mimeColumn), row.str(shaColumn)};
}

core::Param assetPart(const std::optional<Asset>& asset, std::string Asset::*part)
{
    return asset ? core::Param((*asset).*part) : core::Param(std::nullopt);
}

std::string typographyJson(const Typography& typography)
{
    auto object = json::object();
    object->set("heading_size", typography.headingSize);
    object->set("body_size", typography.bodySize);
    object->set("font_family", typography.fontFamily);
    return json::stringify(object);
}

std::string componentJson(const Components& components)
{
    auto object = json::object();
    object->set("button_primary_bg", components.buttonPrimaryBg);
    object->set("button_primary_text", components.buttonPrimaryText);
    object->set("button_secondary_bg", components.buttonSecondaryBg);
    object->set("button_secondary_text", components.buttonSecondaryText);
    object->set("sidebar_bg", components.sidebarBg);
    object->set("sidebar_text", components.sidebarText);
    object->set("sidebar_active_bg", components.sidebarActiveBg);
    object->set("sidebar_active_text", components.sidebarActiveText);
    object->set("card_bg", components.cardBg);
    object->set("card_text", components.cardText);
    object->set("hover_bg", components.hoverBg);
    object->set("border_radius", components.borderRadius);
    return json::stringify(object);
}

std::string notificationJson(const Notifications& notifications)
{
    auto object = json::object();
    object->set("popup_enabled", notifications.popupEnabled);
    object->set("popup_seconds", notifications.popupSeconds);
    object->set("sound", notifications.sound);
    return json::stringify(object);
}

// One statement text, with or without the row lock (literals joined at compile time).
#define EY_BRANDING_SELECT                                                                         \
    "SELECT brand_name, short_name, tagline, primary_color, secondary_color, neutral_light_color," \
    " neutral_dark_color, text_on_primary_color, text_on_secondary_color, text_color, "            \
    "background_color,"                                                                            \
    " typography_json::text AS typography_json, component_style_json::text AS "                    \
    "component_style_json,"                                                                        \
    " notification_json::text AS notification_json,"                                               \
    " logo_main, logo_main_mime, logo_main_sha256, logo_affiliate, logo_affiliate_mime, "          \
    "logo_affiliate_sha256,"                                                                       \
    " favicon, favicon_mime, favicon_sha256, version, updated_by::text AS updated_by,"             \
    " to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS updated_at"   \
    " FROM branding_settings WHERE id = 1"

} // namespace

Branding BrandingStore::load(core::Sql& sql, bool forUpdate)
{
    const auto rows =
        forUpdate ? sql.exec(EY_BRANDING_SELECT " FOR UPDATE") : sql.exec(EY_BRANDING_SELECT);
    if (rows.empty())
        throw std::runtime_error("branding_settings has no row; migration 0004 inserts it");
    const auto row = rows.front();
    Branding branding;
    branding.platformName = row.str("brand_name");
    branding.shortName = row.str("short_name");
    branding.tagline = row.str("tagline");
    branding.colors.primary = row.str("primary_color");
    branding.colors.secondary = row.str("secondary_color");
    branding.colors.neutralLight = row.str("neutral_light_color");
    branding.colors.neutralDark = row.str("neutral_dark_color");
    branding.colors.textOnPrimary = row.str("text_on_primary_color");
    branding.colors.textOnSecondary = row.str("text_on_secondary_color");
    branding.colors.text = row.str("text_color");
    branding.colors.background = row.str("background_color");

    const auto typography = parseObject(row.str("typography_json"));
    readInt(typography, "heading_size", branding.typography.headingSize);
    readInt(typography, "body_size", branding.typography.bodySize);
    readString(typography, "font_family", branding.typography.fontFamily);

    const auto components = parseObject(row.str("component_style_json"));
    auto& c = branding.components;
    readString(components, "button_primary_bg", c.buttonPrimaryBg);
    readString(components, "button_primary_text", c.buttonPrimaryText);
    readString(components, "button_secondary_bg", c.buttonSecondaryBg);
    readString(components, "button_secondary_text", c.buttonSecondaryText);
    readString(components, "sidebar_bg", c.sidebarBg);
    readString(components, "sidebar_text", c.sidebarText);
    readString(components, "sidebar_active_bg", c.sidebarActiveBg);
    readString(components, "sidebar_active_text", c.sidebarActiveText);
    readString(components, "card_bg", c.cardBg);
    readString(components, "card_text", c.cardText);
    readString(components, "hover_bg", c.hoverBg);
    readInt(components, "border_radius", c.borderRadius);

    const auto notifications = parseObject(row.str("notification_json"));
    readBool(notifications, "popup_enabled", branding.notifications.popupEnabled);
    readInt(notifications, "popup_seconds", branding.notifications.popupSeconds);
    readBool(notifications, "sound", branding.notifications.sound);

    branding.logoMain = readAsset(row, "logo_main", "logo_main_mime", "logo_main_sha256");
    branding.logoAffiliate =
        readAsset(row, "logo_affiliate", "logo_affiliate_mime", "logo_affiliate_sha256");
    branding.favicon = readAsset(row, "favicon", "favicon_mime", "favicon_sha256");
    branding.version = row.i64("version");
    branding.updatedBy = row.optStr("updated_by");
    branding.updatedAt = row.str("updated_at");
    return branding;
}

void BrandingStore::save(core::Sql& sql, const Branding& b, const std::string& actorId,
                         std::int64_t nowMs)
{
    sql.exec("UPDATE branding_settings SET brand_name = $1, short_name = $2, tagline = $3,"
             " primary_color = $4, secondary_color = $5, neutral_light_color = $6, "
             "neutral_dark_color = $7,"
             " text_on_primary_color = $8, text_on_secondary_color = $9, text_color = $10, "
             "background_color = $11,"
             " typography_json = $12::jsonb, component_style_json = $13::jsonb, notification_json "
             "= $14::jsonb,"
             " logo_main = $15, logo_main_mime = $16, logo_main_sha256 = $17,"
             " logo_affiliate = $18, logo_affiliate_mime = $19, logo_affiliate_sha256 = $20,"
             " favicon = $21, favicon_mime = $22, favicon_sha256 = $23,"
             " version = version + 1, updated_by = $24::uuid, updated_at = "
             "to_timestamp($25::double precision)"
             " WHERE id = 1",
             {b.platformName,
              b.shortName,
              b.tagline,
              b.colors.primary,
              b.colors.secondary,
              b.colors.neutralLight,
              b.colors.neutralDark,
              b.colors.textOnPrimary,
              b.colors.textOnSecondary,
              b.colors.text,
              b.colors.background,
              typographyJson(b.typography),
              componentJson(b.components),
              notificationJson(b.notifications),
              assetPart(b.logoMain, &Asset::key),
              assetPart(b.logoMain, &Asset::mime),
              assetPart(b.logoMain, &Asset::sha256),
              assetPart(b.logoAffiliate, &Asset::key),
              assetPart(b.logoAffiliate, &Asset::mime),
              assetPart(b.logoAffiliate, &Asset::sha256),
              assetPart(b.favicon, &Asset::key),
              assetPart(b.favicon, &Asset::mime),
              assetPart(b.favicon, &Asset::sha256),
              actorId.empty() ? core::Param(std::nullopt) : core::Param(actorId),
              std::to_string(nowMs / 1000.0)});
}

} // namespace ey::branding
