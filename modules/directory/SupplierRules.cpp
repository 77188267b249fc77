// The supplier status machine and per-status edit rules, without I/O.
#include "SupplierRules.h"

#include <algorithm>
#include <cctype>

namespace ey::directory::supplier_rules {

const std::map<std::string, std::vector<std::string>>& tabFields()
{
    static const std::map<std::string, std::vector<std::string>> fields = {
        {"identity",
         {"company_name", "legal_form", "business_field", "main_products", "year_founded"}},
        {"address",
         {"address_line", "province_code", "regency_code", "district_code", "postal_code",
          "production_site"}},
        {"contact",
         {"pic_name", "pic_position", "whatsapp", "business_email", "website", "social_media"}},
        {"legal", {"nib", "npwp", "siup"}},
        {"bio", {"description", "advantages", "unique_value"}},
    };
    return fields;
}

const std::map<std::string, std::vector<std::string>>& requiredFields()
{
    static const std::map<std::string, std::vector<std::string>> fields = {
        {"identity", {"company_name", "legal_form", "business_field", "main_products"}},
        {"address", {"address_line", "province_code", "regency_code"}},
        {"contact", {"pic_name", "whatsapp", "business_email"}},
        {"legal", {}},
        {"bio", {"description"}},
    };
    return fields;
}

std::optional<SupplierPart> partOfTab(const std::string& tab)
{
    if (tab == "identity")
        return SupplierPart::Identity;
    if (tab == "address")
        return SupplierPart::Address;
    if (tab == "contact")
        return SupplierPart::Contact;
    if (tab == "legal")
        return SupplierPart::Legal;
    if (tab == "bio")
        return SupplierPart::Bio;
    return std::nullopt;
}

namespace {

EditRule yes(bool audited = false)
{
    return {true, audited, {}};
}

EditRule no(core::Text reason)
{
    return {false, false, std::move(reason)};
}

const core::Text kTypeLocked{
    "Jenis usaha sudah dipilih dan hanya bisa diubah oleh admin EksporYuk.",
    "The business type has been chosen and only an EksporYuk admin can change it."};
const core::Text kChooseTypeFirst{"Pilih jenis usaha Anda terlebih dahulu.",
                                  "Choose your business type first."};
const core::Text kWaitingReview{
    "Profil Anda sedang menunggu peninjauan mentor; selama itu hanya kontak perusahaan dan "
    "dokumen yang bisa diubah.",
    "Your profile is waiting for a mentor's review; until then only the company contact and "
    "documents can be changed."};
const core::Text kRecommended{
    "Profil Anda sudah direkomendasikan mentor dan menunggu keputusan admin; profil dikunci "
    "sampai keputusan keluar.",
    "A mentor has recommended your profile and it awaits the admin's decision; it stays locked "
    "until then."};
const core::Text kSuspended{
    "Akun supplier Anda sedang ditangguhkan, jadi profil tidak bisa diubah. Hubungi admin "
    "EksporYuk untuk membukanya kembali.",
    "Your supplier account is suspended, so the profile cannot be changed. Contact an EksporYuk "
    "admin to have it reinstated."};
const core::Text kAssessmentDone{
    "Penilaian sudah dikirim dan tidak bisa diubah lagi.",
    "The assessment has been submitted and can no longer be changed."};
const core::Text kAlreadySubmitted{"Profil Anda sudah dikirim untuk ditinjau.",
                                   "Your profile has already been submitted for review."};
const core::Text kApproved{"Profil Anda sudah disetujui; tidak perlu dikirim lagi.",
                           "Your profile is already approved; there is nothing to submit."};

} // namespace

EditRule editRule(const std::string& status, SupplierPart part)
{
    const bool tab = part == SupplierPart::Identity || part == SupplierPart::Address ||
                     part == SupplierPart::Contact || part == SupplierPart::Legal ||
                     part == SupplierPart::Bio || part == SupplierPart::Documents;
    if (status == "draft") {
        if (part == SupplierPart::Type || tab)
            return yes();
        return no(kChooseTypeFirst);
    }
    if (status == "onboarding")
        return part == SupplierPart::Type ? no(kTypeLocked) : yes();
    if (status == "waiting_review") {
        if (part == SupplierPart::Contact || part == SupplierPart::Documents)
            return yes();
        if (part == SupplierPart::Type)
            return no(kTypeLocked);
        if (part == SupplierPart::Submit)
            return no(kAlreadySubmitted);
        return no(kWaitingReview);
    }
    if (status == "recommended")
        return part == SupplierPart::Type ? no(kTypeLocked) : no(kRecommended);
    if (status == "verified" || status == "limited") {
        if (tab)
            return yes(true);
        if (part == SupplierPart::Type)
            return no(kTypeLocked);
        if (part == SupplierPart::Assessment)
            return no(kAssessmentDone);
        return no(kApproved);
    }
    return no(kSuspended);
}

const std::vector<Transition>& transitions()
{
    static const std::vector<Transition> all = {
        {"recommend", {"waiting_review"}, "recommended", "suppliers.review"},
        {"request_changes", {"waiting_review"}, "onboarding", "suppliers.review"},
        {"verify", {"recommended"}, "verified", "suppliers.decide"},
        {"limit", {"recommended"}, "limited", "suppliers.decide"},
        {"suspend", {"recommended", "verified", "limited"}, "suspended", "suppliers.decide"},
        {"reinstate", {"suspended"}, "", "suppliers.decide"},
    };
    return all;
}

const Transition* transition(const std::string& action)
{
    for (const auto& t : transitions())
        if (t.action == action)
            return &t;
    return nullptr;
}

std::optional<std::string> nextStatus(const std::string& action, const std::string& status,
                                      const std::string& beforeSuspension)
{
    const auto* t = transition(action);
    if (!t || std::find(t->from.begin(), t->from.end(), status) == t->from.end())
        return std::nullopt;
    if (t->to.empty())
        return beforeSuspension;
    return t->to;
}

std::vector<std::string> allowedActions(const std::string& status)
{
    std::vector<std::string> actions;
    for (const auto& t : transitions())
        if (std::find(t.from.begin(), t.from.end(), status) != t.from.end())
            actions.push_back(t.action);
    return actions;
}

std::string statusLabel(const std::string& status)
{
    static const std::map<std::string, std::string> labels = {
        {"draft", "Draf"},
        {"onboarding", "Onboarding"},
        {"waiting_review", "Menunggu peninjauan"},
        {"recommended", "Direkomendasikan mentor"},
        {"verified", "Terverifikasi"},
        {"limited", "Terbatas"},
        {"suspended", "Ditangguhkan"},
    };
    const auto found = labels.find(status);
    return found == labels.end() ? status : found->second;
}

core::Text wrongStatusText(const std::string& action, const std::string& status)
{
    const auto* t = transition(action);
    std::string allowedId;
    std::string allowedEn;
    if (t) {
        for (const auto& from : t->from) {
            allowedId += (allowedId.empty() ? "" : ", ") + statusLabel(from);
            allowedEn += (allowedEn.empty() ? "" : ", ") + from;
        }
    }
    return {"Tindakan ini tidak bisa dilakukan saat status supplier " + statusLabel(status) +
                "; hanya bisa saat status: " + allowedId + ".",
            "This action is not possible while the supplier is " + status +
                "; it is only possible when the status is: " + allowedEn + "."};
}

bool isApproved(const std::string& status)
{
    return status == "verified" || status == "limited";
}

std::string slugify(const std::string& companyName)
{
    std::string slug;
    bool dash = false;
    for (const unsigned char c : companyName) {
        if (std::isalnum(c) && c < 128) {
            if (dash && !slug.empty())
                slug += '-';
            dash = false;
            slug += static_cast<char>(std::tolower(c));
        } else {
            dash = true;
        }
        if (slug.size() >= 70)
            break;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "supplier" : slug;
}

std::string effectiveTier(const std::string& tier, std::optional<std::int64_t> premiumUntilMs,
                          std::int64_t nowMs)
{
    if (tier != "premium")
        return "free";
    return !premiumUntilMs || *premiumUntilMs > nowMs ? "premium" : "free";
}

bool isReservedSlug(const std::string& slug)
{
    static const std::vector<std::string> reserved = {"daftar", "masuk",  "onboarding", "dashboard",
                                                      "produk", "profil", "keluar"};
    return std::find(reserved.begin(), reserved.end(), slug) != reserved.end();
}

std::string digitsOnly(const std::string& text)
{
    std::string digits;
    for (const unsigned char c : text)
        if (std::isdigit(c))
            digits += static_cast<char>(c);
    return digits;
}

} // namespace ey::directory::supplier_rules
