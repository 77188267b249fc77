// The colour and contrast-pair tables, and asset kind names.
#include "Branding.h"

namespace ey::branding {

std::optional<Asset>& Branding::asset(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Main:
        return logoMain;
    case AssetKind::Affiliate:
        return logoAffiliate;
    case AssetKind::Favicon:
        break;
    }
    return favicon;
}

const std::optional<Asset>& Branding::asset(AssetKind kind) const
{
    return const_cast<Branding*>(this)->asset(kind);
}

const std::array<ColourField, 19>& colourFields()
{
    // Captureless lambdas so the table is plain data; the order is the order of the JSON.
    static const std::array<ColourField, 19> fields{{
        {"colors.primary", [](Branding& b) -> std::string& { return b.colors.primary; }},
        {"colors.secondary", [](Branding& b) -> std::string& { return b.colors.secondary; }},
        {"colors.neutral_light", [](Branding& b) -> std::string& { return b.colors.neutralLight; }},
        {"colors.neutral_dark", [](Branding& b) -> std::string& { return b.colors.neutralDark; }},
        {"colors.text_on_primary",
         [](Branding& b) -> std::string& { return b.colors.textOnPrimary; }},
        {"colors.text_on_secondary",
         [](Branding& b) -> std::string& { return b.colors.textOnSecondary; }},
        {"colors.text", [](Branding& b) -> std::string& { return b.colors.text; }},
        {"colors.background", [](Branding& b) -> std::string& { return b.colors.background; }},
        {"components.button_primary_bg",
         [](Branding& b) -> std::string& { return b.components.buttonPrimaryBg; }},
        {"components.button_primary_text",
         [](Branding& b) -> std::string& { return b.components.buttonPrimaryText; }},
        {"components.button_secondary_bg",
         [](Branding& b) -> std::string& { return b.components.buttonSecondaryBg; }},
        {"components.button_secondary_text",
         [](Branding& b) -> std::string& { return b.components.buttonSecondaryText; }},
        {"components.sidebar_bg",
         [](Branding& b) -> std::string& { return b.components.sidebarBg; }},
        {"components.sidebar_text",
         [](Branding& b) -> std::string& { return b.components.sidebarText; }},
        {"components.sidebar_active_bg",
         [](Branding& b) -> std::string& { return b.components.sidebarActiveBg; }},
        {"components.sidebar_active_text",
         [](Branding& b) -> std::string& { return b.components.sidebarActiveText; }},
        {"components.card_bg", [](Branding& b) -> std::string& { return b.components.cardBg; }},
        {"components.card_text", [](Branding& b) -> std::string& { return b.components.cardText; }},
        {"components.hover_bg", [](Branding& b) -> std::string& { return b.components.hoverBg; }},
    }};
    return fields;
}

const std::array<ContrastPair, 8>& contrastPairs()
{
    static const std::array<ContrastPair, 8> pairs{{
        {"colors.text_on_primary", "colors.primary",
         "teks di atas warna primer terhadap warna primer",
         "text on primary against the primary colour"},
        {"colors.text_on_secondary", "colors.secondary",
         "teks di atas warna sekunder terhadap warna sekunder",
         "text on secondary against the secondary colour"},
        {"colors.text", "colors.background", "teks terhadap latar halaman",
         "text against the page background"},
        {"components.button_primary_text", "components.button_primary_bg",
         "teks tombol utama terhadap latar", "primary button text against its background"},
        {"components.button_secondary_text", "components.button_secondary_bg",
         "teks tombol sekunder terhadap latar", "secondary button text against its background"},
        {"components.sidebar_text", "components.sidebar_bg", "teks sidebar terhadap latar sidebar",
         "sidebar text against the sidebar background"},
        {"components.sidebar_active_text", "components.sidebar_active_bg",
         "teks menu aktif sidebar terhadap latar menu aktif",
         "active sidebar item text against its background"},
        {"components.card_text", "components.card_bg", "teks kartu terhadap latar kartu",
         "card text against the card background"},
    }};
    return pairs;
}

std::optional<AssetKind> assetKindFromName(const std::string& name)
{
    if (name == "main")
        return AssetKind::Main;
    if (name == "affiliate")
        return AssetKind::Affiliate;
    if (name == "favicon")
        return AssetKind::Favicon;
    return std::nullopt;
}

std::string assetKindName(AssetKind kind)
{
    switch (kind) {
    case AssetKind::Main:
        return "main";
    case AssetKind::Affiliate:
        return "affiliate";
    case AssetKind::Favicon:
        break;
    }
    return "favicon";
}

} // namespace ey::branding
