// Runs a background job on its own thread: a pass at start, then one every interval.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace ey::core {

/// Owns one thread that calls `pass` (do what is due) at start and then every `interval`, or
/// sooner after wake(). A pass that throws is logged under `name` and retried at the next interval
/// (the database may be briefly away; whatever was due stays due).
/// The pass is given a "stopping" test to check between batches, so shutdown never waits for a
/// long backlog. wake() is thread safe; the destructor stops and joins the thread.
class PeriodicWorker
{
public:
    /// Returns how many items it handled (for the log).
    using Pass = std::function<int(const std::function<bool()>& stopping)>;

    PeriodicWorker(std::string name, Pass pass, std::chrono::milliseconds interval);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker&) = delete;
    PeriodicWorker& operator=(const PeriodicWorker&) = delete;

    void wake();

private:
    void run();

    std::string m_name;
    Pass m_pass;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_woken = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace ey::core
