// Xendit adapter: one HTTP(S) session per invoice, TLS with the system CA store.
#include "XenditAdapter.h"

#include "Json.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPBasicCredentials.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <memory>
#include <mutex>

namespace ey::commerce {

namespace {

constexpr int kTimeoutSeconds = 20;

Poco::Net::Context::Ptr tlsContext()
{
    static std::once_flag once;
    static Poco::Net::Context::Ptr context;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                         Poco::Net::Context::VERIFY_RELAXED, 9, true);
    });
    return context;
}

std::string clip(const std::string& text)
{
    return text.size() <= 300 ? text : text.substr(0, 300);
}

} // namespace

XenditAdapter::XenditAdapter(const core::Config& config)
    : m_baseUrl(config.value("xendit.base_url", "https://api.xendit.co")),
      m_secretKey(config.value("xendit.secret_key")),
      m_callbackToken(config.value("xendit.callback_token")),
      m_publicUrl(config.effectivePublicUrl())
{
    while (!m_publicUrl.empty() && m_publicUrl.back() == '/')
        m_publicUrl.pop_back();
}

bool XenditAdapter::configured() const
{
    return !m_secretKey.empty() && !m_callbackToken.empty();
}

XenditInvoice XenditAdapter::createInvoice(const InvoiceRequest& invoice) const
{
    auto body = core::json::object();
    body->set("external_id", invoice.externalId);
    body->set("amount", invoice.amount);
    body->set("payer_email", invoice.payerEmail);
    body->set("description", invoice.description);
    body->set("currency", "IDR");
    body->set("success_redirect_url",
              m_publicUrl + "/checkout/success?invoice=" + invoice.externalId);
    body->set("failure_redirect_url",
              m_publicUrl + "/checkout/failed?invoice=" + invoice.externalId);
    const auto text = core::json::stringify(body);

    try {
        const Poco::URI base(m_baseUrl);
        std::string path = base.getPath();
        while (!path.empty() && path.back() == '/')
            path.pop_back();
        path += "/v2/invoices";

        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (base.getScheme() == "https")
            session = std::make_unique<Poco::Net::HTTPSClientSession>(base.getHost(),
                                                                      base.getPort(), tlsContext());
        else
            session =
                std::make_unique<Poco::Net::HTTPClientSession>(base.getHost(), base.getPort());
        session->setTimeout(Poco::Timespan(kTimeoutSeconds, 0));

        Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path,
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        request.setContentType("application/json");
        request.setContentLength(static_cast<std::streamsize>(text.size()));
        request.set("Accept", "application/json");
        // Xendit's API key is the Basic auth user name with an empty password.
        Poco::Net::HTTPBasicCredentials(m_secretKey, "").authenticate(request);
        session->sendRequest(request) << text;

        Poco::Net::HTTPResponse response;
        std::string answer;
        Poco::StreamCopier::copyToString(session->receiveResponse(response), answer);
        const auto status = static_cast<int>(response.getStatus());
        if (status < 200 || status >= 300)
            throw XenditError("Xendit answered HTTP " + std::to_string(status) + ": " +
                              clip(answer));
        const auto parsed = core::json::parse(answer);
        const auto object = parsed.extract<core::json::ObjectPtr>();
        XenditInvoice result;
        result.id = object->optValue<std::string>("id", "");
        result.invoiceUrl = object->optValue<std::string>("invoice_url", "");
        if (result.id.empty() || result.invoiceUrl.empty())
            throw XenditError("Xendit's answer has no invoice id or invoice_url: " + clip(answer));
        return result;
    } catch (const XenditError&) {
        throw;
    } catch (const Poco::Exception& e) {
        throw XenditError("Xendit could not be reached: " + e.displayText());
    } catch (const std::exception& e) {
        throw XenditError(std::string("Xendit could not be reached: ") + e.what());
    }
}

bool XenditAdapter::callbackTokenMatches(const std::string& token) const
{
    if (m_callbackToken.empty())
        return false;
    // Constant time over the expected token's length: the time taken tells nothing about how
    // much of a guess was right.
    unsigned char diff = token.size() == m_callbackToken.size() ? 0 : 1;
    for (std::size_t i = 0; i < m_callbackToken.size(); ++i) {
        const unsigned char given = i < token.size() ? static_cast<unsigned char>(token[i]) : 0;
        diff |= static_cast<unsigned char>(given ^ static_cast<unsigned char>(m_callbackToken[i]));
    }
    return diff == 0;
}

} // namespace ey::commerce
