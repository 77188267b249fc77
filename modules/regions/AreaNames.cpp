// How area names are shown and searched.
#include "AreaNames.h"

#include <array>
#include <cstdint>

namespace ey::regions {

namespace {

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

char toLower(char c)
{
    return isUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Words that stay as they are written in upper case (abbreviations) or go lower case (joiners)
/// when an upper-case name is title-cased.
constexpr std::array<std::string_view, 1> kAbbreviations{"DKI"};
constexpr std::array<std::string_view, 1> kJoiners{"DAN"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word)
{
    for (const auto w : words)
        if (w == word)
            return true;
    return false;
}

/// Latin-1 supplement letters (U+00C0..U+00FF, the accents found in names) to their base letter.
char foldLatin1(unsigned code)
{
    static constexpr std::string_view kBase = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"  // C0..DF
                                              "aaaaaaaceeeeiiiidnooooo/ouuuuyty"; // E0..FF
    if (code < 0xC0 || code > 0xFF)
        return 0;
    const char base = kBase[code - 0xC0];
    return base == '*' || base == '/' ? ' ' : base;
}

bool startsWithWord(std::string_view text, std::string_view word)
{
    return text.size() > word.size() && text.starts_with(word) && text[word.size()] == ' ';
}

} // namespace

std::string AreaNames::displayName(std::string_view sourceName)
{
    for (const char c : sourceName)
        if (isLower(c))
            return std::string(sourceName);
    std::string result;
    result.reserve(sourceName.size());
    std::size_t start = 0;
    while (start <= sourceName.size()) {
        auto end = sourceName.find(' ', start);
        if (end == std::string_view::npos)
            end = sourceName.size();
        const auto word = sourceName.substr(start, end - start);
        if (start > 0)
            result += ' ';
        if (contains(kAbbreviations, word)) {
            result += word;
        } else if (contains(kJoiners, word) && start > 0) {
            for (const char c : word)
                result += toLower(c);
        } else {
            for (std::size_t i = 0; i < word.size(); ++i)
                result += i == 0 ? word[i] : toLower(word[i]);
        }
        start = end + 1;
    }
    return result;
}

std::string AreaNames::searchKey(std::string_view text)
{
    std::string key;
    key.reserve(text.size());
    bool pendingSpace = false;
    auto put = [&](char c) {
        if (c == ' ') {
            pendingSpace = !key.empty();
            return;
        }
        if (pendingSpace)
            key += ' ';
        pendingSpace = false;
        key += c;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            const char c = static_cast<char>(byte);
            if (isLower(c) || (c >= '0' && c <= '9'))
                put(c);
            else if (isUpper(c))
                put(toLower(c));
            else if (c == '\'' || c == '"' || c == '`')
                continue; // an apostrophe joins a word: "Ra'as" is searched as "raas"
            else
                put(' ');
            continue;
        }
        // A multi-byte UTF-8 sequence: decode it, fold what has a base letter, drop the rest.
        int length = (byte & 0xE0) == 0xC0   ? 2
                     : (byte & 0xF0) == 0xE0 ? 3
                     : (byte & 0xF8) == 0xF0 ? 4
                                             : 1;
        unsigned code = length == 2 ? byte & 0x1Fu : length == 3 ? byte & 0x0Fu : byte & 0x07u;
        if (i + static_cast<std::size_t>(length) > text.size())
            break;
        for (int k = 1; k < length; ++k)
            code = (code << 6) |
                   (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        i += static_cast<std::size_t>(length - 1);
        if (code == 0x2018 || code == 0x2019 || code == 0x02BC)
            continue; // typographic apostrophes, as above
        if (const char base = foldLatin1(code))
            put(base);
        else
            put(' ');
    }
    return key;
}

std::string AreaNames::bareKey(std::string_view searchKey)
{
    std::string_view rest = searchKey;
    for (const auto kind : {std::string_view("kabupaten"), std::string_view("kota")}) {
        if (startsWithWord(rest, kind)) {
            rest.remove_prefix(kind.size() + 1);
            if (startsWithWord(rest, "administrasi"))
                rest.remove_prefix(std::string_view("administrasi").size() + 1);
            break;
        }
    }
    return std::string(rest);
}

std::string AreaNames::regencyKind(std::string_view sourceName)
{
    return startsWithWord(searchKey(sourceName), "kota") ? "kota" : "kabupaten";
}

std::string AreaNames::villageKind(std::string_view villageCode)
{
    if (villageCode.size() != 13)
        return {};
    switch (villageCode[9]) {
    case '1':
        return "kelurahan";
    case '2':
        return "desa";
    case '3':
        return "desa_adat";
    default:
        return {};
    }
}

std::string AreaNames::shortRegencyName(std::string_view displayName)
{
    std::string result(displayName);
    if (result.starts_with("Kabupaten "))
        result.replace(0, 9, "Kab.");
    if (const auto at = result.find(" Administrasi "); at != std::string::npos && at <= 4)
        result.replace(at, 14, " Adm. ");
    return result;
}

} // namespace ey::regions
