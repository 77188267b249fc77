// Outbound delivery loop over every channel's sender.
#include "OutboundWorker.h"

#include "OutboundStore.h"

#include "Log.h"

#include <algorithm>

namespace ey::notify {

namespace {

constexpr int kBatchSize = 20;
// A claimed message returns to the queue if its sender vanished (crash) for this long.
constexpr std::int64_t kLeaseMs = 10 * 60 * 1000;

std::string clipUtf8(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    std::size_t end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end);
}

} // namespace

OutboundWorker::OutboundWorker(core::Db& db, const core::Clock& clock,
                               std::vector<std::shared_ptr<ChannelSender>> senders,
                               std::chrono::milliseconds pollInterval)
    : m_db(db), m_clock(clock), m_senders(std::move(senders)), m_pollInterval(pollInterval)
{
    m_thread = std::thread([this] { run(); });
}

OutboundWorker::~OutboundWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeup.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OutboundWorker::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

std::int64_t OutboundWorker::backoffMs(int attemptsMade)
{
    // 30 s, 1 min, 2 min, ... capped at 6 h: a provider outage is ridden out without hammering it.
    const int doublings = std::clamp(attemptsMade - 1, 0, 20);
    return std::min<std::int64_t>(30'000LL << doublings, 6LL * 60 * 60 * 1000);
}

void OutboundWorker::run()
{
    for (const auto& sender : m_senders) {
        if (!sender->configured())
            core::log::server()->warn("{} provider {} is not configured: its messages stay queued",
                                      sender->channel(), sender->name());
    }
    while (!m_stop) {
        bool full = false;
        for (const auto& sender : m_senders) {
            if (m_stop || !sender->configured())
                continue;
            try {
                full = deliverBatch(*sender) == kBatchSize || full;
            } catch (const std::exception& e) {
                core::log::server()->warn("outbound {} queue: {}", sender->channel(), e.what());
            }
        }
        std::unique_lock lock(m_mutex);
        if (full)
            continue; // more may be due right now
        m_wakeup.wait_for(lock, m_pollInterval, [this] { return m_stop || m_woken; });
        m_woken = false;
    }
}

int OutboundWorker::deliverBatch(ChannelSender& sender)
{
    std::vector<OutboundMessage> batch;
    const auto now = m_clock.nowMs();
    const auto channel = sender.channel();
    m_db.transaction([&](core::Tx& tx) {
        batch = OutboundStore::claim(tx, channel, now, now + kLeaseMs, kBatchSize);
    });
    const auto provider = sender.name();
    for (const auto& message : batch) {
        if (m_stop) {
            OutboundStore::release(m_db, message.id,
                                   m_clock.nowMs()); // another instance may take it now
            continue;
        }
        const auto result = sender.send(message);
        const auto error = clipUtf8(result.error, 1000);
        const int attemptsMade = message.attempts + 1;
        switch (result.outcome) {
        case SendResult::Outcome::Sent:
            OutboundStore::markSent(m_db, message.id, provider, result.providerMessageId,
                                    m_clock.nowMs());
            break;
        case SendResult::Outcome::Rejected:
            core::log::server()->warn("{} {} rejected by {}: {}", channel, message.id, provider,
                                      error);
            OutboundStore::markFailed(m_db, message.id, provider, error);
            break;
        case SendResult::Outcome::RetryLater:
            if (attemptsMade >= kMaxAttempts) {
                core::log::server()->warn("{} {} failed after {} attempts: {}", channel, message.id,
                                          attemptsMade, error);
                OutboundStore::markFailed(m_db, message.id, provider, error);
            } else {
                OutboundStore::markRetry(m_db, message.id, provider, error,
                                         m_clock.nowMs() + backoffMs(attemptsMade));
            }
            break;
        }
    }
    return static_cast<int>(batch.size());
}

} // namespace ey::notify
