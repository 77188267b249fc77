// Supplier rules: onboarding, review and decisions, questions, limits, browsing.
#include "SupplierService.h"

#include "SupplierProductStore.h"
#include "SupplierStore.h"

#include "PermissionHolders.h"
#include "Problem.h"
#include "Random.h"

#include <algorithm>
#include <ctime>
#include <regex>
#include <set>

namespace ey::directory {

namespace json = core::json;
using core::Problem;
using core::Text;
namespace rules = supplier_rules;

namespace {

const std::string kLockedType = "https://eksporyuk.com/problems/supplier-locked";
const std::string kLimitType = "https://eksporyuk.com/problems/supplier-limit-reached";
const std::string kWrongStatusType = "https://eksporyuk.com/problems/supplier-wrong-status";

Poco::Dynamic::Var orNull(const std::optional<std::string>& value)
{
    return json::orNull(value);
}

Poco::Dynamic::Var orNull(const std::optional<std::int64_t>& value)
{
    return json::orNull(value);
}

json::ArrayPtr stringArray(const std::vector<std::string>& items)
{
    auto list = json::array();
    for (const auto& item : items)
        list->add(item);
    return list;
}

Problem notSupplier()
{
    return Problem::notFound({"Akun ini belum terdaftar sebagai supplier.",
                              "This account is not registered as a supplier."});
}

Problem supplierNotFound()
{
    return Problem::notFound({"Supplier tidak ditemukan.", "Supplier not found."});
}

Problem limitReached(const std::string& what, std::int64_t limit, const std::string& tier)
{
    const std::string tierLabel = tier == "premium" ? "Premium" : "Free";
    return Problem(409, kLimitType, {"Batas paket tercapai", "Plan limit reached"},
                   {"Paket " + tierLabel + " hanya boleh " + std::to_string(limit) + " " + what +
                        ". Hapus yang lama atau tingkatkan ke Premium.",
                    "The " + tierLabel + " plan allows only " + std::to_string(limit) + " " +
                        what + ". Remove an old one or upgrade to Premium."});
}

/// The tab's values without the read-only area names, for before/after audit rows.
json::ObjectPtr tabValues(const json::ObjectPtr& profile, const std::string& tab)
{
    auto out = json::object();
    if (!profile->has(tab))
        return out;
    const auto values = profile->getObject(tab);
    for (const auto& field : rules::tabFields().at(tab))
        out->set(field, values->has(field) ? values->get(field) : Poco::Dynamic::Var());
    return out;
}

bool isBlank(const json::ObjectPtr& object, const std::string& field)
{
    if (!object->has(field) || object->isNull(field))
        return true;
    const auto value = object->get(field);
    return value.isString() && value.extract<std::string>().empty();
}

json::ObjectPtr documentsSnapshot(const std::vector<SupplierDocument>& documents)
{
    auto list = json::array();
    for (const auto& d : documents) {
        auto item = json::object();
        item->set("id", d.id);
        item->set("kind", d.kind);
        item->set("title", d.title);
        list->add(item);
    }
    auto out = json::object();
    out->set("documents", list);
    return out;
}

const char* imageName(ProfileImage image)
{
    return image == ProfileImage::Logo ? "logo" : "banner";
}

core::Text imageLabel(ProfileImage image)
{
    return image == ProfileImage::Logo ? core::Text{"Logo", "The logo"}
                                       : core::Text{"Banner", "The banner"};
}

/// The address of a stored picture; the version changes with the file, so caches never show an
/// old one after a replacement.
Poco::Dynamic::Var imageUrl(const std::string& base, ProfileImage image,
                            const std::optional<std::string>& key)
{
    if (!key)
        return {};
    return base + imageName(image) + "?v=" + core::sha256Hex(*key).substr(0, 12);
}

std::string sizeText(std::size_t bytes)
{
    if (bytes >= 1024 * 1024)
        return std::to_string((bytes * 10 / (1024 * 1024)) / 10) + "," +
               std::to_string((bytes * 10 / (1024 * 1024)) % 10) + " MiB";
    return std::to_string((bytes + 1023) / 1024) + " KiB";
}

int currentYear(std::int64_t nowMs)
{
    const std::time_t seconds = static_cast<std::time_t>(nowMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    return utc.tm_year + 1900;
}

} // namespace

SupplierService::SupplierService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                                 notify::NotifyService& notify,
                                 identity::IdentityService& identity)
    : m_db(db), m_clock(clock), m_files(files), m_notify(notify), m_identity(identity)
{
}

std::string SupplierService::now() const
{
    return core::isoTime(m_clock.nowMs());
}

Supplier SupplierService::finish(Supplier supplier) const
{
    supplier.effectiveTier =
        rules::effectiveTier(supplier.tier, supplier.premiumUntilMs, m_clock.nowMs());
    return supplier;
}

void SupplierService::createDraft(core::Sql& tx, const std::string& userId)
{
    SupplierStore::insertDraft(tx, userId, now());
}

Supplier SupplierService::ownOrThrow(core::Sql& sql, const std::string& userId, bool lock)
{
    auto id = SupplierStore::idOfUser(sql, userId);
    if (!id)
        throw notSupplier();
    auto supplier = lock ? SupplierStore::lock(sql, *id) : SupplierStore::byId(sql, *id);
    if (!supplier)
        throw notSupplier();
    return finish(*supplier);
}

Supplier SupplierService::byIdOrThrow(core::Sql& sql, const std::string& id, bool lock)
{
    auto supplier = lock ? SupplierStore::lock(sql, id) : SupplierStore::byId(sql, id);
    if (!supplier)
        throw supplierNotFound();
    return finish(*supplier);
}

SupplierLimits SupplierService::limitsFor(core::Sql& sql, const Supplier& supplier)
{
    auto limits = SupplierStore::limits(sql, supplier.effectiveTier);
    if (!limits)
        throw std::runtime_error("supplier_limits has no row for " + supplier.effectiveTier);
    return *limits;
}

bool SupplierService::shownPublicly(core::Sql& sql, const Supplier& supplier)
{
    return supplier.status == "verified" && supplier.effectiveTier == "premium" &&
           limitsFor(sql, supplier).publicProfile;
}

bool SupplierService::requireEditable(const Supplier& supplier, SupplierPart part)
{
    const auto rule = rules::editRule(supplier.status, part);
    if (!rule.allowed)
        throw Problem(409, kLockedType, {"Tidak bisa diubah sekarang", "Cannot be changed now"},
                      rule.reason);
    return rule.audited;
}

// ---------------------------------------------------------------- JSON

json::ObjectPtr SupplierService::toJson(const SupplierDocument& document)
{
    auto object = json::object();
    object->set("id", document.id);
    object->set("kind", document.kind);
    object->set("title", document.title);
    object->set("mime", document.mime);
    object->set("size_bytes", document.sizeBytes);
    object->set("uploaded_at", document.uploadedAt);
    return object;
}

json::ObjectPtr SupplierService::toJson(const SupplierReview& review)
{
    auto object = json::object();
    object->set("id", review.id);
    object->set("action", review.action);
    object->set("from_status", review.fromStatus);
    object->set("to_status", review.toStatus);
    object->set("note", orNull(review.note));
    object->set("reviewer_id", orNull(review.reviewerId));
    object->set("reviewer_name", orNull(review.reviewerName));
    object->set("created_at", review.createdAt);
    return object;
}

json::ObjectPtr SupplierService::toJson(const SupplierLimits& limits)
{
    auto object = json::object();
    object->set("tier", limits.tier);
    object->set("max_products", orNull(limits.maxProducts));
    object->set("max_images", orNull(limits.maxImages));
    object->set("max_documents", orNull(limits.maxDocuments));
    object->set("receive_chats", limits.receiveChats);
    object->set("public_profile", limits.publicProfile);
    object->set("updated_at", limits.updatedAt);
    return object;
}

json::ObjectPtr SupplierService::toJson(const AssessmentQuestion& question)
{
    auto object = json::object();
    object->set("id", question.id);
    object->set("type", orNull(question.type));
    object->set("position", question.position);
    object->set("text", question.text);
    auto options = json::array();
    for (const auto& option : question.options) {
        auto item = json::object();
        item->set("key", option.key);
        item->set("label", option.label);
        item->set("score", option.score);
        options->add(item);
    }
    object->set("options", options);
    object->set("active", question.active);
    object->set("created_at", question.createdAt);
    return object;
}

json::ObjectPtr SupplierService::summaryJson(const Supplier& s) const
{
    auto object = json::object();
    object->set("id", s.id);
    object->set("user_id", s.userId);
    object->set("email", s.email);
    object->set("full_name", s.fullName);
    object->set("status", s.status);
    object->set("type", orNull(s.type));
    object->set("tier", s.tier);
    object->set("effective_tier", s.effectiveTier);
    object->set("premium_until", orNull(s.premiumUntil));
    object->set("company_name", orNull(s.companyName));
    object->set("province_code", orNull(s.provinceCode));
    object->set("province_name", orNull(s.provinceName));
    object->set("regency_name", orNull(s.regencyName));
    object->set("submitted_at", orNull(s.submittedAt));
    object->set("recommended_at", orNull(s.recommendedAt));
    object->set("decided_at", orNull(s.decidedAt));
    object->set("assessment_score", orNull(s.assessmentScore));
    object->set("created_at", s.createdAt);
    object->set("updated_at", s.updatedAt);
    return object;
}

json::ObjectPtr SupplierService::cardJson(const Supplier& s, std::optional<bool> liked) const
{
    auto object = json::object();
    object->set("slug", orNull(s.slug));
    object->set("company_name", orNull(s.companyName));
    object->set("type", orNull(s.type));
    object->set("province_code", orNull(s.provinceCode));
    object->set("province_name", orNull(s.provinceName));
    object->set("regency_name", orNull(s.regencyName));
    object->set("verified", s.status == "verified");
    object->set("premium", s.effectiveTier == "premium");
    object->set("views", s.views);
    object->set("likes", s.likes);
    object->set("ranking", s.views + 3 * s.likes);
    if (liked)
        object->set("liked", *liked);
    return object;
}

json::ObjectPtr SupplierService::selfJson(core::Sql& sql, const Supplier& s)
{
    auto object = json::object();
    object->set("id", s.id);
    object->set("status", s.status);
    object->set("type", orNull(s.type));
    object->set("tier", s.tier);
    object->set("effective_tier", s.effectiveTier);
    object->set("premium_until", orNull(s.premiumUntil));
    object->set("slug", orNull(s.slug));
    object->set("verified", s.status == "verified");
    object->set("submitted_at", orNull(s.submittedAt));
    object->set("decided_at", orNull(s.decidedAt));
    object->set("created_at", s.createdAt);
    object->set("updated_at", s.updatedAt);
    object->set("profile", SupplierStore::profile(sql, s.id));
    for (const auto image : {ProfileImage::Logo, ProfileImage::Banner})
        object->set(
            std::string(imageName(image)) + "_url",
            imageUrl("/api/v1/supplier/me/", image, SupplierStore::imageKey(sql, s.id, image)));
    auto documents = json::array();
    const auto docs = SupplierStore::documents(sql, s.id);
    for (const auto& d : docs)
        documents->add(toJson(d));
    object->set("documents", documents);

    auto editable = json::object();
    std::optional<Text> reason;
    const std::vector<std::pair<std::string, SupplierPart>> parts = {
        {"type", SupplierPart::Type},         {"identity", SupplierPart::Identity},
        {"address", SupplierPart::Address},   {"contact", SupplierPart::Contact},
        {"legal", SupplierPart::Legal},       {"bio", SupplierPart::Bio},
        {"documents", SupplierPart::Documents}, {"assessment", SupplierPart::Assessment},
        {"submit", SupplierPart::Submit}};
    for (const auto& [name, part] : parts) {
        const auto rule = rules::editRule(s.status, part);
        editable->set(name, rule.allowed);
        // The reason a tab is locked is what the supplier needs; "type" is locked almost always.
        if (!rule.allowed && !reason && part != SupplierPart::Type && part != SupplierPart::Submit &&
            part != SupplierPart::Assessment)
            reason = rule.reason;
    }
    object->set("editable", editable);
    object->set("locked_reason", reason ? Poco::Dynamic::Var(reason->id) : Poco::Dynamic::Var());
    object->set("locked_reason_en",
                reason ? Poco::Dynamic::Var(reason->en) : Poco::Dynamic::Var());

    auto missingJson = json::object();
    const auto gaps = missing(sql, s);
    missingJson->set("type", gaps.count("type") > 0);
    for (const auto& tab : {"identity", "address", "contact", "bio", "assessment"}) {
        const auto found = gaps.find(tab);
        missingJson->set(tab, stringArray(found == gaps.end() ? std::vector<std::string>{}
                                                              : found->second));
    }
    object->set("missing", missingJson);

    const auto request = s.status == "onboarding" ? SupplierStore::lastChangeRequest(sql, s.id)
                                                  : std::nullopt;
    if (request) {
        auto changes = json::object();
        changes->set("note", orNull(request->note));
        changes->set("created_at", request->createdAt);
        object->set("changes_requested", changes);
    } else {
        object->set("changes_requested", Poco::Dynamic::Var());
    }
    object->set("limits", toJson(limitsFor(sql, s)));
    auto usage = json::object();
    usage->set("products", SupplierProductStore::count(sql, s.id));
    usage->set("documents", static_cast<std::int64_t>(docs.size()));
    object->set("usage", usage);
    return object;
}

std::map<std::string, std::vector<std::string>> SupplierService::missing(core::Sql& sql,
                                                                         const Supplier& s)
{
    std::map<std::string, std::vector<std::string>> gaps;
    if (!s.type)
        gaps["type"] = {};
    const auto profile = SupplierStore::profile(sql, s.id);
    for (const auto& [tab, fields] : rules::requiredFields()) {
        const auto values = profile->has(tab) ? profile->getObject(tab) : json::object();
        for (const auto& field : fields)
            if (isBlank(values, field))
                gaps[tab].push_back(field);
    }
    if (s.type) {
        std::set<std::string> answered;
        for (const auto& [question, key] : SupplierStore::answers(sql, s.id))
            answered.insert(question);
        for (const auto& q : SupplierStore::questions(sql, s.type, false))
            if (!answered.count(q.id))
                gaps["assessment"].push_back(q.id);
    }
    return gaps;
}

// ---------------------------------------------------------------- the supplier itself

json::ObjectPtr SupplierService::self(const std::string& userId)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) { body = selfJson(tx, ownOrThrow(tx, userId, false)); });
    return body;
}

