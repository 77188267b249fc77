// Notify HTTP: parse and validate input, call the Notifier, write JSON or the SSE stream. No SQL
// here.
#include "NotifyRoutes.h"

#include "Strings.h"

#include "EventStreamWriter.h"

#include "Paging.h"
#include "Problem.h"

#include <memory>

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
                    auto email = json::object();
                    email->set("configured", status.emailConfigured);
                    email->set("name", status.emailProvider);
                    auto providers = json::object();
                    providers->set("email", email);
                    auto queue = json::object();
                    queue->set("queued", status.email.queued);
                    queue->set("failed", status.email.failed);
                    queue->set("sent", status.email.sent);
                    auto body = json::object();
                    body->set("providers", providers);
                    body->set("queue", queue);
                    response.json(body);
                },
                0, "getNotifyStatus"});
}

} // namespace ey::notify
