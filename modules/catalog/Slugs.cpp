// Slug generation: a simple transliteration, enough for Indonesian titles (mostly ASCII already).
#include "Slugs.h"

#include <cctype>
#include <map>

namespace ey::catalog {

namespace {

/// Two-byte UTF-8 Latin-1 letters (U+00C0..U+00FF) to their plain ASCII letters.
const std::map<unsigned, std::string> kLatin1 = {
    {0xC0, "a"},  {0xC1, "a"}, {0xC2, "a"}, {0xC3, "a"}, {0xC4, "a"}, {0xC5, "a"}, {0xC6, "ae"},
    {0xC7, "c"},  {0xC8, "e"}, {0xC9, "e"}, {0xCA, "e"}, {0xCB, "e"}, {0xCC, "i"}, {0xCD, "i"},
    {0xCE, "i"},  {0xCF, "i"}, {0xD1, "n"}, {0xD2, "o"}, {0xD3, "o"}, {0xD4, "o"}, {0xD5, "o"},
    {0xD6, "o"},  {0xD8, "o"}, {0xD9, "u"}, {0xDA, "u"}, {0xDB, "u"}, {0xDC, "u"}, {0xDD, "y"},
    {0xDF, "ss"}, {0xE0, "a"}, {0xE1, "a"}, {0xE2, "a"}, {0xE3, "a"}, {0xE4, "a"}, {0xE5, "a"},
    {0xE6, "ae"}, {0xE7, "c"}, {0xE8, "e"}, {0xE9, "e"}, {0xEA, "e"}, {0xEB, "e"}, {0xEC, "i"},
    {0xED, "i"},  {0xEE, "i"}, {0xEF, "i"}, {0xF1, "n"}, {0xF2, "o"}, {0xF3, "o"}, {0xF4, "o"},
    {0xF5, "o"},  {0xF6, "o"}, {0xF8, "o"}, {0xF9, "u"}, {0xFA, "u"}, {0xFB, "u"}, {0xFC, "u"},
    {0xFD, "y"},  {0xFF, "y"}};

} // namespace

std::string Slugs::fromTitle(const std::string& title, const std::string& fallback)
{
    std::string words; // letters and digits, with single spaces where separators were
    for (std::size_t i = 0; i < title.size(); ++i) {
        const auto c = static_cast<unsigned char>(title[i]);
        if (std::isalnum(c)) {
            words += static_cast<char>(std::tolower(c));
        } else if (c == '&') {
            words += " dan "; // "Ekspor & Impor" reads "ekspor-dan-impor"
        } else if (c >= 0xC0 && c < 0xE0 && i + 1 < title.size()) {
            const auto code =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(title[i + 1]) & 0x3Fu);
            ++i;
            const auto it = kLatin1.find(code);
            words += it != kLatin1.end() ? it->second : " ";
        } else if (c == '\'') {
            // "Jum'at" → "jumat": an apostrophe joins, it does not separate.
        } else {
            words += ' ';
            // Skip the continuation bytes of other multi-byte characters.
            while (i + 1 < title.size() &&
                   (static_cast<unsigned char>(title[i + 1]) & 0xC0) == 0x80)
                ++i;
        }
    }
    std::string slug;
    for (char c : words) {
        if (c == ' ') {
            if (!slug.empty() && slug.back() != '-')
                slug += '-';
        } else {
            slug += c;
        }
    }
    if (slug.size() > kMaxLength)
        slug.resize(kMaxLength);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? fallback : slug;
}

bool Slugs::isValid(const std::string& slug)
{
    if (slug.empty() || slug.size() > kMaxLength || slug.front() == '-' || slug.back() == '-')
        return false;
    char previous = 0;
    for (char c : slug) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && previous == '-'))
            return false;
        previous = c;
    }
    return true;
}

std::string Slugs::candidate(const std::string& base, int n)
{
    if (n <= 1)
        return base;
    return base + "-" + std::to_string(n);
}

} // namespace ey::catalog
