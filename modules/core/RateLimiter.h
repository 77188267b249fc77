// Token-bucket rate limiting keyed by an id (API key, IP).
#pragma once

#include "Clock.h"

#include <map>
#include <mutex>
#include <string>

namespace ey::core {

/// Allows `perMinute` requests per key with bursts up to the same number; thread safe.
/// Per server instance: with several instances behind a balancer each enforces its own share.
class RateLimiter
{
public:
    explicit RateLimiter(const Clock& clock) : m_clock(clock) {}
    /// True when the request may go ahead; otherwise `retryAfterSeconds` says when to come back.
    bool allow(const std::string& key, int perMinute, int& retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        std::int64_t lastMs = 0;
    };
    const Clock& m_clock;
    std::mutex m_mutex;
    std::map<std::string, Bucket> m_buckets;
};

} // namespace ey::core
