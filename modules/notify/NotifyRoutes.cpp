// Notify HTTP: parse and validate input, call the Notifier, write JSON or the SSE stream. No SQL
// here.
#include "NotifyRoutes.h"

#include "Strings.h"

#include "EventStreamWriter.h"

#include "Paging.h"
#include "Problem.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <memory>
#include <utility>

namespace ey::notify {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

bool isTimestamp(const std::string& text)
{
    return text.size() >= 20 && text.size() <= 32 &&
           text.find_first_not_of("0123456789-:.TZ") == std::string::npos;
}

core::PageRequest pageOf(const Request& request)
{
    auto page = core::PageRequest::from(request);
    if (page.afterId && (!core::isUuid(*page.afterId) || !isTimestamp(*page.afterKey)))
        throw core::Problem::badRequest(
            {"Kursor halaman tidak valid; muat ulang daftar dari awal.",
             "The page cursor is invalid; reload the list from the start."});
    return page;
}

/// The id of the last event the client saw: Last-Event-ID header (EventSource reconnects) or
/// ?last_event_id= (clients that cannot set headers). Absent means a fresh start, no replay.
std::optional<std::int64_t> lastEventId(const Request& request)
{
    std::string text = request.header("Last-Event-ID");
    if (text.empty())
        text = request.queryValue("last_event_id").value_or("");
    if (text.empty())
        return std::nullopt;
    if (text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        throw core::Problem::badRequest(
            {"Last-Event-ID harus berupa angka id kejadian terakhir; sambungkan ulang tanpa "
             "nilai itu untuk mulai dari awal.",
             "Last-Event-ID must be the numeric id of the last event; reconnect without it "
             "to start afresh."});
    return std::stoll(text);
}

json::ObjectPtr queueJson(const QueueCounts& counts)
{
    auto queue = json::object();
    queue->set("queued", counts.queued);
    queue->set("failed", counts.failed);
    queue->set("sent", counts.sent);
    return queue;
}

/// socket_id and channel_name: pusher-js posts them as a form by default, other clients as JSON.
json::ObjectPtr authFields(const Request& request)
{
    if (!request.header("Content-Type").starts_with("application/x-www-form-urlencoded"))
        return request.jsonBody();
    auto fields = json::object();
    try {
        Poco::URI uri;
        uri.setRawQuery(request.body);
        for (const auto& [name, value] : uri.getQueryParameters())
            fields->set(name, value);
    } catch (const Poco::Exception&) {
        throw core::Problem::badRequest({"Isi formulir tidak dapat dibaca; kirim socket_id dan "
                                         "channel_name sebagai formulir atau JSON.",
                                         "The form body cannot be read; send socket_id and "
                                         "channel_name as a form or as JSON."});
    }
    return fields;
}

} // namespace

void addNotifyRoutes(core::Router& router, Notifier& notifier, std::chrono::seconds heartbeat)
{
    using core::access::SignedIn;

    router.add({"GET", "/api/v1/notifications", SignedIn,
                [&notifier](Request& request, Response& response) {
                    const auto page = pageOf(request);
                    const auto unread = request.queryValue("unread").value_or("");
                    auto items =
                        notifier.list(request.user(), unread == "true" || unread == "1", page);
                    const bool more = static_cast<int>(items.size()) > page.limit;
                    if (more)
                        items.resize(static_cast<std::size_t>(page.limit));
                    auto list = json::array();
                    for (const auto& item : items)
                        list->add(Notifier::toJson(item));
                    auto body = json::object();
                    body->set("items", list);
                    body->set("next_cursor", more ? Poco::Dynamic::Var(core::encodeCursor(
                                                        items.back().createdAt, items.back().id))
                                                  : Poco::Dynamic::Var());
                    response.json(body);
                },
                0, "listNotifications"});

    router.add({"GET", "/api/v1/notifications/unread-count", SignedIn,
                [&notifier](Request& request, Response& response) {
                    auto body = json::object();
                    body->set("unread", notifier.unreadCount(request.user()));
                    response.json(body);
                },
                0, "countUnreadNotifications"});

    router.add({"POST", "/api/v1/notifications/{id}/read", SignedIn,
                [&notifier](Request& request, Response& response) {
                    notifier.markRead(request.user(), request.param("id"));
                    response.noContent();
                },
                1024, "markNotificationRead"});

    router.add({"POST", "/api/v1/notifications/read-all", SignedIn,
                [&notifier](Request& request, Response& response) {
                    auto body = json::object();
                    body->set("updated", notifier.markAllRead(request.user()));
                    response.json(body);
                },
                1024, "markAllNotificationsRead"});

    router.add({"GET", "/api/v1/events", SignedIn,
                [&notifier, heartbeat](Request& request, Response& response) {
                    const auto after = lastEventId(request);
                    const auto& user = request.user();
                    // Subscribe first, then read the replay: an event committed in between is in
                    // one or both, and the writer sends it once.
                    auto live = notifier.subscribe(user);
                    auto replay = std::make_shared<std::vector<RealtimeEvent>>();
                    if (after)
                        *replay = notifier.replay(user, *after);
                    response.status = 200;
                    response.contentType = "text/event-stream; charset=utf-8";
                    response.stream = [live, replay, heartbeat,
                                       stopping = request.stopping](std::ostream& out) {
                        EventStreamWriter(out, heartbeat, stopping).run(*replay, *live);
                    };
                },
                0, "streamEvents"});

    router.add({"GET", "/api/v1/admin/notify/status", "notify.manage",
                [&notifier](Request&, Response& response) {
                    const auto status = notifier.status();
                    auto providers = json::object();
                    auto queues = json::object();
                    for (const auto& [channel, provider] :
                         {std::pair<const char*, const ProviderStatus*>{"email", &status.email},
                          {"pusher", &status.pusher},
                          {"push", &status.push},
                          {"whatsapp", &status.whatsapp}}) {
                        auto entry = json::object();
                        entry->set("configured", provider->configured);
                        entry->set("name", provider->name);
                        providers->set(channel, entry);
                        queues->set(channel, queueJson(provider->queue));
                    }
                    auto body = json::object();
                    body->set("providers", providers);
                    body->set("queue", queueJson(status.email.queue)); // the email queue, as before
                    body->set("queues", queues);
                    response.json(body);
                },
                0, "getNotifyStatus"});

    router.add({"POST", "/api/v1/realtime/pusher/auth", SignedIn,
                [&notifier](Request& request, Response& response) {
                    json::Reader reader(authFields(request));
                    const auto socketId = reader.requiredString("socket_id", 50);
                    const auto channel = reader.requiredString("channel_name", 200);
                    reader.finish();
                    auto body = json::object();
                    body->set("auth", notifier.pusherAuth(request.user(), socketId, channel));
                    response.json(body);
                },
                4096, "authorizePusherChannel"});
}

} // namespace ey::notify
