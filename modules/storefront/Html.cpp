// HTML escaping and template filling for the storefront pages.
#include "Html.h"

namespace ey::storefront {

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string urlEncode(std::string_view text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string fillTemplate(std::string_view templateText,
                         const std::map<std::string, std::string>& values)
{
    std::string out;
    out.reserve(templateText.size() * 2);
    std::size_t at = 0;
    while (at < templateText.size()) {
        const auto open = templateText.find("{{", at);
        if (open == std::string_view::npos) {
            out.append(templateText.substr(at));
            break;
        }
        out.append(templateText.substr(at, open - at));
        const bool raw = templateText.substr(open, 3) == "{{{";
        const auto nameStart = open + (raw ? 3 : 2);
        const auto close = templateText.find(raw ? "}}}" : "}}", nameStart);
        if (close == std::string_view::npos) {
            out.append(templateText.substr(open));
            break;
        }
        const std::string name(templateText.substr(nameStart, close - nameStart));
        const auto it = values.find(name);
        if (it != values.end())
            out += raw ? it->second : escapeHtml(it->second);
        at = close + (raw ? 3 : 2);
    }
    return out;
}

} // namespace ey::storefront
