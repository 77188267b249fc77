// ey_bench_payments: payments per second from Xendit's callback to the committed split. Starts the
// real eksporyuk-server (embedded PostgreSQL, demo catalog) pointed at a local server speaking
// Xendit's invoice API, creates N pending checkouts, then delivers their PAID callbacks from
// several connections; each answer comes after the status change, activation and journal entry
// committed. Prints throughput, latency percentiles and the server's peak RSS. Figures, never
// pass/fail.
//
// Usage: ey_bench_payments <path-to-eksporyuk-server> [payments=2000] [connections=8]
#include "BenchSupport.h"
#include "FakeXendit.h"

#include <atomic>
#include <iostream>
#include <mutex>

namespace {

using namespace ey::bench;

constexpr int kPort = 18778;
const std::string kSecret = "xnd_development_bench_secret";
const std::string kCallbackToken = "bench-callback-token";

std::string callbackBody(const std::string& id, const std::string& externalId, std::int64_t amount)
{
    return R"({"id":")" + id + R"(","external_id":")" + externalId +
           R"(","user_id":"6279ce4495d10c9afc3171b8","is_high":false,"status":"PAID",)"
           R"("merchant_name":"EksporYuk","amount":)" +
           std::to_string(amount) + R"(,"paid_amount":)" + std::to_string(amount) +
           R"(,"bank_code":"MANDIRI","paid_at":"2026-11-21T06:58:35.534Z",)"
           R"("payment_method":"BANK_TRANSFER","payment_channel":"MANDIRI","currency":"IDR",)"
           R"("description":"Invoice )" +
           externalId +
           R"(","created":"2026-11-21T06:56:04.761Z","updated":"2026-11-21T06:58:35.843Z"})";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr
            << "usage: ey_bench_payments <eksporyuk-server> [payments=2000] [connections=8]\n";
        return 2;
    }
    const int payments = argc > 2 ? std::stoi(argv[2]) : 2000;
    const int connections = argc > 3 ? std::stoi(argv[3]) : 8;
    try {
        ey::test::commerce::FakeXendit xendit(kSecret);
        ServerProcess server(argv[1], kPort,
                             {{"EY_XENDIT_BASE_URL", xendit.baseUrl()},
                              {"EY_XENDIT_SECRET_KEY", kSecret},
                              {"EY_XENDIT_CALLBACK_TOKEN", kCallbackToken}});

        // The demo e-book: no seats to run out, a 30 % affiliate commission path, no membership
        // row shared between buyers.
        auto session = server.session();
        const auto products = call(*session, "GET", "/api/v1/catalog/products?category=ebook", "");
        const auto slug =
            products.json()->getArray("items")->getObject(0)->getValue<std::string>("slug");
        const std::vector<std::string> buyers = {"member",  "premium",  "affiliate", "supplier",
                                                 "partner", "operator", "mentor",    "support"};
        std::vector<std::string> tokens;
        for (const auto& who : buyers)
            tokens.push_back(server.login(who));

        // Phase 1: the pending checkouts (each one also calls the local Xendit).
        std::mutex mutex;
        std::map<std::string, std::int64_t> amounts; // invoice number → amount
        std::atomic<int> next{0};
        std::atomic<long> checkoutErrors{0};
        const auto checkoutStart = Clock::now();
        std::vector<std::thread> workers;
        for (int c = 0; c < connections; ++c) {
            workers.emplace_back([&, c] {
                auto mine = server.session();
                const auto& token = tokens[static_cast<std::size_t>(c) % tokens.size()];
                while (next.fetch_add(1) < payments) {
                    const auto reply = call(*mine, "POST", "/api/v1/checkout", token,
                                            R"({"product_slug":")" + slug + R"("})");
                    if (reply.status != 201) {
                        ++checkoutErrors;
                        continue;
                    }
                    const auto body = reply.json();
                    std::lock_guard lock(mutex);
                    amounts[body->getValue<std::string>("invoice_number")] =
                        body->getValue<std::int64_t>("amount");
                }
            });
        }
        for (auto& worker : workers)
            worker.join();
        workers.clear();
        const double checkoutSeconds =
            std::chrono::duration<double>(Clock::now() - checkoutStart).count();

        struct Delivery
        {
            std::string body;
        };
        std::vector<Delivery> deliveries;
        for (const auto& invoice : xendit.invoices()) {
            const auto found = amounts.find(invoice.externalId);
            if (found != amounts.end())
                deliveries.push_back({callbackBody(invoice.id, invoice.externalId, found->second)});
        }

        // Phase 2: the callbacks, as fast as the server commits them.
        std::vector<std::vector<double>> latencies(static_cast<std::size_t>(connections));
        std::atomic<std::size_t> cursor{0};
        std::atomic<long> callbackErrors{0};
        const auto start = Clock::now();
        for (int c = 0; c < connections; ++c) {
            workers.emplace_back([&, c] {
                auto mine = server.session();
                auto& timings = latencies[static_cast<std::size_t>(c)];
                for (auto i = cursor.fetch_add(1); i < deliveries.size(); i = cursor.fetch_add(1)) {
                    const auto sent = Clock::now();
                    const auto reply =
                        call(*mine, "POST", "/api/v1/webhooks/xendit/invoice", "",
                             deliveries[i].body, {{"x-callback-token", kCallbackToken}});
                    timings.push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
                    if (reply.status != 200 || reply.body.find("\"paid\"") == std::string::npos)
                        ++callbackErrors;
                }
            });
        }
        for (auto& worker : workers)
            worker.join();
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        Latencies all;
        for (const auto& list : latencies)
            all.add(list);

        std::printf("eksporyuk-server payments benchmark: %d connections, loopback, %u cores\n",
                    connections, std::thread::hardware_concurrency());
        std::printf("checkout (PENDING + Xendit invoice) %8.0f /s   %zu created, %ld errors\n",
                    static_cast<double>(amounts.size()) / checkoutSeconds, amounts.size(),
                    checkoutErrors.load());
        std::printf(
            "callback → committed split       %8.0f payments/s  p50 %6.2f ms  p95 %6.2f ms  "
            "p99 %6.2f ms  max %7.2f ms  paid %zu  errors %ld  server peak RSS %ld KiB\n",
            static_cast<double>(deliveries.size()) / seconds, all.percentile(0.50),
            all.percentile(0.95), all.percentile(0.99), all.percentile(1.0), deliveries.size(),
            callbackErrors.load(), peakRssKb(server.pid()));
    } catch (const std::exception& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    return 0;
}
