// Supplier rules: the signup step, onboarding (type, profile tabs, documents, assessment, submit),
// staff review and decisions with role swaps, assessment questions, limits, and browsing.
#pragma once

#include "Supplier.h"
#include "SupplierRules.h"
#include "SupplierStore.h"

#include "Audit.h"
#include "Clock.h"
#include "Db.h"
#include "Files.h"
#include "IdentityService.h"
#include "Json.h"
#include "NotifyService.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::directory {

/// A stored file to send back: its record and its bytes.
struct SupplierFile
{
    std::string mime;
    std::string name;
    std::string bytes;
};

/// Thread safe: every call runs its own statements or transaction.
class SupplierService
{
public:
    SupplierService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                    notify::NotifyService& notify, identity::IdentityService& identity);

    /// The signup intent's step: the draft row and empty profile, in the account's transaction.
    void createDraft(core::Sql& tx, const std::string& userId);

    // --- the supplier itself (by its user id) ---
    core::json::ObjectPtr self(const std::string& userId);
    core::json::ObjectPtr chooseType(const std::string& userId, const std::string& type,
                                     const core::Actor& actor);
    /// `body` holds some of the tab's fields (null clears one).
    core::json::ObjectPtr updateTab(const std::string& userId, const std::string& tab,
                                    const core::json::ObjectPtr& body, const core::Actor& actor);
    SupplierDocument addDocument(const std::string& userId, const std::string& kind,
                                 const std::string& title, const std::string& bytes,
                                 const core::Actor& actor);
    std::vector<SupplierDocument> documents(const std::string& userId);
    SupplierFile documentFile(const std::string& userId, const std::string& documentId);
    void deleteDocument(const std::string& userId, const std::string& documentId,
                        const core::Actor& actor);
    core::json::ObjectPtr assessment(const std::string& userId);
    core::json::ObjectPtr saveAnswers(const std::string& userId,
                                      const std::vector<std::pair<std::string, std::string>>& answers,
                                      const core::Actor& actor);
    core::json::ObjectPtr submit(const std::string& userId, const core::Actor& actor);

    // --- logo and banner (the bio tab's edit rules; audited after verification) ---
    static constexpr std::size_t kMaxImageBytes = 2 * 1024 * 1024;
    /// Stores a PNG, JPEG or WebP (decided by content, at most kMaxImageBytes) as the logo or
    /// banner, replacing the old file. Answers the supplier's own document.
    core::json::ObjectPtr setProfileImage(const std::string& userId, ProfileImage image,
                                          const std::string& bytes, const core::Actor& actor);
    void removeProfileImage(const std::string& userId, ProfileImage image,
                            const core::Actor& actor);
    SupplierFile ownProfileImage(const std::string& userId, ProfileImage image);
    /// Any supplier's logo or banner, for the staff reviewing it.
    SupplierFile staffProfileImage(const std::string& id, ProfileImage image);
    /// The logo or banner of a supplier members see; with `publicPage` only while the public
    /// profile is shown (verified, premium, the tier shows profiles).
    SupplierFile profileImage(const std::string& slug, ProfileImage image, bool publicPage);

    // --- staff ---
    std::vector<Supplier> list(const SupplierFilter& filter, const core::PageRequest& page);
    core::json::ObjectPtr adminDetail(const std::string& id);
    SupplierFile staffDocument(const std::string& id, const std::string& documentId);
    SupplierReview addNote(const std::string& id, const std::string& note,
                           const core::Actor& actor);
    /// recommend, request_changes, verify, limit, suspend or reinstate.
    core::json::ObjectPtr transition(const std::string& id, const std::string& action,
                                     const std::optional<std::string>& note,
                                     const core::Actor& actor);
    core::json::ObjectPtr changeType(const std::string& id, const std::string& type,
                                     const std::optional<std::string>& note,
                                     const core::Actor& actor);
    core::json::ObjectPtr changeTier(const std::string& id, const std::string& tier,
                                     const std::optional<std::string>& premiumUntil,
                                     const core::Actor& actor);

    // --- assessment questions ---
    std::vector<AssessmentQuestion> questions(const std::optional<std::string>& type,
                                              bool includeRetired);
    AssessmentQuestion createQuestion(AssessmentQuestion question, const core::Actor& actor);
    AssessmentQuestion updateQuestion(const std::string& id, const std::optional<std::string>& text,
                                      const std::optional<int>& position,
                                      const std::optional<std::vector<QuestionOption>>& options,
                                      const std::optional<bool>& active, const core::Actor& actor);

    // --- limits ---
    std::vector<SupplierLimits> allLimits();
    SupplierLimits limits(const std::string& tier);
    SupplierLimits setLimits(const SupplierLimits& limits, const core::Actor& actor);

    // --- members and the public ---
    std::vector<std::pair<Supplier, bool>> browse(const BrowseFilter& filter,
                                                  const std::string& viewerId,
                                                  const core::PageRequest& page);
    /// Counts a view. `viewerId` empty for the public page, which only shows premium suppliers.
    core::json::ObjectPtr detail(const std::string& slug, const std::string& viewerId,
                                 bool publicPage);
    void setLiked(const std::string& slug, const std::string& userId, bool liked);
    SupplierFile productImage(const std::string& slug, const std::string& imageId,
                              bool publicPage);

    static core::json::ObjectPtr toJson(const SupplierDocument& document);
    static core::json::ObjectPtr toJson(const SupplierReview& review);
    static core::json::ObjectPtr toJson(const SupplierLimits& limits);
    /// With scores (staff only).
    static core::json::ObjectPtr toJson(const AssessmentQuestion& question);
    core::json::ObjectPtr summaryJson(const Supplier& supplier) const;
    core::json::ObjectPtr cardJson(const Supplier& supplier, std::optional<bool> liked) const;

private:
    std::string now() const;
    Supplier finish(Supplier supplier) const;
    Supplier ownOrThrow(core::Sql& sql, const std::string& userId, bool lock);
    Supplier byIdOrThrow(core::Sql& sql, const std::string& id, bool lock);
    SupplierLimits limitsFor(core::Sql& sql, const Supplier& supplier);
    /// The rule of the public page /supplier/{slug} and its pictures.
    bool shownPublicly(core::Sql& sql, const Supplier& supplier);
    /// The bytes of a stored logo or banner, typed by content; 404 when there is none.
    SupplierFile imageFile(core::Sql& sql, const std::string& supplierId, ProfileImage image);
    /// Throws the 409 that says why `part` cannot change now; returns whether it is audited.
    static bool requireEditable(const Supplier& supplier, SupplierPart part);
    core::json::ObjectPtr selfJson(core::Sql& sql, const Supplier& supplier);
    core::json::ObjectPtr adminJson(core::Sql& sql, const Supplier& supplier);
    core::json::ObjectPtr assessmentJson(core::Sql& sql, const Supplier& supplier);
    core::json::ObjectPtr validateTab(core::Sql& sql, const Supplier& supplier,
                                      const std::string& tab, const core::json::ObjectPtr& body);
    /// tab -> missing field names, plus "type" and "assessment" (question ids).
    std::map<std::string, std::vector<std::string>> missing(core::Sql& sql,
                                                            const Supplier& supplier);
    std::string uniqueSlug(core::Sql& sql, const Supplier& supplier);
    void tellSupplier(core::Sql& tx, const Supplier& supplier, const std::string& title,
                      const std::string& message);
    void publishUpdate(core::Sql& tx, const std::string& id, const std::string& status,
                       const std::string& action);

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
    notify::NotifyService& m_notify;
    identity::IdentityService& m_identity;
};

} // namespace ey::directory
