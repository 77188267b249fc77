// ey_bench_sales: loads N transactions (default 1,000,000) with generate_series into a private
// embedded cluster, starts a real server over it and measures the first-page latency of
// GET /api/v1/admin/sales (p50/p95/p99 over 200 requests per scenario). Figures, never pass/fail.
//
// Usage: ey_bench_sales [transactions=1000000] [cluster-dir=/tmp/ey-bench-sales-pg]
//        EY_BENCH_REUSE=1 ey_bench_sales ...  measures again over the cluster a run left behind.
// The cluster is left running with the loaded ey_template database so plans can be inspected
// (psql -h <cluster-dir> ey_template); `ey_test_cluster stop <cluster-dir>` ends it.
#include "Db.h"
#include "EmbeddedPostgres.h"
#include "Migrator.h"
#include "ServerInstance.h"
#include "TestSupport.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

/// Loads the sales tables: 50,000 buyers, 200 affiliates, `count` transactions over ~3 years
/// (a quarter with an affiliate, the usual status mix), one item each, follow-ups for a tenth.
void load(ey::core::Connection& db, long count)
{
    const auto n = std::to_string(count);
    auto step = [&](const char* what, const std::string& sql) {
        const auto start = Clock::now();
        db.script(sql);
        std::printf("  %-34s %7.1f s\n", what, seconds(start));
        std::fflush(stdout);
    };
    step("buyers and affiliates",
         "INSERT INTO users (email, full_name) SELECT 'pembeli' || g || '@bench.test',"
         " (ARRAY['Budi','Siti','Rina','Andi','Dewi','Agus','Sri','Eko'])[1 + g % 8] || ' ' ||"
         " (ARRAY['Santoso','Wijaya','Lestari','Pratama','Hidayat','Saputra'])[1 + (g / 8) % 6]"
         " || ' ' || g FROM generate_series(1, 50000) g;"
         "INSERT INTO users (email, full_name) SELECT 'affiliate' || g || '@bench.test',"
         " 'Affiliate ' || g FROM generate_series(1, 200) g;"
         "CREATE TABLE bench_b AS SELECT row_number() OVER (ORDER BY email) AS n, id FROM users"
         " WHERE email LIKE 'pembeli%';"
         "CREATE TABLE bench_a AS SELECT row_number() OVER (ORDER BY email) AS n, id FROM users"
         " WHERE email LIKE 'affiliate%';");
    step("transactions",
         "INSERT INTO transactions (invoice_number, buyer_id, status, amount, affiliate_id,"
         " created_at, paid_at)"
         " SELECT 'INV' || lpad(g::text, 7, '0'), b.id, x.st, x.amt,"
         " CASE WHEN g % 4 = 0 THEN a.id END, x.ts,"
         " CASE WHEN x.st IN ('PAID', 'REFUNDED') THEN x.ts + interval '5 minutes' END"
         " FROM generate_series(1, " +
             n +
             ") g"
             " JOIN bench_b b ON b.n = 1 + g % 50000 JOIN bench_a a ON a.n = 1 + g % 200"
             " CROSS JOIN LATERAL (SELECT (ARRAY['PAID','PAID','PAID','PENDING','EXPIRED','FAILED',"
             "   'REFUNDED'])[1 + g % 7] AS st,"
             "   (ARRAY[99000,150000,250000,500000,1200000,3000000])[1 + g % 6]::bigint AS amt,"
             "   now() - make_interval(secs => (" +
             n +
             " - g) * 90.0) AS ts) x;"
             "UPDATE invoice_counter SET last = " +
             n + ";");
    step("items",
         "INSERT INTO transaction_items (transaction_id, kind, ref, title, duration, unit_price)"
         " SELECT t.id, 'plan', ('00000000-0000-4000-8000-00000000000' || (t.amount % 7))::uuid,"
         " 'Paket Ekspor ' || t.amount, '12m', t.amount FROM transactions t;");
    step("follow-ups (a tenth, 5 steps)",
         "INSERT INTO followup_messages (transaction_id, user_id, step, due_at, status, body,"
         " created_at) SELECT t.id, t.buyer_id, s, t.created_at + make_interval(days => s),"
         " CASE WHEN s <= 3 THEN 'sent' ELSE 'pending' END, 'Halo', t.created_at"
         " FROM transactions t CROSS JOIN generate_series(1, 5) s"
         " WHERE t.status = 'PAID' AND substr(t.invoice_number, 4)::bigint % 10 = 0;");
    step("drop helpers", "DROP TABLE bench_b; DROP TABLE bench_a;");
    // Fresh statistics, as autovacuum would have them a little later (VACUUM cannot run inside
    // the implicit transaction of a multi-statement script).
    step("analyze", "ANALYZE;");
}

struct Scenario
{
    const char* name;
    std::string query;
};

