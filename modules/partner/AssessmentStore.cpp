// Assessment SQL.
#include "AssessmentStore.h"

#include "Json.h"

#include <map>

namespace ey::partner {

namespace json = core::json;
using core::Param;

namespace {

// Column lists are macros so statements stay single compile-time literals.
#define EY_ISO(column) "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_ASSESSMENT_COLUMNS                                                                      \
    "a.id::text AS id, a.code, a.title, a.description, a.status,"                                  \
    " " EY_ISO(                                                                                    \
        "a.published_at") " AS published_at,"                                                      \
                          " " EY_ISO("a.created_at") " AS created_at, " EY_ISO(                    \
                              "a.updated_at") " AS updated_at,"                                    \
                                              " (SELECT count(*) FROM assessment_sections s "      \
                                              "WHERE s.assessment_id = a.id) AS sections,"         \
                                              " (SELECT count(*) FROM assessment_questions q "     \
                                              "JOIN assessment_sections s"                         \
                                              "   ON s.id = q.section_id WHERE s.assessment_id = " \
                                              "a.id) AS questions,"                                \
                                              " (SELECT count(*) FROM partner_assessments e "      \
                                              "WHERE e.assessment_id = a.id) AS events,"           \
                                              " (SELECT count(*) FROM partner_client_assessments " \
                                              "c JOIN partner_assessments e"                       \
                                              "   ON e.id = c.partner_assessment_id WHERE "        \
                                              "e.assessment_id = a.id) AS clients"
#define EY_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"

AssessmentSummary summaryFrom(const core::Row& row)
{
    AssessmentSummary item;
    item.id = row.str("id");
    item.code = row.str("code");
    item.title = row.str("title");
    item.description = row.optStr("description");
    item.status = row.str("status");
    item.publishedAt = row.optStr("published_at");
    item.createdAt = row.str("created_at");
    item.updatedAt = row.str("updated_at");
    item.sectionCount = row.i64("sections");
    item.questionCount = row.i64("questions");
    item.eventCount = row.i64("events");
    item.clientCount = row.i64("clients");
    return item;
}

void insertContent(core::Sql& sql, const std::string& id, const AssessmentDefinition& definition)
{
    std::map<std::string, std::string> templateIds;
    for (std::size_t i = 0; i < definition.templates.size(); ++i) {
        const auto& answers = definition.templates[i];
        auto options = json::array();
        for (const auto& option : answers.options) {
            auto item = json::object();
            item->set("value", option.value);
            item->set("label", option.label);
            options->add(item);
        }
        templateIds[answers.key] =
            sql.exec("INSERT INTO assessment_answer_templates (assessment_id, position, key, name,"
                     " options) VALUES ($1::uuid, $2, $3, $4, $5::jsonb) RETURNING id::text AS id",
                     {id, static_cast<int>(i), answers.key, answers.name, json::stringify(options)})
                .front()
                .str("id");
    }
    for (std::size_t i = 0; i < definition.sections.size(); ++i) {
        const auto& section = definition.sections[i];
        const auto sectionId =
            sql.exec("INSERT INTO assessment_sections (assessment_id, position, key, title,"
                     " description, time_limit_seconds, template_id, scoring)"
                     " VALUES ($1::uuid, $2, $3, $4, $5, $6::int, $7::uuid, $8::jsonb)"
                     " RETURNING id::text AS id",
                     {id, static_cast<int>(i), section.key, section.title, section.description,
                      section.timeLimitSeconds
                          ? Param(static_cast<std::int64_t>(*section.timeLimitSeconds))
                          : Param(std::nullopt),
                      templateIds.at(section.templateKey),
                      json::stringify(AssessmentDefinition::scoringJson(section))})
                .front()
                .str("id");
        // All questions of a section in one statement: a JSON array unpacked by PostgreSQL.
        auto questions = json::array();
        for (const auto& question : section.questions) {
            auto item = json::object();
            item->set("text", question.text);
            item->set("scale", question.scale);
            item->set("reverse", question.reverse);
            item->set("template", question.templateKey
                                      ? Poco::Dynamic::Var(templateIds.at(*question.templateKey))
                                      : Poco::Dynamic::Var());
            questions->add(item);
        }
        sql.exec("INSERT INTO assessment_questions (section_id, position, text, scale_key,"
                 " reverse_scored, template_id)"
                 " SELECT $1::uuid, (q.n - 1)::int, q.item->>'text', q.item->>'scale',"
                 "        (q.item->>'reverse')::boolean, (q.item->>'template')::uuid"
                 " FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS q(item, n)",
                 {sectionId, json::stringify(questions)});
    }
}

std::vector<Band> bandsFrom(const json::ArrayPtr& list)
{
    std::vector<Band> bands;
    if (!list)
        return bands;
    for (unsigned i = 0; i < list->size(); ++i) {
        const auto item = list->getObject(i);
        bands.push_back({item->getValue<double>("min"), item->getValue<double>("max"),
                         item->getValue<std::string>("key"), item->getValue<std::string>("label"),
                         item->optValue<std::string>("narrative", "")});
    }
    return bands;
}

Param executiveSummaryParam(const AssessmentDefinition& definition)
{
    if (!definition.executiveSummary)
        return Param(std::nullopt);
    return Param(json::stringify(AssessmentDefinition::executiveSummaryJson(*definition.executiveSummary)));
}

} // namespace

std::string AssessmentStore::insert(core::Sql& sql, const AssessmentDefinition& definition,
                                    const std::string& createdBy)
{
    const auto id = sql.exec("INSERT INTO assessments (code, title, description, created_by,"
                             " executive_summary)"
                             " VALUES ($1, $2, $3, $4::uuid, $5::jsonb) RETURNING id::text AS id",
                             {definition.code, definition.title, definition.description,
                              createdBy.empty() ? Param(std::nullopt) : Param(createdBy),
                              executiveSummaryParam(definition)})
                        .front()
                        .str("id");
    insertContent(sql, id, definition);
    return id;
}

void AssessmentStore::replace(core::Sql& sql, const std::string& id,
                              const AssessmentDefinition& definition)
{
    sql.exec("UPDATE assessments SET code = $2, title = $3, description = $4,"
             " executive_summary = $5::jsonb, updated_at = now() WHERE id = $1::uuid",
             {id, definition.code, definition.title, definition.description,
              executiveSummaryParam(definition)});
    sql.exec("DELETE FROM assessment_sections WHERE assessment_id = $1::uuid", {id});
    sql.exec("DELETE FROM assessment_answer_templates WHERE assessment_id = $1::uuid", {id});
    insertContent(sql, id, definition);
}

std::optional<AssessmentSummary> AssessmentStore::summary(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec(
        "SELECT " EY_ASSESSMENT_COLUMNS " FROM assessments a WHERE a.id = " EY_UUID("$1"), {id});
    if (rows.empty())
        return std::nullopt;
    return summaryFrom(rows.front());
}

std::optional<AssessmentSummary> AssessmentStore::lock(core::Sql& sql, const std::string& id)
{
    const auto rows =
        sql.exec("SELECT id FROM assessments WHERE id = " EY_UUID("$1") " FOR UPDATE", {id});
    if (rows.empty())
        return std::nullopt;
    return summary(sql, id);
}

std::vector<AssessmentSummary> AssessmentStore::list(core::Sql& sql, const AssessmentFilter& filter,
                                                     const core::PageRequest& page)
{
    const auto rows = sql.exec(
        "SELECT " EY_ASSESSMENT_COLUMNS " FROM assessments a"
        " WHERE ($1::text IS NULL OR a.status = $1)"
        "   AND ($2::text IS NULL OR strpos(lower(a.title), lower($2)) > 0"
        "        OR strpos(lower(a.code), lower($2)) > 0)"
        "   AND ($3::timestamptz IS NULL OR (a.created_at, a.id) < ($3::timestamptz, $4::uuid))"
        " ORDER BY a.created_at DESC, a.id DESC LIMIT $5",
        {filter.status, filter.search, page.afterKey, page.afterId, page.limit + 1});
    std::vector<AssessmentSummary> items;
    for (const auto& row : rows)
        items.push_back(summaryFrom(row));
    return items;
}

std::optional<AssessmentDefinition> AssessmentStore::definition(core::Sql& sql,
                                                                const std::string& id)
{
    const auto head = sql.exec(
        "SELECT code, title, description, executive_summary::text AS executive_summary"
        " FROM assessments WHERE id = " EY_UUID("$1"),
        {id});
    if (head.empty())
        return std::nullopt;
    AssessmentDefinition definition;
    definition.code = head.front().str("code");
    definition.title = head.front().str("title");
    definition.description = head.front().optStr("description");
    if (const auto stored = head.front().optStr("executive_summary"))
        definition.executiveSummary =
            AssessmentDefinition::executiveSummaryFrom(json::parseObject(*stored));

    std::map<std::string, std::string> templateKeys; // id → key
    for (const auto& row :
         sql.exec("SELECT id::text AS id, key, name, options::text AS options"
                  " FROM assessment_answer_templates WHERE assessment_id = $1::uuid"
                  " ORDER BY position",
                  {id})) {
        AnswerTemplate answers;
        answers.key = row.str("key");
        answers.name = row.str("name");
        const auto options = json::parse(row.str("options")).extract<json::ArrayPtr>();
        for (unsigned i = 0; i < options->size(); ++i) {
            const auto option = options->getObject(i);
            answers.options.push_back(
                {option->getValue<int>("value"), option->getValue<std::string>("label")});
        }
        templateKeys[row.str("id")] = answers.key;
        definition.templates.push_back(std::move(answers));
    }

    std::map<std::string, std::size_t> sectionIndex; // id → position in definition.sections
    for (const auto& row :
         sql.exec("SELECT id::text AS id, key, title, description, time_limit_seconds,"
                  " template_id::text AS template_id, scoring::text AS scoring"
                  " FROM assessment_sections WHERE assessment_id = $1::uuid ORDER BY position",
                  {id})) {
        Section section;
        section.key = row.str("key");
        section.title = row.str("title");
        section.description = row.optStr("description");
        if (const auto limit = row.optI64("time_limit_seconds"))
            section.timeLimitSeconds = static_cast<int>(*limit);
        section.templateKey = templateKeys.at(row.str("template_id"));
        const auto scoring = json::parse(row.str("scoring")).extract<json::ObjectPtr>();
        const auto scales = scoring->getArray("scales");
        for (unsigned i = 0; scales && i < scales->size(); ++i) {
            const auto item = scales->getObject(i);
            section.scales.push_back(
                {item->getValue<std::string>("key"), item->getValue<std::string>("label"),
                 item->optValue<std::string>("method", "sum"), bandsFrom(item->getArray("bands"))});
        }
        if (const auto summary = scoring->getObject("summary")) {
            section.summary.method = summary->optValue<std::string>("method", "none");
            section.summary.bands = bandsFrom(summary->getArray("bands"));
        }
        section.summary.highlightsTop = scoring->optValue<int>("highlights_top", 0);
        sectionIndex[row.str("id")] = definition.sections.size();
        definition.sections.push_back(std::move(section));
    }

    for (const auto& row :
         sql.exec("SELECT q.section_id::text AS section_id, q.text, q.scale_key,"
                  " q.reverse_scored, q.template_id::text AS template_id"
                  " FROM assessment_questions q JOIN assessment_sections s ON s.id = q.section_id"
                  " WHERE s.assessment_id = $1::uuid ORDER BY s.position, q.position",
                  {id})) {
        Question question;
        question.text = row.str("text");
        question.scale = row.str("scale_key");
        question.reverse = row.boolean("reverse_scored");
        if (const auto templateId = row.optStr("template_id"))
            question.templateKey = templateKeys.at(*templateId);
        definition.sections[sectionIndex.at(row.str("section_id"))].questions.push_back(
            std::move(question));
    }
    return definition;
}

void AssessmentStore::setPublished(core::Sql& sql, const std::string& id)
{
    sql.exec("UPDATE assessments SET status = 'published', published_at = now(),"
             " updated_at = now() WHERE id = $1::uuid",
             {id});
}

void AssessmentStore::remove(core::Sql& sql, const std::string& id)
{
    sql.exec("DELETE FROM assessments WHERE id = $1::uuid", {id});
}

} // namespace ey::partner
