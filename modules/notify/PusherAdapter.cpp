// Pusher: POST /apps/<app_id>/events with auth_key, auth_timestamp, auth_version, body_md5 and
// auth_signature in the query string; answers 200 {} when the event was accepted.
#include "PusherAdapter.h"

#include "ProviderHttp.h"

#include "Json.h"

#include <Poco/DigestEngine.h>
#include <Poco/Exception.h>
#include <Poco/MD5Engine.h>

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace ey::notify {

namespace {

std::string hex(const unsigned char* bytes, std::size_t size)
{
    static const char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        text += digits[bytes[i] >> 4];
        text += digits[bytes[i] & 0x0F];
    }
    return text;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

} // namespace

PusherSettings PusherSettings::fromConfig(const core::Config& config)
{
    PusherSettings settings;
    settings.appId = config.value("pusher.app_id");
    settings.key = config.value("pusher.key");
    settings.secret = config.value("pusher.secret");
    settings.cluster = config.value("pusher.cluster");
    settings.baseUrl = config.value("pusher.base_url");
    return settings;
}

std::string PusherSettings::endpoint() const
{
    if (!baseUrl.empty())
        return baseUrl;
    if (!cluster.empty())
        return "https://api-" + cluster + ".pusher.com";
    return {};
}

PusherAdapter::PusherAdapter(PusherSettings settings, const core::Clock& clock)
    : m_settings(std::move(settings)), m_clock(clock)
{
}

bool PusherAdapter::configured() const
{
    return !m_settings.appId.empty() && !m_settings.key.empty() && !m_settings.secret.empty() &&
           !m_settings.endpoint().empty();
}

std::string PusherAdapter::md5Hex(const std::string& data)
{
    Poco::MD5Engine md5;
    md5.update(data);
    return Poco::DigestEngine::digestToHex(md5.digest());
}

std::string PusherAdapter::hmacSha256Hex(const std::string& key, const std::string& data)
{
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                                key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                  data.size());
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    return hex(mac, sizeof mac);
}

std::string PusherAdapter::authSignature(const std::string& secret, const std::string& method,
                                         const std::string& path,
                                         const std::map<std::string, std::string>& params)
{
    // Keys lower-cased and sorted, values not URL-escaped: Pusher's documented string to sign.
    std::map<std::string, std::string> sorted;
    for (const auto& [key, value] : params) {
        if (lower(key) != "auth_signature")
            sorted[lower(key)] = value;
    }
    std::string query;
    for (const auto& [key, value] : sorted) {
        if (!query.empty())
            query += '&';
        query += key + '=' + value;
    }
    return hmacSha256Hex(secret, method + '\n' + path + '\n' + query);
}

std::string PusherAdapter::signedQuery(const std::string& appId, const std::string& key,
                                       const std::string& secret, const std::string& body,
                                       std::int64_t timestampSeconds)
{
    const std::map<std::string, std::string> params{
        {"auth_key", key},
        {"auth_timestamp", std::to_string(timestampSeconds)},
        {"auth_version", "1.0"},
        {"body_md5", md5Hex(body)}};
    std::string query;
    for (const auto& [name, value] : params)
        query += name + '=' + value + '&';
    return query +
           "auth_signature=" + authSignature(secret, "POST", "/apps/" + appId + "/events", params);
}

std::string PusherAdapter::channelAuth(const std::string& socketId,
                                       const std::string& channelName) const
{
    return m_settings.key + ':' + hmacSha256Hex(m_settings.secret, socketId + ':' + channelName);
}

std::vector<std::string> PusherAdapter::channelsFor(const Audience& audience)
{
    // Someone who may see everything needs no narrower copy of the same event.
    if (audience.everyone)
        return {"public-everyone"};
    std::vector<std::string> channels;
    for (const auto& userId : audience.userIds) {
        auto name = "private-user-" + userId;
        if (std::find(channels.begin(), channels.end(), name) == channels.end())
            channels.push_back(std::move(name));
    }
    if (!audience.permission.empty())
        channels.push_back("private-permission-" + audience.permission);
    return channels;
}

std::string PusherAdapter::triggerBody(const std::string& channelName, const std::string& event,
                                       const std::string& dataJson, std::int64_t eventId)
{
    std::string data = dataJson;
    if (data.size() > kMaxDataBytes) {
        auto reference = core::json::object();
        reference->set("id", eventId);
        reference->set("event", event);
        data = core::json::stringify(reference);
    }
    auto body = core::json::object();
    body->set("name", event);
    body->set("channel", channelName);
    body->set("data", data);
    return core::json::stringify(body);
}

SendResult PusherAdapter::send(const OutboundMessage& message)
{
    SendResult result;
    if (!configured()) {
        result.error = "Pusher is not configured";
        return result;
    }
    try {
        const auto query = signedQuery(m_settings.appId, m_settings.key, m_settings.secret,
                                       message.body, m_clock.nowMs() / 1000);
        const auto answer = core::providerPost(
            m_settings.endpoint(), "/apps/" + m_settings.appId + "/events?" + query,
            "application/json", message.body, {}, m_settings.timeoutSeconds);
        if (answer.status == 200) {
            result.outcome = SendResult::Outcome::Sent;
            return result;
        }
        result.error = "HTTP " + std::to_string(answer.status) + ": " +
                       core::clipProviderText(answer.body, 300);
        // 400 (malformed) and 413 (too large) can never succeed; 401/403 (credentials, disabled
        // app, quota) and 5xx are fixed by an admin or by time, so the event waits.
        if (answer.status == 400 || answer.status == 413)
            result.outcome = SendResult::Outcome::Rejected;
    } catch (const Poco::Exception& e) {
        result.error = core::clipProviderText(e.displayText(), 300);
    } catch (const std::exception& e) {
        result.error = core::clipProviderText(e.what(), 300);
    }
    return result;
}

} // namespace ey::notify
