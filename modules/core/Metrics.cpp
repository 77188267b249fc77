// Prometheus exposition.
#include "Metrics.h"

#include <sstream>

namespace ey::core {

void Metrics::observe(const std::string& method, const std::string& route, int status,
                      double seconds)
{
    std::lock_guard lock(m_mutex);
    auto& series = m_series[{method, route}];
    ++series.byStatus[status];
    ++series.count;
    series.sum += seconds;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++series.buckets[i];
    }
}

void Metrics::addGauge(std::string name, std::string help, std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    m_gauges.push_back({std::move(name), std::move(help), std::move(read)});
}

std::string Metrics::render() const
{
    std::lock_guard lock(m_mutex);
    std::ostringstream out;
    out << "# HELP ey_http_requests_total HTTP requests by route and status.\n"
        << "# TYPE ey_http_requests_total counter\n";
    for (const auto& [key, series] : m_series) {
        for (const auto& [status, count] : series.byStatus)
            out << "ey_http_requests_total{method=\"" << key.first << "\",route=\"" << key.second
                << "\",status=\"" << status << "\"} " << count << '\n';
    }
    out << "# HELP ey_http_request_duration_seconds Request latency by route.\n"
        << "# TYPE ey_http_request_duration_seconds histogram\n";
    for (const auto& [key, series] : m_series) {
        const std::string labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << "ey_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i]
                << "\"} " << series.buckets[i] << '\n';
        out << "ey_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
            << series.count << '\n'
            << "ey_http_request_duration_seconds_sum{" << labels << "} " << series.sum << '\n'
            << "ey_http_request_duration_seconds_count{" << labels << "} " << series.count << '\n';
    }
    for (const auto& gauge : m_gauges) {
        out << "# HELP " << gauge.name << ' ' << gauge.help << '\n'
            << "# TYPE " << gauge.name << " gauge\n"
            << gauge.name << ' ' << gauge.read() << '\n';
    }
    return out.str();
}

} // namespace ey::core
