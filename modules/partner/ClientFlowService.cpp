// Client flow rules: who may start, what a draft may hold, when time is up, and finishing once.
#include "ClientFlowService.h"

#include "AssessmentStore.h"
#include "EventStore.h"
#include "PartnerStore.h"
#include "ScoringEngine.h"

#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <vector>

namespace ey::partner {

using core::Problem;
namespace json = core::json;

namespace {

using Answers = std::vector<std::optional<int>>;

Problem unknownAttempt()
{
    return Problem::notFound(
        {"Sesi asesmen ini tidak ditemukan atau tautan lanjutnya salah. Buka lagi tautan lanjut "
         "yang Anda simpan saat mulai, atau mulai dari tautan penyelenggara.",
         "This assessment session was not found or its resume link is wrong. Open the resume "
         "link you saved when you started, or start again from the organiser's link."});
}

Problem alreadyFinished()
{
    return Problem::conflict(
        {"Asesmen ini sudah selesai dan jawabannya tidak bisa diubah lagi.",
         "This assessment is already finished; its answers can no longer be changed."});
}

/// The saved draft of one section as a fixed-length list (null = not answered yet).
Answers answersOf(const json::ObjectPtr& drafts, const Section& section)
{
    Answers answers(section.questions.size());
    const auto list = drafts->getArray(section.key);
    for (unsigned i = 0; list && i < list->size() && i < answers.size(); ++i)
        if (!list->isNull(i))
            answers[i] = list->getElement<int>(i);
    return answers;
}

std::size_t answeredCount(const Answers& answers)
{
    return static_cast<std::size_t>(
        std::count_if(answers.begin(), answers.end(), [](const auto& a) { return a.has_value(); }));
}

json::ObjectPtr timerOf(const json::ObjectPtr& timers, const std::string& key)
{
    return timers->has(key) ? timers->getObject(key) : json::ObjectPtr();
}

std::int64_t storedDuration(const json::ObjectPtr& timer)
{
    return timer ? timer->optValue<std::int64_t>("duration_seconds", 0) : 0;
}

/// Seconds on the server's clock since the section was first opened; timed sections count
/// wall time, so closing the page does not stop the clock.
std::int64_t wallSeconds(const json::ObjectPtr& timer, std::int64_t nowMs)
{
    if (!timer)
        return 0;
    return std::max<std::int64_t>(
        0, (nowMs - timer->optValue<std::int64_t>("started_at_ms", nowMs)) / 1000);
}

/// At most `limit` bytes of UTF-8 text, never cutting a character in half (notification titles
/// hold 200 characters and a name alone may be that long).
/// Seconds a section has run: for a timed section the wall clock since it was opened counts too,
/// so closing the browser does not stop the clock.
std::int64_t elapsedSeconds(const Section& section, const json::ObjectPtr& timer,
                            std::int64_t nowMs)
{
    return section.timeLimitSeconds ? std::max(storedDuration(timer), wallSeconds(timer, nowMs))
                                    : storedDuration(timer);
}

/// A timed section whose time ran out is closed: what is blank stays blank and does not stop
/// the client from finishing (ScoringEngine prorates the answered items). Only the server's
/// clock closes it, so claiming elapsed time cannot skip questions.
bool timeIsUp(const Section& section, const json::ObjectPtr& timer, std::int64_t nowMs)
{
    return section.timeLimitSeconds && timer &&
           wallSeconds(timer, nowMs) >= *section.timeLimitSeconds;
}

std::string clip(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit)
        return text;
    auto end = limit;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(0, end) + "…";
}

} // namespace

ClientFlowService::ClientFlowService(core::Db& db, const core::Clock& clock,
                                     notify::NotifyService& notify,
                                     std::shared_ptr<EventService> events, int startsPerMinute)
    : m_db(db), m_clock(clock), m_notify(notify), m_events(std::move(events)), m_limiter(clock),
      m_startsPerMinute(startsPerMinute)
{
}

