// The notify module's rules: notifications, realtime publishing, the outbound queue's providers.
#pragma once

#include "EmailSender.h"
#include "EventHub.h"
#include "Notification.h"
#include "NotifyService.h"
#include "OneSignalAdapter.h"
#include "OutboundWorker.h"
#include "PusherAdapter.h"

#include "Auth.h"
#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ey::notify {

/// One provider as an admin sees it: who it is, whether it has credentials, its queue.
struct ProviderStatus
{
    std::string name;
    bool configured = false;
    QueueCounts queue;
};

/// What an admin sees about message delivery.
struct NotifyStatus
{
    ProviderStatus email;    ///< channel 'email'
    ProviderStatus pusher;   ///< channel 'pusher' (realtime web)
    ProviderStatus push;     ///< channel 'push' (OneSignal)
    ProviderStatus whatsapp; ///< channel 'whatsapp' (Starsender or Fonnte)
};

/// The providers the notifier delivers through; each may be unconfigured.
struct NotifyProviders
{
    std::shared_ptr<EmailSender> email;
    std::shared_ptr<PusherAdapter> pusher;
    std::shared_ptr<OneSignalAdapter> push;
    std::shared_ptr<ChannelSender> whatsapp; ///< Starsender or Fonnte, per whatsapp.provider
};

/// Implements NotifyService for the other modules and serves the notify routes. Thread safe.
/// Owns this instance's EventHub (LISTEN thread) and OutboundWorker (delivery thread); both stop
/// when it is destroyed, which the server does after its HTTP listener has stopped.
/// Realtime events are also queued for Pusher while Pusher is configured on this instance (an
/// event is only worth delivering now; the SSE replay covers clients that were away), and pushes
/// are always queued, waiting for OneSignal credentials if need be; so are WhatsApp messages.
class Notifier : public NotifyService
{
public:
    static constexpr int kReplayLimit = 500;
    static constexpr std::int64_t kReplayWindowMs = 24LL * 60 * 60 * 1000;

    Notifier(core::Db& db, const core::Clock& clock, NotifyProviders providers,
             std::chrono::milliseconds outboundPoll);
    ~Notifier() override;

    void notify(core::Sql& tx, const NewNotification& notification) override;
    void publish(core::Sql& tx, const Audience& audience, const std::string& event,
                 const core::json::ObjectPtr& data) override;
    std::optional<std::string> queueWhatsApp(core::Sql& tx, const std::string& userId,
                                             const std::string& subject,
                                             const std::string& text) override;

    /// A stored WhatsApp number as the providers want it: digits with the country code
    /// ("+62 812-3456" and "0812-3456" both become "628123456"); empty when nothing is left.
    static std::string whatsappDigits(const std::string& stored);

    /// The user's notifications, newest first; up to page.limit + 1 (the extra one means "more").
    std::vector<Notification> list(const core::AuthContext& user, bool unreadOnly,
                                   const core::PageRequest& page);
    std::int64_t unreadCount(const core::AuthContext& user);
    /// 404 problem when the id is not one of the user's notifications.
    void markRead(const core::AuthContext& user, const std::string& id);
    std::int64_t markAllRead(const core::AuthContext& user);

    /// Registers a live stream for the user (before replay, so nothing falls in between).
    std::shared_ptr<EventSubscription> subscribe(const core::AuthContext& user);
    /// Stored events after `afterId` the user may see: at most the newest 500 of the last 24 h.
    std::vector<RealtimeEvent> replay(const core::AuthContext& user, std::int64_t afterId);
    NotifyStatus status();
    /// The Pusher private-channel auth for this socket: "<key>:<signature>". Only the caller's own
    /// private-user-<id> channel and private-permission-<p> for a permission the caller holds
    /// (403 otherwise); 503 while Pusher is not configured, 422 for a malformed socket id.
    std::string pusherAuth(const core::AuthContext& user, const std::string& socketId,
                           const std::string& channelName);
    bool listening() const { return m_hub->listening(); }

    static core::json::ObjectPtr toJson(const Notification& notification);

private:
    void publishUnread(core::Sql& tx, const std::string& userId);

    core::Db& m_db;
    const core::Clock& m_clock;
    NotifyProviders m_providers;
    // Declared in start order: the hub wakes the worker, so the worker is built first and stopped
    // last.
    std::unique_ptr<OutboundWorker> m_worker;
    std::unique_ptr<EventHub> m_hub;
};

} // namespace ey::notify
