// ey_bench_http: starts the real eksporyuk-server (embedded PostgreSQL, demo data) as a child
// process, drives GET /api/v1/branding and the ticket list from keep-alive loopback clients, and
// prints requests/s, latency percentiles and the server's peak RSS. Figures, never pass/fail.
//
// Usage: ey_bench_http <path-to-eksporyuk-server> [seconds-per-scenario=10] [connections=8]
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Pipe.h>
#include <Poco/Process.h>
#include <Poco/StreamCopier.h>
#include <Poco/TemporaryFile.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

constexpr int kPort = 18777;
using Clock = std::chrono::steady_clock;

struct Reply
{
    int status = 0;
    std::string body;
};

Reply call(Poco::Net::HTTPClientSession& session, const std::string& method,
           const std::string& path, const std::string& token, const std::string& body = {})
{
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setKeepAlive(true);
    if (!token.empty())
        request.set("Authorization", "Bearer " + token);
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

long peakRssKb(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

void runScenario(const std::string& name, const std::string& path, const std::string& token,
                 int seconds, int connections, long serverPid)
{
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(connections));
    std::atomic<long> errors{0};
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> workers;
    for (int c = 0; c < connections; ++c) {
        workers.emplace_back([&, c] {
            Poco::Net::HTTPClientSession session("127.0.0.1", kPort);
            session.setKeepAlive(true);
            auto& mine = latencies[static_cast<std::size_t>(c)];
            while (Clock::now() < deadline) {
                const auto start = Clock::now();
                try {
                    if (call(session, "GET", path, token).status != 200)
                        ++errors;
                } catch (const std::exception&) {
                    ++errors;
                    session.reset();
                }
                mine.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    std::vector<double> all;
    for (const auto& list : latencies)
        all.insert(all.end(), list.begin(), list.end());
    std::sort(all.begin(), all.end());
    const auto pct = [&](double p) {
        return all.empty() ? 0.0 : all[static_cast<std::size_t>(p * (all.size() - 1))];
    };
    std::printf("%-28s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  requests %zu  errors "
                "%ld  server peak RSS %ld KiB\n",
                name.c_str(), all.size() / static_cast<double>(seconds), pct(0.50), pct(0.99),
                all.empty() ? 0 : all.back(), all.size(), errors.load(), peakRssKb(serverPid));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: ey_bench_http <eksporyuk-server> [seconds=10] [connections=8]\n";
        return 2;
    }
    const int seconds = argc > 2 ? std::stoi(argv[2]) : 10;
    const int connections = argc > 3 ? std::stoi(argv[3]) : 8;
    const std::string dataDir = "/tmp/ey-bench-" + std::to_string(::getpid());

    Poco::Process::Args args{"--data-dir", dataDir, "--port", std::to_string(kPort), "--demo"};
    Poco::Pipe out;
    auto server = Poco::Process::launch(argv[1], args, nullptr, &out, &out);
    std::thread drain([&out] {
        char buffer[4096];
        while (out.readBytes(buffer, sizeof buffer) > 0) {
        }
    });
    // Wait for readiness.
    bool ready = false;
    for (int i = 0; i < 240 && !ready; ++i) {
        try {
            Poco::Net::HTTPClientSession probe("127.0.0.1", kPort);
            ready = call(probe, "GET", "/readyz", "").status == 200;
        } catch (const std::exception&) {
        }
        if (!ready)
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    if (!ready) {
        std::cerr << "the server did not become ready\n";
        Poco::Process::kill(server);
        drain.join();
        return 1;
    }

    Poco::Net::HTTPClientSession session("127.0.0.1", kPort);
    const auto login = call(session, "POST", "/api/v1/auth/login", "",
                            R"({"email":"admin@demo.eksporyuk.test","password":"eksporyuk-demo"})");
    Poco::JSON::Parser parser;
    const auto token =
        parser.parse(login.body).extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("token");
    // A queue worth listing: 500 tickets.
    for (int i = 0; i < 500; ++i) {
        call(
            session, "POST", "/api/v1/tickets", token,
            R"({"title":"Tiket uji beban )" + std::to_string(i) +
                R"(","category":"bug_sistem","description":"Halaman lambat dibuka.","priority":"medium"})");
    }

    std::printf(
        "eksporyuk-server benchmark: %d connections, %d s per scenario, loopback, %u cores\n",
        connections, seconds, std::thread::hardware_concurrency());
    runScenario("GET /api/v1/branding", "/api/v1/branding", "", seconds, connections, server.id());
    runScenario("GET /api/v1/tickets?limit=50", "/api/v1/tickets?limit=50", token, seconds,
                connections, server.id());

    Poco::Process::requestTermination(server.id());
    server.wait();
    drain.join();
    std::error_code ignored;
    std::filesystem::remove_all(dataDir, ignored);
    return 0;
}
