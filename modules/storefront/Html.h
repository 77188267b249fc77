// HTML building blocks for the public pages: escaping, rupiah amounts, and {{slot}} templates.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace ey::storefront {

/// Text made safe for element content and double-quoted attribute values.
std::string escapeHtml(std::string_view text);

/// Percent-encodes a query or path component (RFC 3986 unreserved characters stay as they are).
std::string urlEncode(std::string_view text);

/// Fills an embedded template: `{{name}}` is replaced by the escaped value, `{{{name}}}` by the
/// value as is (only for HTML this module built itself). A slot without a value becomes empty.
std::string fillTemplate(std::string_view templateText,
                         const std::map<std::string, std::string>& values);

} // namespace ey::storefront
