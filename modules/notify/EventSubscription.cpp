// Per-stream event inbox.
#include "EventSubscription.h"

#include <algorithm>

namespace ey::notify {

EventSubscription::EventSubscription(std::string userId, std::set<std::string> permissions,
                                     std::size_t capacity)
    : m_userId(std::move(userId)), m_permissions(std::move(permissions)), m_capacity(capacity)
{
}

bool EventSubscription::matches(const RealtimeEvent& event) const
{
    return matches(event, m_userId, m_permissions);
}

bool EventSubscription::matches(const RealtimeEvent& event, const std::string& userId,
                                const std::set<std::string>& permissions)
{
    if (event.everyone)
        return true;
    if (!event.permission.empty() && permissions.count(event.permission) > 0)
        return true;
    return std::find(event.userIds.begin(), event.userIds.end(), userId) != event.userIds.end();
}

void EventSubscription::push(const RealtimeEvent& event)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_overflowed)
            return;
        if (m_pending.size() >= m_capacity) {
            m_overflowed = true;
            m_pending.clear();
        } else {
            m_pending.push_back(event);
        }
    }
    m_arrived.notify_all();
}

std::vector<RealtimeEvent> EventSubscription::take(std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(lock, wait, [this] { return !m_pending.empty() || m_overflowed; });
    std::vector<RealtimeEvent> events(std::make_move_iterator(m_pending.begin()),
                                      std::make_move_iterator(m_pending.end()));
    m_pending.clear();
    return events;
}

bool EventSubscription::overflowed() const
{
    std::lock_guard lock(m_mutex);
    return m_overflowed;
}

} // namespace ey::notify
