// SQL for tickets, messages, attachments, SLA targets and metrics. No rules here.
#pragma once

#include "Ticket.h"

#include "Db.h"
#include "Strings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::support {

/// Static functions over core::Sql so they run inside the caller's transaction.
class TicketStore
{
public:
    /// The ticket if `viewer` may see it (the one access predicate, shared with list()).
    static std::optional<Ticket> visible(core::Sql& sql, const Viewer& viewer,
                                         const std::string& id, bool lockForUpdate = false);
    /// Up to `limit` tickets after `after`, urgent first, then the most recent activity.
    static std::vector<Ticket> list(core::Sql& sql, const Viewer& viewer,
                                    const TicketFilter& filter,
                                    const std::optional<QueuePosition>& after, int limit);

    /// The user's first role by catalogue position, recorded as the ticket's owner role.
    static std::optional<std::string> mainRole(core::Sql& sql, const std::string& userId);
    static std::string insert(core::Sql& sql, const std::string& ownerId,
                              const std::string& ownerRole, const NewTicket& ticket,
                              std::int64_t nowMs);
    /// resolvedAt / closedAt are the new values (ISO text or NULL), decided by the caller.
    static void setStatus(core::Sql& sql, const std::string& id, const std::string& status,
                          const std::optional<std::string>& resolvedAt,
                          const std::optional<std::string>& closedAt, std::int64_t nowMs);
    static void setPriority(core::Sql& sql, const std::string& id, const std::string& priority,
                            std::int64_t nowMs);
    static void setAssignee(core::Sql& sql, const std::string& id,
                            const std::optional<std::string>& assigneeId, std::int64_t nowMs);
    /// Marks activity: last_message_at and updated_at move to now.
    static void touch(core::Sql& sql, const std::string& id, std::int64_t nowMs);
    /// Sets first_response_at when it is still empty.
    static void markFirstResponse(core::Sql& sql, const std::string& id, std::int64_t nowMs);

    static std::string insertMessage(core::Sql& sql, const std::string& ticketId,
                                     const std::string& kind,
                                     const std::optional<std::string>& authorId,
                                     const std::string& body, std::int64_t nowMs);
    static std::optional<Message> message(core::Sql& sql, const std::string& messageId);
    /// The thread oldest first, each message with its attachments.
    static std::vector<Message> messages(core::Sql& sql, const std::string& ticketId);

    static std::string insertAttachment(core::Sql& sql, const AttachmentInfo& attachment,
                                        std::int64_t nowMs);
    static std::optional<AttachmentInfo> attachment(core::Sql& sql, const std::string& ticketId,
                                                    const std::string& attachmentId);
    /// Links the uploader's unsent attachments to a message; returns how many were linked.
    static std::int64_t attach(core::Sql& sql, const std::string& ticketId,
                               const std::string& uploaderId, const std::string& messageId,
                               const std::vector<std::string>& attachmentIds);

    /// Active users whose roles grant `permission`.
    static std::vector<std::string> holders(core::Sql& sql, const std::string& permission);
    static bool holds(core::Sql& sql, const std::string& userId, const std::string& permission);
    static std::vector<StaffMember> staff(core::Sql& sql);

    static std::vector<SlaTarget> slaTargets(core::Sql& sql);
    static void saveSlaTarget(core::Sql& sql, const SlaTarget& target, const std::string& actorId,
                              std::int64_t nowMs);

    static TicketMetrics metrics(core::Sql& sql, const TicketFilter& range, std::int64_t nowMs);
};

using core::isUuid;

} // namespace ey::support
