// Ticket desk rules: who sees and changes what, status transitions, SLA, notifications. No HTTP
// here.
#pragma once

#include "Ticket.h"

#include "NotifyService.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::support {

/// A downloaded attachment: its record and its bytes.
struct AttachmentDownload
{
    AttachmentInfo info;
    std::string bytes;
};

/// Thread safe: every call runs its own transaction.
class TicketService
{
public:
    TicketService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                  notify::NotifyService& notify);

    Ticket create(const Viewer& viewer, NewTicket ticket);
    /// The ticket when the viewer may see it; 404 otherwise (a guessed id never reveals existence).
    Ticket get(const Viewer& viewer, const std::string& id);
    /// `limit + 1` tickets at most, so the caller can tell whether another page follows.
    std::vector<Ticket> list(const Viewer& viewer, TicketFilter filter,
                             const std::optional<QueuePosition>& after, int limit);
    Ticket update(const Viewer& viewer, const std::string& id, const TicketChanges& changes);

    std::vector<Message> messages(const Viewer& viewer, const std::string& id);
    Message reply(const Viewer& viewer, const std::string& id, const std::string& body,
                  std::vector<std::string> attachmentIds);

    AttachmentInfo upload(const Viewer& viewer, const std::string& id, const std::string& filename,
                          const std::string& bytes);
    AttachmentDownload download(const Viewer& viewer, const std::string& id,
                                const std::string& attachmentId);

    TicketMetrics metrics(const TicketFilter& range);
    std::vector<SlaTarget> slaTargets();
    std::vector<SlaTarget> setSlaTargets(const Viewer& viewer,
                                         const std::vector<SlaTarget>& targets);
    std::vector<StaffMember> staff();

    /// Checks a created-at bound ("2026-03-01" or an ISO timestamp) and files it into the filter.
    void setRangeBound(TicketFilter& filter, const std::string& field, const std::string& value,
                       bool upper);

    /// Whether `from` → `to` is allowed by the workflow (ignoring who asks).
    static bool transitionAllowed(const std::string& from, const std::string& to);

    static constexpr std::int64_t kMaxAttachmentBytes = 10 * 1024 * 1024;
    static constexpr std::size_t kMaxTitleChars = 150;
    static constexpr std::size_t kMaxTextChars = 10000;

private:
    /// The one access rule every operation goes through: the ticket, or a 404 problem.
    static Ticket requireVisible(core::Sql& sql, const Viewer& viewer, const std::string& id,
                                 bool lock = false);
    void applySla(Ticket& ticket) const;
    /// Writes the status change with its timestamps and system message.
    void changeStatus(core::Sql& tx, const Ticket& ticket, const std::string& to,
                      const std::string& actorName, std::int64_t nowMs);
    void systemMessage(core::Sql& tx, const std::string& ticketId, const std::string& body,
                       std::int64_t nowMs);
    /// Tells the other side of the conversation, and everyone watching the ticket live.
    void announceUpdate(core::Sql& tx, const Viewer& viewer, const Ticket& before,
                        const std::string& title, const std::string& text);

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
    notify::NotifyService& m_notify;
};

} // namespace ey::support