std::string ClientFlowService::questionId(const std::string& sectionKey, std::size_t index)
{
    return sectionKey + "-" + std::to_string(index + 1);
}

StartedAttempt ClientFlowService::start(const std::string& code, const ClientProfile& profile,
                                        const std::optional<std::string>& resumeToken,
                                        const std::string& ip)
{
    int retryAfter = 0;
    if (!m_limiter.allow("partner-client-start:" + ip, m_startsPerMinute, retryAfter))
        throw Problem::tooManyRequests(
            {"Terlalu banyak percobaan mulai dari jaringan ini. Tunggu sebentar lalu coba lagi.",
             "Too many starts from this network. Wait a moment and try again."},
            retryAfter);
    const auto event = m_events->openEvent(code);

    StartedAttempt started;
    m_db.transaction([&](core::Tx& tx) {
        ClientFlowStore::lockEmail(tx, event.id, profile.email);
        if (const auto existing = ClientFlowStore::latestByEmail(tx, event.id, profile.email)) {
            if (existing->status == "in_progress") {
                // Only the token proves it is the same person: an email alone never reopens
                // someone's answers.
                if (resumeToken && core::sha256Hex(*resumeToken) == existing->tokenHash) {
                    started = {existing->id, *resumeToken, true};
                    return;
                }
                throw Problem::conflict(
                    {"Email " + profile.email +
                         " sudah memulai asesmen ini. Lanjutkan lewat tautan lanjut yang muncul "
                         "saat Anda mulai (juga tersimpan di browser yang Anda pakai).",
                     "The email " + profile.email +
                         " has already started this assessment. Continue through the resume "
                         "link shown when you started (also kept in the browser you used)."});
            }
            throw Problem::conflict(
                {"Email " + profile.email + " sudah menyelesaikan asesmen " + event.referenceCode +
                     ". Hasilnya sudah dikirim ke penyelenggara.",
                 "The email " + profile.email + " has already finished assessment " +
                     event.referenceCode + ". The result went to the organiser."});
        }
        checkQuota(tx, event);
        const auto token = core::randomToken();
        const auto id = ClientFlowStore::insert(tx, event.id, profile, core::sha256Hex(token),
                                                core::isoTime(m_clock.nowMs()));
        started = {id, token, false};
    });
    return started;
}

void ClientFlowService::checkCanStart(const PartnerEvent& event)
{
    checkQuota(m_db, event);
}

void ClientFlowService::checkQuota(core::Sql& sql, const PartnerEvent& event)
{
    const auto partner = PartnerStore::byId(sql, event.partnerId);
    if (!partner)
        throw Problem::notFound(
            {"Penyelenggara acara " + event.referenceCode + " tidak ditemukan.",
             "The organiser of event " + event.referenceCode + " was not found."});
    if (partner->paymentModel == "after_payment") {
        // Pre-paid: a check only; the quota is consumed when the partner downloads the report.
        const auto quota = sql.exec("SELECT COALESCE((SELECT quota FROM partner_quota_downloads"
                                    " WHERE partner_assessment_id = $1::uuid), 0)::bigint AS q",
                                    {event.id})
                               .front()
                               .i64("q");
        if (quota <= 0)
            throw Problem::conflict(
                {"Kuota asesmen " + event.referenceCode + " dari " + event.partnerInstitution +
                     " sudah habis, jadi asesmen belum bisa dimulai. Hubungi penyelenggara agar "
                     "menambah kuota, lalu coba lagi.",
                 "The assessment quota of " + event.referenceCode + " from " +
                     event.partnerInstitution +
                     " is used up, so the assessment cannot start yet. Ask the organiser to top "
                     "up the quota, then try again."});
        return;
    }
    if (ClientFlowStore::pendingCredits(sql, partner->id) >= partner->creditLimit)
        throw Problem::conflict(
            {"Batas kredit " + event.partnerInstitution +
                 " sudah tercapai, jadi asesmen belum bisa dimulai. Hubungi penyelenggara agar "
                 "melunasi tagihan atau menaikkan batasnya, lalu coba lagi.",
             "The credit limit of " + event.partnerInstitution +
                 " has been reached, so the assessment cannot start yet. Ask the organiser to "
                 "settle the invoice or raise the limit, then try again."});
}

