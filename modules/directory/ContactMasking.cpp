// Contact fields as members whose plan has no full contact see them (buyers, forwarders).
#include "ContactMasking.h"

#include <cctype>

namespace ey::directory {

namespace {
/// The bytes of the first UTF-8 character of `text`.
std::string firstCharacter(const std::string& text)
{
    if (text.empty())
        return {};
    std::size_t length = 1;
    while (length < text.size() && (static_cast<unsigned char>(text[length]) & 0xC0) == 0x80)
        ++length;
    return text.substr(0, length);
}
} // namespace

std::string maskEmail(const std::string& email)
{
    const auto at = email.find('@');
    if (at == std::string::npos)
        return firstCharacter(email) + "***";
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    const auto rest = dot == std::string::npos ? std::string() : domain.substr(dot);
    return firstCharacter(email.substr(0, at)) + "***@" + firstCharacter(domain) + "***" + rest;
}

std::string maskPhone(const std::string& phone)
{
    int digits = 0;
    for (const char c : phone)
        digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
    std::string out;
    int index = 0;
    for (const char c : phone) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            out += c;
            continue;
        }
        out += index < 3 || index >= digits - 2 ? c : '*';
        ++index;
    }
    return out;
}

std::string maskPerson(const std::string& name)
{
    std::string out;
    std::size_t start = 0;
    bool first = true;
    while (start < name.size()) {
        const auto space = name.find(' ', start);
        const auto word =
            name.substr(start, space == std::string::npos ? std::string::npos : space - start);
        if (!word.empty()) {
            if (first)
                out = word;
            else
                out += " " + firstCharacter(word) + ".";
            first = false;
        }
        if (space == std::string::npos)
            break;
        start = space + 1;
    }
    return out;
}

} // namespace ey::directory
