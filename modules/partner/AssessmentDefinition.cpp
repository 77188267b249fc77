// Reading, validating and writing assessment definitions; no SQL, no HTTP.
#include "AssessmentDefinition.h"

#include "Problem.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

namespace ey::partner {

namespace json = core::json;
using core::Text;
using Errors = std::map<std::string, Text>;

namespace {

constexpr double kEpsilon = 1e-9;
constexpr std::size_t kMaxScales = 12;

/// Collects type errors while walking the JSON; names fields like "sections[0].questions[2].scale".
class Walker
{
public:
    explicit Walker(Errors& errors) : m_errors(errors) {}

    std::optional<std::string> string(const json::ObjectPtr& object, const std::string& name,
                                      const std::string& path, bool required,
                                      std::size_t maxLength = 200)
    {
        if (!object->has(name) || object->isNull(name)) {
            if (required)
                fail(path, {"Wajib diisi.", "Required."});
            return std::nullopt;
        }
        const auto value = object->get(name);
        if (!value.isString()) {
            fail(path, {"Harus berupa teks.", "Must be text."});
            return std::nullopt;
        }
        auto text = value.convert<std::string>();
        if (required && text.empty()) {
            fail(path, {"Wajib diisi.", "Required."});
            return std::nullopt;
        }
        if (text.size() > maxLength) {
            fail(path, {"Terlalu panjang (maksimal " + std::to_string(maxLength) + " karakter).",
                        "Too long (at most " + std::to_string(maxLength) + " characters)."});
            return std::nullopt;
        }
        return text;
    }

    std::optional<double> number(const json::ObjectPtr& object, const std::string& name,
                                 const std::string& path, bool required)
    {
        if (!object->has(name) || object->isNull(name)) {
            if (required)
                fail(path, {"Wajib diisi.", "Required."});
            return std::nullopt;
        }
        const auto value = object->get(name);
        if (!value.isNumeric() || value.isString()) {
            fail(path, {"Harus berupa angka.", "Must be a number."});
            return std::nullopt;
        }
        const auto number = value.convert<double>();
        if (!std::isfinite(number)) {
            fail(path, {"Harus berupa angka.", "Must be a number."});
            return std::nullopt;
        }
        return number;
    }

