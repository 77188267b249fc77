// RFC 9457 problem details: the one way a request fails.
#pragma once

#include "Text.h"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ey::core {

/// The value of an RFC 9457 extension member: what a client acts on without parsing the detail
/// (the id of the existing record, a quota's limit and reset time).
using ProblemMember = std::variant<std::string, std::int64_t, double, bool>;

/// Thrown anywhere below the router; the router turns it into application/problem+json.
/// `detail` is written for the person using the desktop or web page.
class Problem : public std::runtime_error
{
public:
    Problem(int status, std::string type, Text title, Text detail);

    int status() const { return m_status; }
    const std::string& type() const { return m_type; }
    const Text& title() const { return m_title; }
    const Text& detail() const { return m_detail; }
    const std::map<std::string, Text>& fieldErrors() const { return m_fieldErrors; }
    const std::map<std::string, std::string>& headers() const { return m_headers; }
    const std::vector<std::pair<std::string, ProblemMember>>& members() const { return m_members; }

    Problem& withFieldError(const std::string& field, Text message);
    Problem& withHeader(const std::string& name, const std::string& value);
    /// Adds (or replaces) an extension member, rendered after the standard ones in the order added.
    Problem& withMember(const std::string& name, ProblemMember value);

    /// The JSON body in the given language.
    std::string toJson(Lang lang, const std::string& instance) const;

    static Problem badRequest(Text detail);
    static Problem validation(std::map<std::string, Text> fieldErrors);
    static Problem unauthorized(Text detail);
    static Problem forbidden();
    static Problem notFound(Text detail);
    static Problem conflict(Text detail);
    static Problem tooLarge(Text detail);
    static Problem unsupportedMedia(Text detail);
    static Problem tooManyRequests(Text detail, int retryAfterSeconds);
    static Problem unavailable(Text detail);

private:
    int m_status;
    std::string m_type;
    Text m_title;
    Text m_detail;
    std::map<std::string, Text> m_fieldErrors;
    std::map<std::string, std::string> m_headers;
    std::vector<std::pair<std::string, ProblemMember>> m_members;
};

} // namespace ey::core
