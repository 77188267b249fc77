// Partner event rules.
#include "EventService.h"

#include "EventStore.h"
#include "PartnerStore.h"

#include "Audit.h"
#include "Problem.h"
#include "Random.h"

#include <cstring>
#include <regex>

namespace ey::partner {

namespace json = core::json;
using core::Problem;

namespace {

Problem eventNotFound()
{
    return Problem::notFound({"Event tidak ditemukan.", "Event not found."});
}

Problem codeTaken(const std::string& code)
{
    return Problem::conflict({"Kode referensi " + code +
                                  " sudah dipakai (huruf besar/kecil dianggap sama). Pilih "
                                  "kode lain atau kosongkan agar dibuatkan otomatis.",
                              "Reference code " + code +
                                  " is already taken (letter case does not matter). Choose "
                                  "another or leave it empty to have one generated."});
}

bool isIsoTime(const std::string& text)
{
    // The shape is checked here; PostgreSQL rejects impossible dates (see badDate()).
    static const std::regex pattern(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)$)");
    return std::regex_match(text, pattern);
}

Problem badDate()
{
    return Problem::validation(
        {{"end_date_special_price",
          {"Tanggal berakhir harus format ISO 8601, misalnya 2026-12-31T23:59:59+07:00.",
           "The end date must be ISO 8601, e.g. 2026-12-31T23:59:59+07:00."}}});
}

/// A date PostgreSQL cannot read (month 13, say) is the caller's mistake, not a server error.
bool isBadDate(const core::DbError& error)
{
    return error.sqlState() == "22007" || error.sqlState() == "22008";
}

} // namespace

EventService::EventService(core::Db& db, const core::Config& config) : m_db(db), m_config(config)
{
}

std::string EventService::generateCode()
{
    // Each random byte picks one of 31 letters; rejecting bytes ≥ 248 keeps the choice uniform.
    const auto alphabetSize = std::strlen(kCodeAlphabet);
    const auto limit = 256 - 256 % alphabetSize;
    std::string code;
    while (code.size() < 8) {
        const auto hex = core::randomHex(16);
        for (std::size_t i = 0; i + 1 < hex.size() && code.size() < 8; i += 2) {
            const auto byte = static_cast<std::size_t>(std::stoul(hex.substr(i, 2), nullptr, 16));
            if (byte < limit)
                code += kCodeAlphabet[byte % alphabetSize];
        }
    }
    return code;
}

bool EventService::isValidCode(const std::string& code)
{
    static const std::regex pattern("^[A-Za-z0-9-]{4,32}$");
    return std::regex_match(code, pattern);
}

std::string EventService::shareUrl(const std::string& code) const
{
    auto base = m_config.effectivePublicUrl();
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    return base + "/partner/assessment/take?ref=" + code;
}

json::ObjectPtr EventService::toJson(const PartnerEvent& event) const
{
    auto body = json::object();
    body->set("id", event.id);
    body->set("partner_id", event.partnerId);
    body->set("partner_institution", event.partnerInstitution);
    body->set("assessment_id", event.assessmentId);
    body->set("assessment_code", event.assessmentCode);
    body->set("assessment_title", event.assessmentTitle);
    body->set("title", json::orNull(event.title));
    body->set("reference_code", event.referenceCode);
    body->set("status", event.status);
    body->set("price", json::orNull(event.price));
    body->set("is_special_price", event.isSpecialPrice);
    body->set("end_date_special_price", json::orNull(event.endDateSpecialPrice));
    body->set("quota", event.quota);
    body->set("client_count", event.clientCount);
    body->set("completed_count", event.completedCount);
    body->set("share_url", shareUrl(event.referenceCode));
    body->set("created_at", event.createdAt);
    body->set("updated_at", event.updatedAt);
    return body;
}

json::ObjectPtr EventService::publicJson(const PartnerEvent& event)
{
    auto body = json::object();
    body->set("reference_code", event.referenceCode);
    body->set("title", json::orNull(event.title));
    body->set("partner_institution", event.partnerInstitution);
    body->set("assessment_code", event.assessmentCode);
    body->set("assessment_title", event.assessmentTitle);
    return body;
}

void EventService::checkPricing(const PartnerEvent& event) const
{
    std::map<std::string, core::Text> errors;
    if (event.isSpecialPrice && !event.price)
        errors["price"] = {"Harga khusus perlu nominal harga.", "A special price needs a price."};
    if (event.isSpecialPrice && !event.endDateSpecialPrice)
        errors["end_date_special_price"] = {"Harga khusus perlu tanggal berakhir.",
                                            "A special price needs an end date."};
    if (event.endDateSpecialPrice && !isIsoTime(*event.endDateSpecialPrice))
        errors["end_date_special_price"] = badDate().fieldErrors().at("end_date_special_price");
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
}

