// JSON helpers and the validating reader.
#include "Json.h"

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

namespace ey::core::json {

ObjectPtr object()
{
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}
ArrayPtr array()
{
    return new Array(Poco::JSON_PRESERVE_KEY_ORDER);
}

std::string stringify(const ObjectPtr& value)
{
    std::ostringstream out;
    value->stringify(out);
    return out.str();
}

std::string stringify(const ArrayPtr& value)
{
    std::ostringstream out;
    value->stringify(out);
    return out.str();
}

Poco::Dynamic::Var parse(const std::string& text)
{
    Poco::JSON::Parser parser;
    return parser.parse(text);
}

ObjectPtr parseObject(const std::string& body)
{
    if (body.empty())
        throw Problem::badRequest({"Isi permintaan kosong; kirim data dalam format JSON.",
                                   "The request body is empty; send JSON."});
    try {
        Poco::JSON::Parser parser;
        auto result = parser.parse(body);
        if (result.type() != typeid(ObjectPtr))
            throw Problem::badRequest(
                {"Data harus berupa objek JSON.", "The body must be a JSON object."});
        return result.extract<ObjectPtr>();
    } catch (const Poco::Exception&) {
        throw Problem::badRequest({"Format JSON tidak valid.", "The body is not valid JSON."});
    }
}

namespace {
Text required()
{
    return {"Wajib diisi.", "This field is required."};
}
Text notText()
{
    return {"Harus berupa teks.", "Must be text."};
}
Text tooLong(std::size_t max)
{
    return {"Maksimal " + std::to_string(max) + " karakter.",
            "At most " + std::to_string(max) + " characters."};
}
} // namespace

bool Reader::has(const std::string& field) const
{
    return m_body->has(field) && !m_body->isNull(field);
}

std::optional<std::string> Reader::optionalString(const std::string& field, std::size_t maxLength)
{
    if (!has(field))
        return std::nullopt;
    const auto value = m_body->get(field);
    if (!value.isString()) {
        fail(field, notText());
        return std::nullopt;
    }
    std::string text = value.extract<std::string>();
    // Trim surrounding whitespace: a name typed with a trailing space is the same name.
    const auto first = text.find_first_not_of(" \t\r\n");
    const auto last = text.find_last_not_of(" \t\r\n");
    text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    if (text.size() > maxLength) {
        fail(field, tooLong(maxLength));
        return std::nullopt;
    }
    return text;
}

std::string Reader::requiredString(const std::string& field, std::size_t maxLength)
{
    if (!has(field)) {
        fail(field, required());
        return {};
    }
    auto text = optionalString(field, maxLength);
    if (text && text->empty())
        fail(field, required());
    return text.value_or(std::string());
}

std::optional<std::int64_t> Reader::optionalInt(const std::string& field, std::int64_t min,
                                                std::int64_t max)
{
    if (!has(field))
        return std::nullopt;
    const auto value = m_body->get(field);
    if (!value.isInteger()) {
        fail(field, {"Harus berupa bilangan bulat.", "Must be a whole number."});
        return std::nullopt;
    }
    const auto number = value.convert<std::int64_t>();
    if (number < min || number > max) {
        fail(field,
             {"Harus antara " + std::to_string(min) + " dan " + std::to_string(max) + ".",
              "Must be between " + std::to_string(min) + " and " + std::to_string(max) + "."});
        return std::nullopt;
    }
    return number;
}

std::int64_t Reader::requiredInt(const std::string& field, std::int64_t min, std::int64_t max)
{
    if (!has(field)) {
        fail(field, required());
        return 0;
    }
    return optionalInt(field, min, max).value_or(0);
}

std::optional<bool> Reader::optionalBool(const std::string& field)
{
    if (!has(field))
        return std::nullopt;
    const auto value = m_body->get(field);
    if (value.type() != typeid(bool)) {
        fail(field, {"Harus true atau false.", "Must be true or false."});
        return std::nullopt;
    }
    return value.extract<bool>();
}

std::vector<std::string> Reader::stringList(const std::string& field, std::size_t maxItems)
{
    std::vector<std::string> items;
    if (!has(field))
        return items;
    ArrayPtr list = m_body->getArray(field);
    if (!list) {
        fail(field, {"Harus berupa daftar teks.", "Must be a list of text."});
        return items;
    }
    if (list->size() > maxItems) {
        fail(field, {"Terlalu banyak isian.", "Too many items."});
        return items;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto value = list->get(static_cast<unsigned>(i));
        if (!value.isString()) {
            fail(field, {"Harus berupa daftar teks.", "Must be a list of text."});
            return {};
        }
        items.push_back(value.extract<std::string>());
    }
    return items;
}

std::optional<std::string> Reader::optionalEnum(const std::string& field,
                                                const std::vector<std::string>& allowed)
{
    auto value = optionalString(field, 100);
    if (!value)
        return std::nullopt;
    for (const auto& candidate : allowed) {
        if (candidate == *value)
            return value;
    }
    std::string list;
    for (const auto& candidate : allowed)
        list += (list.empty() ? "" : ", ") + candidate;
    fail(field, {"Pilih salah satu: " + list + ".", "Choose one of: " + list + "."});
    return std::nullopt;
}

std::string Reader::requiredEnum(const std::string& field, const std::vector<std::string>& allowed)
{
    if (!has(field)) {
        fail(field, required());
        return {};
    }
    return optionalEnum(field, allowed).value_or(std::string());
}

void Reader::fail(const std::string& field, Text message)
{
    m_errors.try_emplace(field, std::move(message));
}

void Reader::finish() const
{
    if (!m_errors.empty())
        throw Problem::validation(m_errors);
}

} // namespace ey::core::json
