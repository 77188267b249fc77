// What every benchmark shares: the real eksporyuk-server as a child process on the embedded
// database, keep-alive loopback calls, latency percentiles and the server's peak RSS.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace ey::bench {

using Clock = std::chrono::steady_clock;

struct Reply
{
    int status = 0;
    std::string body;

    Poco::JSON::Object::Ptr json() const
    {
        Poco::JSON::Parser parser;
        return parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    }
};

inline Reply call(Poco::Net::HTTPClientSession& session, const std::string& method,
                  const std::string& path, const std::string& token, const std::string& body = {},
                  const std::map<std::string, std::string>& headers = {})
{
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
    for (const auto& [name, value] : headers)
        request.set(name, value);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    session.sendRequest(request) << body;
    Poco::Net::HTTPResponse response;
    auto& in = session.receiveResponse(response);
    Reply reply;
    reply.status = static_cast<int>(response.getStatus());
    Poco::StreamCopier::copyToString(in, reply.body);
    return reply;
}

inline long peakRssKb(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

/// Sorted latencies in milliseconds → the figures we quote.
struct Latencies
{
    std::vector<double> ms;

    void add(const std::vector<double>& more) { ms.insert(ms.end(), more.begin(), more.end()); }
    double percentile(double p)
    {
        if (ms.empty())
            return 0;
        std::sort(ms.begin(), ms.end());
        return ms[static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1))];
    }
};

/// eksporyuk-server with --demo in a fresh data directory, stopped and removed on destruction.
class ServerProcess
{
public:
    ServerProcess(const std::string& binary, int port,
                  const std::map<std::string, std::string>& environment = {})
        : m_port(port), m_dataDir("/tmp/ey-bench-" + std::to_string(::getpid()))
    {
        Poco::Process::Args args{"--data-dir", m_dataDir, "--port", std::to_string(port), "--demo"};
        Poco::Process::Env env(environment.begin(), environment.end());
        m_handle = std::make_unique<Poco::ProcessHandle>(
            Poco::Process::launch(binary, args, nullptr, &m_out, &m_out, env));
        m_drain = std::thread([this] {
            char buffer[4096];
            while (m_out.readBytes(buffer, sizeof buffer) > 0) {
            }
        });
        // Up to 3 minutes: a fresh data directory means initdb, every migration and the demo
        // script, which take over a minute on a busy 2-core machine.
        for (int i = 0; i < 720; ++i) {
            try {
                Poco::Net::HTTPClientSession probe("127.0.0.1", static_cast<Poco::UInt16>(port));
                if (call(probe, "GET", "/readyz", "").status == 200)
                    return;
            } catch (const std::exception&) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
        stop();
        throw std::runtime_error("the server did not become ready");
    }
    ~ServerProcess() { stop(); }

    long pid() const { return m_handle ? m_handle->id() : -1; }
    std::unique_ptr<Poco::Net::HTTPClientSession> session() const
    {
        auto session = std::make_unique<Poco::Net::HTTPClientSession>(
            "127.0.0.1", static_cast<Poco::UInt16>(m_port));
        session->setKeepAlive(true);
        return session;
    }
    std::string login(const std::string& who) const
    {
        auto s = session();
        const auto reply =
            call(*s, "POST", "/api/v1/auth/login", "",
                 R"({"email":")" + who + R"(@demo.eksporyuk.test","password":"eksporyuk-demo"})");
        if (reply.status != 200)
            throw std::runtime_error("login failed for " + who + ": " + reply.body);
        return reply.json()->getValue<std::string>("token");
    }

private:
    void stop()
    {
        if (!m_handle)
            return;
        Poco::Process::requestTermination(m_handle->id());
        m_handle->wait();
        m_handle.reset();
        m_drain.join();
        std::error_code ignored;
        std::filesystem::remove_all(m_dataDir, ignored);
    }

    int m_port;
    std::string m_dataDir;
    Poco::Pipe m_out;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
    std::thread m_drain;
};

} // namespace ey::bench
