// What a valid buyer is: normalising and checking every field once, for the API and imports.
#include "BuyerRules.h"

#include "Countries.h"
#include "DirectoryText.h"

#include "Problem.h"

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace ey::directory {

using core::Text;
namespace json = core::json;

namespace {

const std::vector<std::string> kScales = {"small", "medium", "large", "enterprise"};
const std::vector<std::string> kPaymentTerms = {"TT", "LC", "DP", "DA", "CAD", "OA", "CIA"};
const std::vector<std::string> kShippingTerms = {"EXW", "FCA", "FAS", "FOB", "CFR", "CIF",
                                                 "CPT", "CIP", "DAP", "DPU", "DDP"};

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n\v\f");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n\v\f");
    return text.substr(first, last - first + 1);
}

/// Characters, not bytes: PostgreSQL's length() limits count characters.
std::size_t characters(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

Text tooLong(std::size_t max)
{
    return {"Paling banyak " + std::to_string(max) + " karakter.",
            "At most " + std::to_string(max) + " characters."};
}

/// Empty text is no value: an optional field cleared.
void optionalText(std::optional<std::string>& value, bool collapse)
{
    if (!value)
        return;
    *value = collapse ? text::collapseSpaces(*value) : trimmed(*value);
    if (value->empty())
        value.reset();
}

/// Items trimmed, empties dropped, duplicates (case-insensitive) dropped keeping the first.
std::vector<std::string> cleanList(const std::vector<std::string>& items)
{
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto& item : items) {
        auto clean = text::collapseSpaces(item);
        if (!clean.empty() && seen.insert(text::asciiLower(clean)).second)
            out.push_back(std::move(clean));
    }
    return out;
}

void checkTerms(std::vector<std::string>& terms, const std::vector<std::string>& allowed,
                const std::string& field, std::vector<FieldIssue>& issues)
{
    std::vector<std::string> out;
    for (const auto& term : terms) {
        const auto code = BuyerRules::termCode(term);
        if (code.empty())
            continue;
        if (std::find(allowed.begin(), allowed.end(), code) == allowed.end()) {
            issues.push_back(
                {field,
                 {"\"" + term + "\" tidak dikenal; pilih dari: " + joined(allowed) + ".",
                  "\"" + term + "\" is unknown; choose from: " + joined(allowed) + "."}});
            return;
        }
        if (std::find(out.begin(), out.end(), code) == out.end())
            out.push_back(code);
    }
    terms = std::move(out);
}

std::optional<bool> boolCell(const std::string& text)
{
    const auto key = text::asciiLower(trimmed(text));
    if (key.empty() || key == "tidak" || key == "no" || key == "false" || key == "0" || key == "n")
        return false;
    if (key == "ya" || key == "yes" || key == "true" || key == "1" || key == "y")
        return true;
    return std::nullopt;
}

/// Reads a list field of a JSON body: an array of text, or null/absent for none.
std::vector<std::string> listField(json::Reader& in, const std::string& field)
{
    return in.stringList(field, 200);
}

/// Applies one field of a JSON body to `input`; `clearing` is true when the body sends null.
void applyJsonField(json::Reader& in, const json::ObjectPtr& body, const std::string& field,
                    BuyerInput& input)
{
    const bool null = body->isNull(field);
    auto text = [&](std::size_t maxBytes) -> std::optional<std::string> {
        return null ? std::nullopt : in.optionalString(field, maxBytes);
    };
    if (field == "company") {
        if (null)
            in.fail(field, {"Nama perusahaan wajib diisi.", "The company name is required."});
        else
            input.company = in.optionalString(field, 2000).value_or("");
    } else if (field == "contact_person")
        input.contactPerson = text(2000);
    else if (field == "email")
        input.email = text(2000);
    else if (field == "phone")
        input.phone = text(200);
    else if (field == "country") {
        if (null)
            in.fail(field, {"Negara wajib diisi.", "The country is required."});
        else
            input.country = in.optionalString(field, 200).value_or("");
    } else if (field == "products")
        input.products = null ? std::vector<std::string>{} : listField(in, field);
    else if (field == "hs_codes")
        input.hsCodes = null ? std::vector<std::string>{} : listField(in, field);
    else if (field == "business_scale")
        input.businessScale = text(100);
    else if (field == "payment_terms")
        input.paymentTerms = null ? std::vector<std::string>{} : listField(in, field);
    else if (field == "shipping_terms")
        input.shippingTerms = null ? std::vector<std::string>{} : listField(in, field);
    else if (field == "notes")
        input.notes = text(50000);
    else if (field == "verified") {
        if (null)
            in.fail(field, {"Harus true atau false.", "Must be true or false."});
        else
            input.verified = in.optionalBool(field).value_or(input.verified);
    } else if (field == "rating") {
        if (null)
            input.rating.reset();
        else if (const auto rating = in.optionalInt(field, 1, 5))
            input.rating = static_cast<int>(*rating);
    } else if (field == "source")
        input.source = text(2000);
}

