// Partner account rules.
#include "PartnerService.h"

#include "PartnerStore.h"

#include "Audit.h"
#include "Problem.h"
#include "Regions.h"
#include "Strings.h"

#include <algorithm>

namespace ey::partner {

namespace json = core::json;
using core::Problem;
using core::Text;

namespace {

Problem partnerNotFound()
{
    return Problem::notFound({"Partner tidak ditemukan.", "Partner not found."});
}

template <class T> Poco::Dynamic::Var orNull(const std::optional<T>& value)
{
    return json::orNull(value);
}

} // namespace

json::ObjectPtr PartnerService::toJson(const Partner& partner)
{
    return toJson(m_db, partner);
}

json::ObjectPtr PartnerService::toJson(core::Sql& sql, const Partner& partner)
{
    auto body = json::object();
    body->set("id", partner.id);
    auto owner = json::object();
    owner->set("user_id", partner.ownerUserId);
    owner->set("email", partner.ownerEmail);
    owner->set("full_name", partner.ownerName);
    body->set("owner", owner);
    body->set("type", partner.type);
    body->set("payment_model", partner.paymentModel);
    body->set("is_special_partner", partner.isSpecialPartner);
    body->set("credit_limit", partner.creditLimit);
    body->set("institution", partner.institution);
    body->set("contact_name", orNull(partner.contactName));
    body->set("contact_phone", orNull(partner.contactPhone));
    body->set("contact_email", orNull(partner.contactEmail));
    body->set("address_line", orNull(partner.addressLine));
    body->set("area_code", orNull(partner.areaCode));
    Poco::Dynamic::Var area;
    if (partner.areaCode) {
        if (const auto path = regions::resolveArea(sql, *partner.areaCode)) {
            auto resolved = json::object();
            resolved->set("code", path->code);
            resolved->set("label", path->label());
            area = resolved;
        }
    }
    body->set("area", area);
    body->set("postal_code", orNull(partner.postalCode));
    body->set("status", partner.status);
    body->set("operator_count", partner.operatorCount);
    body->set("event_count", partner.eventCount);
    body->set("created_at", partner.createdAt);
    body->set("updated_at", partner.updatedAt);
    return body;
}

json::ObjectPtr PartnerService::toJson(const PartnerOperator& item)
{
    auto body = json::object();
    body->set("user_id", item.userId);
    body->set("email", item.email);
    body->set("full_name", item.fullName);
    body->set("created_at", item.createdAt);
    return body;
}

json::ObjectPtr PartnerService::toJson(const PartnerPricing& item)
{
    auto body = json::object();
    body->set("assessment_id", item.assessmentId);
    body->set("assessment_code", item.assessmentCode);
    body->set("assessment_title", item.assessmentTitle);
    body->set("price", item.price);
    body->set("executive_price", orNull(item.executivePrice));
    body->set("updated_at", item.updatedAt);
    return body;
}

json::ObjectPtr PartnerService::toJson(const PartnerTotals& totals)
{
    auto body = json::object();
    body->set("quota_remaining", totals.quotaRemaining);
    body->set("credit_pending", totals.creditPending);
    body->set("credit_pending_count", totals.creditPendingCount);
    body->set("clients_completed", totals.clientsCompleted);
    body->set("clients_pending_download", totals.clientsPendingDownload);
    return body;
}

json::ObjectPtr PartnerService::toJson(const AvailableAssessment& item)
{
    auto body = json::object();
    body->set("id", item.id);
    body->set("code", item.code);
    body->set("title", item.title);
    body->set("description", orNull(item.description));
    body->set("section_count", item.sectionCount);
    body->set("question_count", item.questionCount);
    return body;
}

json::ObjectPtr PartnerService::toJson(const PartnerLogEntry& entry)
{
    auto body = json::object();
    body->set("id", entry.id);
    body->set("action", entry.action);
    body->set("actor_id", orNull(entry.actorId));
    body->set("actor_name", orNull(entry.actorName));
    body->set("details", json::parse(entry.details));
    body->set("created_at", entry.createdAt);
    return body;
}

void PartnerService::checkArea(core::Sql& sql,
                               const std::optional<std::optional<std::string>>& areaCode)
{
    if (!areaCode || !*areaCode)
        return;
    if (!regions::resolveArea(sql, **areaCode))
        throw Problem::validation(
            {{"area_code",
              {"Kode wilayah " + **areaCode + " tidak dikenal; pilih wilayah dari daftar.",
               "Area code " + **areaCode + " is unknown; pick the area from the list."}}});
}

std::string PartnerService::ensureUser(core::Sql& sql, const NewOwner& user,
                                       const std::string& role, const Actor& actor)
{
    std::string id;
    if (user.userId) {
        const auto found = m_identity.findUserIn(sql, user.userId, std::nullopt);
        if (!found)
            throw Problem::validation(
                {{"user_id", {"Pengguna ini tidak ditemukan.", "This user does not exist."}}});
        id = found->id;
    } else if (const auto found = m_identity.findUserIn(sql, std::nullopt, user.email.value_or(""))) {
        id = found->id;
    } else {
        std::map<std::string, Text> errors;
        if (!user.email)
            errors["email"] = {"Isi email atau pilih pengguna yang sudah ada.",
                               "Give an email or pick an existing user."};
        if (!user.fullName || user.fullName->empty())
            errors["full_name"] = {"Nama lengkap wajib diisi untuk akun baru.",
                                   "A full name is required for a new account."};
        if (!user.password || user.password->size() < 8)
            errors["password"] = {"Akun baru perlu kata sandi minimal 8 karakter.",
                                  "A new account needs a password of at least 8 characters."};
        if (!errors.empty())
            throw Problem::validation(std::move(errors));
        identity::NewUser fresh;
        fresh.email = *user.email;
        fresh.fullName = *user.fullName;
        fresh.password = *user.password;
        fresh.roles = {role};
        id = m_identity.createUserIn(sql, fresh, actor);
    }
    m_identity.grantRoleIn(sql, id, role, actor);
    return id;
}

Partner PartnerService::create(const NewPartner& partner, const Actor& actor)
{
    checkArea(m_db, partner.profile.areaCode);
    Partner created;
    m_db.transaction([&](core::Tx& tx) {
        const auto ownerId = ensureUser(tx, partner.owner, "partner", actor);
        if (PartnerStore::ownsAPartner(tx, ownerId))
            throw Problem::conflict({"Pengguna ini sudah memiliki akun partner lain.",
                                     "This user already owns another partner account."});
        if (PartnerStore::operatorPartner(tx, ownerId))
            throw Problem::conflict(
                {"Pengguna ini operator partner lain; lepaskan dulu sebelum menjadikannya pemilik.",
                 "This user operates for another partner; remove them there first."});
        const auto id = PartnerStore::insert(tx, partner, ownerId);
        created = *PartnerStore::byId(tx, id);
        const auto after = toJson(tx, created);
        core::audit(tx, {actor.userId, "partner.create", "partner", id, nullptr, after, actor.ip});
        PartnerStore::log(tx, id, actor.userId, "partner.create", after);
    });
    return created;
}

std::vector<Partner> PartnerService::list(const PartnerFilter& filter,
                                          const core::PageRequest& page)
{
    return PartnerStore::list(m_db, filter, page);
}

Partner PartnerService::get(const std::string& id)
{
    auto found = PartnerStore::byId(m_db, id);
    if (!found)
        throw partnerNotFound();
    return *found;
}

Partner PartnerService::update(const std::string& id, const PartnerProfile& profile,
                               const PartnerTerms& terms, const Actor& actor)
{
    checkArea(m_db, profile.areaCode);
    Partner updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = PartnerStore::lock(tx, id);
        if (!before)
            throw partnerNotFound();
        updated = *before;
        if (profile.institution)
            updated.institution = *profile.institution;
        const auto apply = [](std::optional<std::string>& target,
                              const std::optional<std::optional<std::string>>& change) {
            if (change)
                target = *change;
        };
        apply(updated.contactName, profile.contactName);
        apply(updated.contactPhone, profile.contactPhone);
        apply(updated.contactEmail, profile.contactEmail);
        apply(updated.addressLine, profile.addressLine);
        apply(updated.areaCode, profile.areaCode);
        apply(updated.postalCode, profile.postalCode);
        updated.type = terms.type.value_or(updated.type);
        updated.paymentModel = terms.paymentModel.value_or(updated.paymentModel);
        updated.isSpecialPartner = terms.isSpecialPartner.value_or(updated.isSpecialPartner);
        updated.creditLimit = terms.creditLimit.value_or(updated.creditLimit);
        updated.status = terms.status.value_or(updated.status);
        PartnerStore::update(tx, updated);
        updated = *PartnerStore::byId(tx, id);
        const auto beforeJson = toJson(tx, *before);
        const auto afterJson = toJson(tx, updated);
        core::audit(
            tx, {actor.userId, "partner.update", "partner", id, beforeJson, afterJson, actor.ip});
        PartnerStore::log(tx, id, actor.userId, "partner.update", afterJson);
    });
    return updated;
}