json::ObjectPtr SupplierService::chooseType(const std::string& userId, const std::string& type,
                                            const core::Actor& actor)
{
    (void)actor;
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        requireEditable(s, SupplierPart::Type);
        SupplierStore::setType(tx, s.id, type, "onboarding", now());
        body = selfJson(tx, byIdOrThrow(tx, s.id, false));
    });
    return body;
}

json::ObjectPtr SupplierService::validateTab(core::Sql& sql, const Supplier& s,
                                             const std::string& tab, const json::ObjectPtr& body)
{
    const auto& fields = rules::tabFields().at(tab);
    std::map<std::string, Text> errors;
    auto changes = json::object();
    const Text tooLong{"Teks terlalu panjang.", "The text is too long."};
    const Text notText{"Harus berupa teks.", "Must be text."};

    for (const auto& name : body->getNames())
        if (std::find(fields.begin(), fields.end(), name) == fields.end())
            errors[name] = {"Kolom ini tidak ada di tab " + tab + ".",
                            "This field is not part of the " + tab + " tab."};

    // A text field: trimmed; empty or null clears it.
    auto text = [&](const std::string& field, std::size_t max) -> std::optional<std::string> {
        if (!body->has(field))
            return std::nullopt;
        if (body->isNull(field)) {
            changes->set(field, Poco::Dynamic::Var());
            return std::nullopt;
        }
        const auto value = body->get(field);
        if (!value.isString()) {
            errors[field] = notText;
            return std::nullopt;
        }
        auto v = value.extract<std::string>();
        const auto first = v.find_first_not_of(" \t\r\n");
        const auto last = v.find_last_not_of(" \t\r\n");
        v = first == std::string::npos ? std::string() : v.substr(first, last - first + 1);
        if (v.empty()) {
            changes->set(field, Poco::Dynamic::Var());
            return std::nullopt;
        }
        if (v.size() > max) {
            errors[field] = tooLong;
            return std::nullopt;
        }
        changes->set(field, v);
        return v;
    };

    if (tab == "identity") {
        text("company_name", 200);
        if (const auto form = text("legal_form", 20);
            form && std::find(rules::kLegalForms.begin(), rules::kLegalForms.end(), *form) ==
                        rules::kLegalForms.end())
            errors["legal_form"] = {"Pilih salah satu: PT, CV, UD, Koperasi, Firma, Perorangan, "
                                    "Lainnya.",
                                    "Choose one of: PT, CV, UD, Koperasi, Firma, Perorangan, "
                                    "Lainnya."};
        text("business_field", 200);
        text("main_products", 500);
        if (body->has("year_founded")) {
            const auto value = body->get("year_founded");
            if (value.isEmpty()) {
                changes->set("year_founded", Poco::Dynamic::Var());
            } else if (!value.isInteger() || value.convert<int>() < 1900 ||
                       value.convert<int>() > currentYear(m_clock.nowMs())) {
                errors["year_founded"] = {"Tahun berdiri harus antara 1900 dan tahun ini.",
                                          "The founding year must be between 1900 and this year."};
            } else {
                changes->set("year_founded", value.convert<int>());
            }
        }
    } else if (tab == "address") {
        text("address_line", 500);
        text("province_code", 20);
        text("regency_code", 20);
        text("district_code", 20);
        if (const auto postal = text("postal_code", 5);
            postal && !std::regex_match(*postal, std::regex("[0-9]{5}")))
            errors["postal_code"] = {"Kode pos terdiri dari 5 angka.",
                                     "A postcode has 5 digits."};
        text("production_site", 500);
        // The codes must exist and sit inside each other, taking unchanged ones from the profile.
        const auto current = SupplierStore::profile(sql, s.id)->getObject("address");
        auto merged = [&](const std::string& field) -> std::optional<std::string> {
            const auto& source = changes->has(field) ? changes : current;
            if (!source->has(field) || source->isNull(field))
                return std::nullopt;
            return source->getValue<std::string>(field);
        };
        const auto province = merged("province_code");
        const auto regency = merged("regency_code");
        const auto district = merged("district_code");
        if (province && sql.exec("SELECT 1 FROM area_provinces WHERE code = $1", {*province}).empty())
            errors["province_code"] = {"Provinsi tidak dikenal.", "Unknown province."};
        if (regency) {
            const auto rows = sql.exec("SELECT province_code FROM area_regencies WHERE code = $1",
                                       {*regency});
            if (rows.empty())
                errors["regency_code"] = {"Kota/kabupaten tidak dikenal.", "Unknown regency."};
            else if (!province || rows.front().str("province_code") != *province)
                errors["regency_code"] = {"Kota/kabupaten ini tidak berada di provinsi yang dipilih.",
                                          "This regency is not in the chosen province."};
        }
        if (district) {
            const auto rows = sql.exec("SELECT regency_code FROM area_districts WHERE code = $1",
                                       {*district});
            if (rows.empty())
                errors["district_code"] = {"Kecamatan tidak dikenal.", "Unknown district."};
            else if (!regency || rows.front().str("regency_code") != *regency)
                errors["district_code"] = {"Kecamatan ini tidak berada di kota/kabupaten yang dipilih.",
                                           "This district is not in the chosen regency."};
        }
    } else if (tab == "contact") {
        text("pic_name", 200);
        text("pic_position", 200);
        if (const auto number = text("whatsapp", 30)) {
            const auto normalised = identity::normaliseWhatsapp(*number);
            if (!normalised)
                errors["whatsapp"] = {"Nomor WhatsApp tidak valid (contoh: 081234567890).",
                                      "The WhatsApp number is not valid (e.g. 081234567890)."};
            else
                changes->set("whatsapp", *normalised);
        }
        if (const auto email = text("business_email", 254);
            email && !std::regex_match(*email, std::regex(R"([^@\s]+@[^@\s]+\.[^@\s]+)")))
            errors["business_email"] = {"Alamat email tidak valid.",
                                        "The email address is not valid."};
        if (const auto site = text("website", 300);
            site && !std::regex_match(*site, std::regex(R"(https?://\S+)")))
            errors["website"] = {"Alamat situs harus diawali http:// atau https://.",
                                 "The website must start with http:// or https://."};
        if (body->has("social_media")) {
            if (body->isNull("social_media")) {
                changes->set("social_media", Poco::Dynamic::Var());
            } else if (body->get("social_media").type() != typeid(json::ObjectPtr)) {
                errors["social_media"] = {"Harus berupa daftar nama dan tautan.",
                                          "Must be a list of names and links."};
            } else {
                const auto links = body->getObject("social_media");
                auto clean = json::object();
                bool ok = links->size() <= 10;
                for (const auto& name : links->getNames()) {
                    const auto value = links->get(name);
                    if (name.empty() || name.size() > 40 || !value.isString() ||
                        value.extract<std::string>().size() > 300 ||
                        !std::regex_match(value.extract<std::string>(),
                                          std::regex(R"(https?://\S+)")))
                        ok = false;
                    else
                        clean->set(name, value.extract<std::string>());
                }
                if (!ok)
                    errors["social_media"] = {
                        "Maksimal 10 tautan; setiap tautan diawali http:// atau https://.",
                        "At most 10 links; each starts with http:// or https://."};
                else
                    changes->set("social_media", clean);
            }
        }
    } else if (tab == "legal") {
        if (const auto nib = text("nib", 40)) {
            const auto digits = rules::digitsOnly(*nib);
            if (digits.size() != 13 || digits.size() * 2 < nib->size())
                errors["nib"] = {"NIB terdiri dari 13 angka.", "An NIB has 13 digits."};
            else
                changes->set("nib", digits);
        }
        if (const auto npwp = text("npwp", 40)) {
            const auto digits = rules::digitsOnly(*npwp);
            const bool onlySeparators = std::all_of(npwp->begin(), npwp->end(), [](char c) {
                return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                       c == ' ';
            });
            if (!onlySeparators || digits.size() < 15 || digits.size() > 16)
                errors["npwp"] = {"NPWP terdiri dari 15 atau 16 angka.",
                                  "An NPWP has 15 or 16 digits."};
            else
                changes->set("npwp", digits);
        }
        text("siup", 100);
    } else if (tab == "bio") {
        text("description", 2000);
        text("advantages", 2000);
        text("unique_value", 2000);
    }
    if (!errors.empty())
        throw Problem::validation(errors);
    return changes;
}

