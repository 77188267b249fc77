// Fans realtime events out to this instance's connected streams, fed by PostgreSQL LISTEN.
#pragma once

#include "EventSubscription.h"

#include "Auth.h"
#include "Db.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace ey::notify {

/// One per server instance. Owns a dedicated libpq connection that LISTENs on `ey_events` (and
/// `ey_outbound`) in its own thread; each notification carries a realtime_events id, whose row is
/// loaded and pushed to every subscription whose audience matches. Because every instance listens,
/// an event published through any instance reaches the streams of all of them. After the
/// connection drops (PostgreSQL restart) the thread reconnects, LISTENs again and delivers what
/// was stored meanwhile. subscribe() is thread safe; the destructor stops and joins the thread.
class EventHub
{
public:
    /// `onOutbound` runs on the hub thread whenever a message was queued on any instance.
    EventHub(std::string databaseUrl, std::function<void()> onOutbound);
    ~EventHub();
    EventHub(const EventHub&) = delete;
    EventHub& operator=(const EventHub&) = delete;

    /// Registers a stream for this user; it stops receiving once the returned pointer is released.
    std::shared_ptr<EventSubscription> subscribe(const core::AuthContext& user);
    /// True while the LISTEN connection is up.
    bool listening() const { return m_listening; }
    std::size_t subscriberCount() const;

private:
    void run();
    bool connect();
    void pump();
    /// Handles notifications libpq already holds; true when there were any.
    bool handleQueuedNotifications();
    void load(std::int64_t id);
    void catchUp();
    void deliver(const RealtimeEvent& event);
    void dropConnection(const std::string& why);

    const std::string m_url;
    const std::function<void()> m_onOutbound;
    // Touched only by the hub thread (and by the constructor before it starts).
    std::unique_ptr<core::Connection> m_connection;
    std::int64_t m_lastId = -1;
    std::int64_t m_idleChecks = 0;
    std::set<std::int64_t>
        m_recent; ///< ids delivered lately: a catch-up and its signal never double up

    mutable std::mutex m_mutex;
    std::vector<std::weak_ptr<EventSubscription>> m_subscribers;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_listening{false};
    std::thread m_thread;
};

} // namespace ey::notify
