// JSON helpers over Poco::JSON: ordered objects, strict parsing, and a validating field reader.
#pragma once

#include "Problem.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::core::json {

using Object = Poco::JSON::Object;
using ObjectPtr = Poco::JSON::Object::Ptr;
using Array = Poco::JSON::Array;
using ArrayPtr = Poco::JSON::Array::Ptr;

/// A new object that keeps keys in insertion order (stable, readable output).
ObjectPtr object();
ArrayPtr array();
std::string stringify(const ObjectPtr& value);
std::string stringify(const ArrayPtr& value);
/// Parses a request body that must be a JSON object; anything else is a 400 problem.
ObjectPtr parseObject(const std::string& body);
/// Parses JSON that is known to be well-formed (stored documents); throws std::runtime_error.
Poco::Dynamic::Var parse(const std::string& text);

/// Reads typed fields out of a request object, collecting one readable error per bad field;
/// `finish()` throws a 422 problem naming all of them at once.
class Reader
{
public:
    explicit Reader(ObjectPtr body) : m_body(std::move(body)) {}

    bool has(const std::string& field) const;
    std::string requiredString(const std::string& field, std::size_t maxLength = 1000);
    std::optional<std::string> optionalString(const std::string& field,
                                              std::size_t maxLength = 1000);
    std::optional<std::int64_t> optionalInt(const std::string& field, std::int64_t min,
                                            std::int64_t max);
    std::int64_t requiredInt(const std::string& field, std::int64_t min, std::int64_t max);
    std::optional<bool> optionalBool(const std::string& field);
    std::vector<std::string> stringList(const std::string& field, std::size_t maxItems = 100);
    /// One of `allowed`; otherwise a field error listing them.
    std::string requiredEnum(const std::string& field, const std::vector<std::string>& allowed);
    std::optional<std::string> optionalEnum(const std::string& field,
                                            const std::vector<std::string>& allowed);

    void fail(const std::string& field, Text message);
    bool ok() const { return m_errors.empty(); }
    void finish() const;

private:
    ObjectPtr m_body;
    std::map<std::string, Text> m_errors;
};

/// The value, or JSON null when there is none.
template <class T> Poco::Dynamic::Var orNull(const std::optional<T>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

} // namespace ey::core::json
