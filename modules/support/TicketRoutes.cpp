// Ticket desk HTTP: parse and validate input, call the service, write JSON. No SQL here.
#include "TicketRoutes.h"

#include "TicketStore.h"

#include "Idempotency.h"
#include "Paging.h"
#include "Problem.h"

#include <Poco/URI.h>

#include <algorithm>

namespace ey::support {

using core::Problem;
using core::Request;
using core::Response;
namespace json = core::json;

namespace {

using core::json::orNull;

const std::string kUse = "tickets.use";
const std::string kHandle = "tickets.handle";
const std::string kManage = "tickets.manage";

Viewer viewerOf(const Request& request)
{
    const auto& user = request.user();
    return {user.userId, user.fullName, user.can(kHandle), user.can(kManage), request.clientIp};
}

json::ObjectPtr ticketJson(const Ticket& t)
{
    auto object = json::object();
    object->set("id", t.id);
    object->set("number", t.number);
    object->set("title", t.title);
    object->set("category", t.category);
    object->set("category_label", categoryLabel(t.category));
    object->set("description", t.description);
    object->set("priority", t.priority);
    object->set("status", t.status);
    auto owner = json::object();
    owner->set("id", t.ownerId);
    owner->set("full_name", t.ownerName);
    owner->set("email", t.ownerEmail);
    object->set("owner", owner);
    object->set("owner_role", t.ownerRole);
    if (t.assigneeId) {
        auto assignee = json::object();
        assignee->set("id", *t.assigneeId);
        assignee->set("full_name", orNull(t.assigneeName));
        object->set("assignee", assignee);
    } else {
        object->set("assignee", Poco::Dynamic::Var());
    }
    auto links = json::object();
    links->set("membership_id", orNull(t.links.membershipId));
    links->set("invoice_number", orNull(t.links.invoiceNumber));
    links->set("course_id", orNull(t.links.courseId));
    object->set("links", links);
    object->set("created_at", t.createdAt);
    object->set("updated_at", t.updatedAt);
    object->set("first_response_at", orNull(t.firstResponseAt));
    object->set("resolved_at", orNull(t.resolvedAt));
    object->set("closed_at", orNull(t.closedAt));
    object->set("last_message_at", t.lastMessageAt);
    auto sla = json::object();
    sla->set("first_response_due", t.firstResponseDue);
    sla->set("resolution_due", t.resolutionDue);
    sla->set("breached", t.slaBreached);
    object->set("sla", sla);
    return object;
}

json::ObjectPtr attachmentJson(const AttachmentInfo& a)
{
    auto object = json::object();
    object->set("id", a.id);
    object->set("filename", a.filename);
    object->set("mime", a.mime);
    object->set("size", a.size);
    return object;
}

json::ObjectPtr messageJson(const Message& m)
{
    auto object = json::object();
    object->set("id", m.id);
    object->set("ticket_id", m.ticketId);
    object->set("kind", m.kind);
    if (m.authorId) {
        auto author = json::object();
        author->set("id", *m.authorId);
        author->set("full_name", orNull(m.authorName));
        object->set("author", author);
    } else {
        object->set("author", Poco::Dynamic::Var());
    }
    object->set("body", m.body);
    auto attachments = json::array();
    for (const auto& a : m.attachments)
        attachments->add(attachmentJson(a));
    object->set("attachments", attachments);
    object->set("created_at", m.createdAt);
    return object;
}

json::ObjectPtr countsJson(const std::map<std::string, std::int64_t>& counts,
                           const std::vector<std::string>& keys)
{
    auto object = json::object();
    // Every known key appears, zero included, so charts keep a stable legend.
    for (const auto& key : keys) {
        const auto it = counts.find(key);
        object->set(key, it == counts.end() ? std::int64_t(0) : it->second);
    }
    for (const auto& [key, count] : counts) {
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            object->set(key, count);
    }
    return object;
}

json::ObjectPtr slaTargetsJson(const std::vector<SlaTarget>& targets)
{
    auto list = json::array();
    for (const auto& target : targets) {
        auto item = json::object();
        item->set("priority", target.priority);
        item->set("first_response_hours", target.firstResponseHours);
        item->set("resolution_hours", target.resolutionHours);
        list->add(item);
    }
    auto body = json::object();
    body->set("targets", list);
    return body;
}

/// A query parameter that must be one of `allowed` (400 naming them otherwise).
std::optional<std::string> queryEnum(const Request& request, const std::string& name,
                                     const std::vector<std::string>& allowed)
{
    auto value = request.queryValue(name);
    if (!value || value->empty())
        return std::nullopt;
    if (std::find(allowed.begin(), allowed.end(), *value) != allowed.end())
        return value;
    std::string list;
    for (const auto& item : allowed)
        list += (list.empty() ? "" : ", ") + item;
    throw Problem::badRequest({"Parameter " + name + " harus salah satu dari: " + list + ".",
                               "Parameter " + name + " must be one of: " + list + "."});
}

TicketFilter rangeFrom(const Request& request, TicketService& service)
{
    TicketFilter filter;
    if (auto from = request.queryValue("from"); from && !from->empty())
        service.setRangeBound(filter, "from", *from, false);
    if (auto to = request.queryValue("to"); to && !to->empty())
        service.setRangeBound(filter, "to", *to, true);
    return filter;
}

/// The queue position inside a cursor: "<priority rank>,<last activity>" and the ticket id.
std::optional<QueuePosition> positionFrom(const core::PageRequest& page)
{
    if (!page.afterKey)
        return std::nullopt;
    const Problem invalid =
        Problem::badRequest({"Kursor halaman tidak valid; muat ulang daftar dari awal.",
                             "The page cursor is invalid; reload the list from the start."});
    const auto& key = *page.afterKey;
    const auto comma = key.find(',');
    if (comma != 1 || key[0] < '1' || key[0] > '4' || !page.afterId || !isUuid(*page.afterId))
        throw invalid;
    const auto time = key.substr(2);
    if (time.size() != 27 || time.find_first_not_of("0123456789-:.TZ") != std::string::npos)
        throw invalid;
    return QueuePosition{key[0] - '0', time, *page.afterId};
}

/// Content-Disposition for a stored name: an ASCII fallback plus the exact UTF-8 name (RFC 6266).
std::string contentDisposition(const std::string& filename)
{
    std::string ascii;
    for (unsigned char c : filename)
        ascii += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    std::string encoded;
    Poco::URI::encode(filename, "!#$&+,/:;=?@[]'()*\"\\ %", encoded);
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

void parseLinks(const json::ObjectPtr& body, json::Reader& in, TicketLinks& links)
{
    if (!body->has("links") || body->isNull("links"))
        return;
    const auto object = body->getObject("links");
    if (!object) {
        in.fail("links", {"Harus berupa objek {membership_id, invoice_number, course_id}.",
                          "Must be an object {membership_id, invoice_number, course_id}."});
        return;
    }
    const auto read = [&](const char* field, std::optional<std::string>& into) {
        if (!object->has(field) || object->isNull(field))
            return;
        const auto value = object->get(field);
        const auto key = std::string("links.") + field;
        if (!value.isString()) {
            in.fail(key, {"Harus berupa teks.", "Must be text."});
            return;
        }
        auto text = value.extract<std::string>();
        if (text.size() > 100)
            in.fail(key, {"Maksimal 100 karakter.", "At most 100 characters."});
        else if (!text.empty())
            into = text;
    };
    read("membership_id", links.membershipId);
    read("invoice_number", links.invoiceNumber);
    read("course_id", links.courseId);
}

std::vector<SlaTarget> parseSlaTargets(const json::ObjectPtr& body)
{
    std::map<std::string, core::Text> errors;
    std::vector<SlaTarget> targets;
    const auto list = body->has("targets") ? body->getArray("targets") : json::ArrayPtr();
    if (!list)
        throw Problem::validation({{"targets",
                                    {"Wajib berupa daftar target per prioritas.",
                                     "Must be a list of targets per priority."}}});
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto at = "targets[" + std::to_string(i) + "]";
        const auto item = list->getObject(i);
        if (!item) {
            errors[at] = {"Harus berupa objek.", "Must be an object."};
            continue;
        }
        SlaTarget target;
        const auto priority = item->get("priority");
        if (priority.isString())
            target.priority = priority.extract<std::string>();
        if (std::find(kPriorities.begin(), kPriorities.end(), target.priority) == kPriorities.end())
            errors[at + ".priority"] = {"Pilih salah satu: urgent, high, medium, low.",
                                        "Choose one of: urgent, high, medium, low."};
        const auto hours = [&](const char* field, int& into) {
            const auto value = item->get(field);
            const auto number = value.isInteger() ? value.convert<std::int64_t>() : 0;
            if (number < 1 || number > 8760)
                errors[at + "." + field] = {"Harus bilangan bulat antara 1 dan 8760 jam.",
                                            "Must be a whole number of hours between 1 and 8760."};
            else
                into = static_cast<int>(number);
        };
        hours("first_response_hours", target.firstResponseHours);
        hours("resolution_hours", target.resolutionHours);
        targets.push_back(target);
    }
    if (!errors.empty())
        throw Problem::validation(errors);
    return targets;
}

json::ObjectPtr metricsJson(const TicketMetrics& m)
{
    auto body = json::object();
    body->set("total", m.total);
    body->set("open", m.open);
    body->set("closed", m.closed);
    body->set("by_status", countsJson(m.byStatus, kStatuses));
    body->set("by_category", countsJson(m.byCategory, kCategories));
    body->set("by_owner_role", countsJson(m.byOwnerRole, {}));
    body->set("by_priority", countsJson(m.byPriority, kPriorities));
    body->set("avg_first_response_minutes", orNull(m.avgFirstResponseMinutes));
    body->set("avg_resolution_minutes", orNull(m.avgResolutionMinutes));
    auto sla = json::object();
    sla->set("first_response_met_pct", orNull(m.firstResponseMetPct));
    sla->set("resolution_met_pct", orNull(m.resolutionMetPct));
    sla->set("breached_open", m.breachedOpen);
    body->set("sla", sla);
    return body;
}

} // namespace

void addTicketRoutes(core::Router& router, const std::shared_ptr<TicketService>& service,
                     core::Db& db)
{
    // Fixed paths first: the router takes the first pattern that matches, and {id} would match them
    // too.
    router.add({"GET", "/api/v1/tickets/metrics", kHandle,
                [service](Request& request, Response& response) {
                    response.json(metricsJson(service->metrics(rangeFrom(request, *service))));
                },
                0, "getTicketMetrics"});

    router.add({"GET", "/api/v1/tickets/sla", kHandle,
                [service](Request&, Response& response) {
                    response.json(slaTargetsJson(service->slaTargets()));
                },
                0, "getTicketSla"});

    router.add({"PUT", "/api/v1/tickets/sla", kManage,
                [service](Request& request, Response& response) {
                    const auto targets = parseSlaTargets(request.jsonBody());
                    response.json(
                        slaTargetsJson(service->setSlaTargets(viewerOf(request), targets)));
                },
                16 * 1024, "setTicketSla"});

    router.add({"GET", "/api/v1/tickets/staff", kHandle,
                [service](Request&, Response& response) {
                    auto items = json::array();
                    for (const auto& person : service->staff()) {
                        auto item = json::object();
                        item->set("id", person.id);
                        item->set("full_name", person.fullName);
                        item->set("email", person.email);
                        item->set("open_tickets", person.openTickets);
                        items->add(item);
                    }
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listTicketStaff"});

    router.add(
        {"GET", "/api/v1/tickets", kUse,
         [service](Request& request, Response& response) {
             const auto viewer = viewerOf(request);
             const auto page = core::PageRequest::from(request);
             auto filter = rangeFrom(request, *service);
             filter.status = queryEnum(request, "status", kStatuses);
             filter.priority = queryEnum(request, "priority", kPriorities);
             filter.category = queryEnum(request, "category", kCategories);
             if (auto role = request.queryValue("owner_role"); role && !role->empty())
                 filter.ownerRole = role->substr(0, 50);
             if (auto assignee = request.queryValue("assignee"); assignee && !assignee->empty()) {
                 if (*assignee == "me")
                     filter.assigneeId = viewer.userId;
                 else if (*assignee == "unassigned")
                     filter.unassignedOnly = true;
                 else if (isUuid(*assignee))
                     filter.assigneeId = *assignee;
                 else
                     throw Problem::badRequest(
                         {"Parameter assignee harus me, unassigned, atau id pengguna.",
                          "Parameter assignee must be me, unassigned, or a user id."});
             }
             if (auto q = request.queryValue("q"); q && !q->empty()) {
                 if (q->size() > 200)
                     throw Problem::badRequest({"Kata kunci pencarian maksimal 200 karakter.",
                                                "The search text can be at most 200 characters."});
                 filter.search = *q;
             }
             auto tickets = service->list(viewer, filter, positionFrom(page), page.limit);
             const bool more = static_cast<int>(tickets.size()) > page.limit;
             if (more)
                 tickets.resize(static_cast<std::size_t>(page.limit));
             auto items = json::array();
             for (const auto& ticket : tickets)
                 items->add(ticketJson(ticket));
             auto body = json::object();
             body->set("items", items);
             if (more) {
                 const auto& last = tickets.back();
                 body->set("next_cursor", core::encodeCursor(std::to_string(last.priorityRank) +
                                                                 "," + last.lastMessageAt,
                                                             last.id));
             } else {
                 body->set("next_cursor", Poco::Dynamic::Var());
             }
             response.json(body);
         },
         0, "listTickets"});

    router.add({"POST", "/api/v1/tickets", kUse,
                core::idempotent(
                    db,
                    [service](Request& request, Response& response) {
                        const auto body = request.jsonBody();
                        json::Reader in(body);
                        NewTicket ticket;
                        // Byte limits here are generous; the service counts characters against the
                        // real limits.
                        ticket.title =
                            in.requiredString("title", 4 * TicketService::kMaxTitleChars);
                        ticket.category = in.requiredEnum("category", kCategories);
                        ticket.description =
                            in.requiredString("description", 4 * TicketService::kMaxTextChars);
                        ticket.priority =
                            in.optionalEnum("priority", kPriorities).value_or("medium");
                        parseLinks(body, in, ticket.links);
                        in.finish();
                        response.json(ticketJson(service->create(viewerOf(request), ticket)), 201);
                    }),
                64 * 1024, "createTicket"});

    router.add({"GET", "/api/v1/tickets/{id}", kUse,
                [service](Request& request, Response& response) {
                    response.json(ticketJson(service->get(viewerOf(request), request.param("id"))));
                },
                0, "getTicket"});

    router.add(
        {"PATCH", "/api/v1/tickets/{id}", kUse,
         [service](Request& request, Response& response) {
             const auto body = request.jsonBody();
             json::Reader in(body);
             TicketChanges changes;
             changes.status = in.optionalEnum("status", kStatuses);
             changes.priority = in.optionalEnum("priority", kPriorities);
             if (body->has("assignee_id")) {
                 if (body->isNull("assignee_id")) {
                     changes.assigneeId = std::optional<std::string>();
                 } else {
                     const auto id = in.optionalString("assignee_id", 36);
                     if (id && isUuid(*id))
                         changes.assigneeId = id;
                     else
                         in.fail("assignee_id",
                                 {"Harus berupa id pengguna, atau null untuk melepas penugasan.",
                                  "Must be a user id, or null to unassign."});
                 }
             }
             in.finish();
             response.json(
                 ticketJson(service->update(viewerOf(request), request.param("id"), changes)));
         },
         16 * 1024, "updateTicket"});

    router.add({"GET", "/api/v1/tickets/{id}/messages", kUse,
                [service](Request& request, Response& response) {
                    auto items = json::array();
                    for (const auto& message :
                         service->messages(viewerOf(request), request.param("id")))
                        items->add(messageJson(message));
                    auto body = json::object();
                    body->set("items", items);
                    response.json(body);
                },
                0, "listTicketMessages"});

    router.add({"POST", "/api/v1/tickets/{id}/messages", kUse,
                core::idempotent(db,
                                 [service](Request& request, Response& response) {
                                     json::Reader in(request.jsonBody());
                                     const auto text = in.requiredString(
                                         "body", 4 * TicketService::kMaxTextChars);
                                     const auto attachmentIds = in.stringList("attachment_ids", 10);
                                     in.finish();
                                     response.json(messageJson(service->reply(viewerOf(request),
                                                                              request.param("id"),
                                                                              text, attachmentIds)),
                                                   201);
                                 }),
                64 * 1024, "replyToTicket"});

    router.add({"POST", "/api/v1/tickets/{id}/attachments", kUse,
                [service](Request& request, Response& response) {
                    const auto filename = request.queryValue("filename").value_or(std::string());
                    const auto info = service->upload(viewerOf(request), request.param("id"),
                                                      filename, request.body);
                    response.json(attachmentJson(info), 201);
                },
                // A little over the limit, so a file just too big gets the service's own 10 MB
                // message (and the client has sent it whole) rather than a cut connection.
                static_cast<std::size_t>(TicketService::kMaxAttachmentBytes) + 256 * 1024,
                "uploadTicketAttachment"});

    router.add({"GET", "/api/v1/tickets/{id}/attachments/{attachmentId}", kUse,
                [service](Request& request, Response& response) {
                    auto file = service->download(viewerOf(request), request.param("id"),
                                                  request.param("attachmentId"));
                    response.status = 200;
                    response.contentType = file.info.mime;
                    response.headers["Content-Disposition"] =
                        contentDisposition(file.info.filename);
                    response.headers["X-Content-Type-Options"] = "nosniff";
                    response.headers["Cache-Control"] = "private, no-store";
                    response.body = std::move(file.bytes);
                },
                0, "downloadTicketAttachment"});
}

} // namespace ey::support
