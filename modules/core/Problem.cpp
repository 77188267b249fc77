// Problem details construction and serialisation.
#include "Problem.h"

#include <Poco/JSON/Object.h>

#include <sstream>

namespace ey::core {

Lang langFromAcceptLanguage(const std::string& header)
{
    // Pick whichever of id/en appears first with a non-zero weight; Indonesian when neither does.
    std::istringstream in(header);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto start = item.find_first_not_of(' ');
        if (start == std::string::npos)
            continue;
        std::string tag = item.substr(start, item.find(';', start) - start);
        if (item.find("q=0") != std::string::npos && item.find("q=0.") == std::string::npos)
            continue;
        for (auto& c : tag)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (tag.starts_with("en"))
            return Lang::English;
        if (tag.starts_with("id") || tag.starts_with("in"))
            return Lang::Indonesian;
    }
    return Lang::Indonesian;
}

Problem::Problem(int status, std::string type, Text title, Text detail)
    : std::runtime_error(detail.en), m_status(status), m_type(std::move(type)),
      m_title(std::move(title)), m_detail(std::move(detail))
{
}

Problem& Problem::withFieldError(const std::string& field, Text message)
{
    m_fieldErrors[field] = std::move(message);
    return *this;
}

Problem& Problem::withHeader(const std::string& name, const std::string& value)
{
    m_headers[name] = value;
    return *this;
}

Problem& Problem::withMember(const std::string& name, ProblemMember value)
{
    for (auto& [existing, current] : m_members) {
        if (existing == name) {
            current = std::move(value);
            return *this;
        }
    }
    m_members.emplace_back(name, std::move(value));
    return *this;
}

std::string Problem::toJson(Lang lang, const std::string& instance) const
{
    Poco::JSON::Object body(Poco::JSON_PRESERVE_KEY_ORDER);
    body.set("type", m_type);
    body.set("title", m_title.in(lang));
    body.set("status", m_status);
    body.set("detail", m_detail.in(lang));
    if (!instance.empty())
        body.set("instance", instance);
    if (!m_fieldErrors.empty()) {
        Poco::JSON::Object errors(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [field, message] : m_fieldErrors)
            errors.set(field, message.in(lang));
        body.set("errors", errors);
    }
    for (const auto& [name, value] : m_members)
        std::visit([&body, &name](const auto& v) { body.set(name, v); }, value);
    std::ostringstream out;
    body.stringify(out);
    return out.str();
}

namespace {
const char* const kTypeBase = "https://eksporyuk.com/problems/";
std::string typeUri(const char* slug)
{
    return std::string(kTypeBase) + slug;
}
} // namespace

Problem Problem::badRequest(Text detail)
{
    return {
        400, typeUri("bad-request"), {"Permintaan tidak valid", "Bad request"}, std::move(detail)};
}

Problem Problem::validation(std::map<std::string, Text> fieldErrors)
{
    Problem problem(422, typeUri("validation"), {"Data belum benar", "Invalid data"},
                    {"Periksa kembali isian yang ditandai.", "Please check the marked fields."});
    for (auto& [field, message] : fieldErrors)
        problem.withFieldError(field, std::move(message));
    return problem;
}

Problem Problem::unauthorized(Text detail)
{
    return Problem(401, typeUri("unauthorized"), {"Belum masuk", "Not signed in"},
                   std::move(detail))
        .withHeader("WWW-Authenticate", "Bearer");
}

Problem Problem::forbidden()
{
    return {403,
            typeUri("forbidden"),
            {"Akses ditolak", "Access denied"},
            {"Peran Anda tidak memiliki izin untuk tindakan ini.",
             "Your role does not allow this action."}};
}

Problem Problem::notFound(Text detail)
{
    return {404, typeUri("not-found"), {"Tidak ditemukan", "Not found"}, std::move(detail)};
}

Problem Problem::conflict(Text detail)
{
    return {409, typeUri("conflict"), {"Konflik", "Conflict"}, std::move(detail)};
}

Problem Problem::tooLarge(Text detail)
{
    return {413, typeUri("too-large"), {"Terlalu besar", "Too large"}, std::move(detail)};
}

Problem Problem::unsupportedMedia(Text detail)
{
    return {415,
            typeUri("unsupported-media"),
            {"Jenis berkas tidak didukung", "Unsupported file type"},
            std::move(detail)};
}

Problem Problem::tooManyRequests(Text detail, int retryAfterSeconds)
{
    return Problem(429, typeUri("too-many-requests"),
                   {"Terlalu banyak percobaan", "Too many attempts"}, std::move(detail))
        .withHeader("Retry-After", std::to_string(retryAfterSeconds));
}

Problem Problem::unavailable(Text detail)
{
    return {503,
            typeUri("unavailable"),
            {"Layanan belum siap", "Service unavailable"},
            std::move(detail)};
}

} // namespace ey::core
