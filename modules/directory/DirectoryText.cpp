// Text shaping the directory's rules share.
#include "DirectoryText.h"

#include "Json.h"

#include <algorithm>
#include <cctype>

namespace ey::directory::text {

namespace json = core::json;

std::string collapseSpaces(const std::string& text)
{
    std::string out;
    bool space = false;
    for (const unsigned char c : text) {
        if (std::isspace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(c);
    }
    return out;
}

std::string asciiLower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string jsonList(const std::vector<std::string>& items)
{
    auto array = json::array();
    for (const auto& item : items)
        array->add(item);
    return json::stringify(array);
}

std::vector<std::string> listFromJson(const std::string& text)
{
    std::vector<std::string> items;
    const auto value = json::parse(text);
    if (value.isEmpty())
        return items;
    const auto array = value.extract<json::ArrayPtr>();
    for (std::size_t i = 0; i < array->size(); ++i)
        items.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return items;
}

} // namespace ey::directory::text
