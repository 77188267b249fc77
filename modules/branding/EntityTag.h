// HTTP entity-tag comparison for If-Match / If-None-Match (RFC 9110 section 8.8.3).
#pragma once

#include <string>
#include <string_view>

namespace ey::branding {

/// True when `header` ("*", or a comma-separated list of tags) names `etag`. Weak comparison
/// (If-None-Match) ignores a "W/" prefix; strong comparison (If-Match) never matches a weak tag.
bool entityTagMatches(std::string_view header, const std::string& etag, bool weak);

} // namespace ey::branding