/// YYYY-MM-DD naming a real calendar day.
bool isCalendarDate(const std::string& text)
{
    static const std::regex date("^([0-9]{4})-([0-9]{2})-([0-9]{2})$");
    std::smatch parts;
    if (!std::regex_match(text, parts, date))
        return false;
    const int year = std::stoi(parts[1]), month = std::stoi(parts[2]), day = std::stoi(parts[3]);
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

BuyerInput fromBody(BuyerInput input, const json::ObjectPtr& body, bool creating)
{
    json::Reader in(body);
    if (creating) {
        if (!in.has("company"))
            in.fail("company", {"Nama perusahaan wajib diisi.", "The company name is required."});
        if (!in.has("country"))
            in.fail("country", {"Negara wajib diisi.", "The country is required."});
    }
    for (const auto& field : BuyerRules::fieldNames()) {
        if (body->has(field))
            applyJsonField(in, body, field, input);
    }
    // Every problem at once: a field the reader refused keeps its first message.
    for (auto& issue : BuyerRules::check(input))
        in.fail(issue.field, std::move(issue.reason));
    in.finish();
    return input;
}

} // namespace

const std::vector<std::string>& BuyerRules::fieldNames()
{
    static const std::vector<std::string> names = {
        "company",  "contact_person", "email",          "phone",         "country",
        "products", "hs_codes",       "business_scale", "payment_terms", "shipping_terms",
        "notes",    "verified",       "rating",         "source"};
    return names;
}

std::string BuyerRules::countryCode(const std::string& text)
{
    return Countries::codeOf(text).value_or("");
}

std::string BuyerRules::termCode(const std::string& text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (c == '/' || c == '.' || c == '-' || std::isspace(c))
            continue; // "L/C", "T.T", "D-P" are the same terms as LC, TT, DP
        out += static_cast<char>(std::toupper(c));
    }
    return out;
}

std::string BuyerRules::cleanPhone(const std::string& text)
{
    std::string out;
    for (const unsigned char c : text) {
        if (std::isspace(c) || c == '-' || c == '.' || c == '(' || c == ')')
            continue;
        out += static_cast<char>(c);
    }
    return out;
}