    std::optional<int> integer(const json::ObjectPtr& object, const std::string& name,
                               const std::string& path, bool required, int min, int max)
    {
        const auto value = number(object, name, path, required);
        if (!value)
            return std::nullopt;
        if (std::floor(*value) != *value || *value < min || *value > max) {
            fail(path, {"Harus bilangan bulat " + std::to_string(min) + " sampai " +
                            std::to_string(max) + ".",
                        "Must be a whole number from " + std::to_string(min) + " to " +
                            std::to_string(max) + "."});
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    std::optional<bool> boolean(const json::ObjectPtr& object, const std::string& name,
                                const std::string& path)
    {
        if (!object->has(name) || object->isNull(name))
            return std::nullopt;
        const auto value = object->get(name);
        if (value.type() != typeid(bool)) {
            fail(path, {"Harus true atau false.", "Must be true or false."});
            return std::nullopt;
        }
        return value.extract<bool>();
    }

    json::ArrayPtr array(const json::ObjectPtr& object, const std::string& name,
                         const std::string& path, bool required)
    {
        if (!object->has(name) || object->isNull(name)) {
            if (required)
                fail(path, {"Wajib diisi.", "Required."});
            return nullptr;
        }
        auto value = object->getArray(name);
        if (!value)
            fail(path, {"Harus berupa daftar.", "Must be a list."});
        return value;
    }

    json::ObjectPtr object(const json::ObjectPtr& parent, const std::string& name,
                           const std::string& path, bool required)
    {
        if (!parent->has(name) || parent->isNull(name)) {
            if (required)
                fail(path, {"Wajib diisi.", "Required."});
            return nullptr;
        }
        auto value = parent->getObject(name);
        if (!value)
            fail(path, {"Harus berupa objek.", "Must be an object."});
        return value;
    }

    json::ObjectPtr item(const json::ArrayPtr& array, unsigned index, const std::string& path)
    {
        auto value = array->getObject(index);
        if (!value)
            fail(path, {"Harus berupa objek.", "Must be an object."});
        return value;
    }

    void fail(const std::string& path, Text message) { m_errors.emplace(path, std::move(message)); }

private:
    Errors& m_errors;
};

std::string at(const std::string& base, const std::string& list, std::size_t index)
{
    return base + list + "[" + std::to_string(index) + "]";
}

std::optional<ExecutiveSummaryRule> readExecutiveSummary(Walker& walk, const json::ObjectPtr& body)
{
    const std::string base = "executive_summary";
    const auto object = walk.object(body, base, base, false);
    if (!object)
        return std::nullopt;
    ExecutiveSummaryRule rule;
    rule.title = walk.string(object, "title", base + ".title", false).value_or(rule.title);
    rule.opening = walk.string(object, "opening", base + ".opening", false, 4000);
    rule.closing = walk.string(object, "closing", base + ".closing", false, 4000);
    if (const auto list = walk.array(object, "sections", base + ".sections", false)) {
        for (unsigned i = 0; i < list->size(); ++i) {
            const auto path = at(base, ".sections", i);
            const auto item = walk.item(list, i, path);
            if (!item)
                continue;
            SummaryParagraphRule paragraph;
            paragraph.section = walk.string(item, "section", path + ".section", true, 20).value_or("");
            paragraph.source =
                walk.string(item, "source", path + ".source", false, 40).value_or("summary");
            if (const auto texts = walk.object(item, "texts", path + ".texts", true)) {
                for (const auto& key : texts->getNames())
                    if (auto text = walk.string(texts, key, path + ".texts." + key, true, 4000))
                        paragraph.texts.emplace(key, *text);
            }
            rule.sections.push_back(std::move(paragraph));
        }
    }
    return rule;
}

/// Names in {braces} that are not placeholders the engine knows; "" when all are known.
std::string unknownPlaceholder(const std::string& text)
{
    static const std::regex pattern(R"(\{([^{}]*)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
         it != std::sregex_iterator(); ++it) {
        const auto name = (*it)[1].str();
        if (std::find(kSummaryPlaceholders.begin(), kSummaryPlaceholders.end(), name) ==
            kSummaryPlaceholders.end())
            return name.empty() ? std::string("{}") : name;
    }
    return {};
}

void checkSummaryText(const std::string& text, const std::string& path, Errors& errors)
{
    const auto unknown = unknownPlaceholder(text);
    if (unknown.empty())
        return;
    std::string known;
    for (const auto& name : kSummaryPlaceholders)
        known += (known.empty() ? "{" : ", {") + name + "}";
    errors.emplace(path, Text{"Penanda {" + unknown + "} tidak dikenal. Yang bisa dipakai: " + known +
                                  ".",
                              "Unknown placeholder {" + unknown + "}. You can use: " + known + "."});
}

std::vector<Band> readBands(Walker& walk, const json::ObjectPtr& parent, const std::string& path)
{
    std::vector<Band> bands;
    const auto list = walk.array(parent, "bands", path + ".bands", false);
    if (!list)
        return bands;
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto bandPath = at(path, ".bands", i);
        const auto item = walk.item(list, i, bandPath);
        if (!item)
            continue;
        Band band;
        band.min = walk.number(item, "min", bandPath + ".min", true).value_or(0);
        band.max = walk.number(item, "max", bandPath + ".max", true).value_or(0);
        band.key = walk.string(item, "key", bandPath + ".key", true, 40).value_or("");
        band.label = walk.string(item, "label", bandPath + ".label", true).value_or("");
        band.narrative =
            walk.string(item, "narrative", bandPath + ".narrative", false, 4000).value_or("");
        bands.push_back(std::move(band));
    }
    return bands;
}

json::ArrayPtr bandsJson(const std::vector<Band>& bands)
{
    auto list = json::array();
    for (const auto& band : bands) {
        auto item = json::object();
        item->set("min", band.min);
        item->set("max", band.max);
        item->set("key", band.key);
        item->set("label", band.label);
        item->set("narrative", band.narrative);
        list->add(item);
    }
    return list;
}

/// Bands must cover every score the rule can produce, once: sorted by min, no gap wider than the
/// score's resolution and no overlap.
void checkBands(const std::vector<Band>& bands, const ScoreRange& range, const std::string& path,
                Errors& errors)
{
    if (bands.empty())
        return;
    const double step = range.integral ? 1.0 : 0.01;
    std::set<std::string> keys;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].min > bands[i].max + kEpsilon)
            errors.emplace(at(path, "", i) + ".max",
                           Text{"Batas atas harus sama dengan atau lebih besar dari batas bawah.",
                                "The upper limit must be at least the lower limit."});
        if (!bands[i].key.empty() && !keys.insert(bands[i].key).second)
            errors.emplace(at(path, "", i) + ".key",
                           Text{"Kunci kategori sudah dipakai di daftar ini.",
                                "This category key is already used in this list."});
    }
    auto sorted = bands;
    std::sort(sorted.begin(), sorted.end(),
              [](const Band& a, const Band& b) { return a.min < b.min; });
    const auto number = [](double value) {
        auto text = std::to_string(std::round(value * 100) / 100);
        text.erase(text.find_last_not_of('0') + 1);
        if (!text.empty() && text.back() == '.')
            text.pop_back();
        return text;
    };
    if (sorted.front().min > range.min + kEpsilon || sorted.back().max < range.max - kEpsilon) {
        errors.emplace(path, Text{"Kategori harus mencakup seluruh rentang skor " +
                                      number(range.min) + " sampai " + number(range.max) + ".",
                                  "The categories must cover the whole score range " +
                                      number(range.min) + " to " + number(range.max) + "."});
        return;
    }
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const auto& previous = sorted[i - 1];
        const auto& next = sorted[i];
        if (next.min <= previous.max + kEpsilon) {
            errors.emplace(path, Text{"Kategori \"" + previous.label + "\" dan \"" + next.label +
                                          "\" saling tumpang tindih.",
                                      "Categories \"" + previous.label + "\" and \"" + next.label +
                                          "\" overlap."});
            return;
        }
        if (next.min - previous.max > step + kEpsilon) {
            errors.emplace(path, Text{"Ada celah antara kategori \"" + previous.label +
                                          "\" (sampai " + number(previous.max) + ") dan \"" +
                                          next.label + "\" (mulai " + number(next.min) + ").",
                                      "There is a gap between category \"" + previous.label +
                                          "\" (up to " + number(previous.max) + ") and \"" +
                                          next.label + "\" (from " + number(next.min) + ")."});
            return;
        }
    }
}

} // namespace