std::string PartnerService::scope(const core::AuthContext& caller,
                                  const std::optional<std::string>& requested)
{
    const auto own = PartnerStore::partnerOfUser(m_db, caller.userId);
    if (caller.can("partner.manage")) {
        if (requested) {
            if (!PartnerStore::byId(m_db, *requested))
                throw partnerNotFound();
            return *requested;
        }
        if (own)
            return *own;
        throw Problem::validation(
            {{"partner_id",
              {"Pilih partner yang dimaksud (partner_id).", "Choose the partner (partner_id)."}}});
    }
    if (!own)
        throw Problem::notFound({"Akun Anda belum terhubung ke partner mana pun. Hubungi admin.",
                                 "Your account is not linked to any partner. Contact the admin."});
    if (requested && *requested != *own)
        throw partnerNotFound();
    return *own;
}

std::optional<std::string> PartnerService::itemScope(const core::AuthContext& caller,
                                                     const std::optional<std::string>& requested)
{
    if (caller.can("partner.manage") && !requested)
        return std::nullopt;
    return scope(caller, requested);
}

std::string PartnerService::relation(const core::AuthContext& caller, const std::string& partnerId)
{
    const auto partner = get(partnerId);
    if (partner.ownerUserId == caller.userId)
        return "owner";
    if (PartnerStore::operatorPartner(m_db, caller.userId).value_or("") == partnerId)
        return "operator";
    return "admin";
}

