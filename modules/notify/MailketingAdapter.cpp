// Mailketing: application/x-www-form-urlencoded POST, JSON answer
// {"status":"success"|"failed","response":...}.
#include "MailketingAdapter.h"

#include "Json.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <memory>
#include <mutex>

namespace ey::notify {

namespace {

Poco::Net::Context::Ptr tlsContext()
{
    // One client context for the process: system CA store, certificate and host name verified.
    static std::once_flag once;
    static Poco::Net::Context::Ptr context;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                         Poco::Net::Context::VERIFY_RELAXED, 9, true);
    });
    return context;
}

bool permanentFailure(const std::string& reason)
{
    // Mailketing's documented answers that no retry can fix: the address or the message itself is
    // unacceptable. Token, sender and credit problems are fixed by an admin, so those messages
    // wait.
    return reason.find("Blacklisted") != std::string::npos ||
           reason.starts_with("Empty Recipient") || reason.starts_with("Empty Subject") ||
           reason.starts_with("Empty Content");
}

std::string clip(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end; // never cut a UTF-8 sequence in half
    return text.substr(0, end) + "…";
}

} // namespace

MailketingSettings MailketingSettings::fromConfig(const core::Config& config)
{
    MailketingSettings settings;
    settings.baseUrl = config.value("mailketing.base_url", settings.baseUrl);
    settings.apiToken = config.value("mailketing.api_token");
    settings.fromEmail = config.value("mailketing.from_email");
    settings.fromName = config.value("mailketing.from_name", settings.fromName);
    return settings;
}

MailketingAdapter::MailketingAdapter(MailketingSettings settings) : m_settings(std::move(settings))
{
}

bool MailketingAdapter::configured() const
{
    return !m_settings.apiToken.empty() && !m_settings.fromEmail.empty() &&
           !m_settings.fromName.empty() && !m_settings.baseUrl.empty();
}

SendResult MailketingAdapter::send(const EmailMessage& message)
{
    SendResult result;
    if (!configured()) {
        result.error = "Mailketing is not configured";
        return result;
    }
    try {
        const Poco::URI base(m_settings.baseUrl);
        std::string path = base.getPath();
        while (!path.empty() && path.back() == '/')
            path.pop_back();
        path += "/api/v1/send";

        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (base.getScheme() == "https")
            session = std::make_unique<Poco::Net::HTTPSClientSession>(base.getHost(),
                                                                      base.getPort(), tlsContext());
        else
            session =
                std::make_unique<Poco::Net::HTTPClientSession>(base.getHost(), base.getPort());
        session->setTimeout(Poco::Timespan(m_settings.timeoutSeconds, 0));

        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path,
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        Poco::Net::HTMLForm form;
        form.setEncoding(Poco::Net::HTMLForm::ENCODING_URL);
        form.set("api_token", m_settings.apiToken);
        form.set("from_name", m_settings.fromName);
        form.set("from_email", m_settings.fromEmail);
        form.set("recipient", message.recipient);
        form.set("subject", message.subject);
        form.set("content", message.html);
        form.prepareSubmit(request);
        request.set("Accept", "application/json");
        form.write(session->sendRequest(request));

        Poco::Net::HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(session->receiveResponse(response), body);
        if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
            result.error = "HTTP " + std::to_string(static_cast<int>(response.getStatus())) + ": " +
                           clip(body, 300);
            return result;
        }
        core::json::ObjectPtr answer;
        try {
            answer = core::json::parse(body).extract<core::json::ObjectPtr>();
        } catch (const std::exception&) {
            result.error = "unreadable answer: " + clip(body, 300);
            return result;
        }
        const auto status = answer->optValue<std::string>("status", "");
        const auto reason =
            answer->has("response") ? answer->get("response").toString() : std::string();
        if (status == "success") {
            result.outcome = SendResult::Outcome::Sent;
            // Mailketing answers without a message id today; keep one if it ever sends it.
            for (const char* key : {"message_id", "id"}) {
                if (answer->has(key) && !answer->get(key).isEmpty())
                    result.providerMessageId = answer->get(key).toString();
            }
            return result;
        }
        result.error = clip(reason.empty() ? body : reason, 300);
        if (permanentFailure(reason))
            result.outcome = SendResult::Outcome::Rejected;
        return result;
    } catch (const Poco::Exception& e) {
        result.error = clip(e.displayText(), 300);
    } catch (const std::exception& e) {
        result.error = clip(e.what(), 300);
    }
    return result;
}

} // namespace ey::notify
