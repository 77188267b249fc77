// The frame every public page shares: brand colours and logo, <title>, meta description, layout.
#pragma once

#include "Db.h"

#include <string>

namespace ey::storefront {

/// What a page says about itself in <head>.
struct PageMeta
{
    std::string title;
    std::string description;
    std::string bodyClass;
    std::string scripts; ///< HTML this module built (script tags), placed before </body>
};

/// The brand as the pages draw it, read once per page from the branding settings.
struct PageBrand
{
    std::string platformName = "EksporYuk";
    std::string tagline;
    std::string css;         ///< :root { --primary: ...; } from the saved palette
    std::string logoHtml;    ///< <img> of the main logo, or a lettermark
    std::string faviconLink; ///< <link rel="icon"> when a favicon is uploaded
};

class PageShell
{
public:
    /// Reads the saved branding (palette, names, logo and favicon addresses).
    static PageBrand loadBrand(core::Sql& sql);
    /// The whole document around `content` (HTML built by this module).
    static std::string render(const PageBrand& brand, const PageMeta& meta,
                              const std::string& content);
    /// "/web/<file>?v=<hash of its content>": the address changes whenever the file does, so
    /// browsers may keep it for a long time.
    static std::string assetUrl(const std::string& file);
    /// The version part of assetUrl for `file` ("" for files that are not page assets).
    static std::string assetVersion(const std::string& file);
    /// Plain text of sanitised HTML, cut to `limit` bytes at a word, for meta descriptions.
    static std::string summary(const std::string& html, std::size_t limit = 155);
};

} // namespace ey::storefront
