// ey_bench_http: starts the real eksporyuk-server (embedded PostgreSQL, demo data) as a child
// process, drives GET /api/v1/branding and the ticket list from keep-alive loopback clients, and
// prints requests/s, latency percentiles and the server's peak RSS. Figures, never pass/fail.
//
// Usage: ey_bench_http <path-to-eksporyuk-server> [seconds-per-scenario=10] [connections=8]
#include "BenchSupport.h"

#include <atomic>
#include <iostream>

namespace {

using namespace ey::bench;

constexpr int kPort = 18777;

void runScenario(const ServerProcess& server, const std::string& name, const std::string& path,
                 const std::string& token, int seconds, int connections)
{
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(connections));
    std::atomic<long> errors{0};
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    std::vector<std::thread> workers;
    for (int c = 0; c < connections; ++c) {
        workers.emplace_back([&, c] {
            auto session = server.session();
            auto& mine = latencies[static_cast<std::size_t>(c)];
            while (Clock::now() < deadline) {
                const auto start = Clock::now();
                try {
                    if (call(*session, "GET", path, token).status != 200)
                        ++errors;
                } catch (const std::exception&) {
                    ++errors;
                    session->reset();
                }
                mine.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - start).count());
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    Latencies all;
    for (const auto& list : latencies)
        all.add(list);
    std::printf("%-28s %9.0f req/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  requests %zu  errors "
                "%ld  server peak RSS %ld KiB\n",
                name.c_str(), static_cast<double>(all.ms.size()) / seconds, all.percentile(0.50),
                all.percentile(0.99), all.percentile(1.0), all.ms.size(), errors.load(),
                peakRssKb(server.pid()));
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
    try {
        ServerProcess server(argv[1], kPort);
        const auto token = server.login("admin");
        // A queue worth listing: 500 tickets.
        auto session = server.session();
        for (int i = 0; i < 500; ++i) {
            call(
                *session, "POST", "/api/v1/tickets", token,
                R"({"title":"Tiket uji beban )" + std::to_string(i) +
                    R"(","category":"bug_sistem","description":"Halaman lambat dibuka.","priority":"medium"})");
        }
        std::printf(
            "eksporyuk-server benchmark: %d connections, %d s per scenario, loopback, %u cores\n",
            connections, seconds, std::thread::hardware_concurrency());
        runScenario(server, "GET /api/v1/branding", "/api/v1/branding", "", seconds, connections);
        runScenario(server, "GET /api/v1/tickets?limit=50", "/api/v1/tickets?limit=50", token,
                    seconds, connections);
    } catch (const std::exception& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    return 0;
}
