// Plain records of the notify domain: notifications, realtime events, outbound messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::notify {

/// One stored in-app notification, as its owner sees it.
struct Notification
{
    std::string id;
    std::string type;
    std::string title;
    std::string message;
    std::optional<std::string> redirect;
    std::optional<std::string> sourceId;
    bool read = false;
    std::string createdAt; ///< ISO-8601 UTC with microseconds (also the paging sort key)
};

/// One row of the realtime replay log; `id` is the SSE event id.
struct RealtimeEvent
{
    std::int64_t id = 0;
    std::string event;
    std::vector<std::string> userIds;
    std::string permission;
    bool everyone = false;
    std::string data; ///< JSON text, written to the stream as is
};

/// One message in the outbound queue, claimed by a sender.
struct OutboundMessage
{
    std::string id;
    std::string channel;
    std::string recipient;
    std::string subject;
    std::string body;
    int attempts = 0; ///< attempts made before this one
};

/// How many queued, failed and sent messages one channel has.
struct QueueCounts
{
    std::int64_t queued = 0; ///< waiting, including those being sent right now
    std::int64_t failed = 0;
    std::int64_t sent = 0;
};

} // namespace ey::notify
