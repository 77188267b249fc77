// ey_bench_buyers: the buyer directory at 100,000 rows. Starts the real eksporyuk-server (embedded
// PostgreSQL, demo data), uploads a generated 100,000-row CSV as the demo admin, starts the import
// and polls it like the desk does until the worker is done: prints rows/s and the server's peak
// RSS. Then a 12-month demo member runs 2,000 keyword + country searches (a mix of words that hit
// and miss) over several connections: prints p50/p95/p99 latency and throughput. Figures, never
// pass/fail.
//
// Usage: ey_bench_buyers <path-to-eksporyuk-server> [rows=100000] [searches=2000] [connections=8]
#include "BenchSupport.h"

#include <Poco/URI.h>

#include <atomic>
#include <iostream>
#include <mutex>
#include <random>

namespace {

using namespace ey::bench;

constexpr int kPort = 18781;

// About 60 destination countries, weighted towards Indonesia's big markets by repetition.
const std::vector<std::string> kCountries = {
    "JP", "JP", "JP", "US", "US", "US", "CN", "CN", "NL", "NL", "DE", "DE", "AE", "AE",
    "SA", "AU", "AU", "SG", "MY", "KR", "IN", "BD", "PK", "GB", "FR", "IT", "ES", "BE",
    "CA", "MX", "BR", "CL", "ZA", "EG", "TR", "RU", "PL", "SE", "NO", "DK", "FI", "CH",
    "AT", "NZ", "PH", "TH", "VN", "TW", "HK", "QA", "KW", "OM", "JO", "MA", "NG", "KE",
    "PT", "GR", "IE", "CZ", "HU", "RO", "AR", "PE", "CO", "LK"};
const std::vector<std::string> kProducts = {"Coffee beans",
                                            "Green coffee",
                                            "Palm sugar",
                                            "Coconut sugar",
                                            "Desiccated coconut",
                                            "Virgin coconut oil",
                                            "Coconut charcoal",
                                            "Cocopeat",
                                            "Seaweed",
                                            "Carrageenan",
                                            "Vanilla",
                                            "Cinnamon",
                                            "Clove",
                                            "Nutmeg",
                                            "Black pepper",
                                            "Ginger",
                                            "Turmeric",
                                            "Cardamom",
                                            "Teak furniture",
                                            "Rattan furniture",
                                            "Garments",
                                            "Batik fabric",
                                            "Handicrafts",
                                            "Cocoa beans",
                                            "Cashew nuts",
                                            "Frozen shrimp",
                                            "Tuna",
                                            "Arang briket",
                                            "Kopi luwak",
                                            "Gula aren",
                                            "Essential oils",
                                            "Patchouli oil",
                                            "Rubber",
                                            "Paper products",
                                            "Footwear",
                                            "Tea",
                                            "Dried fruit",
                                            "Instant noodles",
                                            "Spices mix",
                                            "Wood pellets"};
const std::vector<std::string> kHsCodes = {
    "0901", "1701", "0801", "1513", "4402", "1212", "0905", "0906", "0907", "0908", "0904", "0910",
    "9403", "6109", "5208", "1801", "0306", "0304", "3301", "4001", "4802", "6403", "0902", "2106"};
const std::vector<std::string> kWords = {"Global",  "Pacific", "Sakura", "Atlas", "Nordic",
                                         "Golden",  "Green",   "Ocean",  "Royal", "Prime",
                                         "Sunrise", "Harbor",  "Summit", "Delta", "Orient"};
const std::vector<std::string> kKinds = {"Foods",       "Trading", "Imports", "Distribution",
                                         "Commodities", "Supply",  "Retail",  "Brands"};
const std::vector<std::string> kPayments = {"TT", "LC", "DP", "DA", "CAD", "OA", "CIA"};
const std::vector<std::string> kShipping = {"EXW", "FOB", "CFR", "CIF", "DAP", "DDP", "FCA"};
const std::vector<std::string> kScales = {"small", "medium", "large", "enterprise"};

std::string generateCsv(int rows)
{
    std::mt19937 random(20261121);
    auto pick = [&](const std::vector<std::string>& list) { return list[random() % list.size()]; };
    std::string csv = "company,contact_person,email,phone,country,products,hs_codes,"
                      "payment_terms,shipping_terms,business_scale,verified,rating\r\n";
    csv.reserve(static_cast<std::size_t>(rows) * 170);
    for (int i = 1; i <= rows; ++i) {
        const auto word = pick(kWords);
        const auto kind = pick(kKinds);
        const auto n = std::to_string(i);
        csv += word + " " + kind + " " + n + ",";
        csv += (i % 3 ? "Alex Morgan" : "") + std::string(",");
        csv += (i % 4 ? "buyer" + n + "@" + word + "-" + kind + ".example" : "") + ",";
        csv += (i % 2 ? "+1555" + std::to_string(1000000 + i) : "") + ",";
        csv += pick(kCountries) + ",";
        csv += "\"" + pick(kProducts) + (i % 2 ? "; " + pick(kProducts) : "") + "\",";
        csv += (i % 5 ? pick(kHsCodes) : "") + ",";
        csv += pick(kPayments) + ",";
        csv += pick(kShipping) + ",";
        csv += pick(kScales) + ",";
        csv += (i % 7 ? "no" : "yes") + std::string(",");
        csv += std::to_string(random() % 5 + 1) + "\r\n";
    }
    return csv;
}

std::string mappingOf(const Poco::JSON::Object::Ptr& import)
{
    std::ostringstream out;
    import->getObject("suggested_mapping")->stringify(out);
    return R"({"mapping":)" + out.str() + R"(,"on_duplicate":"skip"})";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: ey_bench_buyers <eksporyuk-server> [rows=100000] [searches=2000] "
                     "[connections=8]\n";
        return 2;
    }
    const int rows = argc > 2 ? std::stoi(argv[2]) : 100000;
    const int searches = argc > 3 ? std::stoi(argv[3]) : 2000;
    const int connections = argc > 4 ? std::stoi(argv[4]) : 8;
    try {
        ServerProcess server(argv[1], kPort);
        const auto admin = server.login("admin");
        // Dewi bought the 12-month plan in the demo script (finance confirmed it).
        const auto member = server.login("dewi");
        auto session = server.session();
        session->setTimeout(Poco::Timespan(600, 0));
        const auto quota = call(*session, "GET", "/api/v1/buyers/quota", member);
        std::printf("member tier: %s\n",
                    quota.status == 200
                        ? quota.json()->getValue<std::string>("tier").c_str()
                        : ("(quota answered " + std::to_string(quota.status) + ")").c_str());

        // Phase 1: the import.
        const auto csv = generateCsv(rows);
        std::printf("file: %d rows, %.1f MiB CSV\n", rows, csv.size() / 1048576.0);
        const auto uploadStart = Clock::now();
        const auto uploaded = call(*session, "POST", "/api/v1/admin/buyer-imports", admin, csv,
                                   {{"X-File-Name", "bench-buyers.csv"}});
        const double uploadSeconds =
            std::chrono::duration<double>(Clock::now() - uploadStart).count();
        if (uploaded.status != 201)
            throw std::runtime_error("upload: " + std::to_string(uploaded.status) + " " +
                                     uploaded.body.substr(0, 500));
        const auto import = uploaded.json();
        const auto id = import->getValue<std::string>("id");
        std::printf("upload (store, parse, count): %.2f s\n", uploadSeconds);

        const auto start = Clock::now();
        const auto started = call(*session, "POST", "/api/v1/admin/buyer-imports/" + id + "/start",
                                  admin, mappingOf(import));
        if (started.status != 202)
            throw std::runtime_error("start: " + std::to_string(started.status) + " " +
                                     started.body);
        Poco::JSON::Object::Ptr progress;
        std::string status;
        long lastPrinted = -1;
        for (;;) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            progress = call(*session, "GET", "/api/v1/admin/buyer-imports/" + id, admin).json();
            status = progress->getValue<std::string>("status");
            const long processed = progress->getValue<long>("processed_rows");
            if (processed / 20000 != lastPrinted / 20000) {
                std::printf("  %7ld rows after %.1f s\n", processed,
                            std::chrono::duration<double>(Clock::now() - start).count());
                lastPrinted = processed;
            }
            if (status != "queued" && status != "running")
                break;
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf(
            "import: %s in %.1f s, %.0f rows/s (inserted %ld, skipped %ld, failed %ld)\n",
            status.c_str(), seconds, rows / seconds, progress->getValue<long>("inserted_rows"),
            progress->getValue<long>("skipped_rows"), progress->getValue<long>("failed_rows"));
        std::printf("server peak RSS after the import: %.1f MiB\n",
                    peakRssKb(server.pid()) / 1024.0);

        // Phase 2: member searches, keyword + country, words that hit and words that miss.
        std::vector<std::string> keywords;
        for (const auto& product : kProducts)
            keywords.push_back(product.substr(0, product.find(' ')));
        for (const auto& word : kWords)
            keywords.push_back(word);
        for (const char* miss : {"zzqx", "tidakada", "qwertyuiop", "xylophone", "kopi susu"})
            keywords.push_back(miss);
        std::atomic<int> next{0};
        std::atomic<long> errors{0};
        std::atomic<long> empty{0};
        std::mutex mutex;
        Latencies latencies;
        const auto searchStart = Clock::now();
        std::vector<std::thread> workers;
        for (int c = 0; c < connections; ++c)
            workers.emplace_back([&, c] {
                auto mine = server.session();
                std::vector<double> local;
                std::mt19937 random(static_cast<unsigned>(c) + 7);
                for (int n = next.fetch_add(1); n < searches; n = next.fetch_add(1)) {
                    std::string q;
                    Poco::URI::encode(keywords[random() % keywords.size()], "&=+?#", q);
                    const auto& country = kCountries[random() % kCountries.size()];
                    const auto path = "/api/v1/buyers?q=" + q + "&country=" + country;
                    const auto begin = Clock::now();
                    try {
                        const auto reply = call(*mine, "GET", path, member);
                        if (reply.status != 200) {
                            if (++errors == 1)
                                std::cerr << "search " << path << ": " << reply.status << " "
                                          << reply.body.substr(0, 300) << "\n";
                        } else if (reply.json()->getArray("items")->size() == 0) {
                            ++empty;
                        }
                    } catch (const std::exception& e) {
                        if (++errors == 1)
                            std::cerr << "search: " << e.what() << "\n";
                        mine = server.session();
                    }
                    local.push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
                }
                std::lock_guard lock(mutex);
                latencies.add(local);
            });
        for (auto& worker : workers)
            worker.join();
        const double searchSeconds =
            std::chrono::duration<double>(Clock::now() - searchStart).count();
        std::printf("\nsearches: %d over %d connections in %.1f s: %.0f searches/s, %ld without "
                    "results, %ld errors\n",
                    searches, connections, searchSeconds, searches / searchSeconds, empty.load(),
                    errors.load());
        std::printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
                    latencies.percentile(0.50), latencies.percentile(0.95),
                    latencies.percentile(0.99), latencies.percentile(1.0));
        std::printf("server peak RSS overall: %.1f MiB\n", peakRssKb(server.pid()) / 1024.0);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "ey_bench_buyers: " << e.what() << "\n";
        return 1;
    }
}
