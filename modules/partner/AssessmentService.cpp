// Assessment catalogue rules.
#include "AssessmentService.h"

#include "AssessmentStore.h"

#include "Audit.h"
#include "Problem.h"

namespace ey::partner {

namespace json = core::json;
using core::Problem;

namespace {

Problem notFound()
{
    return Problem::notFound({"Asesmen tidak ditemukan.", "Assessment not found."});
}

Problem codeTaken(const std::string& code)
{
    return Problem::conflict(
        {"Kode asesmen " + code + " sudah dipakai asesmen lain; pilih kode lain.",
         "Assessment code " + code + " is already used; choose another."});
}

/// Runs `work`, turning the unique code index's violation into a readable 409.
template <class Work> void guardCode(const std::string& code, Work&& work)
{
    try {
        work();
    } catch (const core::DbError& error) {
        if (error.isUniqueViolation())
            throw codeTaken(code);
        throw;
    }
}

} // namespace

json::ObjectPtr AssessmentService::toJson(const AssessmentSummary& summary)
{
    auto body = json::object();
    body->set("id", summary.id);
    body->set("code", summary.code);
    body->set("title", summary.title);
    body->set("description", json::orNull(summary.description));
    body->set("status", summary.status);
    body->set("published_at", json::orNull(summary.publishedAt));
    body->set("section_count", summary.sectionCount);
    body->set("question_count", summary.questionCount);
    body->set("event_count", summary.eventCount);
    body->set("client_count", summary.clientCount);
    body->set("editable", summary.clientCount == 0);
    body->set("created_at", summary.createdAt);
    body->set("updated_at", summary.updatedAt);
    return body;
}

std::vector<AssessmentSummary> AssessmentService::list(const AssessmentFilter& filter,
                                                       const core::PageRequest& page)
{
    return AssessmentStore::list(m_db, filter, page);
}

AssessmentSummary AssessmentService::summary(const std::string& id)
{
    auto found = AssessmentStore::summary(m_db, id);
    if (!found)
        throw notFound();
    return *found;
}

AssessmentDefinition AssessmentService::definition(const std::string& id)
{
    auto found = AssessmentStore::definition(m_db, id);
    if (!found)
        throw notFound();
    return *found;
}

AssessmentSummary AssessmentService::create(const AssessmentDefinition& definition,
                                            const Actor& actor)
{
    AssessmentSummary created;
    guardCode(definition.code, [&] {
        m_db.transaction([&](core::Tx& tx) {
            const auto id = AssessmentStore::insert(tx, definition, actor.userId);
            created = *AssessmentStore::summary(tx, id);
            core::audit(tx, {actor.userId, "assessment.create", "assessment", id, nullptr,
                             toJson(created), actor.ip});
        });
    });
    return created;
}

AssessmentSummary AssessmentService::update(const std::string& id,
                                            const AssessmentDefinition& definition,
                                            const Actor& actor)
{
    AssessmentSummary updated;
    guardCode(definition.code, [&] {
        m_db.transaction([&](core::Tx& tx) {
            const auto before = AssessmentStore::lock(tx, id);
            if (!before)
                throw notFound();
            if (before->clientCount > 0)
                throw Problem::conflict(
                    {"Asesmen ini sudah dikerjakan " + std::to_string(before->clientCount) +
                         " klien, jadi soal dan aturan skornya tidak bisa diubah lagi. Buat "
                         "asesmen baru dengan kode lain untuk versi berikutnya.",
                     "This assessment has already been taken by " +
                         std::to_string(before->clientCount) +
                         " clients, so its questions and scoring can no longer change. Create "
                         "a new assessment with another code for the next version."});
            AssessmentStore::replace(tx, id, definition);
            updated = *AssessmentStore::summary(tx, id);
            core::audit(tx, {actor.userId, "assessment.update", "assessment", id, toJson(*before),
                             toJson(updated), actor.ip});
        });
    });
    return updated;
}

void AssessmentService::remove(const std::string& id, const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto before = AssessmentStore::lock(tx, id);
        if (!before)
            throw notFound();
        if (before->status != "draft")
            throw Problem::conflict({"Asesmen yang sudah terbit tidak bisa dihapus.",
                                     "A published assessment cannot be deleted."});
        if (before->eventCount > 0)
            throw Problem::conflict(
                {"Asesmen ini dipakai event partner, jadi tidak bisa dihapus.",
                 "Partner events use this assessment, so it cannot be deleted."});
        AssessmentStore::remove(tx, id);
        core::audit(tx, {actor.userId, "assessment.delete", "assessment", id, toJson(*before),
                         nullptr, actor.ip});
    });
}

AssessmentSummary AssessmentService::publish(const std::string& id, const Actor& actor)
{
    AssessmentSummary published;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = AssessmentStore::lock(tx, id);
        if (!before)
            throw notFound();
        if (before->status == "published") {
            published = *before; // publishing twice changes nothing
            return;
        }
        AssessmentStore::setPublished(tx, id);
        published = *AssessmentStore::summary(tx, id);
        core::audit(tx, {actor.userId, "assessment.publish", "assessment", id, toJson(*before),
                         toJson(published), actor.ip});
    });
    return published;
}

json::ArrayPtr AssessmentService::preview(const std::string& id,
                                          const std::optional<AssessmentDefinition>& draft,
                                          const std::map<std::string, SectionAnswers>& answers)
{
    const auto stored = definition(id); // 404 for an unknown id even when a draft is sent
    const auto& used = draft ? *draft : stored;
    return ScoringEngine(used).score(answers);
}

} // namespace ey::partner
