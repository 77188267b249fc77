// Branding HTTP: parse and validate input, call the service, write JSON and cache headers. No SQL
// here.
#include "BrandingRoutes.h"

#include "Contrast.h"
#include "EntityTag.h"

#include "Problem.h"

#include <cmath>
#include <set>

namespace ey::branding {

using core::Problem;
using core::Request;
using core::Response;
using core::Text;
namespace json = core::json;

namespace {

/// Reads the nested PUT body into BrandingChanges, naming every bad field by its dotted path
/// ("colors.primary") so the desktop can mark the exact input.
class ChangeReader
{
public:
    BrandingChanges read(const json::ObjectPtr& body)
    {
        BrandingChanges changes;
        // Read-only members are accepted and ignored, so a client may send back what it received.
        static const std::set<std::string> topLevel{
            "platform_name", "short_name",    "tagline", "colors",     "typography",
            "components",    "notifications", "logos",   "updated_at", "version"};
        rejectUnknown(body, "", topLevel);
        changes.platformName = text(body, "platform_name", "platform_name", 1, 100);
        changes.shortName = text(body, "short_name", "short_name", 1, 30);
        changes.tagline = text(body, "tagline", "tagline", 0, 200);
        if (auto colors = section(body, "colors"))
            readColours(colors, "colors", {}, changes);
        if (auto typography = section(body, "typography")) {
            rejectUnknown(typography, "typography.", {"heading_size", "body_size", "font_family"});
            changes.headingSize =
                integer(typography, "heading_size", "typography.heading_size", 16, 48);
            changes.bodySize = integer(typography, "body_size", "typography.body_size", 12, 20);
            changes.fontFamily = fontFamily(typography);
        }
        if (auto components = section(body, "components")) {
            readColours(components, "components", {"border_radius"}, changes);
            changes.borderRadius =
                integer(components, "border_radius", "components.border_radius", 0, 24);
        }
        if (auto notifications = section(body, "notifications")) {
            rejectUnknown(notifications, "notifications.",
                          {"popup_enabled", "popup_seconds", "sound"});
            changes.popupEnabled =
                boolean(notifications, "popup_enabled", "notifications.popup_enabled");
            changes.popupSeconds =
                integer(notifications, "popup_seconds", "notifications.popup_seconds", 2, 30);
            changes.sound = boolean(notifications, "sound", "notifications.sound");
        }
        if (!m_errors.empty())
            throw Problem::validation(m_errors);
        return changes;
    }

private:
    void fail(const std::string& path, Text message)
    {
        m_errors.try_emplace(path, std::move(message));
    }

    void rejectUnknown(const json::ObjectPtr& object, const std::string& prefix,
                       const std::set<std::string>& known)
    {
        for (const auto& [key, value] : *object) {
            if (!known.count(key))
                fail(prefix + key, {"Pengaturan ini tidak dikenal; periksa ejaannya.",
                                    "This setting is unknown; check its spelling."});
        }
    }

    json::ObjectPtr section(const json::ObjectPtr& body, const std::string& key)
    {
        if (!body->has(key) || body->isNull(key))
            return nullptr;
        auto object = body->getObject(key);
        if (!object)
            fail(key, {"Harus berupa objek JSON.", "Must be a JSON object."});
        return object;
    }

    static std::size_t characters(const std::string& text)
    {
        // UTF-8 continuation bytes do not start a character (the database counts characters too).
        std::size_t count = 0;
        for (unsigned char c : text)
            count += (c & 0xC0) != 0x80;
        return count;
    }

    std::optional<std::string> text(const json::ObjectPtr& object, const std::string& key,
                                    const std::string& path, std::size_t min, std::size_t max)
    {
        if (!object->has(key) || object->isNull(key))
            return std::nullopt;
        const auto value = object->get(key);
        if (!value.isString()) {
            fail(path, {"Harus berupa teks.", "Must be text."});
            return std::nullopt;
        }
        std::string result = value.extract<std::string>();
        const auto first = result.find_first_not_of(" \t\r\n");
        const auto last = result.find_last_not_of(" \t\r\n");
        result =
            first == std::string::npos ? std::string() : result.substr(first, last - first + 1);
        for (unsigned char c : result) {
            if (c < 0x20 || c == 0x7F) {
                fail(path, {"Tidak boleh berisi baris baru atau karakter kontrol.",
                            "Must not contain line breaks or control characters."});
                return std::nullopt;
            }
        }
        const auto length = characters(result);
        if (length < min) {
            fail(path, {"Wajib diisi.", "This field is required."});
            return std::nullopt;
        }
        if (length > max) {
            fail(path, {"Maksimal " + std::to_string(max) + " karakter.",
                        "At most " + std::to_string(max) + " characters."});
            return std::nullopt;
        }
        return result;
    }

