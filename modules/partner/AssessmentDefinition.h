// An assessment product as data: answer templates, sections, questions and their scoring rules.
#pragma once

#include "Json.h"
#include "Text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

struct AnswerOption
{
    int value = 0;
    std::string label;
};

/// A set of answer choices (Likert 1–5, 0–4 frequency, ...); reverse scoring mirrors inside it.
struct AnswerTemplate
{
    std::string key;
    std::string name;
    std::vector<AnswerOption> options;

    int minValue() const;
    int maxValue() const;
    bool allows(int value) const;
};

/// One category: a score in [min, max] (inclusive) gets this key, label and narrative.
struct Band
{
    double min = 0;
    double max = 0;
    std::string key;
    std::string label;
    std::string narrative;
};

struct ScaleRule
{
    std::string key;
    std::string label;
    std::string method = "sum"; ///< sum | mean of the scale's items
    std::vector<Band> bands;
};

struct SummaryRule
{
    std::string method = "none"; ///< none | sum (of scales) | mean_items | mean_scales
    std::vector<Band> bands;
    int highlightsTop = 0; ///< the N scales with the highest percent, e.g. the top strengths
};

struct Question
{
    std::string text;
    std::string scale;
    bool reverse = false;
    std::optional<std::string> templateKey; ///< overrides the section's template
};

struct Section
{
    std::string key;
    std::string title;
    std::optional<std::string> description;
    std::optional<int> timeLimitSeconds;
    std::string templateKey;
    std::vector<ScaleRule> scales;
    SummaryRule summary;
    std::vector<Question> questions;
};

/// One paragraph of the executive summary: the text for the category a section's summary (or one
/// of its scales) reached, "*" when no listed category matches.
struct SummaryParagraphRule
{
    std::string section;
    std::string source = "summary"; ///< "summary" or a scale key of that section
    std::map<std::string, std::string> texts;
};

/// What an executive-summary text may name; the engine fills them in per client.
inline const std::vector<std::string> kSummaryPlaceholders = {
    "client_name", "organization", "position", "section_title", "category",
    "score",       "max",          "percent",  "highlights"};

/// The optional executive-summary add-on as data: paragraphs with {placeholders} filled from the
/// client and the scores (see kSummaryPlaceholders in the .cpp).
struct ExecutiveSummaryRule
{
    std::string title = "Ringkasan Eksekutif";
    std::optional<std::string> opening;
    std::vector<SummaryParagraphRule> sections;
    std::optional<std::string> closing;
};

/// The lowest and highest score a rule can produce, and whether scores are whole numbers.
struct ScoreRange
{
    double min = 0;
    double max = 0;
    bool integral = true;
};

/// The full definition the admin edits; what the create/update endpoints take and return.
struct AssessmentDefinition
{
    std::string code;
    std::string title;
    std::optional<std::string> description;
    std::vector<AnswerTemplate> templates;
    std::vector<Section> sections;
    std::optional<ExecutiveSummaryRule> executiveSummary;

    const AnswerTemplate* findTemplate(const std::string& key) const;
    /// The template a question is answered on (its override, else its section's).
    const AnswerTemplate& templateOf(const Section& section, const Question& question) const;
    ScoreRange scaleRange(const Section& section, const ScaleRule& scale) const;
    ScoreRange summaryRange(const Section& section) const;

    /// Reads and validates a definition; every problem becomes one field error of a 422.
    static AssessmentDefinition fromJson(const core::json::ObjectPtr& body);
    /// The field errors of a parsed definition (empty when it is valid).
    std::map<std::string, core::Text> validate() const;
    core::json::ObjectPtr toJson() const;
    /// The section's "scoring" object as stored in assessment_sections.scoring.
    static core::json::ObjectPtr scoringJson(const Section& section);
    /// The "executive_summary" object as stored in assessments.executive_summary.
    static core::json::ObjectPtr executiveSummaryJson(const ExecutiveSummaryRule& rule);
    /// Reads a stored "executive_summary" object (validated when it was saved).
    static std::optional<ExecutiveSummaryRule>
    executiveSummaryFrom(const core::json::ObjectPtr& stored);

private:
    void validateExecutiveSummary(std::map<std::string, core::Text>& errors) const;
};

} // namespace ey::partner