std::vector<PartnerOperator> PartnerService::operators(const std::string& partnerId)
{
    get(partnerId);
    return PartnerStore::operators(m_db, partnerId);
}

PartnerOperator PartnerService::addOperator(const std::string& partnerId, const NewOwner& user,
                                            const Actor& actor)
{
    PartnerOperator added;
    m_db.transaction([&](core::Tx& tx) {
        if (!PartnerStore::lock(tx, partnerId))
            throw partnerNotFound();
        const auto userId = ensureUser(tx, user, "partner_operator", actor);
        if (PartnerStore::ownsAPartner(tx, userId))
            throw Problem::conflict({"Pemilik akun partner tidak bisa menjadi operator.",
                                     "A partner owner cannot also be an operator."});
        if (const auto other = PartnerStore::operatorPartner(tx, userId))
            throw Problem::conflict(
                {*other == partnerId ? "Pengguna ini sudah menjadi operator partner ini."
                                     : "Pengguna ini sudah menjadi operator partner lain.",
                 *other == partnerId ? "This user already operates for this partner."
                                     : "This user already operates for another partner."});
        PartnerStore::addOperator(tx, partnerId, userId, actor.userId);
        for (const auto& item : PartnerStore::operators(tx, partnerId))
            if (item.userId == userId)
                added = item;
        const auto after = toJson(added);
        core::audit(tx, {actor.userId, "partner.operator_add", "partner", partnerId, nullptr, after,
                         actor.ip});
        PartnerStore::log(tx, partnerId, actor.userId, "operator.add", after);
    });
    return added;
}

