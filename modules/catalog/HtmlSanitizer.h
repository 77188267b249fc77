// Allow-list HTML cleaning for descriptions written in the admin's rich-text editor.
#pragma once

#include <string>

namespace ey::catalog {

/// Keeps p, br, b, strong, i, em, ul, ol, li, h2, h3 and a (with an http/https href only), drops
/// every other tag and attribute, and drops script/style-like elements with their content. The
/// result is well nested and safe to render on public pages.
class HtmlSanitizer
{
public:
    static std::string clean(const std::string& html);
};

} // namespace ey::catalog
