// Starsender: JSON POST with the raw device key in Authorization; the answer
// {"success": true|false, "data": {...}, "message": "..."} decides, not the HTTP status alone.
#include "StarsenderAdapter.h"

#include "ProviderHttp.h"

#include "Json.h"

#include <Poco/Exception.h>

namespace ey::notify {

namespace {

/// Starsender's message id, when its answer carries one (data.id or data.message_id).
std::optional<std::string> messageIdOf(const core::json::ObjectPtr& answer)
{
    const auto data = answer->getObject("data");
    if (!data)
        return std::nullopt;
    for (const char* key : {"id", "message_id", "messageId"}) {
        if (data->has(key) && !data->isNull(key)) {
            const auto text = data->get(key).toString();
            if (!text.empty())
                return text;
        }
    }
    return std::nullopt;
}

} // namespace

StarsenderSettings StarsenderSettings::fromConfig(const core::Config& config)
{
    StarsenderSettings settings;
    settings.baseUrl = config.value("starsender.base_url", settings.baseUrl);
    settings.apiKey = config.value("starsender.api_key");
    return settings;
}

StarsenderAdapter::StarsenderAdapter(StarsenderSettings settings) : m_settings(std::move(settings))
{
}

bool StarsenderAdapter::configured() const
{
    return !m_settings.apiKey.empty() && !m_settings.baseUrl.empty();
}

std::string StarsenderAdapter::requestBody(const OutboundMessage& message)
{
    auto body = core::json::object();
    body->set("messageType", "text");
    body->set("to", message.recipient);
    body->set("body", message.body);
    return core::json::stringify(body);
}

SendResult StarsenderAdapter::send(const OutboundMessage& message)
{
    SendResult result;
    if (!configured()) {
        result.error = "Starsender is not configured";
        return result;
    }
    try {
        const auto answer = core::providerPost(
            m_settings.baseUrl, "/api/send", "application/json", requestBody(message),
            {{"Authorization", m_settings.apiKey}}, m_settings.timeoutSeconds);
        core::json::ObjectPtr parsed;
        try {
            parsed = core::json::parse(answer.body).extract<core::json::ObjectPtr>();
        } catch (const std::exception&) {
        }
        const std::string said = parsed && parsed->has("message") && !parsed->isNull("message")
                                     ? parsed->get("message").toString()
                                     : std::string();
        if (answer.status >= 200 && answer.status < 300) {
            if (!parsed) {
                result.error = "unreadable answer: " + core::clipProviderText(answer.body, 300);
                return result;
            }
            bool success = false;
            try {
                success = parsed->has("success") && parsed->get("success").convert<bool>();
            } catch (const Poco::Exception&) {
            }
            if (success) {
                result.outcome = SendResult::Outcome::Sent;
                result.providerMessageId = messageIdOf(parsed);
                return result;
            }
            // success:false on HTTP 200 is a failure (device offline, quota, key): the message
            // waits for its retry with the provider's own words kept for the admin.
            result.error = core::clipProviderText(
                said.empty() ? "Starsender answered success:false" : said, 300);
            return result;
        }
        result.error = "HTTP " + std::to_string(answer.status) + ": " +
                       core::clipProviderText(said.empty() ? answer.body : said, 300);
        // 400/422 name a request Starsender will never accept (malformed number or body);
        // 401/403 (key), 429 and 5xx are fixed by time or by an admin, so those wait.
        if (answer.status == 400 || answer.status == 422)
            result.outcome = SendResult::Outcome::Rejected;
    } catch (const Poco::Exception& e) {
        result.error = core::clipProviderText(e.displayText(), 300);
    } catch (const std::exception& e) {
        result.error = core::clipProviderText(e.what(), 300);
    }
    return result;
}

} // namespace ey::notify
