// The inbox of one connected event stream: what the hub hands over, waiting to be written.
#pragma once

#include "Notification.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace ey::notify {

/// Filled by the EventHub thread, drained by the stream's HTTP thread; thread safe.
/// A client that falls `capacity` events behind is cut off (it reconnects and replays with
/// Last-Event-ID) rather than letting one slow reader grow memory without bound.
class EventSubscription
{
public:
    EventSubscription(std::string userId, std::set<std::string> permissions,
                      std::size_t capacity = 1000);

    /// Whether this user is in the event's audience: named, holding its permission, or everyone.
    bool matches(const RealtimeEvent& event) const;
    static bool matches(const RealtimeEvent& event, const std::string& userId,
                        const std::set<std::string>& permissions);

    void push(const RealtimeEvent& event);
    /// The events waiting now, or those arriving within `wait` (empty after the wait otherwise).
    std::vector<RealtimeEvent> take(std::chrono::milliseconds wait);
    bool overflowed() const;

private:
    const std::string m_userId;
    const std::set<std::string> m_permissions;
    const std::size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<RealtimeEvent> m_pending;
    bool m_overflowed = false;
};

} // namespace ey::notify
