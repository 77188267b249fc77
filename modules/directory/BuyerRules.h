// What a valid buyer is: one place for the JSON API, imports and the admin filters.
#pragma once

#include "Buyer.h"

#include "Http.h"
#include "Json.h"
#include "Text.h"

#include <map>
#include <string>
#include <variant>
#include <vector>

namespace ey::directory {

/// One rejected field of a buyer, named in the field vocabulary.
struct FieldIssue
{
    std::string field;
    core::Text reason;
};

class BuyerRules
{
public:
    /// Import cells (field vocabulary name -> cell text) -> a normalised input, or every problem.
    static std::variant<BuyerInput, std::vector<FieldIssue>>
    fromCells(const std::map<std::string, std::string>& cells);
    /// The admin list/export filters from the query string; 422 naming the bad parameter.
    static BuyerFilter filterFrom(const core::Request& request);
    static const std::vector<std::string>& fieldNames(); // the vocabulary, in export column order

    /// A JSON create body -> a normalised input; 422 naming every bad field.
    static BuyerInput fromJson(const core::json::ObjectPtr& body);
    /// A JSON patch (any subset; null clears an optional field) applied to `current`; 422 per
    /// field.
    static BuyerInput patched(const BuyerInput& current, const core::json::ObjectPtr& body);
    /// Checks an assembled input (lengths, patterns, vocabularies); the issues found, none if
    /// valid.
    static std::vector<FieldIssue> check(BuyerInput& input);

    /// Country code from an ISO code or an English/Indonesian name; empty when unknown.
    static std::string countryCode(const std::string& text);
    /// "fob" -> "FOB", "L/C" -> "LC", "T/T" -> "TT".
    static std::string termCode(const std::string& text);
    /// Spaces, dashes, dots and parentheses removed.
    static std::string cleanPhone(const std::string& text);
    /// Splits on ; , or | and trims; empty items dropped.
    static std::vector<std::string> splitCell(const std::string& text);
};

} // namespace ey::directory
