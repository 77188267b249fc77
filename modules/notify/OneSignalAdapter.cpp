// OneSignal: JSON POST with "Authorization: Key ..."; 200 {"id": "<uuid>"} means sent, while an
// empty or absent id means nothing was sent even on HTTP 200 (errors tell why).
#include "OneSignalAdapter.h"

#include "ProviderHttp.h"

#include "Json.h"

#include <Poco/Exception.h>

namespace ey::notify {

namespace {

core::json::ObjectPtr bothLanguages(const std::string& text)
{
    auto object = core::json::object();
    object->set("en", text);
    object->set("id", text);
    return object;
}

/// OneSignal's "errors": an array of strings, or an object such as {"invalid_aliases": {...}}.
std::string errorsText(const core::json::ObjectPtr& answer)
{
    if (!answer->has("errors") || answer->isNull("errors"))
        return {};
    if (const auto list = answer->getArray("errors")) {
        std::string text;
        for (std::size_t i = 0; i < list->size(); ++i) {
            if (!text.empty())
                text += "; ";
            text += list->get(static_cast<unsigned>(i)).toString();
        }
        return text;
    }
    if (const auto object = answer->getObject("errors"))
        return core::json::stringify(object);
    return answer->get("errors").toString();
}

} // namespace

OneSignalSettings OneSignalSettings::fromConfig(const core::Config& config)
{
    OneSignalSettings settings;
    settings.baseUrl = config.value("onesignal.base_url", settings.baseUrl);
    settings.appId = config.value("onesignal.app_id");
    settings.apiKey = config.value("onesignal.api_key");
    return settings;
}

OneSignalAdapter::OneSignalAdapter(OneSignalSettings settings) : m_settings(std::move(settings)) {}

bool OneSignalAdapter::configured() const
{
    return !m_settings.appId.empty() && !m_settings.apiKey.empty() && !m_settings.baseUrl.empty();
}

std::string OneSignalAdapter::queuedBody(const std::string& title, const std::string& message,
                                         const std::string& redirect, const std::string& sourceId)
{
    auto body = core::json::object();
    body->set("headings", bothLanguages(title));
    // OneSignal refuses empty contents; a title-only notification repeats the title.
    body->set("contents", bothLanguages(message.empty() ? title : message));
    auto data = core::json::object();
    data->set("redirect", redirect);
    data->set("source_id", sourceId);
    body->set("data", data);
    return core::json::stringify(body);
}

std::string OneSignalAdapter::requestBody(const OutboundMessage& message) const
{
    const auto stored = core::json::parse(message.body).extract<core::json::ObjectPtr>();
    auto body = core::json::object();
    body->set("app_id", m_settings.appId);
    auto externalIds = core::json::array();
    externalIds->add(message.recipient);
    auto aliases = core::json::object();
    aliases->set("external_id", externalIds);
    body->set("include_aliases", aliases);
    body->set("target_channel", "push");
    for (const char* field : {"headings", "contents", "data"}) {
        if (stored->has(field))
            body->set(field, stored->get(field));
    }
    body->set("idempotency_key", message.id);
    return core::json::stringify(body);
}

SendResult OneSignalAdapter::send(const OutboundMessage& message)
{
    SendResult result;
    if (!configured()) {
        result.error = "OneSignal is not configured";
        return result;
    }
    try {
        const auto answer = core::providerPost(
            m_settings.baseUrl, "/notifications?c=push", "application/json", requestBody(message),
            {{"Authorization", "Key " + m_settings.apiKey}}, m_settings.timeoutSeconds);
        core::json::ObjectPtr parsed;
        try {
            parsed = core::json::parse(answer.body).extract<core::json::ObjectPtr>();
        } catch (const std::exception&) {
        }
        const std::string errors = parsed ? errorsText(parsed) : std::string();
        if (answer.status == 200) {
            if (!parsed) {
                result.error = "unreadable answer: " + core::clipProviderText(answer.body, 300);
                return result;
            }
            const std::string id = parsed->has("id") && !parsed->isNull("id")
                                       ? parsed->get("id").toString()
                                       : std::string();
            if (id.empty()) {
                // Nothing was sent (for example no subscribed device yet): kept and retried.
                result.error = core::clipProviderText(
                    errors.empty() ? "OneSignal answered without a notification id" : errors, 300);
                return result;
            }
            result.outcome = SendResult::Outcome::Sent;
            result.providerMessageId = id;
            result.error = core::clipProviderText(errors, 300);
            return result;
        }
        result.error = "HTTP " + std::to_string(answer.status) + ": " +
                       core::clipProviderText(errors.empty() ? answer.body : errors, 300);
        // A 400 names a request OneSignal will never accept; 401/403 (key), 429 and 5xx pass.
        if (answer.status == 400)
            result.outcome = SendResult::Outcome::Rejected;
    } catch (const Poco::Exception& e) {
        result.error = core::clipProviderText(e.displayText(), 300);
    } catch (const std::exception& e) {
        result.error = core::clipProviderText(e.what(), 300);
    }
    return result;
}

} // namespace ey::notify