json::ObjectPtr SupplierService::updateTab(const std::string& userId, const std::string& tab,
                                           const json::ObjectPtr& body, const core::Actor& actor)
{
    const auto part = rules::partOfTab(tab);
    if (!part)
        throw Problem::notFound({"Tab profil ini tidak ada.", "There is no such profile tab."});
    json::ObjectPtr result;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        const bool audited = requireEditable(s, *part);
        const auto changes = validateTab(tx, s, tab, body);
        const auto before = tabValues(SupplierStore::profile(tx, s.id), tab);
        SupplierStore::updateProfile(tx, s.id, changes, now());
        if (audited) {
            const auto after = tabValues(SupplierStore::profile(tx, s.id), tab);
            if (json::stringify(before) != json::stringify(after))
                SupplierStore::insertAudit(tx, s.id, actor.userId, tab, before, after, now());
        }
        result = selfJson(tx, byIdOrThrow(tx, s.id, false));
    });
    return result;
}

SupplierDocument SupplierService::addDocument(const std::string& userId, const std::string& kind,
                                              const std::string& title, const std::string& bytes,
                                              const core::Actor& actor)
{
    if (bytes.empty())
        throw Problem::validation({{"file", {"Berkasnya kosong.", "The file is empty."}}});
    const auto type = core::detectFileType(bytes);
    if (!type || (type->mime != "image/jpeg" && type->mime != "image/png" &&
                  type->mime != "application/pdf"))
        throw Problem::unsupportedMedia({"Dokumen harus berupa JPG, PNG atau PDF.",
                                         "A document must be a JPG, PNG or PDF file."});
    SupplierDocument stored;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        const bool audited = requireEditable(s, SupplierPart::Documents);
        const auto limits = limitsFor(tx, s);
        const auto existing = SupplierStore::documents(tx, s.id);
        if (limits.maxDocuments &&
            static_cast<std::int64_t>(existing.size()) >= *limits.maxDocuments)
            throw limitReached("dokumen", *limits.maxDocuments, limits.tier);
        SupplierDocument document;
        document.kind = kind;
        document.title = title;
        document.mime = type->mime;
        document.sizeBytes = static_cast<std::int64_t>(bytes.size());
        document.fileKey = m_files.save(bytes);
        try {
            stored = SupplierStore::insertDocument(tx, s.id, document, userId, now());
        } catch (...) {
            m_files.remove(document.fileKey);
            throw;
        }
        if (audited)
            SupplierStore::insertAudit(tx, s.id, actor.userId, "documents",
                                       documentsSnapshot(existing),
                                       documentsSnapshot(SupplierStore::documents(tx, s.id)),
                                       now());
    });
    return stored;
}

