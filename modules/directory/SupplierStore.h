// Supplier SQL: accounts, profile tabs, documents, assessment, reviews, audit, limits, browsing.
#pragma once

#include "Supplier.h"

#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::directory {

/// The two pictures of a supplier's profile (supplier_profiles.logo_key / banner_key).
enum class ProfileImage
{
    Logo,
    Banner
};

/// Static functions over core::Sql&, so they run inside the caller's transaction.
class SupplierStore
{
public:
    /// The draft row and its empty profile, for a user who just signed up.
    static std::string insertDraft(core::Sql& sql, const std::string& userId, const std::string& now);

    static std::optional<Supplier> byId(core::Sql& sql, const std::string& id);
    static std::optional<Supplier> byUser(core::Sql& sql, const std::string& userId);
    /// Locks the row (FOR UPDATE) and reads it.
    static std::optional<Supplier> lock(core::Sql& sql, const std::string& id);
    static std::optional<std::string> idOfUser(core::Sql& sql, const std::string& userId);
    static std::vector<Supplier> list(core::Sql& sql, const SupplierFilter& filter,
                                      const core::PageRequest& page);

    /// {identity, address, contact, legal, bio}; address carries the area names too.
    static core::json::ObjectPtr profile(core::Sql& sql, const std::string& supplierId);
    /// Writes the fields present in `changes` (a flat object of column names; null clears).
    static void updateProfile(core::Sql& sql, const std::string& supplierId,
                              const core::json::ObjectPtr& changes, const std::string& now);

    /// The file key of the logo or banner, if one is stored.
    static std::optional<std::string> imageKey(core::Sql& sql, const std::string& supplierId,
                                               ProfileImage image);
    /// Points the logo or banner at `key` (nothing clears it).
    static void setImageKey(core::Sql& sql, const std::string& supplierId, ProfileImage image,
                            const std::optional<std::string>& key, const std::string& now);

    static void setType(core::Sql& sql, const std::string& id, const std::string& type,
                        const std::string& status, const std::string& now);
    static void setStatus(core::Sql& sql, const std::string& id, const std::string& status,
                          const std::string& now);
    static void markSubmitted(core::Sql& sql, const std::string& id, std::int64_t score,
                              const std::string& now);
    static void markRecommended(core::Sql& sql, const std::string& id, const std::string& by,
                                const std::string& now);
    static void markDecided(core::Sql& sql, const std::string& id, const std::string& status,
                            const std::string& by, const std::string& now);
    static void setTier(core::Sql& sql, const std::string& id, const std::string& tier,
                        const std::optional<std::string>& premiumUntil, const std::string& now);
    static bool slugTaken(core::Sql& sql, const std::string& slug);
    static void setSlug(core::Sql& sql, const std::string& id, const std::string& slug);

    static std::vector<SupplierDocument> documents(core::Sql& sql, const std::string& supplierId);
    static std::optional<SupplierDocument> document(core::Sql& sql, const std::string& supplierId,
                                                    const std::string& documentId);
    static SupplierDocument insertDocument(core::Sql& sql, const std::string& supplierId,
                                           const SupplierDocument& document,
                                           const std::string& uploadedBy, const std::string& now);
    static void deleteDocument(core::Sql& sql, const std::string& documentId);

    /// Active questions for a type (its own and the all-type ones), or every question when
    /// `type` is empty; retired ones only with `includeRetired`.
    static std::vector<AssessmentQuestion> questions(core::Sql& sql,
                                                     const std::optional<std::string>& type,
                                                     bool includeRetired);
    static std::optional<AssessmentQuestion> question(core::Sql& sql, const std::string& id);
    static std::string insertQuestion(core::Sql& sql, const AssessmentQuestion& question,
                                      const std::string& createdBy, const std::string& now);
    static void updateQuestion(core::Sql& sql, const AssessmentQuestion& question);
    static int nextQuestionPosition(core::Sql& sql, const std::optional<std::string>& type);
    /// Option keys some supplier has chosen for this question.
    static std::vector<std::string> answeredKeys(core::Sql& sql, const std::string& questionId);

    /// question id -> option key.
    static std::vector<std::pair<std::string, std::string>> answers(core::Sql& sql,
                                                                    const std::string& supplierId);
    static void upsertAnswer(core::Sql& sql, const std::string& supplierId,
                             const std::string& questionId, const std::string& optionKey,
                             const std::string& now);

    static std::vector<SupplierReview> reviews(core::Sql& sql, const std::string& supplierId);
    static SupplierReview insertReview(core::Sql& sql, const std::string& supplierId,
                                       const std::string& reviewerId, const std::string& action,
                                       const std::string& from, const std::string& to,
                                       const std::optional<std::string>& note,
                                       const std::string& now);
    /// The status a supplier had when it was last suspended ("verified" when unknown).
    static std::string statusBeforeSuspension(core::Sql& sql, const std::string& supplierId);
    static std::optional<SupplierReview> lastChangeRequest(core::Sql& sql,
                                                           const std::string& supplierId);

    /// Newest first, at most 200: [{id, section, before, after, actor_id, actor_name, created_at}].
    static core::json::ArrayPtr auditRows(core::Sql& sql, const std::string& supplierId);
    static void insertAudit(core::Sql& sql, const std::string& supplierId,
                            const std::string& actorId, const std::string& section,
                            const core::json::ObjectPtr& before, const core::json::ObjectPtr& after,
                            const std::string& now);

    static std::optional<SupplierLimits> limits(core::Sql& sql, const std::string& tier);
    static std::vector<SupplierLimits> allLimits(core::Sql& sql);
    static void updateLimits(core::Sql& sql, const SupplierLimits& limits,
                             const std::string& updatedBy, const std::string& now);

    /// Verified and limited suppliers for members; `viewerId` says which ones they liked.
    static std::vector<std::pair<Supplier, bool>> browse(core::Sql& sql, const BrowseFilter& filter,
                                                         const std::string& viewerId,
                                                         const core::PageRequest& page);
    /// A verified or limited supplier by slug.
    static std::optional<Supplier> visibleBySlug(core::Sql& sql, const std::string& slug);
    static void countView(core::Sql& sql, const std::string& supplierId);
    static bool liked(core::Sql& sql, const std::string& userId, const std::string& supplierId);
    static void like(core::Sql& sql, const std::string& userId, const std::string& supplierId,
                     const std::string& now);
    static void unlike(core::Sql& sql, const std::string& userId, const std::string& supplierId);
};

} // namespace ey::directory
