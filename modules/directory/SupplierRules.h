// The supplier status machine and its per-status edit rules (seed 003 "Aturan Edit Profil") as
// plain data and functions without I/O, so they are unit-tested and shared by every route.
#pragma once

#include "Text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// What a supplier may try to change about itself.
enum class SupplierPart
{
    Type,
    Identity,
    Address,
    Contact,
    Legal,
    Bio,
    Documents,
    Assessment,
    Submit
};

struct EditRule
{
    bool allowed = false;
    bool audited = false; ///< every change is kept in supplier_audit with before/after
    core::Text reason;    ///< why not, in words a supplier understands (empty when allowed)
};

/// A staff transition: recommend, request_changes, verify, limit, suspend, reinstate.
struct Transition
{
    std::string action;
    std::vector<std::string> from;
    std::string to; ///< empty for reinstate: the status the supplier had before its suspension
    std::string permission;
};

namespace supplier_rules {

inline const std::vector<std::string> kStatuses = {"draft",    "onboarding", "waiting_review",
                                                   "recommended", "verified", "limited",
                                                   "suspended"};
inline const std::vector<std::string> kTypes = {"produsen", "pabrik", "trader", "aggregator"};
inline const std::vector<std::string> kTabs = {"identity", "address", "contact", "legal", "bio"};
inline const std::vector<std::string> kLegalForms = {"PT",    "CV",         "UD",     "Koperasi",
                                                     "Firma", "Perorangan", "Lainnya"};
inline const std::vector<std::string> kDocumentKinds = {"nib",         "npwp",    "siup",
                                                        "certificate", "catalog", "other"};

/// The fields of each tab, in display order.
const std::map<std::string, std::vector<std::string>>& tabFields();
/// The fields submit needs, per tab (seed 003 tables; legal is optional).
const std::map<std::string, std::vector<std::string>>& requiredFields();

std::optional<SupplierPart> partOfTab(const std::string& tab);
EditRule editRule(const std::string& status, SupplierPart part);

const std::vector<Transition>& transitions();
const Transition* transition(const std::string& action);
/// The status `action` leads to from `status`, or nothing when it is not allowed there.
/// `beforeSuspension` is the status a suspended supplier returns to on reinstate.
std::optional<std::string> nextStatus(const std::string& action, const std::string& status,
                                      const std::string& beforeSuspension = "verified");
/// The actions staff may take in `status` (regardless of who is asking).
std::vector<std::string> allowedActions(const std::string& status);
/// The 409 detail for an action the current status does not allow.
core::Text wrongStatusText(const std::string& action, const std::string& status);

/// Holds the "supplier" role (rather than supplier_onboarding) in this status.
bool isApproved(const std::string& status);

/// "PT Sumber Makmur Jaya, Tbk." -> "pt-sumber-makmur-jaya-tbk" (at most 70 characters; never
/// empty: "supplier" when nothing is left).
std::string slugify(const std::string& companyName);
/// Slugs the supplier web pages use themselves (/supplier/daftar, ...): never a supplier's.
bool isReservedSlug(const std::string& slug);
/// Digits only ("01.234.567.8-901.000" -> "012345678901000").
std::string digitsOnly(const std::string& text);

/// "premium" while a premium tier has no end or ends after `nowMs`; otherwise "free".
std::string effectiveTier(const std::string& tier, std::optional<std::int64_t> premiumUntilMs,
                          std::int64_t nowMs);

/// Indonesian label of a status or type, for notifications.
std::string statusLabel(const std::string& status);

} // namespace supplier_rules
} // namespace ey::directory
