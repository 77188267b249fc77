// A sentence shown to a person, in Indonesian (the default) and English.
#pragma once

#include <string>

namespace ey::core {

enum class Lang
{
    Indonesian,
    English
};

/// User-facing text in both product languages; `in(lang)` picks one.
struct Text
{
    std::string id;
    std::string en;

    const std::string& in(Lang lang) const { return lang == Lang::English ? en : id; }
};

/// The language a client asked for in its Accept-Language header (Indonesian unless English wins).
Lang langFromAcceptLanguage(const std::string& header);

} // namespace ey::core