std::vector<SupplierDocument> SupplierService::documents(const std::string& userId)
{
    const auto s = ownOrThrow(m_db, userId, false);
    return SupplierStore::documents(m_db, s.id);
}

SupplierFile SupplierService::documentFile(const std::string& userId,
                                           const std::string& documentId)
{
    const auto s = ownOrThrow(m_db, userId, false);
    return staffDocument(s.id, documentId);
}

void SupplierService::deleteDocument(const std::string& userId, const std::string& documentId,
                                     const core::Actor& actor)
{
    std::string fileKey;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        const auto document = SupplierStore::document(tx, s.id, documentId);
        if (!document)
            throw Problem::notFound({"Dokumen tidak ditemukan.", "Document not found."});
        const bool audited = requireEditable(s, SupplierPart::Documents);
        const auto before = SupplierStore::documents(tx, s.id);
        SupplierStore::deleteDocument(tx, document->id);
        if (audited)
            SupplierStore::insertAudit(tx, s.id, actor.userId, "documents",
                                       documentsSnapshot(before),
                                       documentsSnapshot(SupplierStore::documents(tx, s.id)),
                                       now());
        fileKey = document->fileKey;
    });
    // The file goes only once the row is gone for good.
    m_files.remove(fileKey);
}

json::ObjectPtr SupplierService::assessmentJson(core::Sql& sql, const Supplier& s)
{
    auto body = json::object();
    body->set("type", orNull(s.type));
    body->set("editable", rules::editRule(s.status, SupplierPart::Assessment).allowed);
    std::map<std::string, std::string> chosen;
    for (const auto& [question, key] : SupplierStore::answers(sql, s.id))
        chosen[question] = key;
    auto list = json::array();
    for (const auto& q : SupplierStore::questions(sql, s.type, false)) {
        auto item = json::object();
        item->set("id", q.id);
        item->set("position", q.position);
        item->set("text", q.text);
        auto options = json::array();
        // Scores stay on the server: the supplier never sees them (seed 003).
        for (const auto& option : q.options) {
            auto o = json::object();
            o->set("key", option.key);
            o->set("label", option.label);
            options->add(o);
        }
        item->set("options", options);
        const auto found = chosen.find(q.id);
        item->set("answer", found == chosen.end() ? Poco::Dynamic::Var()
                                                  : Poco::Dynamic::Var(found->second));
        list->add(item);
    }
    body->set("questions", list);
    return body;
}

