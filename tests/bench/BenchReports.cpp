// ey_bench_reports: reports per second in a partner's bulk ZIP download and the server's memory
// while it streams. Starts the real eksporyuk-server (embedded PostgreSQL, demo partner), has
// clients finish the demo assessment through the public API, then downloads bulks of 100, 500 and
// 2,000 reports (each PDF rendered, stored, charged and written to the ZIP as it goes). Prints
// reports/s, time to the first byte and the server's resident memory sampled during each bulk,
// which must stay flat as the bulk grows. Figures, never pass/fail.
//
// Usage: ey_bench_reports <path-to-eksporyuk-server> [bulks=100,500,2000] [connections=8]
#include "BenchSupport.h"

#include <atomic>
#include <iostream>
#include <mutex>
#include <sstream>

namespace {

using namespace ey::bench;

constexpr int kPort = 18779;

long currentRssKb(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

std::vector<int> parseBulks(const std::string& text)
{
    std::vector<int> sizes;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        sizes.push_back(std::stoi(part));
    return sizes;
}

/// One finished client: start, every section answered in the middle of its scale, finish.
std::string finishedClient(Poco::Net::HTTPClientSession& session, int n)
{
    const auto started =
        call(session, "POST", "/api/v1/partner-events/EKSPOR2026/clients", "",
             R"({"email":"peserta)" + std::to_string(n) + R"(@bench.example","full_name":"Peserta )" +
                 std::to_string(n) + R"( Ekspor","organization":"PT Uji Beban"})");
    if (started.status != 201)
        throw std::runtime_error("start: " + std::to_string(started.status) + " " + started.body);
    const auto body = started.json();
    const auto id = body->getValue<std::string>("client_id");
    const auto token = body->getValue<std::string>("resume_token");
    const auto sections = body->getArray("sections");
    for (unsigned s = 0; s < sections->size(); ++s) {
        const auto section = sections->getObject(s);
        const auto questions = section->getArray("questions");
        std::string answers;
        for (unsigned q = 0; q < questions->size(); ++q) {
            const auto question = questions->getObject(q);
            const auto options = question->getArray("options");
            // A different answer per client and question, always one of the scale's values.
            const auto pick = options->getObject((static_cast<unsigned>(n) + q) % options->size());
            answers += (answers.empty() ? "\"" : ",\"") + question->getValue<std::string>("id") +
                       "\":" + std::to_string(pick->getValue<int>("value"));
        }
        const auto saved =
            call(session, "PUT",
                 "/api/v1/partner-assessment/" + id + "/sections/" +
                     section->getValue<std::string>("key"),
                 "", R"({"answers":{)" + answers + R"(},"elapsed_seconds":120})",
                 {{"X-Resume-Token", token}});
        if (saved.status != 200)
            throw std::runtime_error("save: " + std::to_string(saved.status) + " " + saved.body);
    }
    const auto finished = call(session, "POST", "/api/v1/partner-assessment/" + id + "/finish", "",
                               "{}", {{"X-Resume-Token", token}});
    if (finished.status != 200)
        throw std::runtime_error("finish: " + std::to_string(finished.status) + " " +
                                 finished.body);
    return id;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: ey_bench_reports <eksporyuk-server> [bulks=100,500,2000] "
                     "[connections=8]\n";
        return 2;
    }
    const auto bulks = parseBulks(argc > 2 ? argv[2] : "100,500,2000");
    const int connections = argc > 3 ? std::stoi(argv[3]) : 8;
    int total = 0;
    for (const int size : bulks)
        total += size;
    try {
        ServerProcess server(argv[1], kPort, {{"EY_PARTNER_CLIENT_STARTS_PER_MINUTE", "1000000"}});
        const auto admin = server.login("admin");
        const auto partner = server.login("partner");
        auto session = server.session();

        // The demo event and enough quota for every report of every bulk.
        const auto events = call(*session, "GET", "/api/v1/partner/events", partner);
        std::string eventId;
        const auto items = events.json()->getArray("items");
        for (unsigned i = 0; i < items->size(); ++i)
            if (items->getObject(i)->getValue<std::string>("reference_code") == "EKSPOR2026")
                eventId = items->getObject(i)->getValue<std::string>("id");
        if (eventId.empty())
            throw std::runtime_error("the demo event EKSPOR2026 is missing");
        const auto granted = call(*session, "POST", "/api/v1/admin/partner-events/" + eventId + "/quota",
                                  admin, R"({"delta":)" + std::to_string(total) +
                                             R"(,"reason":"bench"})");
        if (granted.status != 200)
            throw std::runtime_error("quota: " + granted.body);

        // Phase 1: the clients, through the public flow.
        std::vector<std::string> clients(static_cast<std::size_t>(total));
        std::atomic<int> next{0};
        std::atomic<long> errors{0};
        const auto fillStart = Clock::now();
        std::vector<std::thread> workers;
        for (int c = 0; c < connections; ++c)
            workers.emplace_back([&] {
                auto mine = server.session();
                for (int n = next.fetch_add(1); n < total; n = next.fetch_add(1)) {
                    try {
                        clients[static_cast<std::size_t>(n)] = finishedClient(*mine, n);
                    } catch (const std::exception& e) {
                        if (++errors == 1)
                            std::cerr << e.what() << "\n";
                        mine = server.session();
                    }
                }
            });
        for (auto& worker : workers)
            worker.join();
        const double fillSeconds = std::chrono::duration<double>(Clock::now() - fillStart).count();
        std::printf("clients: %d finished through the public API in %.1f s (%.0f clients/s, %ld "
                    "errors)\n",
                    total, fillSeconds, total / fillSeconds, errors.load());
        std::printf("server peak RSS before the bulks: %.1f MiB\n",
                    peakRssKb(server.pid()) / 1024.0);

        // Phase 2: one bulk per size, each of clients never downloaded before.
        std::printf("\n%8s %12s %10s %12s %14s %14s\n", "reports", "zip MiB", "seconds",
                    "reports/s", "first byte ms", "RSS max MiB");
        std::size_t offset = 0;
        for (const int size : bulks) {
            std::string ids;
            for (int i = 0; i < size; ++i)
                ids += (i ? ",\"" : "\"") + clients[offset + static_cast<std::size_t>(i)] + "\"";
            offset += static_cast<std::size_t>(size);

            std::atomic<bool> running{true};
            std::atomic<long> rssMax{currentRssKb(server.pid())};
            std::thread sampler([&] {
                while (running) {
                    rssMax = std::max(rssMax.load(), currentRssKb(server.pid()));
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                }
            });
            auto bulk = server.session();
            bulk->setTimeout(Poco::Timespan(600, 0));
            const std::string body = R"({"client_ids":[)" + ids + "]}";
            Poco::Net::HTTPRequest request("POST", "/api/v1/partner/clients/report.zip",
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            request.set("Authorization", "Bearer " + partner);
            request.setContentType("application/json");
            request.setContentLength64(static_cast<Poco::Int64>(body.size()));
            const auto start = Clock::now();
            bulk->sendRequest(request) << body;
            Poco::Net::HTTPResponse response;
            auto& in = bulk->receiveResponse(response);
            char buffer[64 * 1024];
            std::size_t bytes = 0;
            double firstByteMs = -1;
            while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
                if (firstByteMs < 0)
                    firstByteMs =
                        std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                bytes += static_cast<std::size_t>(in.gcount());
            }
            const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
            running = false;
            sampler.join();
            if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
                throw std::runtime_error("bulk of " + std::to_string(size) + " answered " +
                                         std::to_string(response.getStatus()));
            std::printf("%8d %12.1f %10.2f %12.1f %14.1f %14.1f\n", size, bytes / 1048576.0,
                        seconds, size / seconds, firstByteMs, rssMax.load() / 1024.0);
        }
        std::printf("\nserver peak RSS overall: %.1f MiB\n", peakRssKb(server.pid()) / 1024.0);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ey_bench_reports: " << e.what() << "\n";
        return 1;
    }
}
