// A background job's thread (see PeriodicWorker.h).
#include "PeriodicWorker.h"

#include "Log.h"

namespace ey::core {

PeriodicWorker::PeriodicWorker(std::string name, Pass pass, std::chrono::milliseconds interval)
    : m_name(std::move(name)), m_pass(std::move(pass)), m_interval(interval)
{
    m_thread = std::thread([this] { run(); });
}

PeriodicWorker::~PeriodicWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeup.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PeriodicWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

void PeriodicWorker::run()
{
    const std::function<bool()> stopping = [this] { return m_stop.load(); };
    while (!m_stop) {
        try {
            if (const int handled = m_pass(stopping); handled > 0)
                log::server()->info("{}: {} handled", m_name, handled);
        } catch (const std::exception& e) {
            log::server()->warn("{} pass failed: {}", m_name, e.what());
        }
        std::unique_lock lock(m_mutex);
        m_wakeup.wait_for(lock, m_interval, [this] { return m_stop || m_woken; });
        m_woken = false;
    }
}

} // namespace ey::core
