// SQL for one client's attempt at an event's assessment (partner_client_assessments). No rules
// here.
#pragma once

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// One person's attempt: the profile, drafts and timers while in progress, the result after.
struct ClientAttempt
{
    std::string id;
    std::string eventId;
    std::string tokenHash;
    std::string email;
    std::string fullName;
    std::optional<std::string> organization;
    std::optional<std::string> position;
    std::string draftAnswers;  ///< JSON text {"TM": [5, 4, null, ...]}
    std::string sectionTimers; ///< JSON text {"TM": {"started_at": ..., "duration_seconds": ...}}
    std::string status;        ///< in_progress | completed
    std::string startedAt;
    std::optional<std::string> completedAt;
    std::optional<std::string> contentResult; ///< JSON text once completed
};

/// The profile a client typed on the first page.
struct ClientProfile
{
    std::string email;
    std::string fullName;
    std::optional<std::string> organization;
    std::optional<std::string> position;
};

class ClientFlowStore
{
public:
    static std::string insert(core::Sql& sql, const std::string& eventId,
                              const ClientProfile& profile, const std::string& tokenHash,
                              const std::string& startedAt);
    static std::optional<ClientAttempt> byId(core::Sql& sql, const std::string& id);
    /// Locks the row until the transaction ends, so two saves of one attempt never interleave.
    static std::optional<ClientAttempt> lock(core::Sql& sql, const std::string& id);
    /// The newest attempt of this email on this event (any status).
    static std::optional<ClientAttempt> latestByEmail(core::Sql& sql, const std::string& eventId,
                                                      const std::string& email);
    /// Serialises starts of one email on one event until the transaction ends.
    static void lockEmail(core::Sql& sql, const std::string& eventId, const std::string& email);
    static void saveDraft(core::Sql& sql, const std::string& id, const std::string& draftAnswers,
                          const std::string& sectionTimers);
    static void complete(core::Sql& sql, const std::string& id, const std::string& contentResult,
                         const std::string& completedAt);
    /// Rupiah of the partner's post-paid credit in use: pending plus billed and unpaid
    /// (InvoiceStore::usedCredit, as ReportStore::creditOutstanding).
    static std::int64_t pendingCredits(core::Sql& sql, const std::string& partnerId);
    /// The partner's owner and operators: who hears about a finished assessment.
    static std::vector<std::string> partnerUsers(core::Sql& sql, const std::string& partnerId);
};

} // namespace ey::partner