ClientAttempt ClientFlowService::open(core::Sql& sql, const std::string& clientId,
                                      const std::string& token, bool forUpdate)
{
    const auto attempt =
        forUpdate ? ClientFlowStore::lock(sql, clientId) : ClientFlowStore::byId(sql, clientId);
    // Same answer for an unknown id and a wrong token, so ids cannot be probed.
    if (!attempt || token.empty() || core::sha256Hex(token) != attempt->tokenHash)
        throw unknownAttempt();
    return *attempt;
}

AssessmentDefinition ClientFlowService::definitionOf(core::Sql& sql,
                                                     const std::string& assessmentId)
{
    auto definition = AssessmentStore::definition(sql, assessmentId);
    if (!definition)
        throw unknownAttempt();
    return std::move(*definition);
}

json::ObjectPtr ClientFlowService::state(const std::string& clientId, const std::string& token)
{
    const auto attempt = open(m_db, clientId, token, false);
    const auto event = EventStore::byId(m_db, attempt.eventId, std::nullopt);
    if (!event)
        throw unknownAttempt();
    return stateJson(attempt, *event, definitionOf(m_db, event->assessmentId));
}

json::ObjectPtr ClientFlowService::stateJson(const ClientAttempt& attempt,
                                             const PartnerEvent& event,
                                             const AssessmentDefinition& definition) const
{
    const auto drafts = json::parseObject(attempt.draftAnswers);
    const auto timers = json::parseObject(attempt.sectionTimers);
    const auto now = m_clock.nowMs();

    auto body = json::object();
    body->set("client_id", attempt.id);
    body->set("status", attempt.status);
    body->set("started_at", attempt.startedAt);
    body->set("completed_at", json::orNull(attempt.completedAt));
    body->set("event", EventService::publicJson(event));
    auto client = json::object();
    client->set("email", attempt.email);
    client->set("full_name", attempt.fullName);
    client->set("organization", json::orNull(attempt.organization));
    client->set("position", json::orNull(attempt.position));
    body->set("client", client);

    auto sections = json::array();
    auto incomplete = json::array();
    for (const auto& section : definition.sections) {
        const auto answers = answersOf(drafts, section);
        const auto timer = timerOf(timers, section.key);
        auto item = json::object();
        item->set("key", section.key);
        item->set("title", section.title);
        item->set("description", json::orNull(section.description));
        item->set("time_limit_seconds", json::orNull(section.timeLimitSeconds));
        const auto elapsed = elapsedSeconds(section, timer, now);
        const bool timeUp = timeIsUp(section, timer, now);
        item->set("elapsed_seconds", elapsed);
        item->set("time_up", timeUp);
        if (section.timeLimitSeconds)
            item->set("remaining_seconds",
                      std::max<std::int64_t>(0, *section.timeLimitSeconds - elapsed));
        const auto answered = answeredCount(answers);
        item->set("question_count", static_cast<std::int64_t>(answers.size()));
        item->set("answered_count", static_cast<std::int64_t>(answered));
        item->set("complete", answered == answers.size() || timeUp);
        if (answered != answers.size() && !timeUp)
            incomplete->add(section.key);
        auto questions = json::array();
        for (std::size_t i = 0; i < section.questions.size(); ++i) {
            const auto& question = section.questions[i];
            auto q = json::object();
            q->set("id", questionId(section.key, i));
            q->set("text", question.text);
            auto options = json::array();
            for (const auto& option : definition.templateOf(section, question).options) {
                auto o = json::object();
                o->set("value", option.value);
                o->set("label", option.label);
                options->add(o);
            }
            q->set("options", options);
            q->set("answer", json::orNull(answers[i]));
            questions->add(q);
        }
        item->set("questions", questions);
        sections->add(item);
    }
    body->set("sections", sections);
    body->set("incomplete_sections", incomplete);
    body->set("ready_to_finish", incomplete->size() == 0);
    return body;
}

