// Token buckets.
#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace ey::core {

bool RateLimiter::allow(const std::string& key, int perMinute, int& retryAfterSeconds)
{
    const double capacity = std::max(1, perMinute);
    const double perMs = capacity / 60000.0;
    const auto now = m_clock.nowMs();
    std::lock_guard lock(m_mutex);
    auto [it, fresh] = m_buckets.try_emplace(key, Bucket{capacity, now});
    auto& bucket = it->second;
    bucket.tokens = std::min(capacity, bucket.tokens + (now - bucket.lastMs) * perMs);
    bucket.lastMs = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return true;
    }
    retryAfterSeconds = static_cast<int>(std::ceil((1.0 - bucket.tokens) / perMs / 1000.0));
    return false;
}

} // namespace ey::core
