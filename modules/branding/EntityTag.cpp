// Entity-tag list parsing.
#include "EntityTag.h"

namespace ey::branding {

namespace {

std::string_view trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

} // namespace

bool entityTagMatches(std::string_view header, const std::string& etag, bool weak)
{
    header = trim(header);
    if (header == "*")
        return true;
    while (!header.empty()) {
        // Tags are quoted and may not contain quotes, so a comma outside quotes ends one.
        std::size_t end = 0;
        bool quoted = false;
        while (end < header.size() && (quoted || header[end] != ',')) {
            if (header[end] == '"')
                quoted = !quoted;
            ++end;
        }
        auto tag = trim(header.substr(0, end));
        header = end < header.size() ? header.substr(end + 1) : std::string_view();
        if (tag.starts_with("W/")) {
            if (!weak)
                continue;
            tag.remove_prefix(2);
        }
        if (tag == etag)
            return true;
    }
    return false;
}

} // namespace ey::branding