int AnswerTemplate::minValue() const
{
    int value = options.empty() ? 0 : options.front().value;
    for (const auto& option : options)
        value = std::min(value, option.value);
    return value;
}

int AnswerTemplate::maxValue() const
{
    int value = options.empty() ? 0 : options.front().value;
    for (const auto& option : options)
        value = std::max(value, option.value);
    return value;
}

bool AnswerTemplate::allows(int value) const
{
    return std::any_of(options.begin(), options.end(),
                       [value](const AnswerOption& option) { return option.value == value; });
}

const AnswerTemplate* AssessmentDefinition::findTemplate(const std::string& key) const
{
    for (const auto& item : templates)
        if (item.key == key)
            return &item;
    return nullptr;
}

const AnswerTemplate& AssessmentDefinition::templateOf(const Section& section,
                                                       const Question& question) const
{
    const auto* found = findTemplate(question.templateKey.value_or(section.templateKey));
    if (!found)
        throw std::logic_error("assessment definition used before validation");
    return *found;
}

ScoreRange AssessmentDefinition::scaleRange(const Section& section, const ScaleRule& scale) const
{
    ScoreRange range;
    int count = 0;
    for (const auto& question : section.questions) {
        if (question.scale != scale.key)
            continue;
        const auto& answers = templateOf(section, question);
        range.min += answers.minValue();
        range.max += answers.maxValue();
        ++count;
    }
    if (scale.method == "mean" && count > 0) {
        range.min /= count;
        range.max /= count;
        range.integral = false;
    }
    return range;
}

