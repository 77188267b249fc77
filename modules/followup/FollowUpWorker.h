// Runs the follow-up sender on its own thread: a pass at start, then one every poll interval.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ey::followup {

/// Owns one thread that calls `pass` (send what is due) at start and then every `interval`,
/// or sooner after wake(). A pass that throws is logged and retried at the next interval.
/// The pass is given a "stopping" test to check between batches, so shutdown never waits for a
/// long backlog. wake() is thread safe; the destructor stops and joins the thread.
class FollowUpWorker
{
public:
    using Pass = std::function<int(const std::function<bool()>& stopping)>;

    FollowUpWorker(Pass pass, std::chrono::milliseconds interval);
    ~FollowUpWorker();
    FollowUpWorker(const FollowUpWorker&) = delete;
    FollowUpWorker& operator=(const FollowUpWorker&) = delete;

    void wake();

private:
    void run();

    Pass m_pass;
    std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_woken = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace ey::followup
