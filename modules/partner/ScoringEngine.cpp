// Scoring rules as data: reverse items, sum/mean per scale, category bands, section summary.
#include "ScoringEngine.h"

#include "Problem.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ey::partner {

namespace json = core::json;
using core::Text;

namespace {

constexpr double kEpsilon = 1e-9;

/// Whole numbers go out as JSON integers ("18"), the rest as decimals ("3.6").
Poco::Dynamic::Var number(double value)
{
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return static_cast<Poco::Int64>(value);
    return value;
}

const Band* bandFor(const std::vector<Band>& bands, double score)
{
    for (const auto& band : bands)
        if (score >= band.min - kEpsilon && score <= band.max + kEpsilon)
            return &band;
    return nullptr;
}

json::ObjectPtr categoryJson(const Band& band)
{
    auto category = json::object();
    category->set("key", band.key);
    category->set("label", band.label);
    if (!band.narrative.empty())
        category->set("narrative", band.narrative);
    return category;
}

} // namespace

double ScoringEngine::percent(double score, double max)
{
    if (max <= 0)
        return 0;
    // The tiny nudge keeps 2.67 / 4 at 66.8: 2.67 is a hair below itself in binary.
    return std::round(1000.0 * score / max + 1e-9) / 10.0;
}

double ScoringEngine::roundScore(double score)
{
    return std::round(score * 100.0) / 100.0;
}

std::map<std::string, Text>
ScoringEngine::checkAnswers(const std::map<std::string, SectionAnswers>& answers) const
{
    std::map<std::string, Text> errors;
    for (const auto& section : m_definition.sections) {
        const auto field = "answers." + section.key;
        const auto found = answers.find(section.key);
        if (found == answers.end()) {
            errors.emplace(field, Text{"Bagian \"" + section.title + "\" belum dijawab.",
                                       "Section \"" + section.title + "\" is not answered."});
            continue;
        }
        const auto& values = found->second.values;
        if (values.size() != section.questions.size()) {
            errors.emplace(field,
                           Text{"Bagian \"" + section.title + "\" punya " +
                                    std::to_string(section.questions.size()) +
                                    " pertanyaan; jawaban yang dikirim " +
                                    std::to_string(values.size()) + ".",
                                "Section \"" + section.title + "\" has " +
                                    std::to_string(section.questions.size()) + " questions; " +
                                    std::to_string(values.size()) + " answers were sent."});
            continue;
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto& answers = m_definition.templateOf(section, section.questions[i]);
            if (!answers.allows(values[i])) {
                errors.emplace(field, Text{"Jawaban pertanyaan " + std::to_string(i + 1) +
                                               " bukan pilihan yang tersedia.",
                                           "The answer to question " + std::to_string(i + 1) +
                                               " is not one of the options."});
                break;
            }
        }
    }
    for (const auto& [key, value] : answers) {
        const bool known = std::any_of(m_definition.sections.begin(), m_definition.sections.end(),
                                       [&key](const Section& s) { return s.key == key; });
        if (!known)
            errors.emplace("answers." + key, Text{"Bagian ini tidak ada di asesmen.",
                                                  "This section is not part of the assessment."});
    }
    return errors;
}

json::ArrayPtr ScoringEngine::score(const std::map<std::string, SectionAnswers>& answers) const
{
    auto errors = checkAnswers(answers);
    if (!errors.empty())
        throw core::Problem::validation(std::move(errors));
    auto sections = json::array();
    for (const auto& section : m_definition.sections)
        sections->add(scoreSection(section, answers.at(section.key)));
    return sections;
}

json::ObjectPtr
ScoringEngine::contentResult(const ResultContext& context,
                             const std::map<std::string, SectionAnswers>& answers) const
{
    auto result = json::object();
    result->set("format", kResultFormat);
    auto assessment = json::object();
    assessment->set("id", context.assessmentId);
    assessment->set("code", context.assessmentCode);
    assessment->set("title", context.assessmentTitle);
    result->set("assessment", assessment);
    auto event = json::object();
    event->set("id", context.eventId);
    event->set("reference_code", context.referenceCode);
    result->set("event", event);
    auto client = json::object();
    client->set("email", context.clientEmail);
    client->set("full_name", context.clientFullName);
    if (context.clientOrganization)
        client->set("organization", *context.clientOrganization);
    if (context.clientPosition)
        client->set("position", *context.clientPosition);
    result->set("client", client);
    result->set("started_at", context.startedAt);
    result->set("completed_at", context.completedAt);
    result->set("sections", score(answers));
    // executive_summary stays absent until the add-on is paid for (issue 4 §4).
    return result;
}