json::ObjectPtr SupplierService::assessment(const std::string& userId)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, false);
        if (!s.type)
            throw Problem(409, kLockedType, {"Pilih jenis usaha", "Choose a business type"},
                          {"Pilih jenis usaha Anda terlebih dahulu; pertanyaan penilaian "
                           "bergantung pada jenis usaha.",
                           "Choose your business type first; the assessment questions depend on "
                           "it."});
        body = assessmentJson(tx, s);
    });
    return body;
}

json::ObjectPtr SupplierService::saveAnswers(
    const std::string& userId, const std::vector<std::pair<std::string, std::string>>& answers,
    const core::Actor& actor)
{
    (void)actor;
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        requireEditable(s, SupplierPart::Assessment);
        std::map<std::string, AssessmentQuestion> asked;
        for (auto& q : SupplierStore::questions(tx, s.type, false))
            asked.emplace(q.id, std::move(q));
        std::map<std::string, Text> errors;
        for (std::size_t i = 0; i < answers.size(); ++i) {
            const auto& [question, key] = answers[i];
            const auto found = asked.find(question);
            const auto field = "answers[" + std::to_string(i) + "]";
            if (found == asked.end()) {
                errors[field + ".question_id"] = {"Pertanyaan ini tidak ada untuk jenis usaha Anda.",
                                                  "This question is not asked of your business type."};
                continue;
            }
            const auto& options = found->second.options;
            if (std::none_of(options.begin(), options.end(),
                             [&](const QuestionOption& o) { return o.key == key; }))
                errors[field + ".option_key"] = {"Pilihan jawaban ini tidak ada.",
                                                 "This answer option does not exist."};
        }
        if (!errors.empty())
            throw Problem::validation(errors);
        for (const auto& [question, key] : answers)
            SupplierStore::upsertAnswer(tx, s.id, question, key, now());
        SupplierStore::setStatus(tx, s.id, s.status, now());
        body = assessmentJson(tx, s);
    });
    return body;
}

json::ObjectPtr SupplierService::submit(const std::string& userId, const core::Actor& actor)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        if (s.status == "draft")
            throw Problem(409, kLockedType, {"Pilih jenis usaha", "Choose a business type"},
                          {"Pilih jenis usaha Anda dan lengkapi profil sebelum mengirim.",
                           "Choose your business type and complete the profile before "
                           "submitting."});
        requireEditable(s, SupplierPart::Submit);
        const auto gaps = missing(tx, s);
        if (!gaps.empty()) {
            std::map<std::string, Text> errors;
            for (const auto& [tab, fields] : gaps) {
                if (tab == "type")
                    errors["type"] = {"Pilih jenis usaha.", "Choose the business type."};
                for (const auto& field : fields)
                    errors[tab + "." + field] =
                        tab == "assessment"
                            ? Text{"Pertanyaan penilaian ini belum dijawab.",
                                   "This assessment question is not answered yet."}
                            : Text{"Wajib diisi sebelum dikirim.", "Required before submitting."};
            }
            throw Problem::validation(errors);
        }
        std::map<std::string, std::string> chosen;
        for (const auto& [question, key] : SupplierStore::answers(tx, s.id))
            chosen[question] = key;
        std::int64_t score = 0;
        for (const auto& q : SupplierStore::questions(tx, s.type, false))
            for (const auto& option : q.options)
                if (option.key == chosen[q.id])
                    score += option.score;
        SupplierStore::markSubmitted(tx, s.id, score, now());
        SupplierStore::insertReview(tx, s.id, actor.userId, "submit", s.status, "waiting_review",
                                    std::nullopt, now());
        const auto name = s.companyName.value_or(s.fullName);
        for (const auto& reviewer : notify::permissionHolders(tx, "suppliers.review"))
            m_notify.notify(tx, {reviewer, "SYSTEM", "Supplier menunggu peninjauan",
                                 name + " mengirim profil supplier untuk ditinjau.",
                                 "supplier:" + s.id, s.id, false, false, false});
        publishUpdate(tx, s.id, "waiting_review", "submitted");
        body = selfJson(tx, byIdOrThrow(tx, s.id, false));
    });
    return body;
}

// ---------------------------------------------------------------- staff

std::vector<Supplier> SupplierService::list(const SupplierFilter& filter,
                                            const core::PageRequest& page)
{
    auto items = SupplierStore::list(m_db, filter, page);
    for (auto& item : items)
        item = finish(std::move(item));
    return items;
}

json::ObjectPtr SupplierService::adminJson(core::Sql& sql, const Supplier& s)
{
    auto object = summaryJson(s);
    object->set("slug", orNull(s.slug));
    object->set("views", s.views);
    object->set("likes", s.likes);
    object->set("whatsapp", orNull(s.whatsapp));
    object->set("profile", SupplierStore::profile(sql, s.id));
    for (const auto image : {ProfileImage::Logo, ProfileImage::Banner})
        object->set(std::string(imageName(image)) + "_url",
                    imageUrl("/api/v1/admin/suppliers/" + s.id + "/", image,
                             SupplierStore::imageKey(sql, s.id, image)));
    auto documents = json::array();
    for (const auto& d : SupplierStore::documents(sql, s.id))
        documents->add(toJson(d));
    object->set("documents", documents);

    std::map<std::string, std::string> chosen;
    for (const auto& [question, key] : SupplierStore::answers(sql, s.id))
        chosen[question] = key;
    auto assessment = json::object();
    auto answers = json::array();
    std::int64_t maxScore = 0;
    if (s.type) {
        for (const auto& q : SupplierStore::questions(sql, s.type, false)) {
            int best = 0;
            for (const auto& option : q.options)
                best = std::max(best, option.score);
            maxScore += best;
            auto item = json::object();
            item->set("question_id", q.id);
            item->set("position", q.position);
            item->set("text", q.text);
            const auto found = chosen.find(q.id);
            const QuestionOption* option = nullptr;
            if (found != chosen.end())
                for (const auto& o : q.options)
                    if (o.key == found->second)
                        option = &o;
            item->set("option_key", option ? Poco::Dynamic::Var(option->key) : Poco::Dynamic::Var());
            item->set("option_label",
                      option ? Poco::Dynamic::Var(option->label) : Poco::Dynamic::Var());
            item->set("score", option ? Poco::Dynamic::Var(option->score) : Poco::Dynamic::Var());
            item->set("max_score", best);
            answers->add(item);
        }
    }
    assessment->set("score", orNull(s.assessmentScore));
    assessment->set("max_score", maxScore);
    assessment->set("answers", answers);
    object->set("assessment", assessment);
    auto reviews = json::array();
    for (const auto& r : SupplierStore::reviews(sql, s.id))
        reviews->add(toJson(r));
    object->set("reviews", reviews);
    object->set("audit", SupplierStore::auditRows(sql, s.id));
    object->set("allowed_actions", stringArray(rules::allowedActions(s.status)));
    return object;
}

