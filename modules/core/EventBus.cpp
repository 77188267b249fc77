// Event dispatch.
#include "EventBus.h"

namespace ey::core {

void EventBus::subscribe(const std::string& type, Subscriber subscriber)
{
    std::lock_guard lock(m_mutex);
    m_subscribers.emplace(type, std::move(subscriber));
}

void EventBus::publish(const DomainEvent& event, Sql& tx) const
{
    std::vector<Subscriber> targets;
    {
        std::lock_guard lock(m_mutex);
        const auto [first, last] = m_subscribers.equal_range(event.type);
        for (auto it = first; it != last; ++it)
            targets.push_back(it->second);
    }
    for (const auto& subscriber : targets)
        subscriber(event, tx);
}

} // namespace ey::core
