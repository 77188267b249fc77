// Turns a client's answers into the "sections" of content_result, following the definition's rules.
#pragma once

#include "AssessmentDefinition.h"

#include "Json.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ey::partner {

/// One section's raw answers (template values, in question order) and the time spent on it.
struct SectionAnswers
{
    std::vector<int> values;
    std::optional<std::int64_t> durationSeconds;
    /// Questions left blank because the section's time ran out; their `values` are ignored.
    /// A scale is then scored from its answered items, scaled up to the full item count
    /// (person-mean proration); a scale with no answered item gets no score or category.
    std::set<std::size_t> unanswered = {};
};

/// Who took the assessment where and when: the frame content_result puts around the scores.
struct ResultContext
{
    std::string assessmentId;
    std::string assessmentCode;
    std::string assessmentTitle;
    std::string eventId;
    std::string referenceCode;
    std::string clientEmail;
    std::string clientFullName;
    std::optional<std::string> clientOrganization;
    std::optional<std::string> clientPosition;
    std::string startedAt;   ///< ISO-8601
    std::string completedAt; ///< ISO-8601
};

/// Pure scoring: no SQL, no clock. Thread safe (holds only a const definition).
class ScoringEngine
{
public:
    explicit ScoringEngine(const AssessmentDefinition& definition) : m_definition(definition) {}

    /// The field errors of these answers ("answers.TM" → what is wrong); empty when complete.
    std::map<std::string, core::Text>
    checkAnswers(const std::map<std::string, SectionAnswers>& answers) const;

    /// content_result "sections" in the assessment's order; a 422 problem when answers are
    /// missing or not on the template's scale.
    core::json::ArrayPtr score(const std::map<std::string, SectionAnswers>& answers) const;

    /// The whole content_result document ("ey.assessment-result/1", see the report contract);
    /// a 422 problem when answers are missing or off the templates.
    core::json::ObjectPtr contentResult(const ResultContext& context,
                                        const std::map<std::string, SectionAnswers>& answers) const;

    static constexpr const char* kResultFormat = "ey.assessment-result/1";

    /// content_result.executive_summary built from a result's client and sections by the
    /// definition's executive-summary rule; null when it has none or no paragraph applies.
    core::json::ObjectPtr executiveSummary(const core::json::ObjectPtr& contentResult) const;

    /// One section's result object (content_result.sections[i]); answers must be valid.
    core::json::ObjectPtr scoreSection(const Section& section, const SectionAnswers& answers) const;

    /// 100 × score / max rounded to one decimal.
    static double percent(double score, double max);
    /// Scores are kept to two decimals so band edges compare predictably.
    static double roundScore(double score);

private:
    const AssessmentDefinition& m_definition;
};

} // namespace ey::partner
