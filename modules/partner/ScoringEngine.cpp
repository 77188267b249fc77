// Scoring rules as data: reverse items, sum/mean per scale, category bands, section summary.
#include "ScoringEngine.h"

#include "Problem.h"

#include <algorithm>
#include <cmath>

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
            if (found->second.unanswered.contains(i))
                continue;
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
    // Stored with the result so the add-on, bought later, reads what the client's scores meant
    // when they finished; the report prints it only once the add-on is paid for (issue 4 §4).
    if (auto summary = executiveSummary(result))
        result->set("executive_summary", summary);
    return result;
}

namespace {

/// "3,6", "72", "66,8": an Indonesian reader's decimals.
std::string indonesianNumber(const Poco::Dynamic::Var& value)
{
    if (value.isEmpty())
        return {};
    const double number = value.convert<double>();
    if (std::floor(number) == number)
        return std::to_string(static_cast<long long>(number));
    auto text = std::to_string(std::round(number * 100) / 100);
    text.erase(text.find_last_not_of('0') + 1);
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

std::string fill(std::string text, const std::map<std::string, std::string>& values)
{
    for (const auto& [name, value] : values) {
        const auto placeholder = "{" + name + "}";
        for (auto at = text.find(placeholder); at != std::string::npos;
             at = text.find(placeholder, at + value.size()))
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string stringOf(const json::ObjectPtr& object, const std::string& key)
{
    if (!object || !object->has(key) || object->isNull(key))
        return {};
    return object->getValue<std::string>(key);
}

} // namespace

json::ObjectPtr ScoringEngine::executiveSummary(const json::ObjectPtr& contentResult) const
{
    if (!m_definition.executiveSummary || !contentResult)
        return nullptr;
    const auto& rule = *m_definition.executiveSummary;
    const auto client = contentResult->getObject("client");
    const std::map<std::string, std::string> person = {
        {"client_name", stringOf(client, "full_name")},
        {"organization", stringOf(client, "organization")},
        {"position", stringOf(client, "position")}};
    const auto sections = contentResult->getArray("sections");

    auto paragraphs = json::array();
    auto add = [&paragraphs](const std::string& text) {
        if (text.find_first_not_of(" \t\r\n") != std::string::npos)
            paragraphs->add(text);
    };
    if (rule.opening)
        add(fill(*rule.opening, person));
    for (const auto& paragraph : rule.sections) {
        json::ObjectPtr section;
        for (unsigned i = 0; sections && i < sections->size(); ++i) {
            const auto candidate = sections->getObject(i);
            if (candidate && stringOf(candidate, "key") == paragraph.section)
                section = candidate;
        }
        if (!section)
            continue;
        json::ObjectPtr source;
        if (paragraph.source == "summary") {
            source = section->getObject("summary");
        } else if (const auto scales = section->getArray("scales")) {
            for (unsigned i = 0; i < scales->size(); ++i) {
                const auto scale = scales->getObject(i);
                if (scale && stringOf(scale, "key") == paragraph.source)
                    source = scale;
            }
        }
        const auto category = source ? source->getObject("category") : nullptr;
        auto text = paragraph.texts.find(category ? stringOf(category, "key") : std::string("*"));
        if (text == paragraph.texts.end())
            text = paragraph.texts.find("*");
        if (text == paragraph.texts.end())
            continue;
        auto values = person;
        values["section_title"] = stringOf(section, "title");
        values["category"] = category ? stringOf(category, "label") : std::string();
        values["score"] = source && source->has("score") ? indonesianNumber(source->get("score")) : "";
        values["max"] = source && source->has("max") ? indonesianNumber(source->get("max")) : "";
        values["percent"] =
            source && source->has("percent") ? indonesianNumber(source->get("percent")) : "";
        std::string highlights;
        if (const auto list = source ? source->getArray("highlights") : nullptr) {
            for (unsigned i = 0; i < list->size(); ++i) {
                const auto label = list->getElement<std::string>(i);
                highlights += i == 0 ? label : (i + 1 == list->size() ? " dan " : ", ") + label;
            }
        }
        values["highlights"] = highlights;
        add(fill(text->second, values));
    }
    if (rule.closing)
        add(fill(*rule.closing, person));
    if (paragraphs->size() == 0)
        return nullptr;
    auto summary = json::object();
    summary->set("title", rule.title);
    summary->set("paragraphs", paragraphs);
    return summary;
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
    const auto& blank = answers.unanswered;
    std::string raw;
    for (std::size_t i = 0; i < answers.values.size(); ++i)
        raw += (i ? "," : "") + (blank.contains(i) ? std::string() : std::to_string(answers.values[i]));
    result->set("answers", raw);
    if (!blank.empty()) {
        result->set("unanswered_count", static_cast<std::int64_t>(blank.size()));
        result->set("question_count", static_cast<std::int64_t>(section.questions.size()));
    }

    // Scored values: reverse items mirror inside their own template (min + max − value).
    std::vector<double> scored(section.questions.size());
    for (std::size_t i = 0; i < section.questions.size(); ++i) {
        if (blank.contains(i))
            continue;
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
        bool scored;
    };
    std::vector<ScaleScore> scaleScores;
    auto scales = json::array();
    for (const auto& scale : section.scales) {
        double sum = 0;
        int count = 0;
        int answered = 0;
        for (std::size_t i = 0; i < section.questions.size(); ++i) {
            if (section.questions[i].scale != scale.key)
                continue;
            ++count;
            if (blank.contains(i))
                continue;
            sum += scored[i];
            ++answered;
        }
        // Blank items (time ran out) take the mean of the answered ones: sum × all / answered.
        if (answered > 0 && answered < count && scale.method != "mean")
            sum = sum * count / answered;
        const auto range = m_definition.scaleRange(section, scale);
        const double value =
            roundScore(scale.method == "mean" && answered > 0 ? sum / answered : sum);
        const double max = roundScore(range.max);
        const double pct = percent(value, max);
        scaleScores.push_back({&scale, value, max, pct, answered > 0});
        auto item = json::object();
        item->set("key", scale.key);
        item->set("label", scale.label);
        item->set("score", number(value));
        item->set("max", number(max));
        item->set("percent", pct);
        if (answered < count) {
            item->set("answered_count", answered);
            item->set("question_count", count);
        }
        if (answered == 0)
            item->set("unscored", true);
        else if (const auto* band = bandFor(scale.bands, value))
            item->set("category", categoryJson(*band));
        scales->add(item);
    }
    result->set("scales", scales);

    const auto& rule = section.summary;
    if (rule.method == "none")
        return result;
    double value = 0;
    const bool complete = std::all_of(scaleScores.begin(), scaleScores.end(),
                                      [](const ScaleScore& scale) { return scale.scored; });
    if (rule.method == "mean_items") {
        double total = 0;
        std::size_t answered = 0;
        for (std::size_t i = 0; i < scored.size(); ++i) {
            if (blank.contains(i))
                continue;
            total += scored[i];
            ++answered;
        }
        value = answered == 0 ? 0 : total / static_cast<double>(answered);
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
    // A scale nobody could answer makes the overall category a guess: it is left out.
    if (!complete)
        summary->set("incomplete", true);
    else if (const auto* band = bandFor(rule.bands, value))
        summary->set("category", categoryJson(*band));
    if (rule.highlightsTop > 0) {
        // Highest percent first; equal percents keep the assessment's scale order.
        auto ranked = scaleScores;
        ranked.erase(std::remove_if(ranked.begin(), ranked.end(),
                                    [](const ScaleScore& scale) { return !scale.scored; }),
                     ranked.end());
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