json::ObjectPtr SupplierService::adminDetail(const std::string& id)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) { body = adminJson(tx, byIdOrThrow(tx, id, false)); });
    return body;
}

SupplierFile SupplierService::staffDocument(const std::string& id, const std::string& documentId)
{
    const auto document = SupplierStore::document(m_db, byIdOrThrow(m_db, id, false).id, documentId);
    if (!document)
        throw Problem::notFound({"Dokumen tidak ditemukan.", "Document not found."});
    auto bytes = m_files.read(document->fileKey);
    if (!bytes)
        throw Problem::notFound({"Berkas dokumen tidak ditemukan di server.",
                                 "The document's file is missing on the server."});
    return {document->mime, document->title, std::move(*bytes)};
}

void SupplierService::tellSupplier(core::Sql& tx, const Supplier& supplier,
                                   const std::string& title, const std::string& message)
{
    m_notify.notify(tx, {supplier.userId, "SYSTEM", title, message, "supplier:me", supplier.id,
                         true, false, false});
}

void SupplierService::publishUpdate(core::Sql& tx, const std::string& id,
                                    const std::string& status, const std::string& action)
{
    auto data = json::object();
    data->set("id", id);
    data->set("status", status);
    data->set("action", action);
    m_notify.publish(tx, {{}, "suppliers.review", false}, "supplier.updated", data);
}

SupplierReview SupplierService::addNote(const std::string& id, const std::string& note,
                                        const core::Actor& actor)
{
    SupplierReview review;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = byIdOrThrow(tx, id, true);
        review = SupplierStore::insertReview(tx, s.id, actor.userId, "note", s.status, s.status,
                                             note, now());
        core::audit(tx, {actor.userId, "supplier.note", "supplier", s.id, nullptr,
                         toJson(review), actor.ip});
        publishUpdate(tx, s.id, s.status, "note");
    });
    return review;
}

std::string SupplierService::uniqueSlug(core::Sql& sql, const Supplier& supplier)
{
    const auto base = rules::slugify(supplier.companyName.value_or(supplier.fullName));
    auto slug = base;
    for (int n = 2; rules::isReservedSlug(slug) || SupplierStore::slugTaken(sql, slug); ++n)
        slug = base + "-" + std::to_string(n);
    return slug;
}

json::ObjectPtr SupplierService::transition(const std::string& id, const std::string& action,
                                            const std::optional<std::string>& note,
                                            const core::Actor& actor)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = byIdOrThrow(tx, id, true);
        const auto before = action == "reinstate"
                                ? SupplierStore::statusBeforeSuspension(tx, s.id)
                                : std::string("verified");
        const auto to = rules::nextStatus(action, s.status, before);
        if (!to)
            throw Problem(409, kWrongStatusType,
                          {"Status supplier tidak sesuai", "Wrong supplier status"},
                          rules::wrongStatusText(action, s.status));
        if (action == "recommend")
            SupplierStore::markRecommended(tx, s.id, actor.userId, now());
        else if (action == "request_changes")
            SupplierStore::setStatus(tx, s.id, *to, now());
        else
            SupplierStore::markDecided(tx, s.id, *to, actor.userId, now());

        // The router keeps onboarding suppliers out of everything else: swap the role with
        // the status, in the same transaction.
        const bool wasApproved = rules::isApproved(s.status);
        const bool isApproved = rules::isApproved(*to);
        if (isApproved && !wasApproved) {
            m_identity.grantRoleIn(tx, s.userId, "supplier", actor);
            m_identity.revokeRoleIn(tx, s.userId, "supplier_onboarding", actor);
            if (!s.slug)
                SupplierStore::setSlug(tx, s.id, uniqueSlug(tx, s));
        } else if (!isApproved && wasApproved) {
            m_identity.grantRoleIn(tx, s.userId, "supplier_onboarding", actor);
            m_identity.revokeRoleIn(tx, s.userId, "supplier", actor);
        }

        const auto review =
            SupplierStore::insertReview(tx, s.id, actor.userId, action, s.status, *to, note, now());
        auto auditBefore = json::object();
        auditBefore->set("status", s.status);
        auto auditAfter = toJson(review);
        core::audit(tx, {actor.userId, "supplier." + action, "supplier", s.id, auditBefore,
                         auditAfter, actor.ip});

        static const std::map<std::string, std::pair<std::string, std::string>> messages = {
            {"recommend",
             {"Profil supplier direkomendasikan",
              "Mentor merekomendasikan profil Anda; sekarang menunggu keputusan admin."}},
            {"request_changes",
             {"Profil supplier perlu diperbaiki",
              "Mentor meminta perbaikan pada profil Anda. Perbaiki lalu kirim kembali."}},
            {"verify",
             {"Supplier terverifikasi",
              "Selamat! Akun supplier Anda terverifikasi; dasbor supplier sudah bisa dipakai."}},
            {"limit",
             {"Supplier disetujui (terbatas)",
              "Akun supplier Anda disetujui dengan status terbatas; dasbor supplier sudah bisa "
              "dipakai."}},
            {"suspend",
             {"Akun supplier ditangguhkan",
              "Akun supplier Anda ditangguhkan. Hubungi admin EksporYuk untuk informasi lebih "
              "lanjut."}},
            {"reinstate",
             {"Akun supplier dipulihkan", "Akun supplier Anda aktif kembali."}},
        };
        const auto& [title, message] = messages.at(action);
        tellSupplier(tx, s, title, note && !note->empty() ? message + " Catatan: " + *note
                                                          : message);
        publishUpdate(tx, s.id, *to, action);
        body = adminJson(tx, byIdOrThrow(tx, s.id, false));
    });
    return body;
}

json::ObjectPtr SupplierService::changeType(const std::string& id, const std::string& type,
                                            const std::optional<std::string>& note,
                                            const core::Actor& actor)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = byIdOrThrow(tx, id, true);
        if (s.status == "draft")
            throw Problem(409, kWrongStatusType,
                          {"Status supplier tidak sesuai", "Wrong supplier status"},
                          {"Supplier ini belum memilih jenis usaha; biarkan supplier memilihnya "
                           "sendiri saat onboarding.",
                           "This supplier has not chosen a business type yet; let the supplier "
                           "choose it during onboarding."});
        if (s.type == type) {
            body = adminJson(tx, s);
            return;
        }
        SupplierStore::setType(tx, s.id, type, s.status, now());
        auto before = json::object();
        before->set("type", orNull(s.type));
        auto after = json::object();
        after->set("type", type);
        SupplierStore::insertAudit(tx, s.id, actor.userId, "type", before, after, now());
        SupplierStore::insertReview(tx, s.id, actor.userId, "change_type", s.status, s.status,
                                    note ? note : std::optional<std::string>(
                                                      s.type.value_or("-") + " -> " + type),
                                    now());
        core::audit(tx, {actor.userId, "supplier.change_type", "supplier", s.id, before, after,
                         actor.ip});
        tellSupplier(tx, s, "Jenis usaha diubah",
                     "Admin mengubah jenis usaha Anda menjadi " + type + ".");
        publishUpdate(tx, s.id, s.status, "change_type");
        body = adminJson(tx, byIdOrThrow(tx, s.id, false));
    });
    return body;
}

