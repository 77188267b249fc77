// Injectable time source, so tests can move time (token expiry, lockouts, SLA).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace ey::core {

/// Wall-clock time for rules; SystemClock in the product, a settable clock in tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::int64_t nowMs() const = 0;
};

class SystemClock : public Clock
{
public:
    std::int64_t nowMs() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

/// ISO-8601 UTC text for a Unix time in milliseconds ("2026-11-21T05:40:07.123Z").
std::string isoTime(std::int64_t unixMs);

} // namespace ey::core
