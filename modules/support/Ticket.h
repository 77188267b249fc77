// Plain records of the support domain: tickets, thread messages, attachments, SLA targets, metrics.
#pragma once

#include "Text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::support {

/// Wire spellings of the closed value sets (SQL CHECKs in 0005_support.sql use the same words).
inline const std::vector<std::string> kCategories = {
    "akun_login", "membership_pembayaran", "kelas", "affiliate", "iklan_tracking", "bug_sistem",
    "lainnya"};
inline const std::vector<std::string> kPriorities = {"urgent", "high", "medium", "low"};
inline const std::vector<std::string> kStatuses = {"open", "in_progress", "waiting_user",
                                                   "resolved", "closed"};

/// The label the seed gives each category (shown as-is in both languages, as the PRD names them).
std::string categoryLabel(const std::string& category);
/// Readable names for system messages and problem texts.
core::Text statusLabel(const std::string& status);
core::Text priorityLabel(const std::string& priority);

/// Who is asking, reduced to what the access rule needs.
struct Viewer
{
    std::string userId;
    std::string fullName;   ///< named in system messages ("... oleh Budi")
    bool canHandle = false; ///< tickets.handle: assigned tickets and the unassigned queue
    bool canManage = false; ///< tickets.manage: every ticket
    std::string ip;         ///< for the activity log
};

struct TicketLinks
{
    std::optional<std::string> membershipId;
    std::optional<std::string> invoiceNumber;
    std::optional<std::string> courseId;
};

struct Ticket
{
    std::string id;
    std::string number;
    std::string title;
    std::string category;
    std::string description;
    std::string priority;
    std::string status;
    std::string ownerId;
    std::string ownerName;
    std::string ownerEmail;
    std::string ownerRole;
    std::optional<std::string> assigneeId;
    std::optional<std::string> assigneeName;
    TicketLinks links;
    std::string createdAt;
    std::string updatedAt;
    std::optional<std::string> firstResponseAt;
    std::optional<std::string> resolvedAt;
    std::optional<std::string> closedAt;
    std::string lastMessageAt;
    int priorityRank = 0;
    std::string firstResponseDue;
    std::string resolutionDue;
    /// Epoch milliseconds of the moments the SLA rule compares.
    std::int64_t firstResponseDueMs = 0;
    std::int64_t resolutionDueMs = 0;
    std::optional<std::int64_t> firstResponseMs;
    std::optional<std::int64_t> doneMs; ///< resolved, or closed without a resolution
    bool slaBreached = false;           ///< filled in by the service from its clock
};

struct NewTicket
{
    std::string title;
    std::string category;
    std::string description;
    std::string priority = "medium";
    TicketLinks links;
};

/// A PATCH: absent fields stay as they are; assignee {nullopt inside} means "unassign".
struct TicketChanges
{
    std::optional<std::string> status;
    std::optional<std::string> priority;
    std::optional<std::optional<std::string>> assigneeId;
};

/// The keyset position after which a page of the queue starts.
struct QueuePosition
{
    int priorityRank = 0;
    std::string lastMessageAt;
    std::string id;
};

/// List filters after validation ("assignee=me" already resolved to the viewer's id).
struct TicketFilter
{
    std::optional<std::string> status;
    std::optional<std::string> priority;
    std::optional<std::string> category;
    std::optional<std::string> ownerRole;
    bool unassignedOnly = false;
    std::optional<std::string> assigneeId;
    /// A bound is either a calendar date (a whole day in WIB, Asia/Jakarta) or an ISO timestamp.
    std::optional<std::string> fromDate;
    std::optional<std::string> fromTime;
    std::optional<std::string> toDate;
    std::optional<std::string> toTime;
    std::optional<std::string> search; ///< in title, description or number
};

struct AttachmentInfo
{
    std::string id;
    std::string ticketId;
    std::optional<std::string> messageId;
    std::string uploaderId;
    std::string filename;
    std::string mime;
    std::int64_t size = 0;
    std::string storageKey;
    std::string sha256;
};

struct Message
{
    std::string id;
    std::string ticketId;
    std::string kind; ///< user | staff | system
    std::optional<std::string> authorId;
    std::optional<std::string> authorName;
    std::string body;
    std::string createdAt;
    std::vector<AttachmentInfo> attachments;
};

struct SlaTarget
{
    std::string priority;
    int firstResponseHours = 0;
    int resolutionHours = 0;
};

struct StaffMember
{
    std::string id;
    std::string fullName;
    std::string email;
    std::int64_t openTickets = 0;
};

struct TicketMetrics
{
    std::int64_t total = 0;
    std::int64_t open = 0;   ///< not yet resolved or closed
    std::int64_t closed = 0; ///< resolved or closed
    std::map<std::string, std::int64_t> byStatus;
    std::map<std::string, std::int64_t> byCategory;
    std::map<std::string, std::int64_t> byOwnerRole;
    std::map<std::string, std::int64_t> byPriority;
    std::optional<double> avgFirstResponseMinutes;
    std::optional<double> avgResolutionMinutes;
    std::optional<double> firstResponseMetPct; ///< of tickets whose first-response outcome is known
    std::optional<double> resolutionMetPct;    ///< of tickets whose resolution outcome is known
    std::int64_t breachedOpen = 0;
};

} // namespace ey::support
