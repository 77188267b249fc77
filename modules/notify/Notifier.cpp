// Notification rules, publishing, and the email, WhatsApp, push and Pusher queues.
#include "Notifier.h"

#include "EventStore.h"
#include "NotificationStore.h"
#include "OutboundStore.h"

#include "Log.h"
#include "Problem.h"

#include <algorithm>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string_view>

namespace ey::notify {

namespace {

const std::vector<std::string> kTypes = {"CHAT", "COMMENT", "POST", "EVENT", "SYSTEM", "TICKET"};

/// The first `limit` characters (code points) of UTF-8 text, so a long title never breaks a CHECK.
std::string firstChars(const std::string& text, std::size_t limit)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == limit)
            return text.substr(0, i);
    }
    return text;
}

std::string emailHtml(const NewNotification& n)
{
    std::string html = "<p>";
    for (const char c : n.message) {
        switch (c) {
        case '&':
            html += "&amp;";
            break;
        case '<':
            html += "&lt;";
            break;
        case '>':
            html += "&gt;";
            break;
        case '"':
            html += "&quot;";
            break;
        case '\n':
            html += "<br>";
            break;
        default:
            html += c;
        }
    }
    return html + "</p>";
}

/// The WhatsApp text of a notification: the title in bold (WhatsApp's *...*), then the message.
std::string whatsappText(const NewNotification& n)
{
    return n.message.empty() ? "*" + n.title + "*" : "*" + n.title + "*\n" + n.message;
}

} // namespace

Notifier::Notifier(core::Db& db, const core::Clock& clock, NotifyProviders providers,
                   std::chrono::milliseconds outboundPoll)
    : m_db(db), m_clock(clock), m_providers(std::move(providers))
{
    std::vector<std::shared_ptr<ChannelSender>> senders{
        std::make_shared<EmailChannel>(m_providers.email), m_providers.pusher, m_providers.push,
        m_providers.whatsapp};
    m_worker = std::make_unique<OutboundWorker>(m_db, m_clock, std::move(senders), outboundPoll);
    m_hub = std::make_unique<EventHub>(m_db.url(), [this] { m_worker->wake(); });
}

Notifier::~Notifier()
{
    m_hub.reset();
    m_worker.reset();
}

void Notifier::notify(core::Sql& tx, const NewNotification& notification)
{
    // Callers are other modules, so a bad type or empty title is a programming error, not user
    // input.
    if (std::find(kTypes.begin(), kTypes.end(), notification.type) == kTypes.end())
        throw std::invalid_argument("unknown notification type " + notification.type);
    if (notification.title.empty() || notification.userId.empty())
        throw std::invalid_argument("a notification needs a user and a title");
    NewNotification clean = notification;
    clean.title = firstChars(notification.title, 200);
    clean.message = firstChars(notification.message, 2000);
    clean.redirect = firstChars(notification.redirect, 500);
    clean.sourceId = firstChars(notification.sourceId, 100);

    const auto now = m_clock.nowMs();
    const auto stored = NotificationStore::insert(tx, clean, now);
    publish(tx, Audience{{clean.userId}, {}, false}, "notification", toJson(stored));
    if (clean.email) {
        if (const auto address = NotificationStore::emailOf(tx, clean.userId)) {
            OutboundStore::enqueue(
                tx, {"email", clean.userId, stored.id, *address, clean.title, emailHtml(clean)},
                now);
        }
    }
    if (clean.push) {
        // Queued even without OneSignal credentials: it goes once an instance has them.
        OutboundStore::enqueue(tx,
                               {"push", clean.userId, stored.id, clean.userId, clean.title,
                                OneSignalAdapter::queuedBody(clean.title, clean.message,
                                                             clean.redirect, clean.sourceId)},
                               now);
    }
    if (clean.whatsapp)
        queueWhatsApp(tx, clean.userId, clean.title, whatsappText(clean));
}

std::optional<std::string> Notifier::queueWhatsApp(core::Sql& tx, const std::string& userId,
                                                   const std::string& subject,
                                                   const std::string& text)
{
    const auto stored = OutboundStore::whatsappOf(tx, userId);
    const auto number = stored ? whatsappDigits(*stored) : std::string();
    if (number.empty()) {
        core::log::server()->info("no WhatsApp number for user {}: WhatsApp message not queued",
                                  userId);
        return std::nullopt;
    }
    // Queued even without provider credentials: it goes once an instance has them.
    return OutboundStore::enqueue(
        tx, {"whatsapp", userId, std::nullopt, number, firstChars(subject, 200), text},
        m_clock.nowMs());
}

std::string Notifier::whatsappDigits(const std::string& stored)
{
    std::string digits;
    for (const char c : stored) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    // Indonesian numbers are often written nationally ("0812..."); the providers want "62812...".
    if (digits.starts_with('0'))
        digits = "62" + digits.substr(1);
    return digits;
}