ScoreRange AssessmentDefinition::summaryRange(const Section& section) const
{
    ScoreRange range;
    if (section.summary.method == "mean_items") {
        int count = 0;
        for (const auto& question : section.questions) {
            const auto& answers = templateOf(section, question);
            range.min += answers.minValue();
            range.max += answers.maxValue();
            ++count;
        }
        if (count > 0) {
            range.min /= count;
            range.max /= count;
        }
        range.integral = false;
        return range;
    }
    for (const auto& scale : section.scales) {
        const auto part = scaleRange(section, scale);
        range.min += part.min;
        range.max += part.max;
        range.integral = range.integral && part.integral;
    }
    if (section.summary.method == "mean_scales" && !section.scales.empty()) {
        range.min /= static_cast<double>(section.scales.size());
        range.max /= static_cast<double>(section.scales.size());
        range.integral = false;
    }
    return range;
}

AssessmentDefinition AssessmentDefinition::fromJson(const json::ObjectPtr& body)
{
    Errors errors;
    Walker walk(errors);
    AssessmentDefinition definition;
    definition.code = walk.string(body, "code", "code", true, 40).value_or("");
    definition.title = walk.string(body, "title", "title", true).value_or("");
    definition.description = walk.string(body, "description", "description", false, 4000);

    if (const auto list = walk.array(body, "templates", "templates", true)) {
        for (unsigned i = 0; i < list->size(); ++i) {
            const auto path = at("", "templates", i);
            const auto item = walk.item(list, i, path);
            if (!item)
                continue;
            AnswerTemplate answers;
            answers.key = walk.string(item, "key", path + ".key", true, 40).value_or("");
            answers.name = walk.string(item, "name", path + ".name", true).value_or("");
            if (const auto options = walk.array(item, "options", path + ".options", true)) {
                for (unsigned j = 0; j < options->size(); ++j) {
                    const auto optionPath = at(path, ".options", j);
                    const auto option = walk.item(options, j, optionPath);
                    if (!option)
                        continue;
                    AnswerOption choice;
                    choice.value =
                        walk.integer(option, "value", optionPath + ".value", true, -100, 100)
                            .value_or(0);
                    choice.label =
                        walk.string(option, "label", optionPath + ".label", true).value_or("");
                    answers.options.push_back(std::move(choice));
                }
            }
            definition.templates.push_back(std::move(answers));
        }
    }

    if (const auto list = walk.array(body, "sections", "sections", true)) {
        for (unsigned i = 0; i < list->size(); ++i) {
            const auto path = at("", "sections", i);
            const auto item = walk.item(list, i, path);
            if (!item)
                continue;
            Section section;
            section.key = walk.string(item, "key", path + ".key", true, 20).value_or("");
            section.title = walk.string(item, "title", path + ".title", true).value_or("");
            section.description =
                walk.string(item, "description", path + ".description", false, 4000);
            section.timeLimitSeconds = walk.integer(item, "time_limit_seconds",
                                                    path + ".time_limit_seconds", false, 1, 86400);
            section.templateKey =
                walk.string(item, "template", path + ".template", true, 40).value_or("");
            if (const auto scoring = walk.object(item, "scoring", path + ".scoring", true)) {
                const auto scoringPath = path + ".scoring";
                if (const auto scales =
                        walk.array(scoring, "scales", scoringPath + ".scales", true)) {
                    for (unsigned j = 0; j < scales->size(); ++j) {
                        const auto scalePath = at(scoringPath, ".scales", j);
                        const auto scaleItem = walk.item(scales, j, scalePath);
                        if (!scaleItem)
                            continue;
                        ScaleRule scale;
                        scale.key = walk.string(scaleItem, "key", scalePath + ".key", true, 40)
                                        .value_or("");
                        scale.label = walk.string(scaleItem, "label", scalePath + ".label", true)
                                          .value_or("");
                        scale.method =
                            walk.string(scaleItem, "method", scalePath + ".method", false)
                                .value_or("sum");
                        scale.bands = readBands(walk, scaleItem, scalePath);
                        section.scales.push_back(std::move(scale));
                    }
                }
                if (const auto summary =
                        walk.object(scoring, "summary", scoringPath + ".summary", false)) {
                    section.summary.method =
                        walk.string(summary, "method", scoringPath + ".summary.method", false)
                            .value_or("none");
                    section.summary.bands = readBands(walk, summary, scoringPath + ".summary");
                }
                section.summary.highlightsTop =
                    walk.integer(scoring, "highlights_top", scoringPath + ".highlights_top", false,
                                 0, static_cast<int>(kMaxScales))
                        .value_or(0);
            }
            if (const auto questions = walk.array(item, "questions", path + ".questions", true)) {
                for (unsigned j = 0; j < questions->size(); ++j) {
                    const auto questionPath = at(path, ".questions", j);
                    const auto questionItem = walk.item(questions, j, questionPath);
                    if (!questionItem)
                        continue;
                    Question question;
                    question.text =
                        walk.string(questionItem, "text", questionPath + ".text", true, 2000)
                            .value_or("");
                    question.scale =
                        walk.string(questionItem, "scale", questionPath + ".scale", true, 40)
                            .value_or("");
                    question.reverse =
                        walk.boolean(questionItem, "reverse", questionPath + ".reverse")
                            .value_or(false);
                    question.templateKey = walk.string(questionItem, "template",
                                                       questionPath + ".template", false, 40);
                    section.questions.push_back(std::move(question));
                }
            }
            definition.sections.push_back(std::move(section));
        }
    }

    definition.executiveSummary = readExecutiveSummary(walk, body);

    if (errors.empty())
        errors = definition.validate();
    if (!errors.empty())
        throw core::Problem::validation(std::move(errors));
    return definition;
}