    std::optional<int> integer(const json::ObjectPtr& object, const std::string& key,
                               const std::string& path, int min, int max)
    {
        if (!object->has(key) || object->isNull(key))
            return std::nullopt;
        const auto value = object->get(key);
        if (!value.isInteger()) {
            fail(path, {"Harus berupa bilangan bulat.", "Must be a whole number."});
            return std::nullopt;
        }
        const auto number = value.convert<std::int64_t>();
        if (number < min || number > max) {
            fail(path,
                 {"Harus antara " + std::to_string(min) + " dan " + std::to_string(max) + ".",
                  "Must be between " + std::to_string(min) + " and " + std::to_string(max) + "."});
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    std::optional<bool> boolean(const json::ObjectPtr& object, const std::string& key,
                                const std::string& path)
    {
        if (!object->has(key) || object->isNull(key))
            return std::nullopt;
        const auto value = object->get(key);
        if (value.type() != typeid(bool)) {
            fail(path, {"Harus true atau false.", "Must be true or false."});
            return std::nullopt;
        }
        return value.extract<bool>();
    }

    std::optional<std::string> fontFamily(const json::ObjectPtr& typography)
    {
        auto family = text(typography, "font_family", "typography.font_family", 1, 100);
        if (!family)
            return std::nullopt;
        // Clients put this into style sheets; letters, digits and list punctuation only.
        for (unsigned char c : *family) {
            if (!std::isalnum(c) && c != ' ' && c != '-' && c != '_' && c != ',' && c != '\'') {
                fail("typography.font_family",
                     {"Nama font hanya boleh berisi huruf, angka, spasi, - _ , dan '.",
                      "A font name may only hold letters, digits, spaces, - _ , and '."});
                return std::nullopt;
            }
        }
        return family;
    }

    void readColours(const json::ObjectPtr& object, const std::string& sectionName,
                     std::set<std::string> known, BrandingChanges& changes)
    {
        const std::string prefix = sectionName + ".";
        for (const auto& field : colourFields()) {
            const std::string path = field.path;
            if (path.starts_with(prefix))
                known.insert(path.substr(prefix.size()));
        }
        rejectUnknown(object, prefix, known);
        for (const auto& field : colourFields()) {
            const std::string path = field.path;
            if (!path.starts_with(prefix))
                continue;
            const auto raw = text(object, path.substr(prefix.size()), path, 0, 20);
            if (!raw)
                continue;
            const auto colour = raw->starts_with('#') ? normaliseHexColour(*raw) : std::nullopt;
            if (!colour) {
                fail(path, {"Warna harus berupa kode heksadesimal seperti #2047FC atau #FFF.",
                            "A colour must be a hex code such as #2047FC or #FFF."});
                continue;
            }
            changes.colours[path] = *colour;
        }
    }

    std::map<std::string, Text> m_errors;
};

Actor actorOf(const Request& request)
{
    return {request.user().userId, request.clientIp};
}

std::optional<std::string> ifMatch(const Request& request)
{
    auto value = request.header("If-Match");
    if (value.empty())
        return std::nullopt;
    return value;
}

AssetKind kindOf(const Request& request)
{
    const auto kind = assetKindFromName(request.param("kind"));
    if (!kind)
        throw Problem::notFound({"Jenis aset tidak dikenal. Gunakan main, affiliate atau favicon.",
                                 "Unknown asset kind. Use main, affiliate or favicon."});
    return *kind;
}

void writeView(Response& response, const BrandingView& view)
{
    response.status = 200;
    response.contentType = "application/json; charset=utf-8";
    response.body = view.body;
    response.headers["ETag"] = view.etag;
    // Cache, but ask every time: a 304 costs one small round trip, and an update shows at once.
    response.headers["Cache-Control"] = "no-cache";
}

std::string colourQuery(const Request& request, const std::string& name,
                        std::map<std::string, Text>& errors)
{
    const auto value = request.queryValue(name);
    if (!value || value->empty()) {
        errors.emplace(name, Text{"Wajib diisi.", "This field is required."});
        return {};
    }
    const auto colour = normaliseHexColour(*value);
    if (!colour) {
        errors.emplace(name, Text{"Warna harus berupa kode heksadesimal seperti #2047FC atau #FFF.",
                                  "A colour must be a hex code such as #2047FC or #FFF."});
        return {};
    }
    return *colour;
}

} // namespace

void addBrandingRoutes(core::Router& router, std::shared_ptr<BrandingService> service)
{
    using core::access::Public;

    router.add({"GET", "/api/v1/branding", Public,
                [service](Request& request, Response& response) {
                    const auto view = service->current();
                    const auto ifNoneMatch = request.header("If-None-Match");
                    if (!ifNoneMatch.empty() && entityTagMatches(ifNoneMatch, view.etag, true)) {
                        response.status = 304;
                        response.body.clear();
                        response.headers["ETag"] = view.etag;
                        response.headers["Cache-Control"] = "no-cache";
                        return;
                    }
                    writeView(response, view);
                },
                0, "getBranding"});

    router.add({"PUT", "/api/v1/branding", "branding.manage",
                [service](Request& request, Response& response) {
                    const auto changes = ChangeReader().read(request.jsonBody());
                    writeView(response,
                              service->update(changes, ifMatch(request), actorOf(request)));
                },
                64 * 1024, "updateBranding"});

    router.add({"GET", "/api/v1/branding/contrast", Public,
                [](Request& request, Response& response) {
                    std::map<std::string, Text> errors;
                    const auto fg = colourQuery(request, "fg", errors);
                    const auto bg = colourQuery(request, "bg", errors);
                    if (!errors.empty())
                        throw Problem::validation(errors);
                    const double ratio = contrastRatio(fg, bg);
                    auto body = json::object();
                    body->set("fg", fg);
                    body->set("bg", bg);
                    body->set("ratio", std::round(ratio * 100.0) / 100.0);
                    body->set("minimum", kMinimumContrast);
                    body->set("passes_aa", ratio >= kMinimumContrast);
                    response.json(body);
                },
                0, "checkContrast"});

    router.add({"GET", "/api/v1/branding/assets/{kind}", Public,
                [service](Request& request, Response& response) {
                    const auto kind = kindOf(request);
                    auto content = service->asset(kind);
                    const auto etag = "\"" + content.sha256 + "\"";
                    response.headers["ETag"] = etag;
                    // The versioned URL from GET /branding never changes meaning, so it may be
                    // kept; any other address of the asset is revalidated.
                    const auto version = request.queryValue("v");
                    response.headers["Cache-Control"] =
                        version && !version->empty() && content.sha256.starts_with(*version) &&
                                version->size() >= 16
                            ? "public, max-age=31536000, immutable"
                            : "no-cache";
                    response.headers["X-Content-Type-Options"] = "nosniff";
                    if (content.mime == "image/svg+xml")
                        response.headers["Content-Security-Policy"] =
                            "default-src 'none'; style-src 'unsafe-inline'; sandbox";
                    const auto ifNoneMatch = request.header("If-None-Match");
                    if (!ifNoneMatch.empty() && entityTagMatches(ifNoneMatch, etag, true)) {
                        response.status = 304;
                        response.body.clear();
                        return;
                    }
                    response.status = 200;
                    response.contentType = content.mime;
                    response.body = std::move(content.bytes);
                },
                0, "getBrandingAsset"});

    // Twice the largest allowed file is read, so an oversize logo gets the service's specific
    // message (which names the limit for that kind) instead of the generic body-size refusal.
    router.add({"POST", "/api/v1/branding/assets/{kind}", "branding.manage",
                [service](Request& request, Response& response) {
                    const auto kind = kindOf(request);
                    writeView(response, service->setAsset(kind, request.body, ifMatch(request),
                                                          actorOf(request)));
                },
                2 * BrandingService::kLogoMaxBytes, "uploadBrandingAsset"});

    router.add({"DELETE", "/api/v1/branding/assets/{kind}", "branding.manage",
                [service](Request& request, Response& response) {
                    const auto kind = kindOf(request);
                    writeView(response,
                              service->removeAsset(kind, ifMatch(request), actorOf(request)));
                },
                0, "deleteBrandingAsset"});
}

} // namespace ey::branding