void Notifier::publish(core::Sql& tx, const Audience& audience, const std::string& event,
                       const core::json::ObjectPtr& data)
{
    static const std::regex name("[a-z][a-z0-9_.-]{0,63}");
    if (!std::regex_match(event, name))
        throw std::invalid_argument("realtime event names are lower-case words with dots: " +
                                    event);
    const auto now = m_clock.nowMs();
    const auto json = data ? core::json::stringify(data) : std::string("{}");
    const auto id = EventStore::insert(tx, audience, event, json, now);
    if (!m_providers.pusher->configured())
        return;
    // Queued in the same transaction, so a rollback drops the trigger too, and sent by the
    // worker, so Pusher being slow or down never holds the caller's transaction.
    for (const auto& channel : PusherAdapter::channelsFor(audience)) {
        std::optional<std::string> userId;
        if (channel.starts_with("private-user-"))
            userId = channel.substr(std::string_view("private-user-").size());
        OutboundStore::enqueue(tx,
                               {"pusher", userId, std::nullopt, channel, event,
                                PusherAdapter::triggerBody(channel, event, json, id)},
                               now);
    }
}

std::vector<Notification> Notifier::list(const core::AuthContext& user, bool unreadOnly,
                                         const core::PageRequest& page)
{
    return NotificationStore::list(m_db, user.userId, unreadOnly, page);
}

std::int64_t Notifier::unreadCount(const core::AuthContext& user)
{
    return NotificationStore::unreadCount(m_db, user.userId);
}

void Notifier::markRead(const core::AuthContext& user, const std::string& id)
{
    m_db.transaction([&](core::Tx& tx) {
        if (!NotificationStore::markRead(tx, id, user.userId, m_clock.nowMs()))
            throw core::Problem::notFound(
                {"Notifikasi tidak ditemukan. Muat ulang daftar notifikasi Anda.",
                 "Notification not found. Reload your notification list."});
        publishUnread(tx, user.userId);
    });
}

std::int64_t Notifier::markAllRead(const core::AuthContext& user)
{
    std::int64_t updated = 0;
    m_db.transaction([&](core::Tx& tx) {
        updated = NotificationStore::markAllRead(tx, user.userId, m_clock.nowMs());
        if (updated > 0)
            publishUnread(tx, user.userId);
    });
    return updated;
}

void Notifier::publishUnread(core::Sql& tx, const std::string& userId)
{
    // The user's other open clients update their badge without polling.
    auto data = core::json::object();
    data->set("unread", NotificationStore::unreadCount(tx, userId));
    publish(tx, Audience{{userId}, {}, false}, "notifications.unread", data);
}

std::shared_ptr<EventSubscription> Notifier::subscribe(const core::AuthContext& user)
{
    return m_hub->subscribe(user);
}

std::vector<RealtimeEvent> Notifier::replay(const core::AuthContext& user, std::int64_t afterId)
{
    return EventStore::replay(m_db, afterId, user.userId, user.permissions,
                              m_clock.nowMs() - kReplayWindowMs, kReplayLimit);
}

NotifyStatus Notifier::status()
{
    const auto of = [this](const ChannelSender& sender) {
        return ProviderStatus{sender.name(), sender.configured(),
                              OutboundStore::counts(m_db, sender.channel())};
    };
    return {of(EmailChannel(m_providers.email)), of(*m_providers.pusher), of(*m_providers.push),
            of(*m_providers.whatsapp)};
}

std::string Notifier::pusherAuth(const core::AuthContext& user, const std::string& socketId,
                                 const std::string& channelName)
{
    if (!m_providers.pusher->configured())
        throw core::Problem::unavailable(
            {"Realtime web (Pusher) belum dikonfigurasi di server. Minta admin mengisi kredensial "
             "Pusher; sementara itu pembaruan tetap tiba lewat aliran kejadian aplikasi.",
             "Realtime web (Pusher) is not configured on the server. Ask an admin to add the "
             "Pusher credentials; meanwhile updates still arrive through the app's event stream."});
    static const std::regex socket("[0-9]{1,20}\\.[0-9]{1,20}");
    if (!std::regex_match(socketId, socket))
        throw core::Problem::validation(
            {{"socket_id",
              {"socket_id harus berupa id koneksi dari Pusher (contoh 1234.5678); sambungkan ulang "
               "ke Pusher lalu coba lagi.",
               "socket_id must be the connection id Pusher gave (e.g. 1234.5678); reconnect to "
               "Pusher and try again."}}});
    const std::string permissionPrefix = "private-permission-";
    const bool own = channelName == "private-user-" + user.userId;
    const bool permitted = channelName.starts_with(permissionPrefix) &&
                           user.can(channelName.substr(permissionPrefix.size()));
    if (!own && !permitted)
        throw core::Problem(
            403, "https://eksporyuk.com/problems/forbidden", {"Akses ditolak", "Access denied"},
            {"Anda hanya dapat berlangganan kanal pribadi Anda sendiri dan kanal izin yang Anda "
             "miliki.",
             "You may only subscribe to your own private channel and to channels of permissions "
             "you hold."});
    return m_providers.pusher->channelAuth(socketId, channelName);
}

core::json::ObjectPtr Notifier::toJson(const Notification& n)
{
    auto object = core::json::object();
    object->set("id", n.id);
    object->set("type", n.type);
    object->set("title", n.title);
    object->set("message", n.message);
    object->set("redirect", n.redirect ? Poco::Dynamic::Var(*n.redirect) : Poco::Dynamic::Var());
    object->set("source_id", n.sourceId ? Poco::Dynamic::Var(*n.sourceId) : Poco::Dynamic::Var());
    object->set("read", n.read);
    object->set("created_at", n.createdAt);
    return object;
}

} // namespace ey::notify
