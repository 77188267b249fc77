// Configuration defaults and environment overrides.
#include "Config.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <unistd.h>

extern char** environ;

namespace ey::core {

namespace {
std::optional<std::string> env(const char* name)
{
    const char* value = std::getenv(name);
    if (!value || !*value)
        return std::nullopt;
    return std::string(value);
}
} // namespace

std::string Config::value(const std::string& key, const std::string& fallback) const
{
    const auto it = values.find(key);
    return it == values.end() ? fallback : it->second;
}

std::int64_t Config::integer(const std::string& key, std::int64_t fallback, std::int64_t min,
                             std::int64_t max) const
{
    const auto text = value(key);
    std::int64_t number = 0;
    const auto* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, number);
    if (text.empty() || error != std::errc() || stop != end)
        return fallback;
    return std::clamp(number, min, max);
}

std::string Config::defaultDataDir()
{
    if (geteuid() == 0)
        return "/var/lib/eksporyuk";
    if (auto xdg = env("XDG_DATA_HOME"))
        return *xdg + "/eksporyuk";
    if (auto home = env("HOME"))
        return *home + "/.local/share/eksporyuk";
    return "./eksporyuk-data";
}

void Config::applyEnvironment()
{
    if (auto v = env("EY_DATABASE_URL"))
        databaseUrl = *v;
    if (auto v = env("EY_DATA_DIR"))
        dataDir = *v;
    if (auto v = env("EY_HOST"))
        host = *v;
    if (auto v = env("EY_PORT"))
        port = std::stoi(*v);
    if (auto v = env("EY_DEMO"))
        demo = *v == "1" || *v == "true";
    if (auto v = env("EY_LOG_LEVEL"))
        logLevel = *v;
    if (auto v = env("EY_PUBLIC_URL"))
        publicUrl = *v;
    if (auto v = env("EY_PG_BINDIR"))
        pgBinDir = *v;
    if (auto v = env("EY_CLUSTER_USER"))
        clusterUser = *v;
    // Provider settings by environment: EY_MAILKETING_API_TOKEN -> mailketing.api_token, and so on.
    static const char* const kSections[] = {
        "MAILKETING", "PUSHER", "ONESIGNAL", "XENDIT",   "EVENTS",   "OUTBOUND", "PASSWORD",
        "STARSENDER", "FONNTE", "WHATSAPP",  "PAYMENTS", "COMMERCE", "PARTNER",
        "GOOGLE",     "DIRECTORY", "API_TOKENS"};
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text = *entry;
        const auto equals = text.find('=');
        if (equals == std::string::npos || !text.starts_with("EY_"))
            continue;
        const std::string name = text.substr(3, equals - 3);
        for (const char* section : kSections) {
            const std::string prefix = std::string(section) + "_";
            if (!name.starts_with(prefix) || name.size() == prefix.size())
                continue;
            std::string key = std::string(section) + "." + name.substr(prefix.size());
            for (auto& c : key)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            values[key] = text.substr(equals + 1);
        }
    }
}

std::string Config::effectivePublicUrl() const
{
    if (!publicUrl.empty())
        return publicUrl;
    const std::string shownHost = (host == "0.0.0.0" || host.empty()) ? "127.0.0.1" : host;
    return "http://" + shownHost + ":" + std::to_string(port);
}

} // namespace ey::core
