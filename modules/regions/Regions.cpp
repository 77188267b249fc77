// Area codes, levels and the one-line address label.
#include "Regions.h"

#include "AreaNames.h"
#include "AreaStore.h"

namespace ey::regions {

std::string_view levelName(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Province:
        return "province";
    case AreaLevel::Regency:
        return "regency";
    case AreaLevel::District:
        return "district";
    case AreaLevel::Village:
        return "village";
    }
    return "province";
}

std::optional<AreaLevel> levelFromName(std::string_view name)
{
    for (const auto level :
         {AreaLevel::Province, AreaLevel::Regency, AreaLevel::District, AreaLevel::Village})
        if (levelName(level) == name)
            return level;
    return std::nullopt;
}

std::optional<AreaLevel> levelOfCode(std::string_view code)
{
    AreaLevel level;
    switch (code.size()) {
    case 2:
        level = AreaLevel::Province;
        break;
    case 5:
        level = AreaLevel::Regency;
        break;
    case 8:
        level = AreaLevel::District;
        break;
    case 13:
        level = AreaLevel::Village;
        break;
    default:
        return std::nullopt;
    }
    // Two digits, a dot, two digits, a dot, two digits, a dot, four digits.
    for (std::size_t i = 0; i < code.size(); ++i) {
        const bool dot = i == 2 || i == 5 || i == 8;
        if (dot ? code[i] != '.' : (code[i] < '0' || code[i] > '9'))
            return std::nullopt;
    }
    return level;
}

const AreaRef& AreaPath::area() const
{
    if (village)
        return *village;
    if (district)
        return *district;
    if (regency)
        return *regency;
    return province;
}

std::string AreaPath::label() const
{
    std::string text;
    if (village) {
        if (village->kind == "kelurahan")
            text = "Kelurahan " + village->name;
        else if (village->kind == "desa_adat" && !village->name.starts_with("Desa "))
            text = "Desa Adat " + village->name;
        else if (village->kind == "desa_adat")
            text = village->name; // the source already writes "Desa Adat Yoboi"
        else
            text = "Desa " + village->name;
        text += ", ";
    }
    if (district)
        text += "Kec. " + district->name + ", ";
    if (regency)
        text += AreaNames::shortRegencyName(regency->name) + ", ";
    text += province.name;
    return text;
}

std::optional<AreaPath> resolveArea(core::Sql& sql, const std::string& code)
{
    const auto level = levelOfCode(code);
    if (!level)
        return std::nullopt;
    return AreaStore::path(sql, *level, code);
}

} // namespace ey::regions
