// Test fake: a local HTTP server standing in for a provider's API (Pusher, OneSignal). It records
// every request and answers through a handler the test sets, so each test speaks the provider's
// documented wire format without leaving the machine.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ey::test {

struct ProviderRequest
{
    std::string method;
    std::string uri; ///< path and query, as sent
    std::map<std::string, std::string> headers;
    std::string body;
};

struct ProviderReply
{
    int status = 200;
    std::string body = "{}";
};

class FakeProvider
{
public:
    using Handler = std::function<ProviderReply(const ProviderRequest&)>;

    FakeProvider()
    {
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
        m_port = socket.address().port();
        auto* params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(4);
        m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(*this), socket, params);
        m_server->start();
    }
    ~FakeProvider() { m_server->stopAll(true); }

    std::string baseUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    void setHandler(Handler handler)
    {
        std::lock_guard lock(m_mutex);
        m_handler = std::move(handler);
    }
    /// Every request so far, including refused ones.
    std::vector<ProviderRequest> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }

private:
    class RequestHandler : public Poco::Net::HTTPRequestHandler
    {
    public:
        explicit RequestHandler(FakeProvider& fake) : m_fake(fake) {}
        void handleRequest(Poco::Net::HTTPServerRequest& request,
                           Poco::Net::HTTPServerResponse& response) override
        {
            ProviderRequest received{request.getMethod(), request.getURI(), {}, {}};
            for (const auto& [name, value] : request)
                received.headers[name] = value;
            Poco::StreamCopier::copyToString(request.stream(), received.body);
            Handler handler;
            {
                std::lock_guard lock(m_fake.m_mutex);
                m_fake.m_received.push_back(received);
                handler = m_fake.m_handler;
            }
            const ProviderReply reply = handler ? handler(received) : ProviderReply{};
            response.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
            response.setContentType("application/json");
            response.sendBuffer(reply.body.data(), reply.body.size());
        }

    private:
        FakeProvider& m_fake;
    };
    class Factory : public Poco::Net::HTTPRequestHandlerFactory
    {
    public:
        explicit Factory(FakeProvider& fake) : m_fake(fake) {}
        Poco::Net::HTTPRequestHandler*
        createRequestHandler(const Poco::Net::HTTPServerRequest&) override
        {
            return new RequestHandler(m_fake);
        }

    private:
        FakeProvider& m_fake;
    };

    int m_port = 0;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    mutable std::mutex m_mutex;
    Handler m_handler;
    std::vector<ProviderRequest> m_received;
};

} // namespace ey::test
