// Ticket desk rules.
#include "TicketService.h"

#include "TicketStore.h"

#include "Audit.h"
#include "Json.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <map>
#include <set>

namespace ey::support {

using core::Problem;
using core::Text;

namespace {

const char* const kProblemBase = "https://eksporyuk.com/problems/";

std::size_t utf8Length(const std::string& text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

Problem notFound()
{
    return Problem::notFound({"Tiket tidak ditemukan atau Anda tidak memiliki akses ke tiket ini.",
                              "The ticket does not exist or you do not have access to it."});
}

Problem refused(Text detail)
{
    return {403,
            std::string(kProblemBase) + "forbidden",
            {"Akses ditolak", "Access denied"},
            std::move(detail)};
}

Problem ticketClosed()
{
    return Problem(
        409, std::string(kProblemBase) + "ticket-closed", {"Tiket sudah ditutup", "Ticket closed"},
        {"Tiket ini sudah ditutup dan hanya bisa dibaca. Buat tiket baru, atau minta admin "
         "membukanya "
         "kembali.",
         "This ticket is closed and read-only. Open a new ticket, or ask an admin to reopen it."});
}

Problem transitionRefused(const std::string& from, const std::string& to, bool managersOnly)
{
    const auto f = statusLabel(from);
    const auto t = statusLabel(to);
    Text detail{"Status tiket tidak bisa diubah dari " + f.id + " (" + from + ") ke " + t.id +
                    " (" + to + ").",
                "The ticket status cannot change from " + f.en + " (" + from + ") to " + t.en +
                    " (" + to + ")."};
    if (managersOnly) {
        detail.id += " Hanya admin yang dapat membuka kembali tiket yang sudah ditutup.";
        detail.en += " Only an admin can reopen a closed ticket.";
    }
    return {409,
            std::string(kProblemBase) + "ticket-transition",
            {"Perubahan status ditolak", "Status change refused"},
            std::move(detail)};
}

/// `text` cut to at most `maxChars` characters (with "..." when cut), never inside a UTF-8
/// sequence.
std::string clip(const std::string& text, std::size_t maxChars)
{
    if (utf8Length(text) <= maxChars)
        return text;
    std::size_t bytes = 0;
    std::size_t chars = 0;
    while (bytes < text.size() && chars + 3 < maxChars) {
        ++bytes;
        while (bytes < text.size() && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80)
            ++bytes;
        ++chars;
    }
    return text.substr(0, bytes) + "...";
}

// Notification titles hold 200 characters; previews stay short enough for a toast.
constexpr std::size_t kTitleChars = 200;
constexpr std::size_t kPreviewChars = 140;

core::json::ObjectPtr slaJson(const std::vector<SlaTarget>& targets)
{
    auto object = core::json::object();
    auto list = core::json::array();
    for (const auto& target : targets) {
        auto item = core::json::object();
        item->set("priority", target.priority);
        item->set("first_response_hours", target.firstResponseHours);
        item->set("resolution_hours", target.resolutionHours);
        list->add(item);
    }
    object->set("targets", list);
    return object;
}

core::json::ObjectPtr fieldJson(const std::string& name, const std::optional<std::string>& value)
{
    auto object = core::json::object();
    object->set(name, value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var());
    return object;
}

bool allowedAttachment(const std::string& mime)
{
    static const std::set<std::string> allowed = {
        "image/png",
        "image/jpeg",
        "image/gif",
        "image/webp",
        "application/pdf",
        "application/msword",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation"};
    return allowed.count(mime) > 0;
}

/// The name kept for an upload: no directories or control characters, and an extension that
/// matches what the bytes really are (so "virus.exe" renamed "x.pdf" can never come back as a PDF).
std::string cleanFilename(std::string name, const std::string& extension)
{
    const auto slash = name.find_last_of("/\\");
    if (slash != std::string::npos)
        name = name.substr(slash + 1);
    name.erase(std::remove_if(name.begin(), name.end(),
                              [](char c) {
                                  return static_cast<unsigned char>(c) < 0x20 || c == 0x7f ||
                                         c == '"';
                              }),
               name.end());
    const auto dot = name.rfind('.');
    std::string ext = dot == std::string::npos ? std::string() : name.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    const bool matches = ext == extension || (extension == "jpg" && ext == "jpeg");
    if (!matches)
        name =
            (dot == std::string::npos || dot == 0 ? name : name.substr(0, dot)) + "." + extension;
    if (name.empty() || name.front() == '.')
        name = "lampiran" + name;
    return name;
}

} // namespace

TicketService::TicketService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                             notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_files(files), m_notify(notify)
{
}

bool TicketService::transitionAllowed(const std::string& from, const std::string& to)
{
    static const std::map<std::string, std::set<std::string>> allowed = {
        {"open", {"in_progress", "waiting_user", "resolved", "closed"}},
        {"in_progress", {"waiting_user", "resolved", "closed"}},
        {"waiting_user", {"in_progress", "resolved", "closed"}},
        {"resolved", {"closed", "in_progress"}},
        {"closed", {"in_progress"}}};
    const auto it = allowed.find(from);
    return it != allowed.end() && it->second.count(to) > 0;
}

Ticket TicketService::requireVisible(core::Sql& sql, const Viewer& viewer, const std::string& id,
                                     bool lock)
{
    auto ticket = TicketStore::visible(sql, viewer, id, lock);
    if (!ticket)
        throw notFound();
    return *ticket;
}

void TicketService::applySla(Ticket& t) const
{
    const auto now = m_clock.nowMs();
    const bool responseLate =
        t.firstResponseMs ? *t.firstResponseMs > t.firstResponseDueMs : now > t.firstResponseDueMs;
    const bool resolutionLate = t.doneMs ? *t.doneMs > t.resolutionDueMs : now > t.resolutionDueMs;
    t.slaBreached = responseLate || resolutionLate;
}

void TicketService::systemMessage(core::Sql& tx, const std::string& ticketId,
                                  const std::string& body, std::int64_t nowMs)
{
    TicketStore::insertMessage(tx, ticketId, "system", std::nullopt, body, nowMs);
}

void TicketService::changeStatus(core::Sql& tx, const Ticket& ticket, const std::string& to,
                                 const std::string& actorName, std::int64_t nowMs)
{
    std::optional<std::string> resolvedAt;
    std::optional<std::string> closedAt;
    if (to == "resolved") {
        resolvedAt = core::isoTime(nowMs);
    } else if (to == "closed") {
        resolvedAt = ticket.resolvedAt;
        closedAt = core::isoTime(nowMs);
    }
    // Any move back into work (reopen) clears both, so they are set afresh when it ends again.
    TicketStore::setStatus(tx, ticket.id, to, resolvedAt, closedAt, nowMs);
    systemMessage(tx, ticket.id,
                  "Status diubah dari " + statusLabel(ticket.status).id + " ke " +
                      statusLabel(to).id + " oleh " + actorName + ".",
                  nowMs);
}

void TicketService::announceUpdate(core::Sql& tx, const Viewer& viewer, const Ticket& after,
                                   const std::string& title, const std::string& text)
{
    if (!title.empty()) {
        std::set<std::string> recipients;
        if (viewer.userId != after.ownerId) {
            recipients.insert(after.ownerId);
            if (after.assigneeId && *after.assigneeId != viewer.userId)
                recipients.insert(*after.assigneeId);
        } else if (after.assigneeId) {
            recipients.insert(*after.assigneeId);
        } else {
            // Nobody has taken it yet: the whole queue hears about it.
            for (const auto& id : TicketStore::holders(tx, "tickets.handle"))
                recipients.insert(id);
        }
        recipients.erase(viewer.userId);
        for (const auto& userId : recipients)
            m_notify.notify(tx, {userId, "TICKET", clip(title, kTitleChars), text,
                                 "ticket:" + after.id, after.id, userId == after.ownerId});
    }
    auto data = core::json::object();
    data->set("ticket_id", after.id);
    data->set("status", after.status);
    data->set("last_message_at", after.lastMessageAt);
    notify::Audience audience;
    audience.userIds.push_back(after.ownerId);
    if (after.assigneeId)
        audience.userIds.push_back(*after.assigneeId);
    // An unassigned ticket sits in every handler's queue, so every handler's desk must refresh it.
    audience.permission = after.assigneeId ? "tickets.manage" : "tickets.handle";
    m_notify.publish(tx, audience, "ticket.updated", data);
}

Ticket TicketService::create(const Viewer& viewer, NewTicket input)
{
    std::map<std::string, Text> errors;
    if (utf8Length(input.title) > kMaxTitleChars)
        errors["title"] = {"Judul maksimal 150 karakter.",
                           "The title can be at most 150 characters."};
    if (utf8Length(input.description) > kMaxTextChars)
        errors["description"] = {"Deskripsi maksimal 10.000 karakter.",
                                 "The description can be at most 10,000 characters."};
    if (!errors.empty())
        throw Problem::validation(errors);

    Ticket created;
    m_db.transaction([&](core::Tx& tx) {
        const auto now = m_clock.nowMs();
        const auto role = TicketStore::mainRole(tx, viewer.userId);
        if (!role)
            throw refused(
                {"Akun Anda belum memiliki peran, jadi belum bisa membuat tiket. Hubungi admin.",
                 "Your account has no role yet, so it cannot open tickets. Contact an admin."});
        const auto id = TicketStore::insert(tx, viewer.userId, *role, input, now);
        created = requireVisible(tx, viewer, id);

        std::set<std::string> staff;
        for (const auto& permission : {"tickets.manage", "tickets.handle"}) {
            for (const auto& userId : TicketStore::holders(tx, permission))
                staff.insert(userId);
        }
        staff.erase(viewer.userId);
        for (const auto& userId : staff)
            m_notify.notify(
                tx, {userId, "TICKET",
                     clip("Tiket baru " + created.number + ": " + created.title, kTitleChars),
                     categoryLabel(created.category) + " · " + priorityLabel(created.priority).id +
                         " · dari " + created.ownerName,
                     "ticket:" + id, id, true});
        auto data = core::json::object();
        data->set("ticket_id", id);
        data->set("number", created.number);
        data->set("status", created.status);
        data->set("priority", created.priority);
        data->set("last_message_at", created.lastMessageAt);
        notify::Audience audience;
        audience.userIds.push_back(viewer.userId);
        audience.permission = "tickets.handle";
        m_notify.publish(tx, audience, "ticket.created", data);
    });
    applySla(created);
    return created;
}

Ticket TicketService::get(const Viewer& viewer, const std::string& id)
{
    auto ticket = requireVisible(m_db, viewer, id);
    applySla(ticket);
    return ticket;
}

std::vector<Ticket> TicketService::list(const Viewer& viewer, TicketFilter filter,
                                        const std::optional<QueuePosition>& after, int limit)
{
    if (filter.search) {
        // Searched literally: % and _ typed by a person are not wildcards.
        std::string pattern = "%";
        for (char c : *filter.search) {
            if (c == '%' || c == '_' || c == '\\')
                pattern += '\\';
            pattern += c;
        }
        filter.search = pattern + "%";
    }
    auto tickets = TicketStore::list(m_db, viewer, filter, after, limit + 1);
    for (auto& ticket : tickets)
        applySla(ticket);
    return tickets;
}

Ticket TicketService::update(const Viewer& viewer, const std::string& id,
                             const TicketChanges& changes)
{
    Ticket result;
    m_db.transaction([&](core::Tx& tx) {
        const auto now = m_clock.nowMs();
        auto ticket = requireVisible(tx, viewer, id, true);
        const bool isOwner = ticket.ownerId == viewer.userId;
        const bool staff =
            viewer.canManage ||
            (viewer.canHandle && (!ticket.assigneeId || *ticket.assigneeId == viewer.userId));
        const auto wantsStatus = changes.status && *changes.status != ticket.status;
        const auto wantsPriority = changes.priority && *changes.priority != ticket.priority;
        const auto wantsAssignee = changes.assigneeId && *changes.assigneeId != ticket.assigneeId;

        if (!staff &&
            (wantsPriority || wantsAssignee || (wantsStatus && *changes.status != "closed")))
            throw refused({"Sebagai pemilik tiket, Anda hanya dapat menutup tiket ini. Prioritas, "
                           "status lain dan "
                           "penugasan diatur oleh tim support.",
                           "As the ticket's owner you can only close it. Priority, other statuses "
                           "and assignment "
                           "are set by the support team."});
        if (ticket.status == "closed" && !wantsStatus && (wantsPriority || wantsAssignee))
            throw ticketClosed();

        bool statusChanged = false;
        const Viewer everyone{viewer.userId, viewer.fullName, false, true, viewer.ip};
        if (wantsStatus) {
            const auto& to = *changes.status;
            if (!transitionAllowed(ticket.status, to))
                throw transitionRefused(ticket.status, to, false);
            if (ticket.status == "closed" && !viewer.canManage)
                throw transitionRefused(ticket.status, to, true);
            changeStatus(tx, ticket, to, viewer.fullName, now);
            if (staff && !isOwner)
                core::audit(tx, {viewer.userId,
                                 ticket.status == "closed" ? "ticket.reopen" : "ticket.status",
                                 "ticket", ticket.id, fieldJson("status", ticket.status),
                                 fieldJson("status", to), viewer.ip});
            statusChanged = true;
        }
        if (wantsPriority) {
            TicketStore::setPriority(tx, ticket.id, *changes.priority, now);
            systemMessage(tx, ticket.id,
                          "Prioritas diubah dari " + priorityLabel(ticket.priority).id + " ke " +
                              priorityLabel(*changes.priority).id + " oleh " + viewer.fullName +
                              ".",
                          now);
            core::audit(tx, {viewer.userId, "ticket.priority", "ticket", ticket.id,
                             fieldJson("priority", ticket.priority),
                             fieldJson("priority", *changes.priority), viewer.ip});
        }
        if (wantsAssignee) {
            const auto& assignee = *changes.assigneeId;
            const bool takesUnassigned =
                !ticket.assigneeId && assignee && *assignee == viewer.userId;
            if (!viewer.canManage && !(viewer.canHandle && takesUnassigned))
                throw refused({"Hanya admin yang dapat menugaskan atau memindahkan tiket. Anda "
                               "dapat mengambil tiket "
                               "yang belum ditugaskan untuk diri sendiri.",
                               "Only an admin can assign or reassign tickets. You can take an "
                               "unassigned ticket "
                               "for yourself."});
            if (assignee && !TicketStore::holds(tx, *assignee, "tickets.handle"))
                throw Problem::validation(
                    {{"assignee_id",
                      {"Tiket hanya dapat ditugaskan kepada staf support yang aktif.",
                       "A ticket can only be assigned to an active support staff member."}}});
            TicketStore::setAssignee(tx, ticket.id, assignee, now);
            const auto after = requireVisible(tx, everyone, ticket.id);
            systemMessage(tx, ticket.id,
                          after.assigneeName
                              ? "Tiket ditugaskan kepada " + *after.assigneeName + " oleh " +
                                    viewer.fullName + "."
                              : "Penugasan tiket dilepas oleh " + viewer.fullName + ".",
                          now);
            core::audit(tx, {viewer.userId, "ticket.assign", "ticket", ticket.id,
                             fieldJson("assignee_id", ticket.assigneeId),
                             fieldJson("assignee_id", assignee), viewer.ip});
            if (assignee && *assignee != viewer.userId)
                m_notify.notify(tx, {*assignee, "TICKET",
                                     "Tiket " + ticket.number + " ditugaskan kepada Anda",
                                     clip(ticket.title, kPreviewChars), "ticket:" + ticket.id,
                                     ticket.id, false});
        }
        if (wantsStatus || wantsPriority || wantsAssignee) {
            TicketStore::touch(tx, ticket.id, now);
            const auto after = requireVisible(tx, everyone, ticket.id);
            announceUpdate(
                tx, viewer, after,
                statusChanged ? "Status tiket " + after.number + " berubah" : std::string(),
                statusChanged ? statusLabel(ticket.status).id + " → " + statusLabel(after.status).id
                              : std::string());
        }
        result = requireVisible(tx, everyone, ticket.id);
    });
    applySla(result);
    return result;
}

std::vector<Message> TicketService::messages(const Viewer& viewer, const std::string& id)
{
    const auto ticket = requireVisible(m_db, viewer, id);
    return TicketStore::messages(m_db, ticket.id);
}

Message TicketService::reply(const Viewer& viewer, const std::string& id, const std::string& body,
                             std::vector<std::string> attachmentIds)
{
    if (utf8Length(body) > kMaxTextChars)
        throw Problem::validation(
            {{"body",
              {"Balasan maksimal 10.000 karakter.", "A reply can be at most 10,000 characters."}}});
    std::sort(attachmentIds.begin(), attachmentIds.end());
    attachmentIds.erase(std::unique(attachmentIds.begin(), attachmentIds.end()),
                        attachmentIds.end());
    const Text attachmentsGone{
        "Lampiran tidak ditemukan atau sudah terkirim. Unggah ulang berkasnya lalu kirim lagi.",
        "An attachment was not found or was already sent. Upload the file again and resend."};
    for (const auto& attachmentId : attachmentIds) {
        if (!isUuid(attachmentId))
            throw Problem::validation({{"attachment_ids", attachmentsGone}});
    }

    Message result;
    m_db.transaction([&](core::Tx& tx) {
        const auto now = m_clock.nowMs();
        const auto ticket = requireVisible(tx, viewer, id, true);
        if (ticket.status == "closed")
            throw ticketClosed();
        const bool isOwner = ticket.ownerId == viewer.userId;
        const auto messageId = TicketStore::insertMessage(tx, ticket.id, isOwner ? "user" : "staff",
                                                          viewer.userId, body, now);
        if (!attachmentIds.empty() &&
            TicketStore::attach(tx, ticket.id, viewer.userId, messageId, attachmentIds) !=
                static_cast<std::int64_t>(attachmentIds.size()))
            throw Problem::validation({{"attachment_ids", attachmentsGone}});
        if (!isOwner)
            TicketStore::markFirstResponse(tx, ticket.id, now);
        // The owner answering brings the ticket back to the desk (and reopens a resolved one).
        if (isOwner && (ticket.status == "waiting_user" || ticket.status == "resolved"))
            changeStatus(tx, ticket, "in_progress", viewer.fullName, now);
        TicketStore::touch(tx, ticket.id, now);
        const Viewer everyone{viewer.userId, viewer.fullName, false, true, viewer.ip};
        const auto after = requireVisible(tx, everyone, ticket.id);
        announceUpdate(tx, viewer, after,
                       "Balasan baru pada " + after.number + " dari " + viewer.fullName,
                       clip(body, kPreviewChars));
        result = *TicketStore::message(tx, messageId);
    });
    return result;
}

AttachmentInfo TicketService::upload(const Viewer& viewer, const std::string& id,
                                     const std::string& filename, const std::string& bytes)
{
    if (bytes.empty())
        throw Problem::validation({{"file",
                                    {"Berkas kosong. Pilih berkas yang berisi data.",
                                     "The file is empty. Choose a file with content."}}});
    if (static_cast<std::int64_t>(bytes.size()) > kMaxAttachmentBytes)
        throw Problem::tooLarge(
            {"Lampiran maksimal 10 MB. Perkecil atau kompres berkasnya lalu unggah lagi.",
             "Attachments can be at most 10 MB. Shrink or compress the file and upload again."});
    if (filename.empty() || utf8Length(filename) > 255)
        throw Problem::validation({{"filename",
                                    {"Nama berkas wajib diisi, maksimal 255 karakter.",
                                     "A file name is required, at most 255 characters."}}});
    const auto type = core::detectFileType(bytes);
    if (!type || !allowedAttachment(type->mime))
        throw Problem::unsupportedMedia({"Jenis berkas tidak didukung. Unggah gambar (PNG, JPEG, "
                                         "GIF, WebP), PDF, atau dokumen Office (DOC, "
                                         "DOCX, XLSX, PPTX).",
                                         "This file type is not supported. Upload an image (PNG, "
                                         "JPEG, GIF, WebP), a PDF, or an Office "
                                         "document (DOC, DOCX, XLSX, PPTX)."});

    AttachmentInfo info;
    info.uploaderId = viewer.userId;
    info.filename = cleanFilename(filename, type->extension);
    info.mime = type->mime;
    info.size = static_cast<std::int64_t>(bytes.size());
    info.sha256 = core::sha256Hex(bytes);
    m_db.transaction([&](core::Tx& tx) {
        const auto ticket = requireVisible(tx, viewer, id, true);
        if (ticket.status == "closed")
            throw ticketClosed();
        info.ticketId = ticket.id;
        info.storageKey = m_files.save(bytes);
        try {
            info.id = TicketStore::insertAttachment(tx, info, m_clock.nowMs());
        } catch (...) {
            m_files.remove(info.storageKey);
            throw;
        }
    });
    return info;
}

AttachmentDownload TicketService::download(const Viewer& viewer, const std::string& id,
                                           const std::string& attachmentId)
{
    const auto ticket = requireVisible(m_db, viewer, id);
    const auto info = TicketStore::attachment(m_db, ticket.id, attachmentId);
    // Not yet sent: only its uploader may fetch it back.
    if (!info || (!info->messageId && info->uploaderId != viewer.userId))
        throw Problem::notFound({"Lampiran tidak ditemukan.", "The attachment was not found."});
    auto bytes = m_files.read(info->storageKey);
    if (!bytes)
        throw Problem::notFound(
            {"Berkas lampiran tidak tersedia lagi di server. Minta pengirim mengunggah ulang.",
             "The attachment file is no longer on the server. Ask the sender to upload it again."});
    return {*info, std::move(*bytes)};
}

void TicketService::setRangeBound(TicketFilter& filter, const std::string& field,
                                  const std::string& value, bool upper)
{
    const bool isDate = value.size() == 10;
    bool valid = value.size() >= 10 && value.size() <= 40;
    if (valid) {
        try {
            // PostgreSQL is the judge of what it will compare against.
            if (isDate)
                m_db.exec("SELECT $1::date", {value});
            else
                m_db.exec("SELECT $1::timestamptz", {value});
        } catch (const core::DbError&) {
            valid = false;
        }
    }
    if (!valid)
        throw Problem::badRequest(
            {"Parameter " + field +
                 " harus berupa tanggal (2026-03-01) atau waktu ISO (2026-03-01T08:00:00+07:00).",
             "Parameter " + field +
                 " must be a date (2026-03-01) or an ISO time (2026-03-01T08:00:00+07:00)."});
    if (upper)
        (isDate ? filter.toDate : filter.toTime) = value;
    else
        (isDate ? filter.fromDate : filter.fromTime) = value;
}

TicketMetrics TicketService::metrics(const TicketFilter& range)
{
    return TicketStore::metrics(m_db, range, m_clock.nowMs());
}

std::vector<SlaTarget> TicketService::slaTargets()
{
    return TicketStore::slaTargets(m_db);
}

std::vector<SlaTarget> TicketService::setSlaTargets(const Viewer& viewer,
                                                    const std::vector<SlaTarget>& targets)
{
    std::map<std::string, Text> errors;
    std::set<std::string> seen;
    if (targets.empty())
        errors["targets"] = {"Isi minimal satu target SLA.", "Give at least one SLA target."};
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const auto& target = targets[i];
        const auto at = "targets[" + std::to_string(i) + "]";
        if (std::find(kPriorities.begin(), kPriorities.end(), target.priority) == kPriorities.end())
            errors[at + ".priority"] = {"Pilih salah satu: urgent, high, medium, low.",
                                        "Choose one of: urgent, high, medium, low."};
        else if (!seen.insert(target.priority).second)
            errors[at + ".priority"] = {"Prioritas ini sudah disebut sebelumnya.",
                                        "This priority is listed twice."};
        if (target.resolutionHours < target.firstResponseHours)
            errors[at + ".resolution_hours"] = {
                "Waktu penyelesaian tidak boleh lebih singkat dari waktu respons "
                "pertama.",
                "The resolution time cannot be shorter than the first-response time."};
    }
    if (!errors.empty())
        throw Problem::validation(errors);

    std::vector<SlaTarget> result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = TicketStore::slaTargets(tx);
        for (const auto& target : targets)
            TicketStore::saveSlaTarget(tx, target, viewer.userId, m_clock.nowMs());
        result = TicketStore::slaTargets(tx);
        core::audit(tx, {viewer.userId, "ticket_sla.update", "ticket_sla", std::string(),
                         slaJson(before), slaJson(result), viewer.ip});
    });
    return result;
}

std::vector<StaffMember> TicketService::staff()
{
    return TicketStore::staff(m_db);
}

} // namespace ey::support
