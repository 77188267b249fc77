// Adapts Poco's request/response objects to ours.
#include "HttpServer.h"

#include "Problem.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <chrono>
#include <istream>
#include <thread>

namespace ey::core {

namespace {

class RouterHandler : public Poco::Net::HTTPRequestHandler
{
public:
    RouterHandler(Router& router, const std::atomic<bool>& stopping)
        : m_router(router), m_stopping(stopping)
    {
    }

    void handleRequest(Poco::Net::HTTPServerRequest& in,
                       Poco::Net::HTTPServerResponse& out) override
    {
        Request request;
        request.method = in.getMethod();
        request.stopping = &m_stopping;
        request.clientIp = in.clientAddress().host().toString();
        Poco::URI uri(in.getURI());
        request.path = uri.getPath();
        for (const auto& [name, value] : uri.getQueryParameters())
            request.query.emplace(name, value);
        for (const auto& [name, value] : in)
            request.headers[name] = value;

        // Whatever part of a body the route did not read is drained before we answer: a client still
        // uploading would otherwise hit a reset instead of reading our 413, and bytes left unread
        // on a keep-alive connection would be parsed as the next request (a 401 that never looked
        // at the body, say). Past kDrainCap we stop reading and close the connection.
        bool drained = true;
        auto drain = [&in, &drained]() {
            std::istream& stream = in.stream();
            char buffer[8192];
            std::size_t discarded = 0;
            while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
                discarded += static_cast<std::size_t>(stream.gcount());
                if (discarded > kDrainCap) {
                    drained = false;
                    return;
                }
            }
        };
        bool bodyRead = false;
        auto readBody = [&in, &drain, &bodyRead](std::size_t limit) {
            bodyRead = true;
            if (in.hasContentLength() &&
                in.getContentLength64() > static_cast<Poco::Int64>(limit)) {
                drain();
                throw tooLarge(limit);
            }
            std::string body;
            std::istream& stream = in.stream();
            char buffer[8192];
            while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
                body.append(buffer, static_cast<std::size_t>(stream.gcount()));
                if (body.size() > limit) {
                    drain();
                    throw tooLarge(limit);
                }
            }
            return body;
        };

        Response response;
        m_router.dispatch(request, response, readBody);
        if (!bodyRead && !response.stream)
            drain();
        if (!drained)
            out.setKeepAlive(false);

        out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
        for (const auto& [name, value] : response.headers)
            out.set(name, value);
        for (const auto& cookie : response.cookies)
            out.add("Set-Cookie", cookie);
        if (response.stream) {
            out.setContentType(response.contentType);
            out.setChunkedTransferEncoding(true);
            out.set("Cache-Control", "no-cache");
            out.set("X-Accel-Buffering", "no");
            std::ostream& stream = out.send();
            stream.flush();
            response.stream(stream);
            return;
        }
        if (response.status == 204 || response.status == 304) {
            out.send();
            return;
        }
        out.setContentType(response.contentType);
        out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        if (request.method == "HEAD") {
            out.send();
            return;
        }
        out.sendBuffer(response.body.data(), response.body.size());
    }

private:
    static constexpr std::size_t kDrainCap = 32 * 1024 * 1024;
    static Problem tooLarge(std::size_t limit)
    {
        const auto kib = std::to_string(limit / 1024);
        return Problem::tooLarge({"Data yang dikirim melebihi batas " + kib + " KiB.",
                                  "The request body exceeds the " + kib + " KiB limit."});
    }
    Router& m_router;
    const std::atomic<bool>& m_stopping;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Factory(Router& router, const std::atomic<bool>& stopping)
        : m_router(router), m_stopping(stopping)
    {
    }
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new RouterHandler(m_router, m_stopping);
    }

private:
    Router& m_router;
    const std::atomic<bool>& m_stopping;
};

} // namespace

HttpServer::HttpServer(Router& router, const std::string& host, int port, int maxThreads)
    : m_router(router)
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(host, static_cast<Poco::UInt16>(port)),
                                   128);
    m_port = socket.address().port();
    auto* params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(maxThreads);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setTimeout(Poco::Timespan(60, 0));
    m_pool = std::make_unique<Poco::ThreadPool>(2, maxThreads < 2 ? 2 : maxThreads, 60);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new Factory(m_router, m_stopping), *m_pool,
                                                       socket, params);
}

HttpServer::~HttpServer()
{
    if (!m_stopping)
        stop();
}

void HttpServer::start()
{
    m_server->start();
}

void HttpServer::stop()
{
    m_stopping = true;
    m_server->stopAll(true);
    // Streams notice m_stopping within a heartbeat; wait for them so no handler outlives us.
    for (int i = 0; i < 100 && m_server->currentConnections() > 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

} // namespace ey::core