json::ObjectPtr ClientFlowService::saveSection(const std::string& clientId,
                                               const std::string& token,
                                               const std::string& sectionKey,
                                               const SectionDraft& draft)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto attempt = open(tx, clientId, token, true);
        if (attempt.status == "completed")
            throw alreadyFinished();
        const auto event = EventStore::byId(tx, attempt.eventId, std::nullopt);
        if (!event)
            throw unknownAttempt();
        const auto definition = definitionOf(tx, event->assessmentId);
        const auto found = std::find_if(definition.sections.begin(), definition.sections.end(),
                                        [&](const Section& s) { return s.key == sectionKey; });
        if (found == definition.sections.end())
            throw Problem::notFound({"Bagian " + sectionKey + " tidak ada di asesmen ini.",
                                     "Section " + sectionKey + " is not part of this assessment."});
        const auto& section = *found;

        auto drafts = json::parseObject(attempt.draftAnswers);
        auto timers = json::parseObject(attempt.sectionTimers);
        auto answers = answersOf(drafts, section);

        std::map<std::string, core::Text> errors;
        const auto prefix = section.key + "-";
        for (const auto& [id, value] : draft.answers) {
            std::size_t index = 0;
            bool known = id.starts_with(prefix) && id.size() > prefix.size() &&
                         id.size() < prefix.size() + 6 &&
                         std::all_of(id.begin() + static_cast<long>(prefix.size()), id.end(),
                                     [](char c) { return c >= '0' && c <= '9'; });
            if (known) {
                index = std::stoul(id.substr(prefix.size()));
                known = index >= 1 && index <= section.questions.size();
            }
            if (!known) {
                errors["answers." + id] = {
                    "Pertanyaan " + id + " tidak ada di bagian " + section.title + ".",
                    "Question " + id + " is not in section " + section.title + "."};
                continue;
            }
            const auto& question = section.questions[index - 1];
            if (value && !definition.templateOf(section, question).allows(*value)) {
                errors["answers." + id] = {"Pilih salah satu jawaban yang tersedia untuk " + id +
                                               ".",
                                           "Choose one of the offered answers for " + id + "."};
                continue;
            }
            answers[index - 1] = value;
        }
        if (!errors.empty())
            throw Problem::validation(errors);

        const auto now = m_clock.nowMs();
        auto timer = timerOf(timers, section.key);
        if (!timer) {
            timer = json::object();
            timer->set("started_at", core::isoTime(now));
            timer->set("started_at_ms", now);
            timer->set("duration_seconds", std::int64_t(0));
        }
        auto duration = std::max(storedDuration(timer), draft.elapsedSeconds);
        if (section.timeLimitSeconds) {
            const auto limit = static_cast<std::int64_t>(*section.timeLimitSeconds);
            if (std::max(duration, wallSeconds(timer, now)) > limit + kGraceSeconds &&
                !draft.answers.empty())
                throw Problem::conflict(
                    {"Waktu bagian " + section.title +
                         " sudah habis, jadi jawaban baru tidak "
                         "bisa disimpan lagi. Lanjutkan ke bagian berikutnya.",
                     "The time for section " + section.title +
                         " is up, so new answers can no longer be saved. Go on to the next "
                         "section."});
            duration = std::min(duration, limit);
        }
        timer->set("duration_seconds", duration);
        timers->set(section.key, timer);

        auto list = json::array();
        for (const auto& answer : answers)
            list->add(json::orNull(answer));
        drafts->set(section.key, list);
        ClientFlowStore::saveDraft(tx, attempt.id, json::stringify(drafts),
                                   json::stringify(timers));

        auto saved = attempt;
        saved.draftAnswers = json::stringify(drafts);
        saved.sectionTimers = json::stringify(timers);
        body = stateJson(saved, *event, definition);
    });
    return body;
}

