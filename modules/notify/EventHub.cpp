// LISTEN/NOTIFY loop and fan-out.
#include "EventHub.h"

#include "EventStore.h"

#include "Log.h"

#include <libpq-fe.h>
#include <poll.h>

#include <chrono>

namespace ey::notify {

namespace {

constexpr int kPollMs = 200;
// An idle connection is pinged every 30 s, so a silently dead one (no FIN) is noticed too.
constexpr int kIdleChecksPerPing = 30'000 / kPollMs;
constexpr int kCatchUpBatch = 1000;

/// The database URL with an application_name, so operators (and tests) can tell the listener
/// apart in pg_stat_activity. Works for both key=value and postgresql:// URLs.
std::string listenerUrl(const std::string& url)
{
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return url + (url.find('?') == std::string::npos ? "?" : "&") +
               "application_name=eksporyuk-events";
    return url + " application_name=eksporyuk-events";
}

} // namespace

EventHub::EventHub(std::string databaseUrl, std::function<void()> onOutbound)
    : m_url(listenerUrl(databaseUrl)), m_onOutbound(std::move(onOutbound))
{
    // LISTEN before the server takes requests, so nothing committed after start-up is missed;
    // if the database is not reachable yet, the thread keeps trying.
    connect();
    m_thread = std::thread([this] { run(); });
}

EventHub::~EventHub()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::shared_ptr<EventSubscription> EventHub::subscribe(const core::AuthContext& user)
{
    auto subscription = std::make_shared<EventSubscription>(user.userId, user.permissions);
    std::lock_guard lock(m_mutex);
    m_subscribers.push_back(subscription);
    return subscription;
}

std::size_t EventHub::subscriberCount() const
{
    std::lock_guard lock(m_mutex);
    std::size_t count = 0;
    for (const auto& weak : m_subscribers)
        count += weak.expired() ? 0 : 1;
    return count;
}

bool EventHub::connect()
{
    try {
        m_connection = std::make_unique<core::Connection>(m_url);
        m_connection->exec("LISTEN ey_events", {});
        m_connection->exec("LISTEN ey_outbound", {});
        if (m_lastId < 0) {
            core::Tx sql(*m_connection); // autocommit statements on our own connection
            m_lastId = EventStore::latestId(sql);
        } else {
            catchUp();
        }
        m_listening = true;
        m_idleChecks = 0;
        if (m_onOutbound)
            m_onOutbound(); // messages queued while we were deaf
        return true;
    } catch (const std::exception& e) {
        dropConnection(e.what());
        return false;
    }
}

void EventHub::dropConnection(const std::string& why)
{
    if (m_listening)
        core::log::server()->warn("realtime listener lost its database connection: {}", why);
    m_listening = false;
    m_connection.reset();
}

void EventHub::run()
{
    while (!m_stop) {
        if (!m_connection && !connect()) {
            for (int i = 0; i < 5 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
            continue;
        }
        try {
            pump();
        } catch (const std::exception& e) {
            dropConnection(e.what());
        }
    }
    m_connection.reset();
}

void EventHub::pump()
{
    pg_conn* conn = m_connection->raw();
    // Notifications that arrived while this connection ran a query (loading the previous event, the
    // idle ping) were already read off the socket by libpq and wait in its queue: handle them
    // before sleeping on the socket, or they would sit there until some later traffic wakes us.
    if (handleQueuedNotifications())
        return;
    pollfd fd{PQsocket(conn), POLLIN, 0};
    if (fd.fd < 0) {
        dropConnection("no socket");
        return;
    }
    const int ready = ::poll(&fd, 1, kPollMs);
    if (ready < 0)
        return; // interrupted; try again
    if (ready == 0) {
        if (++m_idleChecks >= kIdleChecksPerPing) {
            m_idleChecks = 0;
            m_connection->exec("SELECT 1", {}); // throws when the connection is dead
        }
        return;
    }
    m_idleChecks = 0;
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        dropConnection(PQerrorMessage(conn));
        return;
    }
    handleQueuedNotifications();
}

bool EventHub::handleQueuedNotifications()
{
    pg_conn* conn = m_connection->raw();
    std::vector<std::int64_t> ids;
    bool outbound = false;
    bool any = false;
    while (PGnotify* note = PQnotifies(conn)) {
        any = true;
        const std::string channel = note->relname;
        const std::string payload = note->extra ? note->extra : "";
        PQfreemem(note);
        if (channel == "ey_outbound") {
            outbound = true;
        } else if (channel == "ey_events") {
            try {
                ids.push_back(std::stoll(payload));
            } catch (const std::exception&) {
                core::log::server()->warn("ignoring realtime signal with payload '{}'", payload);
            }
        }
    }
    if (outbound && m_onOutbound)
        m_onOutbound();
    for (const auto id : ids)
        load(id);
    return any;
}

void EventHub::load(std::int64_t id)
{
    core::Tx sql(*m_connection);
    if (auto event = EventStore::byId(sql, id)) {
        deliver(*event);
        if (id > m_lastId)
            m_lastId = id;
    }
}

void EventHub::catchUp()
{
    core::Tx sql(*m_connection);
    for (;;) {
        const auto events = EventStore::after(sql, m_lastId, kCatchUpBatch);
        for (const auto& event : events) {
            deliver(event);
            m_lastId = event.id;
        }
        if (static_cast<int>(events.size()) < kCatchUpBatch)
            break;
    }
}

void EventHub::deliver(const RealtimeEvent& event)
{
    if (!m_recent.insert(event.id).second)
        return;
    if (m_recent.size() > 4096)
        m_recent.erase(m_recent.begin());
    std::lock_guard lock(m_mutex);
    std::erase_if(m_subscribers, [](const auto& weak) { return weak.expired(); });
    for (const auto& weak : m_subscribers) {
        if (auto subscription = weak.lock(); subscription && subscription->matches(event))
            subscription->push(event);
    }
}

} // namespace ey::notify