void PartnerService::removeOperator(const std::string& partnerId, const std::string& userId,
                                    const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        if (!PartnerStore::lock(tx, partnerId))
            throw partnerNotFound();
        if (!PartnerStore::removeOperator(tx, partnerId, userId))
            throw Problem::notFound({"Operator ini tidak terdaftar di partner ini.",
                                     "This operator is not registered with this partner."});
        m_identity.revokeRoleIn(tx, userId, "partner_operator", actor);
        auto before = json::object();
        before->set("user_id", userId);
        core::audit(tx, {actor.userId, "partner.operator_remove", "partner", partnerId, before,
                         nullptr, actor.ip});
        PartnerStore::log(tx, partnerId, actor.userId, "operator.remove", before);
    });
}

std::vector<PartnerPricing> PartnerService::pricings(const std::string& partnerId)
{
    get(partnerId);
    return PartnerStore::pricings(m_db, partnerId);
}

PartnerPricing PartnerService::setPricing(const std::string& partnerId,
                                          const std::string& assessmentId, std::int64_t price,
                                          std::optional<std::int64_t> executivePrice,
                                          const Actor& actor)
{
    PartnerPricing saved;
    m_db.transaction([&](core::Tx& tx) {
        if (!PartnerStore::lock(tx, partnerId))
            throw partnerNotFound();
        if (!core::isUuid(assessmentId) ||
            tx.exec("SELECT 1 FROM assessments WHERE id = $1::uuid", {assessmentId}).empty())
            throw Problem::notFound({"Asesmen tidak ditemukan.", "Assessment not found."});
        std::optional<PartnerPricing> before;
        for (const auto& item : PartnerStore::pricings(tx, partnerId))
            if (item.assessmentId == assessmentId)
                before = item;
        PartnerStore::upsertPricing(tx, partnerId, assessmentId, price, executivePrice);
        for (const auto& item : PartnerStore::pricings(tx, partnerId))
            if (item.assessmentId == assessmentId)
                saved = item;
        const auto after = toJson(saved);
        core::audit(tx, {actor.userId, "partner.pricing_set", "partner", partnerId,
                         before ? toJson(*before) : nullptr, after, actor.ip});
        PartnerStore::log(tx, partnerId, actor.userId, "pricing.set", after);
    });
    return saved;
}

void PartnerService::removePricing(const std::string& partnerId, const std::string& assessmentId,
                                   const Actor& actor)
{
    m_db.transaction([&](core::Tx& tx) {
        if (!PartnerStore::lock(tx, partnerId))
            throw partnerNotFound();
        std::optional<PartnerPricing> before;
        for (const auto& item : PartnerStore::pricings(tx, partnerId))
            if (item.assessmentId == assessmentId)
                before = item;
        if (!before || !PartnerStore::removePricing(tx, partnerId, assessmentId))
            throw Problem::notFound({"Harga khusus untuk asesmen ini belum diatur.",
                                     "No price is set for this assessment."});
        core::audit(tx, {actor.userId, "partner.pricing_remove", "partner", partnerId,
                         toJson(*before), nullptr, actor.ip});
        PartnerStore::log(tx, partnerId, actor.userId, "pricing.remove", toJson(*before));
    });
}

std::vector<AvailableAssessment> PartnerService::publishedAssessments()
{
    return PartnerStore::publishedAssessments(m_db);
}

std::vector<PartnerLogEntry> PartnerService::logs(const std::string& partnerId,
                                                  const core::PageRequest& page)
{
    return PartnerStore::logs(m_db, partnerId, page);
}

PartnerTotals PartnerService::totals(const std::string& partnerId)
{
    return PartnerStore::totals(m_db, partnerId);
}

} // namespace ey::partner