std::optional<ExecutiveSummaryRule>
AssessmentDefinition::executiveSummaryFrom(const json::ObjectPtr& stored)
{
    if (!stored)
        return std::nullopt;
    Errors ignored; // it was validated when it was saved
    Walker walk(ignored);
    auto body = json::object();
    body->set("executive_summary", stored);
    return readExecutiveSummary(walk, body);
}

json::ObjectPtr AssessmentDefinition::executiveSummaryJson(const ExecutiveSummaryRule& rule)
{
    auto body = json::object();
    body->set("title", rule.title);
    body->set("opening", json::orNull(rule.opening));
    auto list = json::array();
    for (const auto& paragraph : rule.sections) {
        auto item = json::object();
        item->set("section", paragraph.section);
        item->set("source", paragraph.source);
        auto texts = json::object();
        for (const auto& [key, text] : paragraph.texts)
            texts->set(key, text);
        item->set("texts", texts);
        list->add(item);
    }
    body->set("sections", list);
    body->set("closing", json::orNull(rule.closing));
    return body;
}

std::map<std::string, Text> AssessmentDefinition::validate() const
{
    Errors errors;
    static const std::regex codePattern("^[A-Z0-9][A-Z0-9-]{1,39}$");
    static const std::regex keyPattern("^[A-Za-z0-9_-]{1,40}$");
    static const std::regex sectionKeyPattern("^[A-Z0-9_]{1,20}$");
    if (!std::regex_match(code, codePattern))
        errors.emplace("code",
                       Text{"Kode 2–40 karakter: huruf besar, angka dan tanda hubung.",
                            "Code of 2–40 characters: capital letters, digits and dashes."});

    std::set<std::string> templateKeys;
    for (std::size_t i = 0; i < templates.size(); ++i) {
        const auto path = at("", "templates", i);
        const auto& answers = templates[i];
        if (!std::regex_match(answers.key, keyPattern))
            errors.emplace(path + ".key", Text{"Kunci hanya huruf, angka, _ dan -.",
                                               "Keys use only letters, digits, _ and -."});
        else if (!templateKeys.insert(answers.key).second)
            errors.emplace(path + ".key", Text{"Kunci templat jawaban sudah dipakai.",
                                               "This answer template key is already used."});
        if (answers.options.size() < 2 || answers.options.size() > 11)
            errors.emplace(path + ".options", Text{"Templat jawaban perlu 2 sampai 11 pilihan.",
                                                   "An answer template needs 2 to 11 options."});
        std::set<int> values;
        for (std::size_t j = 0; j < answers.options.size(); ++j)
            if (!values.insert(answers.options[j].value).second)
                errors.emplace(at(path, ".options", j) + ".value",
                               Text{"Nilai pilihan ini sudah dipakai di templat yang sama.",
                                    "This option value is already used in the same template."});
    }
    if (templates.empty())
        errors.emplace("templates", Text{"Tambahkan minimal satu templat jawaban.",
                                         "Add at least one answer template."});

    std::set<std::string> sectionKeys;
    if (sections.empty())
        errors.emplace("sections",
                       Text{"Tambahkan minimal satu bagian.", "Add at least one section."});
    if (sections.size() > 30)
        errors.emplace("sections", Text{"Paling banyak 30 bagian.", "At most 30 sections."});
    for (std::size_t i = 0; i < sections.size(); ++i) {
        const auto path = at("", "sections", i);
        const auto& section = sections[i];
        const auto errorsBefore = errors.size();
        if (!std::regex_match(section.key, sectionKeyPattern))
            errors.emplace(path + ".key",
                           Text{"Kunci bagian 1–20 karakter: huruf besar, angka dan _.",
                                "Section keys have 1–20 capital letters, digits and _."});
        else if (!sectionKeys.insert(section.key).second)
            errors.emplace(path + ".key", Text{"Kunci bagian sudah dipakai di asesmen ini.",
                                               "This section key is already used."});
        bool templatesKnown = true;
        if (!findTemplate(section.templateKey)) {
            errors.emplace(path + ".template", Text{"Templat jawaban ini tidak ada di asesmen.",
                                                    "This answer template is not defined."});
            templatesKnown = false;
        }

        const auto scoringPath = path + ".scoring";
        std::set<std::string> scaleKeys;
        if (section.scales.empty() || section.scales.size() > kMaxScales)
            errors.emplace(scoringPath + ".scales", Text{"Setiap bagian perlu 1 sampai 12 skala.",
                                                         "Each section needs 1 to 12 scales."});
        for (std::size_t j = 0; j < section.scales.size(); ++j) {
            const auto& scale = section.scales[j];
            const auto scalePath = at(scoringPath, ".scales", j);
            if (!std::regex_match(scale.key, keyPattern))
                errors.emplace(scalePath + ".key", Text{"Kunci hanya huruf, angka, _ dan -.",
                                                        "Keys use only letters, digits, _ and -."});
            else if (!scaleKeys.insert(scale.key).second)
                errors.emplace(scalePath + ".key", Text{"Kunci skala sudah dipakai di bagian ini.",
                                                        "This scale key is already used here."});
            if (scale.method != "sum" && scale.method != "mean")
                errors.emplace(scalePath + ".method",
                               Text{"Metode skala harus sum atau mean.",
                                    "The scale method must be sum or mean."});
        }

        if (section.questions.empty())
            errors.emplace(path + ".questions", Text{"Tambahkan minimal satu pertanyaan.",
                                                     "Add at least one question."});
        if (section.questions.size() > 500)
            errors.emplace(path + ".questions", Text{"Paling banyak 500 pertanyaan per bagian.",
                                                     "At most 500 questions per section."});
        for (std::size_t j = 0; j < section.questions.size(); ++j) {
            const auto& question = section.questions[j];
            const auto questionPath = at(path, ".questions", j);
            if (!scaleKeys.contains(question.scale))
                errors.emplace(questionPath + ".scale",
                               Text{"Skala \"" + question.scale + "\" tidak ada di bagian ini.",
                                    "Scale \"" + question.scale + "\" is not defined here."});
            if (question.templateKey && !findTemplate(*question.templateKey)) {
                errors.emplace(questionPath + ".template",
                               Text{"Templat jawaban ini tidak ada di asesmen.",
                                    "This answer template is not defined."});
                templatesKnown = false;
            }
        }

        const auto& method = section.summary.method;
        if (method != "none" && method != "sum" && method != "mean_items" &&
            method != "mean_scales")
            errors.emplace(scoringPath + ".summary.method",
                           Text{"Metode ringkasan: none, sum, mean_items atau mean_scales.",
                                "Summary method: none, sum, mean_items or mean_scales."});
        if (section.summary.highlightsTop > 0 && method == "none")
            errors.emplace(scoringPath + ".highlights_top",
                           Text{"Sorotan hanya bisa dipakai bila ringkasan punya metode.",
                                "Highlights need a summary method other than none."});
        if (section.summary.highlightsTop > static_cast<int>(section.scales.size()))
            errors.emplace(
                scoringPath + ".highlights_top",
                Text{"Jumlah sorotan melebihi jumlah skala.", "More highlights than scales."});
        if (method == "none" && !section.summary.bands.empty())
            errors.emplace(scoringPath + ".summary.bands",
                           Text{"Kategori ringkasan perlu metode ringkasan.",
                                "Summary categories need a summary method."});

        // Ranges are only meaningful once every question's scale and template resolve.
        const bool resolvable =
            templatesKnown &&
            std::all_of(section.questions.begin(), section.questions.end(),
                        [&](const Question& q) { return scaleKeys.contains(q.scale); }) &&
            std::all_of(templates.begin(), templates.end(),
                        [](const AnswerTemplate& t) { return t.options.size() >= 2; });
        if (!resolvable)
            continue;
        for (std::size_t j = 0; j < section.scales.size(); ++j) {
            const auto& scale = section.scales[j];
            const auto scalePath = at(scoringPath, ".scales", j);
            const bool used = std::any_of(section.questions.begin(), section.questions.end(),
                                          [&](const Question& q) { return q.scale == scale.key; });
            if (!used) {
                errors.emplace(scalePath,
                               Text{"Skala \"" + scale.label + "\" belum punya pertanyaan.",
                                    "Scale \"" + scale.label + "\" has no questions."});
                continue;
            }
            const auto range = scaleRange(section, scale);
            if (range.max <= 0)
                errors.emplace(scalePath, Text{"Skor maksimum skala harus lebih dari 0.",
                                               "The scale's highest score must be above 0."});
            checkBands(scale.bands, range, scalePath + ".bands", errors);
        }
        if (method != "none" && errors.size() == errorsBefore) {
            const auto range = summaryRange(section);
            checkBands(section.summary.bands, range, scoringPath + ".summary.bands", errors);
        }
    }
    if (executiveSummary)
        validateExecutiveSummary(errors);
    return errors;
}

