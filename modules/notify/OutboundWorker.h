// Delivers the outbound queue (email, push, Pusher) through the configured providers, on its own
// thread.
#pragma once

#include "ChannelSender.h"

#include "Clock.h"
#include "Db.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace ey::notify {

/// Owns one thread that claims due rows of each sender's channel (FOR UPDATE SKIP LOCKED, so any
/// number of server instances share the queue), sends each through that sender and records the
/// outcome, retrying with exponential backoff. A channel whose sender is not configured is never
/// claimed: its messages stay queued until an instance with credentials takes them.
/// wake() is thread safe; the destructor stops and joins the thread.
class OutboundWorker
{
public:
    static constexpr int kMaxAttempts = 8;

    OutboundWorker(core::Db& db, const core::Clock& clock,
                   std::vector<std::shared_ptr<ChannelSender>> senders,
                   std::chrono::milliseconds pollInterval);
    ~OutboundWorker();
    OutboundWorker(const OutboundWorker&) = delete;
    OutboundWorker& operator=(const OutboundWorker&) = delete;

    /// Looks at the queue now instead of at the next poll (a message was queued somewhere).
    void wake();
    /// Delay before attempt number `attemptsMade + 1` after a failure.
    static std::int64_t backoffMs(int attemptsMade);

private:
    void run();
    /// Sends one batch of the sender's channel; returns how many messages it handled.
    int deliverBatch(ChannelSender& sender);

    core::Db& m_db;
    const core::Clock& m_clock;
    std::vector<std::shared_ptr<ChannelSender>> m_senders;
    std::chrono::milliseconds m_pollInterval;
    std::mutex m_mutex;
    std::condition_variable m_wakeup;
    bool m_woken = false;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace ey::notify
