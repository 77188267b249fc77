// Provider HTTP: one session per request, TLS with the system CA store and host name checks.
#include "ProviderHttp.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <memory>
#include <mutex>

namespace ey::core {

namespace {

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

std::unique_ptr<Poco::Net::HTTPClientSession> sessionFor(const Poco::URI& uri, int timeoutSeconds)
{
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (uri.getScheme() == "https")
        session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(),
                                                                  tlsContext());
    else
        session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    session->setTimeout(Poco::Timespan(timeoutSeconds, 0));
    return session;
}

ProviderAnswer receive(Poco::Net::HTTPClientSession& session)
{
    Poco::Net::HTTPResponse response;
    ProviderAnswer answer;
    Poco::StreamCopier::copyToString(session.receiveResponse(response), answer.body);
    answer.status = static_cast<int>(response.getStatus());
    return answer;
}

} // namespace

ProviderAnswer providerPost(const std::string& baseUrl, const std::string& pathAndQuery,
                            const std::string& contentType, const std::string& body,
                            const std::vector<std::pair<std::string, std::string>>& headers,
                            int timeoutSeconds)
{
    const Poco::URI base(baseUrl);
    std::string path = base.getPath();
    while (!path.empty() && path.back() == '/')
        path.pop_back();
    path += pathAndQuery;

    const auto session = sessionFor(base, timeoutSeconds);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType(contentType);
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    request.set("Accept", "application/json");
    for (const auto& [name, value] : headers)
        request.set(name, value);
    session->sendRequest(request) << body;
    return receive(*session);
}

ProviderAnswer providerGet(const std::string& url,
                           const std::vector<std::pair<std::string, std::string>>& headers,
                           int timeoutSeconds)
{
    const Poco::URI uri(url);
    const auto session = sessionFor(uri, timeoutSeconds);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathAndQuery(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Accept", "application/json");
    for (const auto& [name, value] : headers)
        request.set(name, value);
    session->sendRequest(request);
    return receive(*session);
}

std::string clipProviderText(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end) + "…";
}

} // namespace ey::core