json::ObjectPtr ClientFlowService::finish(const std::string& clientId, const std::string& token)
{
    json::ObjectPtr body = json::object();
    m_db.transaction([&](core::Tx& tx) {
        auto attempt = open(tx, clientId, token, true);
        body->set("client_id", attempt.id);
        body->set("status", "completed");
        if (attempt.status == "completed") {
            // Finishing again (a double click, a retried request) changes nothing.
            body->set("completed_at", json::orNull(attempt.completedAt));
            return;
        }
        const auto event = EventStore::byId(tx, attempt.eventId, std::nullopt);
        if (!event)
            throw unknownAttempt();
        const auto definition = definitionOf(tx, event->assessmentId);
        const auto drafts = json::parseObject(attempt.draftAnswers);
        const auto timers = json::parseObject(attempt.sectionTimers);

        std::map<std::string, core::Text> errors;
        std::map<std::string, SectionAnswers> answers;
        const auto now = m_clock.nowMs();
        for (const auto& section : definition.sections) {
            const auto saved = answersOf(drafts, section);
            const auto missing = saved.size() - answeredCount(saved);
            const auto timer = timerOf(timers, section.key);
            if (missing > 0 && !timeIsUp(section, timer, now)) {
                errors["sections." + section.key] = {"Bagian " + section.title + " masih kurang " +
                                                         std::to_string(missing) + " jawaban.",
                                                     "Section " + section.title + " still misses " +
                                                         std::to_string(missing) + " answer(s)."};
                continue;
            }
            SectionAnswers item;
            for (std::size_t i = 0; i < saved.size(); ++i) {
                item.values.push_back(saved[i].value_or(0));
                if (!saved[i])
                    item.unanswered.insert(i);
            }
            item.durationSeconds = storedDuration(timer);
            if (!item.unanswered.empty() && section.timeLimitSeconds)
                item.durationSeconds = *section.timeLimitSeconds;
            answers[section.key] = std::move(item);
        }
        if (!errors.empty())
            throw Problem::validation(errors);

        const auto completedAt = core::isoTime(now);
        ResultContext context{event->assessmentId,
                              event->assessmentCode,
                              event->assessmentTitle,
                              event->id,
                              event->referenceCode,
                              attempt.email,
                              attempt.fullName,
                              attempt.organization,
                              attempt.position,
                              attempt.startedAt,
                              completedAt};
        const auto result = ScoringEngine(definition).contentResult(context, answers);
        ClientFlowStore::complete(tx, attempt.id, json::stringify(result), completedAt);
        body->set("completed_at", completedAt);

        const auto title = "Hasil asesmen baru: " + clip(attempt.fullName, 120) + " (" +
                           event->referenceCode + ")";
        const auto users = ClientFlowStore::partnerUsers(tx, event->partnerId);
        for (const auto& userId : users) {
            notify::NewNotification note;
            note.userId = userId;
            note.type = "SYSTEM";
            note.title = title;
            note.message = attempt.fullName + " (" + attempt.email + ") telah menyelesaikan " +
                           event->assessmentTitle + " pada acara " + event->referenceCode +
                           ". Laporannya siap diunduh di Dasbor Partner.";
            note.redirect = "partner-client:" + attempt.id;
            note.sourceId = attempt.id;
            note.email = true;
            m_notify.notify(tx, note);
        }
        auto data = json::object();
        data->set("client_id", attempt.id);
        data->set("event_id", event->id);
        data->set("reference_code", event->referenceCode);
        data->set("full_name", attempt.fullName);
        data->set("completed_at", completedAt);
        m_notify.publish(tx, notify::Audience{users, "", false}, "partner.client_completed", data);
    });
    return body;
}

} // namespace ey::partner
