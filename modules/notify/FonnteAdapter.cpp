// Fonnte: urlencoded form POST with the raw device token in Authorization; the answer's "status"
// decides ({"status":false,"reason":"token invalid"} arrives with HTTP 200).
#include "FonnteAdapter.h"

#include "ProviderHttp.h"

#include "Json.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>

#include <sstream>

namespace ey::notify {

namespace {

/// The first id of Fonnte's "id" array (one target, one id).
std::optional<std::string> messageIdOf(const core::json::ObjectPtr& answer)
{
    if (const auto ids = answer->getArray("id")) {
        if (ids->size() > 0 && !ids->isNull(0))
            return ids->get(0).toString();
        return std::nullopt;
    }
    if (answer->has("id") && !answer->isNull("id"))
        return answer->get("id").toString();
    return std::nullopt;
}

bool permanentFailure(const std::string& reason)
{
    // A number Fonnte says is not a valid target never becomes one by retrying; token, quota and
    // device problems are fixed by an admin, so those messages wait.
    return reason.find("invalid") != std::string::npos &&
           reason.find("target") != std::string::npos;
}

} // namespace

FonnteSettings FonnteSettings::fromConfig(const core::Config& config)
{
    FonnteSettings settings;
    settings.baseUrl = config.value("fonnte.base_url", settings.baseUrl);
    settings.token = config.value("fonnte.token");
    return settings;
}

FonnteAdapter::FonnteAdapter(FonnteSettings settings) : m_settings(std::move(settings)) {}

bool FonnteAdapter::configured() const
{
    return !m_settings.token.empty() && !m_settings.baseUrl.empty();
}

std::string FonnteAdapter::requestBody(const OutboundMessage& message)
{
    Poco::Net::HTMLForm form;
    form.setEncoding(Poco::Net::HTMLForm::ENCODING_URL);
    form.set("target", message.recipient);
    form.set("message", message.body);
    std::ostringstream out;
    form.write(out);
    return out.str();
}

SendResult FonnteAdapter::send(const OutboundMessage& message)
{
    SendResult result;
    if (!configured()) {
        result.error = "Fonnte is not configured";
        return result;
    }
    try {
        const auto answer = core::providerPost(
            m_settings.baseUrl, "/send", "application/x-www-form-urlencoded", requestBody(message),
            {{"Authorization", m_settings.token}}, m_settings.timeoutSeconds);
        core::json::ObjectPtr parsed;
        try {
            parsed = core::json::parse(answer.body).extract<core::json::ObjectPtr>();
        } catch (const std::exception&) {
        }
        const std::string reason = parsed && parsed->has("reason") && !parsed->isNull("reason")
                                       ? parsed->get("reason").toString()
                                       : std::string();
        if (answer.status >= 200 && answer.status < 300) {
            if (!parsed) {
                result.error = "unreadable answer: " + core::clipProviderText(answer.body, 300);
                return result;
            }
            bool status = false;
            try {
                status = parsed->has("status") && parsed->get("status").convert<bool>();
            } catch (const Poco::Exception&) {
            }
            if (status) {
                result.outcome = SendResult::Outcome::Sent;
                result.providerMessageId = messageIdOf(parsed);
                return result;
            }
            result.error = core::clipProviderText(
                reason.empty() ? "Fonnte answered status:false" : reason, 300);
            if (permanentFailure(reason))
                result.outcome = SendResult::Outcome::Rejected;
            return result;
        }
        result.error = "HTTP " + std::to_string(answer.status) + ": " +
                       core::clipProviderText(reason.empty() ? answer.body : reason, 300);
    } catch (const Poco::Exception& e) {
        result.error = core::clipProviderText(e.displayText(), 300);
    } catch (const std::exception& e) {
        result.error = core::clipProviderText(e.what(), 300);
    }
    return result;
}

} // namespace ey::notify