void measure(const ey::test::HttpClient& http, const Scenario& scenario)
{
    constexpr int kRequests = 200;
    std::vector<double> ms;
    int rows = -1;
    for (int i = 0; i < kRequests + 5; ++i) {
        const auto start = Clock::now();
        const auto result = http.get("/api/v1/admin/sales?limit=50" + scenario.query);
        const double elapsed = seconds(start) * 1000.0;
        if (result.status != 200) {
            std::printf("  %s: HTTP %d %s\n", scenario.name, result.status, result.body.c_str());
            return;
        }
        if (i < 5)
            continue; // warm-up: connections, caches
        ms.push_back(elapsed);
        if (rows < 0)
            rows = static_cast<int>(result.json()->getArray("items")->size());
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * ms.size()))];
    };
    std::printf("  %-28s rows %2d   p50 %7.2f ms   p95 %7.2f ms   p99 %7.2f ms\n", scenario.name,
                rows, pct(0.50), pct(0.95), pct(0.99));
}

} // namespace

int main(int argc, char** argv)
{
    const long count = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    const std::string dir = argc > 2 ? argv[2] : "/tmp/ey-bench-sales-pg";
    try {
        std::printf("ey_bench_sales: %ld transactions, cluster in %s\n", count, dir.c_str());
        std::setvbuf(stdout, nullptr, _IOLBF, 0);
        ey::core::EmbeddedPostgres postgres({dir, {}, "eksporyuk", "postgres"});
        // EY_BENCH_REUSE=1 measures again over the data a previous run left in the cluster.
        const char* reuse = std::getenv("EY_BENCH_REUSE");
        if (reuse && std::string(reuse) == "1" && postgres.isRunning()) {
            postgres.start(); // adopt the running cluster
            std::printf("  reusing the loaded cluster\n");
        } else {
            if (postgres.isRunning()) {
                postgres.start();
                postgres.stop();
            }
            std::filesystem::remove_all(dir);
            postgres.start();
            {
                ey::core::Connection admin(postgres.connectionString("postgres"));
                admin.exec("CREATE DATABASE ey_template", {});
            }
            {
                ey::core::Db migrate(postgres.connectionString("ey_template"), 1);
                ey::core::Migrator(migrate).migrate(ey::core::Migrator::embedded());
            }
            {
                ey::core::Connection db(postgres.connectionString("ey_template"));
                const auto start = Clock::now();
                load(db, count);
                std::printf("  loaded in %.1f s\n", seconds(start));
            }
        }
        // The test plumbing clones ey_template for the server, as every test does.
        ::setenv("EY_TEST_PG_DIR", dir.c_str(), 1);
        {
            const auto cloneStart = Clock::now();
            ey::test::TestServer server;
            std::printf("  server up over a clone in %.1f s\n", seconds(cloneStart));
            ey::test::createUser(server.instance(), "admin@bench.test", {"admin"}, "Admin Bench");
            ey::test::HttpClient http(server.baseUrl());
            http.login("admin@bench.test", ey::test::kTestPassword);

            const auto today = server.instance().db().exec(
                "SELECT to_char(now() AT TIME ZONE 'Asia/Jakarta',"
                " 'YYYY-MM-DD') AS d, to_char((now() AT TIME ZONE"
                " 'Asia/Jakarta') - interval '30 days', 'YYYY-MM-DD') AS f");
            const auto to = today.front().str("d");
            const auto from = today.front().str("f");
            std::printf(
                "first page (limit 50) of GET /api/v1/admin/sales, 200 requests each, one new "
                "loopback connection per request:\n");
            for (const auto& scenario :
                 {Scenario{"unfiltered", ""},
                  Scenario{"status PAID + last 30 days", "&status=PAID&from=" + from + "&to=" + to},
                  Scenario{"status PAID + one old day",
                           "&status=PAID&from=2024-06-01&to=2024-06-01"},
                  Scenario{"q common (\"santoso\")", "&q=santoso"},
                  Scenario{"q rare (one buyer's email)", "&q=pembeli4242%40"},
                  Scenario{"q invoice", "&q=INV0123456"},
                  Scenario{"sort amount asc", "&sort=amount&order=asc"},
                  Scenario{"affiliate", ""}}) {
                if (std::string(scenario.name) == "affiliate") {
                    const auto affiliate =
                        server.instance().db().exec("SELECT affiliate_id AS id FROM transactions"
                                                    " WHERE affiliate_id IS NOT NULL LIMIT 1");
                    measure(http,
                            {"affiliate filter", "&affiliate=" + affiliate.front().str("id")});
                    continue;
                }
                measure(http, scenario);
            }
        } // the server and its clone go; the loaded template stays
        std::printf("cluster left running in %s (ey_template holds the data)\n", dir.c_str());
        std::fflush(stdout);
        // Leave the cluster running for EXPLAIN; the destructor would stop it.
        std::exit(0);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "ey_bench_sales: %s\n", error.what());
        return 1;
    }
}