void AssessmentDefinition::validateExecutiveSummary(std::map<std::string, Text>& errors) const
{
    const auto& rule = *executiveSummary;
    const std::string base = "executive_summary";
    if (rule.title.empty())
        errors.emplace(base + ".title", Text{"Wajib diisi.", "Required."});
    if (rule.opening)
        checkSummaryText(*rule.opening, base + ".opening", errors);
    if (rule.closing)
        checkSummaryText(*rule.closing, base + ".closing", errors);
    if (rule.sections.empty() && !rule.opening && !rule.closing)
        errors.emplace(base + ".sections",
                       Text{"Ringkasan eksekutif perlu minimal satu paragraf.",
                            "An executive summary needs at least one paragraph."});
    for (std::size_t i = 0; i < rule.sections.size(); ++i) {
        const auto& paragraph = rule.sections[i];
        const auto path = at(base, ".sections", i);
        const auto section = std::find_if(sections.begin(), sections.end(), [&](const Section& s) {
            return s.key == paragraph.section;
        });
        if (section == sections.end()) {
            errors.emplace(path + ".section",
                           Text{"Bagian \"" + paragraph.section + "\" tidak ada di asesmen ini.",
                                "Section \"" + paragraph.section + "\" is not in this assessment."});
            continue;
        }
        const std::vector<Band>* bands = nullptr;
        if (paragraph.source == "summary") {
            bands = &section->summary.bands;
        } else {
            const auto scale =
                std::find_if(section->scales.begin(), section->scales.end(),
                             [&](const ScaleRule& s) { return s.key == paragraph.source; });
            if (scale == section->scales.end()) {
                errors.emplace(path + ".source",
                               Text{"Sumber harus \"summary\" atau kunci skala di bagian " +
                                        section->title + ".",
                                    "The source must be \"summary\" or a scale key of section " +
                                        section->title + "."});
                continue;
            }
            bands = &scale->bands;
        }
        if (paragraph.texts.empty())
            errors.emplace(path + ".texts", Text{"Tulis minimal satu teks (kunci kategori atau *).",
                                                 "Write at least one text (a category key or *)."});
        for (const auto& [key, text] : paragraph.texts) {
            const bool known = key == "*" || std::any_of(bands->begin(), bands->end(),
                                                         [&](const Band& b) { return b.key == key; });
            if (!known)
                errors.emplace(path + ".texts." + key,
                               Text{"Kategori \"" + key + "\" tidak ada pada sumber ini.",
                                    "Category \"" + key + "\" is not defined for this source."});
            checkSummaryText(text, path + ".texts." + key, errors);
        }
    }
}