std::vector<std::string> BuyerRules::splitCell(const std::string& text)
{
    std::vector<std::string> items;
    std::string current;
    for (const char c : text) {
        if (c == ';' || c == ',' || c == '|') {
            items.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    items.push_back(current);
    std::vector<std::string> out;
    for (auto& item : items) {
        auto clean = trimmed(item);
        if (!clean.empty())
            out.push_back(std::move(clean));
    }
    return out;
}

std::vector<FieldIssue> BuyerRules::check(BuyerInput& input)
{
    static const std::regex email(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)");
    static const std::regex phone(R"(^\+?[0-9]{6,20}$)");
    static const std::regex hsCode("^[0-9]{4,10}$");
    std::vector<FieldIssue> issues;

    input.company = text::collapseSpaces(input.company);
    if (input.company.empty())
        issues.push_back(
            {"company", {"Nama perusahaan wajib diisi.", "The company name is required."}});
    else if (characters(input.company) > 200)
        issues.push_back({"company", tooLong(200)});

    optionalText(input.contactPerson, true);
    if (input.contactPerson && characters(*input.contactPerson) > 200)
        issues.push_back({"contact_person", tooLong(200)});

    optionalText(input.email, false);
    if (input.email) {
        *input.email = text::asciiLower(*input.email);
        if (input.email->size() > 254 || !std::regex_match(*input.email, email))
            issues.push_back({"email",
                              {"Alamat email tidak valid, misalnya nama@perusahaan.com.",
                               "The email address is not valid, e.g. name@company.com."}});
    }

    if (input.phone) {
        *input.phone = cleanPhone(*input.phone);
        if (input.phone->empty())
            input.phone.reset();
        else if (!std::regex_match(*input.phone, phone))
            issues.push_back({"phone",
                              {"Nomor telepon 6–20 angka, boleh diawali +, misalnya +81312345678.",
                               "Phone numbers have 6–20 digits, optionally starting with +."}});
    }

    const auto typedCountry = trimmed(input.country);
    input.country = countryCode(typedCountry);
    if (typedCountry.empty())
        issues.push_back({"country", {"Negara wajib diisi.", "The country is required."}});
    else if (input.country.empty())
        issues.push_back({"country",
                          {"Negara \"" + typedCountry +
                               "\" tidak dikenal; pakai kode ISO seperti JP atau namanya.",
                           "Country \"" + typedCountry +
                               "\" is unknown; use an ISO code such as JP or its name."}});

    input.products = cleanList(input.products);
    if (input.products.size() > 50)
        issues.push_back({"products", {"Paling banyak 50 produk.", "At most 50 products."}});
    else if (std::any_of(input.products.begin(), input.products.end(),
                         [](const std::string& p) { return characters(p) > 200; }))
        issues.push_back({"products",
                          {"Nama produk paling banyak 200 karakter.",
                           "Product names have at most 200 characters."}});

    std::vector<std::string> codes;
    for (const auto& code : input.hsCodes) {
        std::string digits;
        for (const unsigned char c : code) {
            if (!std::isspace(c) && c != '.')
                digits += static_cast<char>(c); // "0901.11" is written with dots; stored as digits
        }
        if (digits.empty())
            continue;
        if (!std::regex_match(digits, hsCode)) {
            issues.push_back({"hs_codes",
                              {"Kode HS \"" + code + "\" harus 4–10 angka, misalnya 0901.",
                               "HS code \"" + code + "\" must have 4–10 digits, e.g. 0901."}});
            break;
        }
        if (std::find(codes.begin(), codes.end(), digits) == codes.end())
            codes.push_back(digits);
    }
    input.hsCodes = std::move(codes);

    optionalText(input.businessScale, false);
    if (input.businessScale) {
        auto scale = text::asciiLower(*input.businessScale);
        if (scale == "kecil")
            scale = "small";
        else if (scale == "menengah" || scale == "sedang")
            scale = "medium";
        else if (scale == "besar")
            scale = "large";
        else if (scale == "korporasi" || scale == "perusahaan besar")
            scale = "enterprise";
        if (std::find(kScales.begin(), kScales.end(), scale) == kScales.end())
            issues.push_back({"business_scale",
                              {"Pilih salah satu: " + joined(kScales) + ".",
                               "Choose one of: " + joined(kScales) + "."}});
        else
            input.businessScale = scale;
    }

    checkTerms(input.paymentTerms, kPaymentTerms, "payment_terms", issues);
    checkTerms(input.shippingTerms, kShippingTerms, "shipping_terms", issues);

    optionalText(input.notes, false);
    if (input.notes && characters(*input.notes) > 5000)
        issues.push_back({"notes", tooLong(5000)});
    if (input.rating && (*input.rating < 1 || *input.rating > 5))
        issues.push_back(
            {"rating", {"Rating 1 sampai 5, atau kosong.", "Rating is 1 to 5, or empty."}});
    optionalText(input.source, true);
    if (input.source && characters(*input.source) > 200)
        issues.push_back({"source", tooLong(200)});
    return issues;
}

std::variant<BuyerInput, std::vector<FieldIssue>>
BuyerRules::fromCells(const std::map<std::string, std::string>& cells)
{
    BuyerInput input;
    std::vector<FieldIssue> issues;
    auto cell = [&](const std::string& name) -> std::optional<std::string> {
        const auto it = cells.find(name);
        if (it == cells.end())
            return std::nullopt;
        auto text = trimmed(it->second);
        if (text.empty())
            return std::nullopt;
        return text;
    };
    input.company = cell("company").value_or("");
    input.contactPerson = cell("contact_person");
    input.email = cell("email");
    input.phone = cell("phone");
    input.country = cell("country").value_or("");
    input.products = splitCell(cell("products").value_or(""));
    input.hsCodes = splitCell(cell("hs_codes").value_or(""));
    input.businessScale = cell("business_scale");
    input.paymentTerms = splitCell(cell("payment_terms").value_or(""));
    input.shippingTerms = splitCell(cell("shipping_terms").value_or(""));
    input.notes = cell("notes");
    input.source = cell("source");
    if (const auto verified = cell("verified")) {
        if (const auto flag = boolCell(*verified))
            input.verified = *flag;
        else
            issues.push_back({"verified",
                              {"Isi ya atau tidak (bukan \"" + *verified + "\").",
                               "Use yes or no (not \"" + *verified + "\")."}});
    }
    if (const auto rating = cell("rating")) {
        static const std::regex digits("^[0-9]{1,3}([.,]0+)?$");
        if (std::regex_match(*rating, digits))
            input.rating = std::stoi(rating->substr(0, rating->find_first_of(".,")));
        else
            input.rating = 0; // reported by check() below as out of range
    }
    auto checked = check(input);
    issues.insert(issues.end(), checked.begin(), checked.end());
    if (!issues.empty())
        return issues;
    return input;
}

BuyerInput BuyerRules::fromJson(const json::ObjectPtr& body)
{
    return fromBody(BuyerInput{}, body, true);
}

BuyerInput BuyerRules::patched(const BuyerInput& current, const json::ObjectPtr& body)
{
    return fromBody(current, body, false);
}

BuyerFilter BuyerRules::filterFrom(const core::Request& request)
{
    BuyerFilter filter;
    std::map<std::string, Text> errors;
    auto value = [&](const std::string& name) -> std::optional<std::string> {
        auto text = request.queryValue(name);
        if (!text)
            return std::nullopt;
        auto clean = text::collapseSpaces(*text);
        if (clean.empty())
            return std::nullopt;
        if (clean.size() > 200) {
            errors.try_emplace(name, tooLong(200));
            return std::nullopt;
        }
        return clean;
    };
    filter.q = value("q");
    filter.product = value("product");
    if (const auto country = value("country")) {
        if (auto code = Countries::codeOf(*country))
            filter.country = *code;
        else
            errors.try_emplace("country", Text{"Negara tidak dikenal; pakai kode ISO seperti JP.",
                                               "Unknown country; use an ISO code such as JP."});
    }
    if (const auto term = value("payment_term")) {
        const auto code = termCode(*term);
        if (std::find(kPaymentTerms.begin(), kPaymentTerms.end(), code) == kPaymentTerms.end())
            errors.try_emplace("payment_term",
                               Text{"Pilih salah satu: " + joined(kPaymentTerms) + ".",
                                    "Choose one of: " + joined(kPaymentTerms) + "."});
        else
            filter.paymentTerm = code;
    }
    if (const auto term = value("shipping_term")) {
        const auto code = termCode(*term);
        if (std::find(kShippingTerms.begin(), kShippingTerms.end(), code) == kShippingTerms.end())
            errors.try_emplace("shipping_term",
                               Text{"Pilih salah satu: " + joined(kShippingTerms) + ".",
                                    "Choose one of: " + joined(kShippingTerms) + "."});
        else
            filter.shippingTerm = code;
    }
    if (const auto scale = value("business_scale")) {
        if (std::find(kScales.begin(), kScales.end(), text::asciiLower(*scale)) == kScales.end())
            errors.try_emplace("business_scale", Text{"Pilih salah satu: " + joined(kScales) + ".",
                                                      "Choose one of: " + joined(kScales) + "."});
        else
            filter.businessScale = text::asciiLower(*scale);
    }
    if (const auto verified = value("verified")) {
        if (*verified == "true")
            filter.verified = true;
        else if (*verified == "false")
            filter.verified = false;
        else
            errors.try_emplace("verified", Text{"Isi true atau false.", "Use true or false."});
    }
    for (const auto* name : {"added_from", "added_to"}) {
        const auto text = value(name);
        if (!text)
            continue;
        if (!isCalendarDate(*text))
            errors.try_emplace(name, Text{"Tanggal ditulis YYYY-MM-DD, misalnya 2026-01-31.",
                                          "Dates are written YYYY-MM-DD, e.g. 2026-01-31."});
        else if (std::string(name) == "added_from")
            filter.addedFrom = text;
        else
            filter.addedTo = text;
    }
    if (const auto sort = value("sort")) {
        if (*sort != "newest" && *sort != "company")
            errors.try_emplace("sort",
                               Text{"Pilih newest atau company.", "Choose newest or company."});
        else
            filter.sort = *sort;
    }
    if (!errors.empty())
        throw core::Problem::validation(errors);
    return filter;
}

} // namespace ey::directory
