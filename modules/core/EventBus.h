// In-process domain events: one module announces, others react inside the same transaction.
#pragma once

#include "Db.h"
#include "Json.h"

#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace ey::core {

struct DomainEvent
{
    std::string type;    ///< "ticket.created"
    std::string actorId; ///< who caused it (empty for the system)
    json::ObjectPtr payload;
};

/// Subscribers run synchronously inside the publisher's transaction, so a reaction (a notification
/// row, a ledger entry) commits or rolls back with the change that caused it.
class EventBus
{
public:
    using Subscriber = std::function<void(const DomainEvent&, Sql&)>;
    void subscribe(const std::string& type, Subscriber subscriber);
    void publish(const DomainEvent& event, Sql& tx) const;

private:
    mutable std::mutex m_mutex;
    std::multimap<std::string, Subscriber> m_subscribers;
};

} // namespace ey::core