PartnerEvent EventService::create(const std::string& partnerId, NewEvent event, const Actor& actor)
{
    if (event.referenceCode && !isValidCode(*event.referenceCode))
        throw Problem::validation({{"reference_code",
                                    {"Kode referensi 4–32 karakter: huruf, angka dan tanda hubung.",
                                     "Reference codes have 4–32 letters, digits and dashes."}}});
    PartnerEvent draft;
    draft.price = event.price;
    draft.isSpecialPrice = event.isSpecialPrice;
    draft.endDateSpecialPrice = event.endDateSpecialPrice;
    checkPricing(draft);

    const bool chosen = event.referenceCode.has_value();
    // A generated code can collide with another partner's; a few fresh draws settle it.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const auto code = chosen ? *event.referenceCode : generateCode();
        std::optional<PartnerEvent> created;
        try {
            m_db.transaction([&](core::Tx& tx) {
                const auto partner = PartnerStore::lock(tx, partnerId);
                if (!partner)
                    throw Problem::notFound({"Partner tidak ditemukan.", "Partner not found."});
                if (partner->status != "active")
                    throw Problem::conflict(
                        {"Akun partner sedang ditangguhkan, jadi belum bisa membuat event. "
                         "Hubungi admin.",
                         "The partner account is suspended, so it cannot create events. "
                         "Contact the admin."});
                const auto status = EventStore::assessmentStatus(tx, event.assessmentId);
                if (!status)
                    throw Problem::validation(
                        {{"assessment_id", {"Asesmen tidak ditemukan.", "Assessment not found."}}});
                if (*status != "published")
                    throw Problem::validation(
                        {{"assessment_id",
                          {"Asesmen ini belum terbit, jadi belum bisa dipakai.",
                           "This assessment is not published yet."}}});
                if (EventStore::codeTaken(tx, code)) {
                    if (chosen)
                        throw codeTaken(code);
                    return; // draw another code
                }
                const auto id = EventStore::insert(tx, partnerId, event, code, actor.userId);
                created = EventStore::byId(tx, id, partnerId);
                const auto after = toJson(*created);
                core::audit(tx, {actor.userId, "partner_event.create", "partner_event", id, nullptr,
                                 after, actor.ip});
                PartnerStore::log(tx, partnerId, actor.userId, "event.create", after);
            });
        } catch (const core::DbError& error) {
            if (isBadDate(error))
                throw badDate();
            if (!error.isUniqueViolation())
                throw;
            if (chosen)
                throw codeTaken(code); // another request took it between check and insert
            continue;
        }
        if (created)
            return *created;
    }
    throw Problem::unavailable({"Belum berhasil membuat kode referensi unik; coba lagi.",
                                "Could not generate a unique reference code; try again."});
}

std::vector<PartnerEvent> EventService::list(const std::string& partnerId,
                                             const EventFilter& filter,
                                             const core::PageRequest& page)
{
    return EventStore::list(m_db, partnerId, filter, page);
}

PartnerEvent EventService::get(const std::optional<std::string>& partnerId, const std::string& id)
{
    auto found = EventStore::byId(m_db, id, partnerId);
    if (!found)
        throw eventNotFound();
    return *found;
}

PartnerEvent EventService::update(const std::optional<std::string>& partnerId,
                                  const std::string& id, const EventChanges& changes,
                                  const Actor& actor)
{
    PartnerEvent updated;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto before = EventStore::lock(tx, id, partnerId);
            if (!before)
                throw eventNotFound();
            updated = *before;
            if (changes.title)
                updated.title = *changes.title;
            updated.status = changes.status.value_or(updated.status);
            if (changes.price)
                updated.price = *changes.price;
            updated.isSpecialPrice = changes.isSpecialPrice.value_or(updated.isSpecialPrice);
            if (changes.endDateSpecialPrice)
                updated.endDateSpecialPrice = *changes.endDateSpecialPrice;
            checkPricing(updated);
            EventStore::update(tx, updated);
            updated = *EventStore::byId(tx, id, partnerId);
            const auto beforeJson = toJson(*before);
            const auto afterJson = toJson(updated);
            core::audit(tx, {actor.userId, "partner_event.update", "partner_event", id, beforeJson,
                             afterJson, actor.ip});
            PartnerStore::log(tx, updated.partnerId, actor.userId, "event.update", afterJson);
        });
    } catch (const core::DbError& error) {
        if (isBadDate(error))
            throw badDate();
        throw;
    }
    return updated;
}

PartnerEvent EventService::openEvent(const std::string& code)
{
    const auto unusable = [&code] {
        return Problem::notFound({"Kode referensi " + code +
                                      " tidak dikenal atau sudah tidak aktif. Periksa lagi "
                                      "kodenya atau hubungi penyelenggara asesmen Anda.",
                                  "Reference code " + code +
                                      " is unknown or no longer active. Check the code or "
                                      "contact whoever organised your assessment."});
    };
    if (!isValidCode(code))
        throw unusable();
    const auto event = EventStore::byCode(m_db, code);
    if (!event || event->status != "active")
        throw unusable();
    const auto partner = PartnerStore::byId(m_db, event->partnerId);
    if (!partner || partner->status != "active")
        throw unusable();
    if (EventStore::assessmentStatus(m_db, event->assessmentId).value_or("") != "published")
        throw unusable();
    return *event;
}

} // namespace ey::partner
