// SSE framing and the stream loop.
#include "EventStreamWriter.h"

#include <set>

namespace ey::notify {

namespace {
// How often the loop looks at the stop flag while no event arrives; the server waits for streams
// to end before it shuts down, so this bounds the shutdown delay.
constexpr std::chrono::milliseconds kTick{200};
} // namespace

EventStreamWriter::EventStreamWriter(std::ostream& out, std::chrono::seconds heartbeat,
                                     const std::atomic<bool>* stopping)
    : m_out(out), m_heartbeat(heartbeat), m_stopping(stopping)
{
}

std::string EventStreamWriter::format(const RealtimeEvent& event)
{
    std::string text = "id: " + std::to_string(event.id) + "\nevent: " + event.event + "\n";
    std::size_t start = 0;
    for (;;) {
        const auto newline = event.data.find('\n', start);
        text += "data: " +
                event.data.substr(start, newline == std::string::npos ? std::string::npos
                                                                      : newline - start) +
                "\n";
        if (newline == std::string::npos)
            break;
        start = newline + 1;
    }
    return text + "\n";
}

bool EventStreamWriter::write(const std::string& text)
{
    try {
        m_out << text;
        m_out.flush();
    } catch (const std::exception&) {
        return false;
    }
    m_lastWrite = std::chrono::steady_clock::now();
    return m_out.good();
}

void EventStreamWriter::run(const std::vector<RealtimeEvent>& replay, EventSubscription& live)
{
    if (!write("retry: 3000\n\n"))
        return;
    // Live events that were also replayed (committed between subscribe and replay) go out once.
    std::set<std::int64_t> replayed;
    for (const auto& event : replay) {
        if (!write(format(event)))
            return;
        replayed.insert(event.id);
    }
    while (!stopping()) {
        const auto events = live.take(kTick);
        if (live.overflowed())
            return; // the client reconnects with Last-Event-ID and replays what it missed
        for (const auto& event : events) {
            if (replayed.erase(event.id) > 0)
                continue;
            if (!write(format(event)))
                return;
        }
        if (std::chrono::steady_clock::now() - m_lastWrite >= m_heartbeat && !write(": ping\n\n"))
            return;
    }
}

} // namespace ey::notify