json::ObjectPtr SupplierService::changeTier(const std::string& id, const std::string& tier,
                                            const std::optional<std::string>& premiumUntil,
                                            const core::Actor& actor)
{
    if (tier == "free" && premiumUntil)
        throw Problem::validation(
            {{"premium_until", {"Paket Free tidak punya tanggal berakhir.",
                                "The Free tier has no end date."}}});
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = byIdOrThrow(tx, id, true);
        SupplierStore::setTier(tx, s.id, tier, premiumUntil, now());
        auto before = json::object();
        before->set("tier", s.tier);
        before->set("premium_until", orNull(s.premiumUntil));
        const auto updated = byIdOrThrow(tx, s.id, false);
        auto after = json::object();
        after->set("tier", updated.tier);
        after->set("premium_until", orNull(updated.premiumUntil));
        core::audit(tx, {actor.userId, "supplier.tier", "supplier", s.id, before, after,
                         actor.ip});
        publishUpdate(tx, s.id, s.status, "tier");
        body = adminJson(tx, updated);
    });
    return body;
}

// ---------------------------------------------------------------- questions

std::vector<AssessmentQuestion> SupplierService::questions(const std::optional<std::string>& type,
                                                           bool includeRetired)
{
    return SupplierStore::questions(m_db, type, includeRetired);
}

AssessmentQuestion SupplierService::createQuestion(AssessmentQuestion question,
                                                   const core::Actor& actor)
{
    AssessmentQuestion created;
    m_db.transaction([&](core::Tx& tx) {
        if (question.position < 0)
            question.position = SupplierStore::nextQuestionPosition(tx, question.type);
        const auto id = SupplierStore::insertQuestion(tx, question, actor.userId, now());
        created = *SupplierStore::question(tx, id);
        core::audit(tx, {actor.userId, "supplier_question.create", "supplier_question", id,
                         nullptr, toJson(created), actor.ip});
    });
    return created;
}

AssessmentQuestion SupplierService::updateQuestion(
    const std::string& id, const std::optional<std::string>& text,
    const std::optional<int>& position, const std::optional<std::vector<QuestionOption>>& options,
    const std::optional<bool>& active, const core::Actor& actor)
{
    AssessmentQuestion updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto found = SupplierStore::question(tx, id);
        if (!found)
            throw Problem::notFound({"Pertanyaan tidak ditemukan.", "Question not found."});
        auto q = *found;
        if (text)
            q.text = *text;
        if (position)
            q.position = *position;
        if (active)
            q.active = *active;
        if (options) {
            for (const auto& key : SupplierStore::answeredKeys(tx, id))
                if (std::none_of(options->begin(), options->end(),
                                 [&](const QuestionOption& o) { return o.key == key; }))
                    throw Problem::conflict(
                        {"Pilihan \"" + key + "\" sudah dipilih supplier dan tidak bisa dihapus; "
                                              "ubah labelnya atau pensiunkan pertanyaan ini.",
                         "Option \"" + key + "\" has been chosen by suppliers and cannot be "
                                             "removed; change its label or retire the question."});
            q.options = *options;
        }
        SupplierStore::updateQuestion(tx, q);
        updated = *SupplierStore::question(tx, id);
        core::audit(tx, {actor.userId, "supplier_question.update", "supplier_question", id,
                         toJson(*found), toJson(updated), actor.ip});
    });
    return updated;
}

// ---------------------------------------------------------------- limits

std::vector<SupplierLimits> SupplierService::allLimits()
{
    return SupplierStore::allLimits(m_db);
}

SupplierLimits SupplierService::limits(const std::string& tier)
{
    const auto limits = SupplierStore::limits(m_db, tier);
    if (!limits)
        throw Problem::notFound({"Paket supplier ini tidak ada.", "There is no such supplier tier."});
    return *limits;
}

SupplierLimits SupplierService::setLimits(const SupplierLimits& limits, const core::Actor& actor)
{
    SupplierLimits updated;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = SupplierStore::limits(tx, limits.tier);
        if (!before)
            throw Problem::notFound(
                {"Paket supplier ini tidak ada.", "There is no such supplier tier."});
        SupplierStore::updateLimits(tx, limits, actor.userId, now());
        updated = *SupplierStore::limits(tx, limits.tier);
        core::audit(tx, {actor.userId, "supplier_limits.update", "supplier_limits", limits.tier,
                         toJson(*before), toJson(updated), actor.ip});
    });
    return updated;
}

// ---------------------------------------------------------------- members and the public

std::vector<std::pair<Supplier, bool>> SupplierService::browse(const BrowseFilter& filter,
                                                               const std::string& viewerId,
                                                               const core::PageRequest& page)
{
    auto items = SupplierStore::browse(m_db, filter, viewerId, page);
    for (auto& item : items)
        item.first = finish(std::move(item.first));
    return items;
}

json::ObjectPtr SupplierService::detail(const std::string& slug, const std::string& viewerId,
                                        bool publicPage)
{
    json::ObjectPtr body;
    m_db.transaction([&](core::Tx& tx) {
        auto found = SupplierStore::visibleBySlug(tx, slug);
        if (!found)
            throw supplierNotFound();
        const auto s = finish(*found);
        const bool premium = s.effectiveTier == "premium";
        if (publicPage && !shownPublicly(tx, s))
            throw supplierNotFound();
        SupplierStore::countView(tx, s.id);
        auto counted = s;
        ++counted.views;
        body = cardJson(counted, publicPage ? std::nullopt
                                            : std::optional<bool>(
                                                  SupplierStore::liked(tx, viewerId, s.id)));
        const auto profile = SupplierStore::profile(tx, s.id);
        const auto identity = profile->getObject("identity");
        const auto address = profile->getObject("address");
        const auto bio = profile->getObject("bio");
        body->set("legal_form", identity->get("legal_form"));
        body->set("business_field", identity->get("business_field"));
        body->set("main_products", identity->get("main_products"));
        body->set("year_founded", identity->get("year_founded"));
        body->set("district_name", address->get("district_name"));
        body->set("production_site", address->get("production_site"));
        body->set("description", bio->get("description"));
        body->set("advantages", bio->get("advantages"));
        body->set("unique_value", bio->get("unique_value"));
        const std::string base =
            (publicPage ? "/api/v1/public/suppliers/" : "/api/v1/suppliers/") + *s.slug + "/";
        for (const auto image : {ProfileImage::Logo, ProfileImage::Banner})
            body->set(std::string(imageName(image)) + "_url",
                      imageUrl(base, image, SupplierStore::imageKey(tx, s.id, image)));
        // Legal numbers are public for premium suppliers only (seed 003: "Verified & tampil publik").
        body->set("legal", premium ? Poco::Dynamic::Var(profile->getObject("legal"))
                                   : Poco::Dynamic::Var());
        const std::string imageBase = (publicPage ? "/api/v1/public/suppliers/" : "/api/v1/suppliers/") +
                                      *s.slug + "/images/";
        auto products = json::array();
        for (const auto& product : SupplierProductStore::active(tx, s.id)) {
            auto item = json::object();
            item->set("id", product.id);
            item->set("title", product.title);
            item->set("description_html", product.descriptionHtml);
            item->set("categories", stringArray(product.categories));
            auto images = json::array();
            for (const auto& image : product.images) {
                auto i = json::object();
                i->set("id", image.id);
                i->set("url", imageBase + image.id);
                images->add(i);
            }
            item->set("images", images);
            products->add(item);
        }
        body->set("products", products);
    });
    return body;
}

