// Notifications and realtime delivery: what other modules call to tell people something happened.
#pragma once

#include "Auth.h"
#include "Db.h"
#include "Json.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::notify {

/// Who receives a realtime event.
struct Audience
{
    std::vector<std::string> userIds; ///< these users
    std::string permission;           ///< and/or everyone holding this permission
    bool everyone = false;            ///< every signed-in client
};

/// One in-app notification for one user (type: CHAT, COMMENT, POST, EVENT, SYSTEM or TICKET).
struct NewNotification
{
    std::string userId;
    std::string type;
    std::string title;
    std::string message;
    std::string redirect; ///< where the client goes when it is clicked ("ticket:<id>")
    std::string sourceId;
    bool email = false;    ///< also queue an email through the notify queue
    bool push = false;     ///< also queue a mobile/web push (OneSignal) to the user's devices
    bool whatsapp = false; ///< also queue a WhatsApp message to the user's number
};

/// Thread safe. Both calls write inside the caller's transaction; delivery to connected clients
/// happens when that transaction commits (pg_notify), on every server instance.
class NotifyService
{
public:
    virtual ~NotifyService() = default;
    /// Stores the notification, queues its email when asked, and publishes a "notification" event.
    virtual void notify(core::Sql& tx, const NewNotification& notification) = 0;
    /// Publishes a named realtime event ("branding.updated", "ticket.updated") with a JSON payload.
    virtual void publish(core::Sql& tx, const Audience& audience, const std::string& event,
                         const core::json::ObjectPtr& data) = 0;
    /// Queues a WhatsApp text to the user's number (users.whatsapp, sent as digits "62812...").
    /// Returns the queued outbound message's id, or nothing when the user has no number (logged;
    /// the caller decides what that means). `subject` is only shown to admins.
    virtual std::optional<std::string> queueWhatsApp(core::Sql& tx, const std::string& userId,
                                                     const std::string& subject,
                                                     const std::string& text) = 0;
};

} // namespace ey::notify