json::ObjectPtr ScoringEngine::scoreSection(const Section& section,
                                            const SectionAnswers& answers) const
{
    auto result = json::object();
    result->set("key", section.key);
    result->set("title", section.title);
    if (section.description)
        result->set("description", *section.description);
    result->set("duration_seconds", answers.durationSeconds.value_or(0));
    if (section.timeLimitSeconds)
        result->set("time_limit_seconds", *section.timeLimitSeconds);
    std::string raw;
    for (std::size_t i = 0; i < answers.values.size(); ++i)
        raw += (i ? "," : "") + std::to_string(answers.values[i]);
    result->set("answers", raw);

    // Scored values: reverse items mirror inside their own template (min + max − value).
    std::vector<double> scored(section.questions.size());
    for (std::size_t i = 0; i < section.questions.size(); ++i) {
        const auto& question = section.questions[i];
        const auto& answerTemplate = m_definition.templateOf(section, question);
        const int value = answers.values[i];
        scored[i] = question.reverse ? answerTemplate.minValue() + answerTemplate.maxValue() - value
                                     : value;
    }

    struct ScaleScore
    {
        const ScaleRule* rule;
        double score;
        double max;
        double percent;
    };
    std::vector<ScaleScore> scaleScores;
    auto scales = json::array();
    for (const auto& scale : section.scales) {
        double sum = 0;
        int count = 0;
        for (std::size_t i = 0; i < section.questions.size(); ++i) {
            if (section.questions[i].scale != scale.key)
                continue;
            sum += scored[i];
            ++count;
        }
        const auto range = m_definition.scaleRange(section, scale);
        const double value = roundScore(scale.method == "mean" && count > 0 ? sum / count : sum);
        const double max = roundScore(range.max);
        const double pct = percent(value, max);
        scaleScores.push_back({&scale, value, max, pct});
        auto item = json::object();
        item->set("key", scale.key);
        item->set("label", scale.label);
        item->set("score", number(value));
        item->set("max", number(max));
        item->set("percent", pct);
        if (const auto* band = bandFor(scale.bands, value))
            item->set("category", categoryJson(*band));
        scales->add(item);
    }
    result->set("scales", scales);

    const auto& rule = section.summary;
    if (rule.method == "none")
        return result;
    double value = 0;
    if (rule.method == "mean_items") {
        value = scored.empty() ? 0
                               : std::accumulate(scored.begin(), scored.end(), 0.0) /
                                     static_cast<double>(scored.size());
    } else {
        for (const auto& scale : scaleScores)
            value += scale.score;
        if (rule.method == "mean_scales" && !scaleScores.empty())
            value /= static_cast<double>(scaleScores.size());
    }
    value = roundScore(value);
    const double max = roundScore(m_definition.summaryRange(section).max);
    auto summary = json::object();
    summary->set("score", number(value));
    summary->set("max", number(max));
    summary->set("percent", percent(value, max));
    if (const auto* band = bandFor(rule.bands, value))
        summary->set("category", categoryJson(*band));
    if (rule.highlightsTop > 0) {
        // Highest percent first; equal percents keep the assessment's scale order.
        auto ranked = scaleScores;
        std::stable_sort(
            ranked.begin(), ranked.end(),
            [](const ScaleScore& a, const ScaleScore& b) { return a.percent > b.percent; });
        auto highlights = json::array();
        for (int i = 0; i < rule.highlightsTop && i < static_cast<int>(ranked.size()); ++i)
            highlights->add(ranked[static_cast<std::size_t>(i)].rule->label);
        summary->set("highlights", highlights);
    }
    result->set("summary", summary);
    return result;
}

} // namespace ey::partner
