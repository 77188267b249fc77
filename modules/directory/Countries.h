// ISO 3166-1 alpha-2 countries with English and Indonesian names and the flag emoji.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

struct Country
{
    std::string code; ///< "JP"
    std::string nameEn;
    std::string nameId;
    std::vector<std::string>
        aliases; ///< other names people type ("USA", "Belanda", official names)
};

class Countries
{
public:
    /// Every country, by code.
    static const std::vector<Country>& all();
    static const Country* byCode(const std::string& code);
    /// The code of an ISO code or a name in English or Indonesian (case-insensitive, trimmed).
    static std::optional<std::string> codeOf(const std::string& text);
    /// The emoji made of the two regional indicator letters ("JP" -> 🇯🇵); "" for a bad code.
    static std::string flag(const std::string& code);
};

} // namespace ey::directory
