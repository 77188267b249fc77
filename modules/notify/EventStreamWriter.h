// Writes one Server-Sent Events stream: retry hint, replayed events, live events, heartbeats.
#pragma once

#include "EventSubscription.h"
#include "Notification.h"

#include <atomic>
#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace ey::notify {

/// Runs on the HTTP thread that owns the connection, until the server stops, the client goes
/// away (a write fails) or the client fell too far behind.
class EventStreamWriter
{
public:
    EventStreamWriter(std::ostream& out, std::chrono::seconds heartbeat,
                      const std::atomic<bool>* stopping);

    void run(const std::vector<RealtimeEvent>& replay, EventSubscription& live);

    /// "id: <id>\nevent: <name>\ndata: <json>\n\n" (one data line per line of data).
    static std::string format(const RealtimeEvent& event);

private:
    bool write(const std::string& text);
    bool stopping() const { return m_stopping && m_stopping->load(); }

    std::ostream& m_out;
    std::chrono::seconds m_heartbeat;
    const std::atomic<bool>* m_stopping;
    std::chrono::steady_clock::time_point m_lastWrite;
};

} // namespace ey::notify
