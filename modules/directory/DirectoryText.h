// Text shaping the directory's rules share: typed names and words, and the JSON lists stored in text.
#pragma once

#include <string>
#include <vector>

namespace ey::directory::text {

/// Trims and collapses inner runs of white space to one space ("  PT  Maju " → "PT Maju").
std::string collapseSpaces(const std::string& text);
/// Lower-cases ASCII letters only, so keys compare the way the unique indexes do (lower()).
std::string asciiLower(std::string text);
/// A list of strings as the JSON array text SQL reads with json_array_elements_text / ::jsonb.
std::string jsonList(const std::vector<std::string>& items);
/// The strings of a JSON array text as written by SQL (json_agg, to_json); empty text → none.
std::vector<std::string> listFromJson(const std::string& text);

} // namespace ey::directory::text
