// The shared page frame: branding into CSS variables, the layout template, meta summaries.
#include "PageShell.h"

#include "Html.h"

#include "BrandingService.h"
#include "BrandingStore.h"
#include "EmbeddedResources.h"
#include "Random.h"

#include <stdexcept>

namespace ey::storefront {

namespace {

std::string_view resource(const char* name)
{
    const auto found = resources::find(name);
    if (!found)
        throw std::logic_error(std::string("missing embedded resource ") + name);
    return *found;
}

} // namespace

PageBrand PageShell::loadBrand(core::Sql& sql)
{
    const auto b = branding::BrandingStore::load(sql);
    PageBrand brand;
    brand.platformName = b.platformName;
    brand.tagline = b.tagline;
    // The palette is stored as validated "#RRGGBB"; escaping keeps it inert even so.
    const auto& c = b.colors;
    brand.css = ":root{--primary:" + escapeHtml(b.components.buttonPrimaryBg) +
                ";--on-primary:" + escapeHtml(b.components.buttonPrimaryText) +
                ";--secondary:" + escapeHtml(c.secondary) +
                ";--on-secondary:" + escapeHtml(c.textOnSecondary) +
                ";--text:" + escapeHtml(c.text) + ";--card:" + escapeHtml(b.components.cardBg) +
                ";--soft:" + escapeHtml(b.components.hoverBg) +
                ";--radius:" + std::to_string(b.components.borderRadius) + "px}";
    if (b.logoMain)
        brand.logoHtml = "<img src=\"" +
                         escapeHtml(branding::BrandingService::assetUrl(branding::AssetKind::Main,
                                                                        *b.logoMain)) +
                         "\" alt=\"\">";
    else
        brand.logoHtml = "<span class=\"brand-mark\" aria-hidden=\"true\">" +
                         escapeHtml(b.platformName.substr(0, 1)) + "</span>";
    if (b.favicon)
        brand.faviconLink = "<link rel=\"icon\" href=\"" +
                            escapeHtml(branding::BrandingService::assetUrl(
                                branding::AssetKind::Favicon, *b.favicon)) +
                            "\">";
    return brand;
}

std::string PageShell::render(const PageBrand& brand, const PageMeta& meta,
                              const std::string& content)
{
    return fillTemplate(resource("resources/web/layout.html"),
                        {{"title", meta.title},
                         {"description", meta.description},
                         {"body_class", meta.bodyClass},
                         {"head_extra", brand.faviconLink},
                         {"stylesheet", assetUrl("storefront.css")},
                         {"brand_css", brand.css},
                         {"brand_logo", brand.logoHtml},
                         {"platform_name", brand.platformName},
                         {"tagline", brand.tagline},
                         {"content", content},
                         {"scripts", meta.scripts}});
}

std::string PageShell::assetVersion(const std::string& file)
{
    const auto data = resources::find("resources/web/" + file);
    if (!data || !(file.ends_with(".css") || file.ends_with(".js")))
        return {};
    return core::sha256Hex(std::string(*data)).substr(0, 12);
}

std::string PageShell::assetUrl(const std::string& file)
{
    return "/web/" + file + "?v=" + assetVersion(file);
}

std::string PageShell::summary(const std::string& html, std::size_t limit)
{
    std::string text;
    bool inTag = false;
    for (char c : html) {
        if (c == '<')
            inTag = true;
        else if (c == '>') {
            inTag = false;
            if (!text.empty() && text.back() != ' ')
                text += ' ';
        } else if (!inTag) {
            const bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
            if (space) {
                if (!text.empty() && text.back() != ' ')
                    text += ' ';
            } else {
                text += c;
            }
        }
    }
    // Undo the sanitiser's entity escaping; the layout escapes again exactly once.
    for (const auto& [entity, plain] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                        {"&gt;", ">"},
                                        {"&quot;", "\""},
                                        {"&#39;", "'"},
                                        {"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos;
             at = text.find(entity, at + plain.size()))
            text.replace(at, entity.size(), plain);
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    if (text.size() <= limit)
        return text;
    auto cut = text.rfind(' ', limit);
    if (cut == std::string::npos || cut < limit / 2)
        cut = limit;
    // Never split a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut) + "…";
}

} // namespace ey::storefront
