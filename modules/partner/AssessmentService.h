// Assessment catalogue rules: who may change a definition when, publishing, previews.
#pragma once

#include "Assessment.h"
#include "AssessmentDefinition.h"
#include "ScoringEngine.h"

#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <map>
#include <string>
#include <vector>

namespace ey::partner {

/// Thread safe: every call runs its own transaction.
class AssessmentService
{
public:
    explicit AssessmentService(core::Db& db) : m_db(db) {}

    std::vector<AssessmentSummary> list(const AssessmentFilter& filter,
                                        const core::PageRequest& page);
    AssessmentSummary summary(const std::string& id);
    AssessmentDefinition definition(const std::string& id);
    AssessmentSummary create(const AssessmentDefinition& definition, const Actor& actor);
    /// Edits in place while nobody has taken it yet; once a client started it through any
    /// event, the scores already given must stay explainable, so the edit is refused (409).
    AssessmentSummary update(const std::string& id, const AssessmentDefinition& definition,
                             const Actor& actor);
    /// Only drafts that no event uses can be deleted.
    void remove(const std::string& id, const Actor& actor);
    AssessmentSummary publish(const std::string& id, const Actor& actor);
    /// Scores answers against the stored definition (or `draft` when given); nothing is stored.
    core::json::ArrayPtr preview(const std::string& id,
                                 const std::optional<AssessmentDefinition>& draft,
                                 const std::map<std::string, SectionAnswers>& answers);

    static core::json::ObjectPtr toJson(const AssessmentSummary& summary);

private:
    core::Db& m_db;
};

} // namespace ey::partner
