// Prometheus text-format metrics: per-route request counts and latency histograms, plus gauges.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace ey::core {

/// Thread-safe collector rendered at /metrics.
class Metrics
{
public:
    void observe(const std::string& method, const std::string& route, int status, double seconds);
    /// A value read at scrape time (pool usage, connected streams).
    void addGauge(std::string name, std::string help, std::function<double()> read);
    std::string render() const;

private:
    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                     0.1,   0.25,   0.5,   1.0,  2.5};
    struct Series
    {
        std::map<int, std::uint64_t> byStatus;
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    struct Gauge
    {
        std::string name;
        std::string help;
        std::function<double()> read;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, std::string>, Series> m_series;
    std::vector<Gauge> m_gauges;
};

} // namespace ey::core
