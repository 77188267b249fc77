// The public assessment flow of a partner's clients: start, drafts per section, resume, finish.
#pragma once

#include "AssessmentDefinition.h"
#include "ClientFlowStore.h"
#include "EventService.h"
#include "NotifyService.h"

#include "Clock.h"
#include "Db.h"
#include "Json.h"
#include "RateLimiter.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace ey::partner {

/// What a start returns: the attempt and the token that alone reopens it.
struct StartedAttempt
{
    std::string clientId;
    std::string resumeToken;
    bool resumed = false;
};

/// One section page as the client saves it: question id → value (nullopt clears the answer).
struct SectionDraft
{
    std::map<std::string, std::optional<int>> answers;
    std::int64_t elapsedSeconds = 0;
};

/// Thread safe. Callers are anonymous: every call after start proves itself with the resume token.
class ClientFlowService
{
public:
    ClientFlowService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify,
                      std::shared_ptr<EventService> events,
                      int startsPerMinute = kDefaultStartsPerMinute);

    /// Checks the code and the partner's quota or credit, then creates (or, with the right
    /// token, resumes) the attempt of this email on this event.
    StartedAttempt start(const std::string& code, const ClientProfile& profile,
                         const std::optional<std::string>& resumeToken, const std::string& ip);
    /// The quota or credit check of start on its own, so the take page can say so up front.
    void checkCanStart(const PartnerEvent& event);
    /// Sections, questions, saved answers and timers; 404 unless the token opens this attempt.
    core::json::ObjectPtr state(const std::string& clientId, const std::string& token);
    /// Merges one page of answers into the draft; refuses a timed section after its time is up.
    core::json::ObjectPtr saveSection(const std::string& clientId, const std::string& token,
                                      const std::string& sectionKey, const SectionDraft& draft);
    /// Scores and stores content_result and tells the partner; again → the same result, no
    /// second notification.
    core::json::ObjectPtr finish(const std::string& clientId, const std::string& token);

    /// Seconds a timed section still accepts answers after its limit (slow networks, clock skew).
    static constexpr std::int64_t kGraceSeconds = 30;
    /// Starts per IP per minute (partner.client_starts_per_minute): a whole school hall behind
    /// one NAT may start together, a script may not.
    static constexpr int kDefaultStartsPerMinute = 120;

    EventService& events() { return *m_events; }

    /// "KK-3": the third question of section KK.
    static std::string questionId(const std::string& sectionKey, std::size_t index);

private:
    ClientAttempt open(core::Sql& sql, const std::string& clientId, const std::string& token,
                       bool forUpdate);
    AssessmentDefinition definitionOf(core::Sql& sql, const std::string& assessmentId);
    void checkQuota(core::Sql& sql, const PartnerEvent& event);
    core::json::ObjectPtr stateJson(const ClientAttempt& attempt, const PartnerEvent& event,
                                    const AssessmentDefinition& definition) const;

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
    std::shared_ptr<EventService> m_events;
    core::RateLimiter m_limiter;
    int m_startsPerMinute;
};

} // namespace ey::partner
