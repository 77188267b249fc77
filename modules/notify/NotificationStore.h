// SQL for in-app notifications. No rules here.
#pragma once

#include "Notification.h"
#include "NotifyService.h"

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::notify {

class NotificationStore
{
public:
    static Notification insert(core::Sql& sql, const NewNotification& notification,
                               std::int64_t nowMs);
    /// One page of a user's notifications, newest first; returns up to page.limit + 1 rows.
    static std::vector<Notification> list(core::Sql& sql, const std::string& userId,
                                          bool unreadOnly, const core::PageRequest& page);
    static std::int64_t unreadCount(core::Sql& sql, const std::string& userId);
    /// False when no notification with that id belongs to the user (also for malformed ids).
    static bool markRead(core::Sql& sql, const std::string& id, const std::string& userId,
                         std::int64_t nowMs);
    static std::int64_t markAllRead(core::Sql& sql, const std::string& userId, std::int64_t nowMs);
    /// The address an email to this user goes to, when the user exists.
    static std::optional<std::string> emailOf(core::Sql& sql, const std::string& userId);
};

} // namespace ey::notify
