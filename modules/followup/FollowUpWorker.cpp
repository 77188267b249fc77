// The follow-up sender's thread (see FollowUpWorker.h).
#include "FollowUpWorker.h"

#include "Log.h"

namespace ey::followup {

FollowUpWorker::FollowUpWorker(Pass pass, std::chrono::milliseconds interval)
    : m_pass(std::move(pass)), m_interval(interval)
{
    m_thread = std::thread([this] { run(); });
}

FollowUpWorker::~FollowUpWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeup.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void FollowUpWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

void FollowUpWorker::run()
{
    const std::function<bool()> stopping = [this] { return m_stop.load(); };
    while (!m_stop) {
        try {
            if (const int handed = m_pass(stopping); handed > 0)
                core::log::server()->info("follow-up: {} WhatsApp message(s) queued", handed);
        } catch (const std::exception& e) {
            // The database may be briefly away; the rows stay pending for the next pass.
            core::log::server()->warn("follow-up pass failed: {}", e.what());
        }
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, m_interval, [this] { return m_stop || m_woken; });
        m_woken = false;
    }
}

} // namespace ey::followup
