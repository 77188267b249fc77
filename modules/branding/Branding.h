// Plain records of the branding domain: the one settings row, its uploaded assets, a partial
// update.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ey::branding {

/// The palette; every value is "#RRGGBB" upper case.
struct Colors
{
    std::string primary = "#2047FC";
    std::string secondary = "#FFC30D";
    std::string neutralLight = "#FFFFFF";
    std::string neutralDark = "#111827";
    std::string textOnPrimary = "#FFFFFF";
    std::string textOnSecondary = "#111827";
    std::string text = "#111827";
    std::string background = "#FFFFFF";
};

struct Typography
{
    int headingSize = 24;
    int bodySize = 14;
    std::string fontFamily = "Inter";
};

/// Component styles (the seed's "Komponen UI" tab).
struct Components
{
    std::string buttonPrimaryBg = "#2047FC";
    std::string buttonPrimaryText = "#FFFFFF";
    std::string buttonSecondaryBg = "#FFC30D";
    std::string buttonSecondaryText = "#111827";
    std::string sidebarBg = "#FFFFFF";
    std::string sidebarText = "#111827";
    std::string sidebarActiveBg = "#2047FC";
    std::string sidebarActiveText = "#FFFFFF";
    std::string cardBg = "#FFFFFF";
    std::string cardText = "#111827";
    std::string hoverBg = "#EEF2FF";
    int borderRadius = 8;
};

struct Notifications
{
    bool popupEnabled = true;
    int popupSeconds = 5;
    bool sound = false;
};

/// An uploaded logo or favicon: where FileStore keeps it and what it is.
struct Asset
{
    std::string key;    ///< FileStore key, never shown to clients
    std::string mime;   ///< decided by content
    std::string sha256; ///< of the bytes; versions the public URL and is the ETag
};

enum class AssetKind
{
    Main,
    Affiliate,
    Favicon
};

/// The single branding row. Member defaults are the seed's values and match the migration.
struct Branding
{
    std::string platformName = "EksporYuk";
    std::string shortName = "EksporYuk";
    std::string tagline = "Komunitas ekspor Indonesia";
    Colors colors;
    Typography typography;
    Components components;
    Notifications notifications;
    std::optional<Asset> logoMain;
    std::optional<Asset> logoAffiliate;
    std::optional<Asset> favicon;
    std::int64_t version = 0;
    std::string updatedAt;
    std::optional<std::string> updatedBy;

    std::optional<Asset>& asset(AssetKind kind);
    const std::optional<Asset>& asset(AssetKind kind) const;
};

/// A validated partial update; unset members keep their stored value.
struct BrandingChanges
{
    std::optional<std::string> platformName;
    std::optional<std::string> shortName;
    std::optional<std::string> tagline;
    std::map<std::string, std::string> colours; ///< wire path ("colors.primary") -> "#RRGGBB"
    std::optional<int> headingSize;
    std::optional<int> bodySize;
    std::optional<std::string> fontFamily;
    std::optional<int> borderRadius;
    std::optional<bool> popupEnabled;
    std::optional<int> popupSeconds;
    std::optional<bool> sound;
};

/// One colour setting, addressed by its wire path.
struct ColourField
{
    const char* path; ///< "colors.primary", "components.card_bg"
    std::string& (*field)(Branding&);
};

/// A foreground/background pair that must reach WCAG AA, with the words a person reads.
struct ContrastPair
{
    const char* foreground; ///< wire path
    const char* background; ///< wire path
    const char* labelId;    ///< "teks tombol utama terhadap latar"
    const char* labelEn;
};

/// Every colour setting, in wire order.
const std::array<ColourField, 19>& colourFields();
/// The pairs a save is checked against (each colour belongs to at most one pair).
const std::array<ContrastPair, 8>& contrastPairs();

/// "main" | "affiliate" | "favicon" and back.
std::optional<AssetKind> assetKindFromName(const std::string& name);
std::string assetKindName(AssetKind kind);

} // namespace ey::branding
