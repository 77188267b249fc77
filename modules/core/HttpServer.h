// The HTTP listener: Poco's HTTPServer feeding the Router.
#pragma once

#include "Router.h"

#include <atomic>
#include <memory>
#include <string>

namespace Poco {
class ThreadPool;
}
namespace Poco::Net {
class HTTPServer;
}

namespace ey::core {

/// Listens on host:port (port 0 picks a free one) and serves the router until stop().
class HttpServer
{
public:
    HttpServer(Router& router, const std::string& host, int port, int maxThreads);
    ~HttpServer();
    void start();
    /// Ends open streams, then stops accepting and waits for running requests.
    void stop();
    int port() const { return m_port; }

private:
    Router& m_router;
    std::atomic<bool> m_stopping{false};
    /// Our own pool: Poco's default one is shared process-wide and capped at 16 threads, and every
    /// open event stream holds a thread for as long as it lives.
    std::unique_ptr<Poco::ThreadPool> m_pool;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    int m_port = 0;
};

} // namespace ey::core