json::ObjectPtr AssessmentDefinition::scoringJson(const Section& section)
{
    auto scoring = json::object();
    auto scales = json::array();
    for (const auto& scale : section.scales) {
        auto item = json::object();
        item->set("key", scale.key);
        item->set("label", scale.label);
        item->set("method", scale.method);
        item->set("bands", bandsJson(scale.bands));
        scales->add(item);
    }
    scoring->set("scales", scales);
    auto summary = json::object();
    summary->set("method", section.summary.method);
    summary->set("bands", bandsJson(section.summary.bands));
    scoring->set("summary", summary);
    scoring->set("highlights_top", section.summary.highlightsTop);
    return scoring;
}

json::ObjectPtr AssessmentDefinition::toJson() const
{
    auto body = json::object();
    body->set("code", code);
    body->set("title", title);
    body->set("description", json::orNull(description));
    auto templateList = json::array();
    for (const auto& answers : templates) {
        auto item = json::object();
        item->set("key", answers.key);
        item->set("name", answers.name);
        auto options = json::array();
        for (const auto& option : answers.options) {
            auto choice = json::object();
            choice->set("value", option.value);
            choice->set("label", option.label);
            options->add(choice);
        }
        item->set("options", options);
        templateList->add(item);
    }
    body->set("templates", templateList);
    auto sectionList = json::array();
    for (const auto& section : sections) {
        auto item = json::object();
        item->set("key", section.key);
        item->set("title", section.title);
        item->set("description", json::orNull(section.description));
        item->set("time_limit_seconds", json::orNull(section.timeLimitSeconds));
        item->set("template", section.templateKey);
        item->set("scoring", scoringJson(section));
        auto questions = json::array();
        for (const auto& question : section.questions) {
            auto entry = json::object();
            entry->set("text", question.text);
            entry->set("scale", question.scale);
            entry->set("reverse", question.reverse);
            entry->set("template", json::orNull(question.templateKey));
            questions->add(entry);
        }
        item->set("questions", questions);
        sectionList->add(item);
    }
    body->set("sections", sectionList);
    body->set("executive_summary", executiveSummary
                                       ? Poco::Dynamic::Var(executiveSummaryJson(*executiveSummary))
                                       : Poco::Dynamic::Var());
    return body;
}

} // namespace ey::partner
