// SQL for the realtime replay log and its pg_notify signal. No rules here.
#pragma once

#include "Notification.h"
#include "NotifyService.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ey::notify {

class EventStore
{
public:
    /// Stores the event and signals every listening server instance; PostgreSQL delivers the
    /// signal when the caller's transaction commits, and drops it on rollback.
    static std::int64_t insert(core::Sql& sql, const Audience& audience, const std::string& event,
                               const std::string& dataJson, std::int64_t nowMs);
    static std::optional<RealtimeEvent> byId(core::Sql& sql, std::int64_t id);
    /// Every event after `afterId`, oldest first (a listener catching up after a reconnect).
    static std::vector<RealtimeEvent> after(core::Sql& sql, std::int64_t afterId, int limit);
    /// The newest `limit` events after `afterId` created since `sinceMs` that this user may see,
    /// oldest first.
    static std::vector<RealtimeEvent> replay(core::Sql& sql, std::int64_t afterId,
                                             const std::string& userId,
                                             const std::set<std::string>& permissions,
                                             std::int64_t sinceMs, int limit);
    static std::int64_t latestId(core::Sql& sql);
};

} // namespace ey::notify
