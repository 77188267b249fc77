// Support SQL. Statements are single compile-time literals; input travels only as $n parameters.
#include "TicketStore.h"

#include <cctype>
#include <map>

namespace ey::support {

namespace {

// Column lists are macros so statements stay single compile-time literals (no runtime
// concatenation).
#define EY_ISO(x) "to_char((" x ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_MS(x) "(extract(epoch FROM (" x ")) * 1000)::bigint"
#define EY_NOW(n) "to_timestamp($" n "::bigint / 1000.0)"
#define EY_FR_DUE "(t.created_at + make_interval(hours => s.first_response_hours))"
#define EY_RES_DUE "(t.created_at + make_interval(hours => s.resolution_hours))"

#define EY_TICKET_COLUMNS                                                                                                                                                \
    "t.id::text AS id, t.number, t.title, t.category, t.description, t.priority, t.status, "                                                                             \
    "t.priority_rank,"                                                                                                                                                   \
    " t.owner_id::text AS owner_id, o.full_name AS owner_name, o.email::text AS owner_email, "                                                                           \
    "t.owner_role,"                                                                                                                                                      \
    " t.assignee_id::text AS assignee_id, a.full_name AS assignee_name,"                                                                                                 \
    " t.membership_id, t.invoice_number, t.course_id,"                                                                                                                   \
    " " EY_ISO("t.created_at") " AS created_at, " EY_ISO(                                                                                                                \
        "t.updated_at") " AS updated_at,"                                                                                                                                \
                        " " EY_ISO("t.first_response_at") " AS first_response_at, " EY_ISO(                                                                              \
                            "t.resolved_at") " AS resolved_at,"                                                                                                          \
                                             " " EY_ISO("t.closed_at") " AS closed_at, " EY_ISO(                                                                         \
                                                 "t.last_message_at") " AS last_message_at,"                                                                             \
                                                                      " " EY_ISO(                                                                                        \
                                                                          EY_FR_DUE) " AS "                                                                              \
                                                                                     "first_"                                                                            \
                                                                                     "response_"                                                                         \
                                                                                     "due,"                                                                              \
                                                                                     " " EY_ISO(                                                                         \
                                                                                         EY_RES_DUE) " AS resolution_due,"                                               \
                                                                                                     " " EY_MS(EY_FR_DUE) " AS first_response_due_ms, " EY_MS(           \
                                                                                                         EY_RES_DUE) " AS resolution_due_ms,"                            \
                                                                                                                     " " EY_MS(                                          \
                                                                                                                         "t.first_response_at") " AS first_response_ms," \
                                                                                                                                                " " EY_MS(               \
                                                                                                                                                    "COALESCE(t.resolved_at, t.closed_at)") " AS done_ms"

#define EY_TICKET_FROM                                                                             \
    " FROM tickets t JOIN users o ON o.id = t.owner_id LEFT JOIN users a ON a.id = t.assignee_id"  \
    " JOIN ticket_sla_targets s ON s.priority = t.priority"

// The access rule, in SQL: $1 viewer id, $2 holds tickets.handle, $3 holds tickets.manage.
// Owners see their own tickets; handlers see theirs and the unassigned queue; managers see all.
#define EY_VISIBLE                                                                                 \
    "(t.owner_id = $1::uuid OR $3::boolean OR ($2::boolean AND (t.assignee_id = $1::uuid OR "      \
    "t.assignee_id IS NULL)))"

// Created-at bounds: $1 from date, $2 from timestamp, $3 to date (whole day), $4 to timestamp.
// Calendar dates are days in Western Indonesian Time, where the business runs.
#define EY_CREATED_RANGE(a, b, c, d)                                                               \
    "($" a "::date IS NULL OR t.created_at >= ($" a                                                \
    "::date::timestamp AT TIME ZONE 'Asia/Jakarta'))"                                              \
    " AND ($" b "::timestamptz IS NULL OR t.created_at >= $" b "::timestamptz)"                    \
    " AND ($" c "::date IS NULL OR t.created_at < (($" c                                           \
    "::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'))"                                         \
    " AND ($" d "::timestamptz IS NULL OR t.created_at <= $" d "::timestamptz)"

#define EY_MESSAGE_COLUMNS                                                                         \
    "m.id::text AS id, m.ticket_id::text AS ticket_id, m.kind, m.author_id::text AS author_id,"    \
    " u.full_name AS author_name, m.body, " EY_ISO("m.created_at") " AS created_at"

#define EY_ATTACHMENT_COLUMNS                                                                      \
    "id::text AS id, ticket_id::text AS ticket_id, message_id::text AS message_id,"                \
    " uploader_id::text AS uploader_id, filename, mime, size, storage_key, sha256"

Ticket ticketFrom(const core::Row& row)
{
    Ticket t;
    t.id = row.str("id");
    t.number = row.str("number");
    t.title = row.str("title");
    t.category = row.str("category");
    t.description = row.str("description");
    t.priority = row.str("priority");
    t.status = row.str("status");
    t.priorityRank = static_cast<int>(row.i64("priority_rank"));
    t.ownerId = row.str("owner_id");
    t.ownerName = row.str("owner_name");
    t.ownerEmail = row.str("owner_email");
    t.ownerRole = row.str("owner_role");
    t.assigneeId = row.optStr("assignee_id");
    t.assigneeName = row.optStr("assignee_name");
    t.links = {row.optStr("membership_id"), row.optStr("invoice_number"), row.optStr("course_id")};
    t.createdAt = row.str("created_at");
    t.updatedAt = row.str("updated_at");
    t.firstResponseAt = row.optStr("first_response_at");
    t.resolvedAt = row.optStr("resolved_at");
    t.closedAt = row.optStr("closed_at");
    t.lastMessageAt = row.str("last_message_at");
    t.firstResponseDue = row.str("first_response_due");
    t.resolutionDue = row.str("resolution_due");
    t.firstResponseDueMs = row.i64("first_response_due_ms");
    t.resolutionDueMs = row.i64("resolution_due_ms");
    t.firstResponseMs = row.optI64("first_response_ms");
    t.doneMs = row.optI64("done_ms");
    return t;
}

Message messageFrom(const core::Row& row)
{
    Message m;
    m.id = row.str("id");
    m.ticketId = row.str("ticket_id");
    m.kind = row.str("kind");
    m.authorId = row.optStr("author_id");
    m.authorName = row.optStr("author_name");
    m.body = row.str("body");
    m.createdAt = row.str("created_at");
    return m;
}

AttachmentInfo attachmentFrom(const core::Row& row)
{
    AttachmentInfo a;
    a.id = row.str("id");
    a.ticketId = row.str("ticket_id");
    a.messageId = row.optStr("message_id");
    a.uploaderId = row.str("uploader_id");
    a.filename = row.str("filename");
    a.mime = row.str("mime");
    a.size = row.i64("size");
    a.storageKey = row.str("storage_key");
    a.sha256 = row.str("sha256");
    return a;
}

core::Params viewerParams(const Viewer& viewer)
{
    return {viewer.userId, viewer.canHandle, viewer.canManage};
}

std::map<std::string, std::int64_t> counts(const core::Rows& rows)
{
    std::map<std::string, std::int64_t> result;
    for (const auto& row : rows)
        result[row.str("k")] = row.i64("n");
    return result;
}

std::optional<double> optDouble(const core::Row& row, const char* column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.f64(column);
}

} // namespace

std::optional<Ticket> TicketStore::visible(core::Sql& sql, const Viewer& viewer,
                                           const std::string& id, bool lockForUpdate)
{
    if (!isUuid(id))
        return std::nullopt;
    auto params = viewerParams(viewer);
    params.emplace_back(id);
    const auto rows = lockForUpdate
                          ? sql.exec("SELECT " EY_TICKET_COLUMNS EY_TICKET_FROM
                                     " WHERE t.id = $4::uuid AND " EY_VISIBLE " FOR UPDATE OF t",
                                     params)
                          : sql.exec("SELECT " EY_TICKET_COLUMNS EY_TICKET_FROM
                                     " WHERE t.id = $4::uuid AND " EY_VISIBLE,
                                     params);
    if (rows.empty())
        return std::nullopt;
    return ticketFrom(rows.front());
}

std::vector<Ticket> TicketStore::list(core::Sql& sql, const Viewer& viewer,
                                      const TicketFilter& filter,
                                      const std::optional<QueuePosition>& after, int limit)
{
    auto params = viewerParams(viewer);
    params.insert(params.end(),
                  {filter.status, filter.priority, filter.category, filter.ownerRole,
                   filter.unassignedOnly, filter.assigneeId, filter.fromDate, filter.fromTime,
                   filter.toDate, filter.toTime, filter.search,
                   after ? core::Param(after->priorityRank) : core::Param(std::nullopt),
                   after ? core::Param(after->lastMessageAt) : core::Param(std::nullopt),
                   after ? core::Param(after->id) : core::Param(std::nullopt), limit});
    const auto rows = sql.exec(
        "SELECT " EY_TICKET_COLUMNS EY_TICKET_FROM " WHERE " EY_VISIBLE
        "   AND ($4::text IS NULL OR t.status = $4)"
        "   AND ($5::text IS NULL OR t.priority = $5)"
        "   AND ($6::text IS NULL OR t.category = $6)"
        "   AND ($7::text IS NULL OR t.owner_role = $7)"
        "   AND (NOT $8::boolean OR t.assignee_id IS NULL)"
        "   AND ($9::uuid IS NULL OR t.assignee_id = $9::uuid)"
        "   AND " EY_CREATED_RANGE(
            "10", "11", "12",
            "13") "   AND ($14::text IS NULL OR t.title ILIKE $14 OR t.description ILIKE $14 OR "
                  "t.number ILIKE $14)"
                  "   AND ($15::int IS NULL OR (t.priority_rank, t.last_message_at, t.id) < "
                  "($15::int, $16::timestamptz, $17::uuid))"
                  " ORDER BY t.priority_rank DESC, t.last_message_at DESC, t.id DESC LIMIT $18",
        params);
    std::vector<Ticket> tickets;
    for (const auto& row : rows)
        tickets.push_back(ticketFrom(row));
    return tickets;
}

std::optional<std::string> TicketStore::mainRole(core::Sql& sql, const std::string& userId)
{
    const auto rows = sql.exec("SELECT r.role FROM user_roles r JOIN roles ro ON ro.name = r.role"
                               " WHERE r.user_id = $1::uuid ORDER BY ro.position LIMIT 1",
                               {userId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("role");
}

std::string TicketStore::insert(core::Sql& sql, const std::string& ownerId,
                                const std::string& ownerRole, const NewTicket& ticket,
                                std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO tickets (owner_id, owner_role, title, category, description, priority, "
              "membership_id,"
              " invoice_number, course_id, created_at, updated_at, last_message_at)"
              " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, " EY_NOW("10") ", " EY_NOW(
                  "10") ", " EY_NOW("10") ") RETURNING id::text AS id",
              {ownerId, ownerRole, ticket.title, ticket.category, ticket.description,
               ticket.priority, ticket.links.membershipId, ticket.links.invoiceNumber,
               ticket.links.courseId, nowMs})
        .front()
        .str("id");
}

void TicketStore::setStatus(core::Sql& sql, const std::string& id, const std::string& status,
                            const std::optional<std::string>& resolvedAt,
                            const std::optional<std::string>& closedAt, std::int64_t nowMs)
{
    sql.exec("UPDATE tickets SET status = $2, resolved_at = $3::timestamptz, closed_at = "
             "$4::timestamptz,"
             " updated_at = " EY_NOW("5") " WHERE id = $1::uuid",
             {id, status, resolvedAt, closedAt, nowMs});
}

void TicketStore::setPriority(core::Sql& sql, const std::string& id, const std::string& priority,
                              std::int64_t nowMs)
{
    sql.exec("UPDATE tickets SET priority = $2, updated_at = " EY_NOW("3") " WHERE id = $1::uuid",
             {id, priority, nowMs});
}

void TicketStore::setAssignee(core::Sql& sql, const std::string& id,
                              const std::optional<std::string>& assigneeId, std::int64_t nowMs)
{
    sql.exec("UPDATE tickets SET assignee_id = $2::uuid, updated_at = " EY_NOW(
                 "3") " WHERE id = $1::uuid",
             {id, assigneeId, nowMs});
}

void TicketStore::touch(core::Sql& sql, const std::string& id, std::int64_t nowMs)
{
    sql.exec("UPDATE tickets SET last_message_at = " EY_NOW("2") ", updated_at = " EY_NOW(
                 "2") " WHERE id = $1::uuid",
             {id, nowMs});
}

void TicketStore::markFirstResponse(core::Sql& sql, const std::string& id, std::int64_t nowMs)
{
    sql.exec("UPDATE tickets SET first_response_at = " EY_NOW(
                 "2") " WHERE id = $1::uuid AND first_response_at IS NULL",
             {id, nowMs});
}

std::string TicketStore::insertMessage(core::Sql& sql, const std::string& ticketId,
                                       const std::string& kind,
                                       const std::optional<std::string>& authorId,
                                       const std::string& body, std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO ticket_messages (ticket_id, kind, author_id, body, created_at)"
              " VALUES ($1::uuid, $2, $3::uuid, $4, " EY_NOW("5") ") RETURNING id::text AS id",
              {ticketId, kind, authorId, body, nowMs})
        .front()
        .str("id");
}

std::optional<Message> TicketStore::message(core::Sql& sql, const std::string& messageId)
{
    const auto rows = sql.exec("SELECT " EY_MESSAGE_COLUMNS " FROM ticket_messages m"
                               " LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1::uuid",
                               {messageId});
    if (rows.empty())
        return std::nullopt;
    auto message = messageFrom(rows.front());
    for (const auto& row : sql.exec("SELECT " EY_ATTACHMENT_COLUMNS " FROM ticket_attachments"
                                    " WHERE message_id = $1::uuid ORDER BY created_at, id",
                                    {messageId}))
        message.attachments.push_back(attachmentFrom(row));
    return message;
}

std::vector<Message> TicketStore::messages(core::Sql& sql, const std::string& ticketId)
{
    std::vector<Message> thread;
    std::map<std::string, std::size_t> index;
    for (const auto& row :
         sql.exec("SELECT " EY_MESSAGE_COLUMNS " FROM ticket_messages m"
                  " LEFT JOIN users u ON u.id = m.author_id WHERE m.ticket_id = $1::uuid"
                  " ORDER BY m.seq",
                  {ticketId})) {
        index[row.str("id")] = thread.size();
        thread.push_back(messageFrom(row));
    }
    for (const auto& row :
         sql.exec("SELECT " EY_ATTACHMENT_COLUMNS " FROM ticket_attachments"
                  " WHERE ticket_id = $1::uuid AND message_id IS NOT NULL ORDER BY created_at, id",
                  {ticketId})) {
        auto attachment = attachmentFrom(row);
        const auto it = index.find(*attachment.messageId);
        if (it != index.end())
            thread[it->second].attachments.push_back(std::move(attachment));
    }
    return thread;
}

std::string TicketStore::insertAttachment(core::Sql& sql, const AttachmentInfo& a,
                                          std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO ticket_attachments (ticket_id, uploader_id, filename, mime, size, "
              "storage_key, sha256,"
              " created_at) VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, " EY_NOW(
                  "8") ") RETURNING id::text AS id",
              {a.ticketId, a.uploaderId, a.filename, a.mime, a.size, a.storageKey, a.sha256, nowMs})
        .front()
        .str("id");
}

std::optional<AttachmentInfo> TicketStore::attachment(core::Sql& sql, const std::string& ticketId,
                                                      const std::string& attachmentId)
{
    if (!isUuid(ticketId) || !isUuid(attachmentId))
        return std::nullopt;
    const auto rows = sql.exec("SELECT " EY_ATTACHMENT_COLUMNS " FROM ticket_attachments"
                               " WHERE id = $1::uuid AND ticket_id = $2::uuid",
                               {attachmentId, ticketId});
    if (rows.empty())
        return std::nullopt;
    return attachmentFrom(rows.front());
}

std::int64_t TicketStore::attach(core::Sql& sql, const std::string& ticketId,
                                 const std::string& uploaderId, const std::string& messageId,
                                 const std::vector<std::string>& attachmentIds)
{
    // A PostgreSQL array literal of ids the caller has already checked with isUuid().
    std::string list = "{";
    for (const auto& id : attachmentIds)
        list += (list.size() > 1 ? "," : "") + id;
    list += "}";
    return sql
        .exec("UPDATE ticket_attachments SET message_id = $3::uuid WHERE ticket_id = $1::uuid"
              " AND uploader_id = $2::uuid AND message_id IS NULL AND id = ANY ($4::uuid[])",
              {ticketId, uploaderId, messageId, list})
        .affected();
}

std::vector<std::string> TicketStore::holders(core::Sql& sql, const std::string& permission)
{
    std::vector<std::string> ids;
    for (const auto& row : sql.exec("SELECT DISTINCT u.id::text AS id FROM users u"
                                    " JOIN user_roles r ON r.user_id = u.id"
                                    " JOIN role_permissions p ON p.role = r.role"
                                    " WHERE p.permission = $1 AND u.status = 'active' ORDER BY 1",
                                    {permission}))
        ids.push_back(row.str("id"));
    return ids;
}

bool TicketStore::holds(core::Sql& sql, const std::string& userId, const std::string& permission)
{
    if (!isUuid(userId))
        return false;
    return !sql.exec("SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id"
                     " JOIN role_permissions p ON p.role = r.role"
                     " WHERE u.id = $1::uuid AND p.permission = $2 AND u.status = 'active' LIMIT 1",
                     {userId, permission})
                .empty();
}

std::vector<StaffMember> TicketStore::staff(core::Sql& sql)
{
    std::vector<StaffMember> people;
    for (const auto& row :
         sql.exec("SELECT u.id::text AS id, u.full_name, u.email::text AS email,"
                  " (SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id"
                  "   AND t.status NOT IN ('resolved', 'closed')) AS open_tickets"
                  " FROM users u WHERE u.status = 'active' AND EXISTS (SELECT 1 FROM user_roles r"
                  "   JOIN role_permissions p ON p.role = r.role WHERE r.user_id = u.id AND "
                  "p.permission = 'tickets.handle')"
                  " ORDER BY u.full_name, u.id"))
        people.push_back(
            {row.str("id"), row.str("full_name"), row.str("email"), row.i64("open_tickets")});
    return people;
}

std::vector<SlaTarget> TicketStore::slaTargets(core::Sql& sql)
{
    std::vector<SlaTarget> targets;
    for (const auto& row :
         sql.exec("SELECT priority, first_response_hours, resolution_hours FROM ticket_sla_targets"
                  " ORDER BY CASE priority WHEN 'urgent' THEN 1 WHEN 'high' THEN 2"
                  " WHEN 'medium' THEN 3 ELSE 4 END"))
        targets.push_back({row.str("priority"), static_cast<int>(row.i64("first_response_hours")),
                           static_cast<int>(row.i64("resolution_hours"))});
    return targets;
}

void TicketStore::saveSlaTarget(core::Sql& sql, const SlaTarget& target, const std::string& actorId,
                                std::int64_t nowMs)
{
    sql.exec("UPDATE ticket_sla_targets SET first_response_hours = $2, resolution_hours = $3,"
             " updated_by = $4::uuid, updated_at = " EY_NOW("5") " WHERE priority = $1",
             {target.priority, target.firstResponseHours, target.resolutionHours, actorId, nowMs});
}

// The tickets a metrics figure covers, with their SLA due moments and "done" time.
#define EY_METRIC_SCOPE                                                                            \
    "WITH f AS (SELECT t.*, " EY_FR_DUE " AS fr_due, " EY_RES_DUE " AS res_due,"                   \
    " COALESCE(t.resolved_at, t.closed_at) AS done_at, " EY_NOW(                                   \
        "5") " AS now_at"                                                                          \
             " FROM tickets t JOIN ticket_sla_targets s ON s.priority = t.priority"                \
             " WHERE " EY_CREATED_RANGE("1", "2", "3", "4") ") "

TicketMetrics TicketStore::metrics(core::Sql& sql, const TicketFilter& range, std::int64_t nowMs)
{
    const core::Params params{range.fromDate, range.fromTime, range.toDate, range.toTime, nowMs};
    TicketMetrics m;
    const auto totals = sql.exec(
        EY_METRIC_SCOPE
        "SELECT count(*) AS total,"
        " count(*) FILTER (WHERE status NOT IN ('resolved', 'closed')) AS open,"
        " count(*) FILTER (WHERE status IN ('resolved', 'closed')) AS closed,"
        " round(avg(extract(epoch FROM first_response_at - created_at) / 60), 1)::float8 AS "
        "avg_first_response,"
        " round(avg(extract(epoch FROM done_at - created_at) / 60), 1)::float8 AS avg_resolution,"
        " count(*) FILTER (WHERE first_response_at IS NOT NULL OR now_at > fr_due) AS fr_known,"
        " count(*) FILTER (WHERE first_response_at <= fr_due) AS fr_met,"
        " count(*) FILTER (WHERE done_at IS NOT NULL OR now_at > res_due) AS res_known,"
        " count(*) FILTER (WHERE done_at <= res_due) AS res_met,"
        " count(*) FILTER (WHERE status NOT IN ('resolved', 'closed') AND (now_at > res_due"
        "   OR first_response_at > fr_due OR (first_response_at IS NULL AND now_at > fr_due))) AS "
        "breached_open"
        " FROM f",
        params);
    const auto row = totals.front();
    m.total = row.i64("total");
    m.open = row.i64("open");
    m.closed = row.i64("closed");
    m.avgFirstResponseMinutes = optDouble(row, "avg_first_response");
    m.avgResolutionMinutes = optDouble(row, "avg_resolution");
    const auto percent = [](std::int64_t met, std::int64_t known) -> std::optional<double> {
        if (known == 0)
            return std::nullopt;
        // One decimal, as the dashboard shows it.
        return static_cast<double>(static_cast<std::int64_t>(
                   1000.0 * static_cast<double>(met) / static_cast<double>(known) + 0.5)) /
               10.0;
    };
    m.firstResponseMetPct = percent(row.i64("fr_met"), row.i64("fr_known"));
    m.resolutionMetPct = percent(row.i64("res_met"), row.i64("res_known"));
    m.breachedOpen = row.i64("breached_open");

    m.byStatus = counts(sql.exec(
        EY_METRIC_SCOPE "SELECT status AS k, count(*) AS n FROM f GROUP BY status", params));
    m.byCategory = counts(sql.exec(
        EY_METRIC_SCOPE "SELECT category AS k, count(*) AS n FROM f GROUP BY category", params));
    m.byOwnerRole = counts(
        sql.exec(EY_METRIC_SCOPE "SELECT owner_role AS k, count(*) AS n FROM f GROUP BY owner_role",
                 params));
    m.byPriority = counts(sql.exec(
        EY_METRIC_SCOPE "SELECT priority AS k, count(*) AS n FROM f GROUP BY priority", params));
    return m;
}

} // namespace ey::support
