// Allow-list HTML cleaning: a small tokenizer, not a full HTML parser; anything it does not
// recognise as an allowed tag is dropped or escaped, so odd input only ever loses markup.
#include "HtmlSanitizer.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <vector>

namespace ey::catalog {

namespace {

const std::set<std::string> kAllowed = {"p",  "br", "b",  "strong", "i",  "em",
                                        "ul", "ol", "li", "a",      "h2", "h3"};
// Elements whose content is code or hidden, not text: removed together with everything inside.
const std::set<std::string> kDropWithContent = {"script", "style",    "iframe",   "object",
                                                "embed",  "template", "noscript", "svg",
                                                "math",   "title",    "head"};

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

std::string escapeAttribute(const std::string& value)
{
    std::string out;
    for (char c : value) {
        switch (c) {
        case '"':
            out += "&quot;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// An href we keep: absolute http(s) only (no javascript:, data:, relative or protocol-relative).
bool safeHref(const std::string& value)
{
    const auto text = lower(value);
    for (char c : text) {
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
    }
    return (text.starts_with("http://") || text.starts_with("https://")) && text.size() > 8;
}

struct Tag
{
    std::string name;
    bool closing = false;
    std::string href;
    std::size_t end = 0; ///< index just after '>'
};

/// Parses the tag starting at html[at] == '<'; nullopt when it is not a tag (a lone '<').
std::optional<Tag> parseTag(const std::string& html, std::size_t at)
{
    Tag tag;
    std::size_t i = at + 1;
    if (i < html.size() && html[i] == '/') {
        tag.closing = true;
        ++i;
    }
    const auto nameStart = i;
    while (i < html.size() && isNameChar(html[i]))
        ++i;
    if (i == nameStart || !std::isalpha(static_cast<unsigned char>(html[nameStart])))
        return std::nullopt;
    tag.name = lower(html.substr(nameStart, i - nameStart));
    // Attributes: name[=value], value quoted with " or ' or bare.
    while (i < html.size() && html[i] != '>') {
        if (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/') {
            ++i;
            continue;
        }
        const auto attrStart = i;
        while (i < html.size() && html[i] != '=' && html[i] != '>' &&
               !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '/')
            ++i;
        const auto attrName = lower(html.substr(attrStart, i - attrStart));
        while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i])))
            ++i;
        std::string value;
        if (i < html.size() && html[i] == '=') {
            ++i;
            while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i])))
                ++i;
            if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
                const char quote = html[i++];
                const auto close = html.find(quote, i);
                if (close == std::string::npos)
                    return std::nullopt;
                value = html.substr(i, close - i);
                i = close + 1;
            } else {
                const auto valueStart = i;
                while (i < html.size() && html[i] != '>' &&
                       !std::isspace(static_cast<unsigned char>(html[i])))
                    ++i;
                value = html.substr(valueStart, i - valueStart);
            }
        }
        if (attrName == "href")
            tag.href = value;
        if (i == attrStart)
            ++i; // never stall on an unexpected character
    }
    if (i >= html.size())
        return std::nullopt;
    tag.end = i + 1;
    return tag;
}

} // namespace

std::string HtmlSanitizer::clean(const std::string& html)
{
    std::string out;
    std::vector<std::string> open; // allowed elements still open, to close them in order
    std::size_t i = 0;
    while (i < html.size()) {
        const char c = html[i];
        if (c == '>') {
            out += "&gt;";
            ++i;
            continue;
        }
        if (c != '<') {
            out += c;
            ++i;
            continue;
        }
        if (html.compare(i, 4, "<!--") == 0) {
            const auto end = html.find("-->", i + 4);
            i = end == std::string::npos ? html.size() : end + 3;
            continue;
        }
        if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
            const auto end = html.find('>', i);
            i = end == std::string::npos ? html.size() : end + 1;
            continue;
        }
        const auto tag = parseTag(html, i);
        if (!tag) {
            out += "&lt;";
            ++i;
            continue;
        }
        i = tag->end;
        if (!tag->closing && kDropWithContent.count(tag->name)) {
            // Skip to the matching close tag (or the end): its content is never shown.
            const auto closeTag = "</" + tag->name;
            auto end = lower(html.substr(i)).find(closeTag);
            if (end == std::string::npos) {
                i = html.size();
            } else {
                const auto gt = html.find('>', i + end);
                i = gt == std::string::npos ? html.size() : gt + 1;
            }
            continue;
        }
        if (!kAllowed.count(tag->name))
            continue;
        if (tag->name == "br") {
            if (!tag->closing)
                out += "<br>";
            continue;
        }
        if (!tag->closing) {
            out += "<" + tag->name;
            if (tag->name == "a" && safeHref(tag->href))
                out += " href=\"" + escapeAttribute(tag->href) + "\" rel=\"nofollow noopener\"";
            out += ">";
            open.push_back(tag->name);
            continue;
        }
        // A close tag only counts when its element is open; it also closes anything left inside.
        const auto found = std::find(open.rbegin(), open.rend(), tag->name);
        if (found == open.rend())
            continue;
        while (!open.empty()) {
            const auto name = open.back();
            open.pop_back();
            out += "</" + name + ">";
            if (name == tag->name)
                break;
        }
    }
    while (!open.empty()) {
        out += "</" + open.back() + ">";
        open.pop_back();
    }
    return out;
}

} // namespace ey::catalog
