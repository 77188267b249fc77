// Admin assessment HTTP: parse + validate input, call the service, write JSON. No SQL here.
#include "AssessmentRoutes.h"

#include "RouteSupport.h"

#include "Problem.h"

#include <cmath>

namespace ey::partner {

using core::Request;
using core::Response;
namespace json = core::json;

namespace {

const std::string kPermission = "assessments.manage";
constexpr std::size_t kDefinitionBytes = 2 << 20;

json::ObjectPtr fullJson(const AssessmentSummary& summary, const AssessmentDefinition& definition)
{
    auto body = AssessmentService::toJson(summary);
    const auto content = definition.toJson();
    body->set("templates", content->get("templates"));
    body->set("sections", content->get("sections"));
    body->set("executive_summary", content->get("executive_summary"));
    return body;
}

/// {"answers": {"TM": [5, 4, ...]}, "durations": {"TM": 300}} → per-section answers.
std::map<std::string, SectionAnswers> readAnswers(const json::ObjectPtr& body)
{
    std::map<std::string, core::Text> errors;
    std::map<std::string, SectionAnswers> answers;
    const auto given = body->has("answers") ? body->getObject("answers") : nullptr;
    if (!given)
        throw core::Problem::validation(
            {{"answers",
              {"Kirim jawaban per bagian, misalnya {\"TM\": [5, 4, 3]}.",
               "Send answers per section, e.g. {\"TM\": [5, 4, 3]}."}}});
    const auto durations = body->has("durations") ? body->getObject("durations") : nullptr;
    for (const auto& [key, value] : *given) {
        const auto field = "answers." + key;
        const auto list = given->getArray(key);
        if (!list) {
            errors.emplace(field,
                           core::Text{"Harus berupa daftar angka.", "Must be a list of numbers."});
            continue;
        }
        SectionAnswers section;
        for (unsigned i = 0; i < list->size(); ++i) {
            const auto item = list->get(i);
            if (!item.isNumeric() || item.isString() ||
                std::floor(item.convert<double>()) != item.convert<double>() ||
                std::fabs(item.convert<double>()) > 1000) {
                errors.emplace(
                    field,
                    core::Text{"Jawaban ke-" + std::to_string(i + 1) + " harus bilangan bulat.",
                               "Answer " + std::to_string(i + 1) + " must be a whole number."});
                break;
            }
            section.values.push_back(item.convert<int>());
        }
        if (durations && durations->has(key) && durations->get(key).isInteger())
            section.durationSeconds = durations->get(key).convert<std::int64_t>();
        answers.emplace(key, std::move(section));
    }
    if (!errors.empty())
        throw core::Problem::validation(std::move(errors));
    return answers;
}

} // namespace

void addAssessmentRoutes(core::Router& router, std::shared_ptr<AssessmentService> service)
{
    router.add(
        {"GET", "/api/v1/admin/assessments", kPermission,
         [service](Request& request, Response& response) {
             const auto page = core::PageRequest::from(request);
             AssessmentFilter filter{queryFilter(request, "status"), queryFilter(request, "q")};
             writePage<AssessmentSummary>(
                 response, service->list(filter, page), page, AssessmentService::toJson,
                 [](const AssessmentSummary& a) { return a.createdAt; },
                 [](const AssessmentSummary& a) { return a.id; });
         },
         0, "listAssessments"});

    router.add({"POST", "/api/v1/admin/assessments", kPermission,
                [service](Request& request, Response& response) {
                    const auto definition = AssessmentDefinition::fromJson(request.jsonBody());
                    const auto created = service->create(definition, actorOf(request));
                    response.json(fullJson(created, service->definition(created.id)), 201);
                },
                kDefinitionBytes, "createAssessment"});

    router.add({"GET", "/api/v1/admin/assessments/{id}", kPermission,
                [service](Request& request, Response& response) {
                    const auto& id = request.param("id");
                    const auto summary = service->summary(id);
                    response.json(fullJson(summary, service->definition(id)));
                },
                0, "getAssessment"});

    router.add({"PUT", "/api/v1/admin/assessments/{id}", kPermission,
                [service](Request& request, Response& response) {
                    const auto& id = request.param("id");
                    service->summary(id); // an unknown id is a 404 before any 422 on the body
                    const auto definition = AssessmentDefinition::fromJson(request.jsonBody());
                    const auto updated = service->update(id, definition, actorOf(request));
                    response.json(fullJson(updated, service->definition(id)));
                },
                kDefinitionBytes, "updateAssessment"});

    router.add({"DELETE", "/api/v1/admin/assessments/{id}", kPermission,
                [service](Request& request, Response& response) {
                    service->remove(request.param("id"), actorOf(request));
                    response.noContent();
                },
                0, "deleteAssessment"});

    router.add({"POST", "/api/v1/admin/assessments/{id}/publish", kPermission,
                [service](Request& request, Response& response) {
                    response.json(AssessmentService::toJson(
                        service->publish(request.param("id"), actorOf(request))));
                },
                1024, "publishAssessment"});

    router.add({"POST", "/api/v1/admin/assessments/{id}/preview", kPermission,
                [service](Request& request, Response& response) {
                    const auto body = request.jsonBody();
                    std::optional<AssessmentDefinition> draft;
                    if (body->has("definition") && !body->isNull("definition")) {
                        const auto given = body->getObject("definition");
                        if (!given)
                            throw core::Problem::validation(
                                {{"definition",
                                  {"Harus berupa objek definisi asesmen.",
                                   "Must be an assessment definition object."}}});
                        draft = AssessmentDefinition::fromJson(given);
                    }
                    const auto answers = readAnswers(body);
                    auto result = json::object();
                    result->set("sections", service->preview(request.param("id"), draft, answers));
                    response.json(result);
                },
                kDefinitionBytes, "previewAssessment"});
}

} // namespace ey::partner