void SupplierService::setLiked(const std::string& slug, const std::string& userId, bool liked)
{
    m_db.transaction([&](core::Tx& tx) {
        const auto s = SupplierStore::visibleBySlug(tx, slug);
        if (!s)
            throw supplierNotFound();
        if (liked)
            SupplierStore::like(tx, userId, s->id, now());
        else
            SupplierStore::unlike(tx, userId, s->id);
    });
}

SupplierFile SupplierService::productImage(const std::string& slug, const std::string& imageId,
                                           bool publicPage)
{
    auto found = SupplierStore::visibleBySlug(m_db, slug);
    if (!found)
        throw supplierNotFound();
    const auto s = finish(*found);
    if (publicPage && !shownPublicly(m_db, s))
        throw supplierNotFound();
    const auto image = SupplierProductStore::activeImage(m_db, s.id, imageId);
    if (!image)
        throw Problem::notFound({"Gambar tidak ditemukan.", "Image not found."});
    auto bytes = m_files.read(image->fileKey);
    if (!bytes)
        throw Problem::notFound({"Gambar tidak ditemukan.", "Image not found."});
    return {image->mime, image->id, std::move(*bytes)};
}

// ---------------------------------------------------------------- logo and banner

json::ObjectPtr SupplierService::setProfileImage(const std::string& userId, ProfileImage image,
                                                 const std::string& bytes, const core::Actor& actor)
{
    const auto label = imageLabel(image);
    if (bytes.empty())
        throw Problem::badRequest({"Tidak ada berkas yang terkirim. Pilih gambar lalu unggah lagi.",
                                   "No file arrived. Choose an image and upload it again."});
    if (bytes.size() > kMaxImageBytes)
        throw Problem::tooLarge(
            {label.id + " maksimal 2 MiB, berkas ini " + sizeText(bytes.size()) +
                 ". Perkecil atau kompres gambarnya lalu unggah lagi.",
             label.en + " may be at most 2 MiB; this file is " + sizeText(bytes.size()) +
                 ". Shrink or compress the image and upload it again."});
    const auto type = core::detectFileType(bytes);
    if (!type ||
        (type->mime != "image/png" && type->mime != "image/jpeg" && type->mime != "image/webp"))
        throw Problem::unsupportedMedia(
            {label.id + " harus berupa gambar PNG, JPEG atau WebP; isi berkas ini bukan salah "
                        "satunya.",
             label.en + " must be a PNG, JPEG or WebP image; this file's content is none of "
                        "those."});

    const auto key = m_files.save(bytes);
    std::optional<std::string> replaced;
    json::ObjectPtr body;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto s = ownOrThrow(tx, userId, true);
            const bool audited = requireEditable(s, SupplierPart::Bio);
            replaced = SupplierStore::imageKey(tx, s.id, image);
            SupplierStore::setImageKey(tx, s.id, image, key, now());
            if (audited) {
                const std::string field = std::string(imageName(image)) + "_key";
                auto before = json::object();
                before->set(field, orNull(replaced));
                auto after = json::object();
                after->set(field, key);
                after->set("mime", type->mime);
                after->set("bytes", static_cast<std::int64_t>(bytes.size()));
                SupplierStore::insertAudit(tx, s.id, actor.userId, imageName(image), before, after,
                                           now());
            }
            body = selfJson(tx, byIdOrThrow(tx, s.id, false));
        });
    } catch (...) {
        m_files.remove(key);
        throw;
    }
    // Only once no row points at it any more.
    if (replaced && *replaced != key)
        m_files.remove(*replaced);
    return body;
}

void SupplierService::removeProfileImage(const std::string& userId, ProfileImage image,
                                         const core::Actor& actor)
{
    std::optional<std::string> removed;
    m_db.transaction([&](core::Tx& tx) {
        const auto s = ownOrThrow(tx, userId, true);
        removed = SupplierStore::imageKey(tx, s.id, image);
        if (!removed)
            throw Problem::notFound(
                image == ProfileImage::Logo
                    ? core::Text{"Belum ada logo yang diunggah.", "No logo has been uploaded."}
                    : core::Text{"Belum ada banner yang diunggah.",
                                 "No banner has been uploaded."});
        const bool audited = requireEditable(s, SupplierPart::Bio);
        SupplierStore::setImageKey(tx, s.id, image, std::nullopt, now());
        if (audited) {
            const std::string field = std::string(imageName(image)) + "_key";
            auto before = json::object();
            before->set(field, *removed);
            auto after = json::object();
            after->set(field, Poco::Dynamic::Var());
            SupplierStore::insertAudit(tx, s.id, actor.userId, imageName(image), before, after,
                                       now());
        }
    });
    m_files.remove(*removed);
}

SupplierFile SupplierService::imageFile(core::Sql& sql, const std::string& supplierId,
                                        ProfileImage image)
{
    const core::Text missing = image == ProfileImage::Logo
                                   ? core::Text{"Logo tidak ditemukan.", "Logo not found."}
                                   : core::Text{"Banner tidak ditemukan.", "Banner not found."};
    const auto key = SupplierStore::imageKey(sql, supplierId, image);
    if (!key)
        throw Problem::notFound(missing);
    auto bytes = m_files.read(*key);
    if (!bytes)
        throw Problem::notFound(missing);
    const auto type = core::detectFileType(*bytes);
    return {type ? type->mime : "application/octet-stream",
            std::string(imageName(image)) + "." + (type ? type->extension : "bin"),
            std::move(*bytes)};
}

SupplierFile SupplierService::ownProfileImage(const std::string& userId, ProfileImage image)
{
    const auto s = ownOrThrow(m_db, userId, false);
    return imageFile(m_db, s.id, image);
}

SupplierFile SupplierService::staffProfileImage(const std::string& id, ProfileImage image)
{
    const auto s = byIdOrThrow(m_db, id, false);
    return imageFile(m_db, s.id, image);
}

SupplierFile SupplierService::profileImage(const std::string& slug, ProfileImage image,
                                           bool publicPage)
{
    auto found = SupplierStore::visibleBySlug(m_db, slug);
    if (!found)
        throw supplierNotFound();
    const auto s = finish(*found);
    if (publicPage && !shownPublicly(m_db, s))
        throw supplierNotFound();
    return imageFile(m_db, s.id, image);
}

} // namespace ey::directory
