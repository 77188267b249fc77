// Buyer SQL: the directory rows, members' views, likes and reports. Static, on the caller's Sql.
#pragma once

#include "Buyer.h"

#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// An existing buyer an import row collides with: enough to name it in the row's report.
struct BuyerKeyHolder
{
    std::string id, company, country;
};

/// The existing buyers holding one input's keys: the same company + country (case folded) and
/// the same email. Each unique index allows at most one of each; they may be the same buyer.
struct DuplicateMatch
{
    std::optional<BuyerKeyHolder> byCompany, byEmail;
};

class BuyerStore
{
public:
    /// The id of an existing buyer with the same company + country (case and spaces folded) or
    /// the same email, other than `excludingId`.
    static std::optional<std::string> findDuplicate(core::Sql& sql, const BuyerInput& input,
                                                    const std::optional<std::string>& excludingId);
    static std::string insert(core::Sql& sql, const BuyerInput& input,
                              const std::optional<std::string>& createdBy, std::int64_t nowMs);
    static void replace(core::Sql& sql, const std::string& id, const BuyerInput& input,
                        std::int64_t nowMs);

    // ---- bulk (imports): one statement for a whole batch instead of one per row ---------------
    /// For each input, in order, the existing buyers holding its company + country or its email.
    static std::vector<DuplicateMatch> findDuplicates(core::Sql& sql,
                                                      const std::vector<const BuyerInput*>& inputs);
    /// Inserts every input (date_added = updated_at = nowMs).
    static void insertMany(core::Sql& sql, const std::vector<const BuyerInput*>& inputs,
                           const std::optional<std::string>& createdBy, std::int64_t nowMs);
    /// Replaces each (id, input) like replace(); every id at most once.
    static void replaceMany(core::Sql& sql,
                            const std::vector<std::pair<std::string, const BuyerInput*>>& rows,
                            std::int64_t nowMs);
    /// The whole filtered set in list order, row by row (keyset batches: never all in memory).
    static void forEach(core::Sql& sql, const BuyerFilter& filter,
                        const std::function<void(const Buyer&)>& row);

    static std::optional<Buyer> byId(core::Sql& sql, const std::string& id);
    /// Locks the buyer row (FOR UPDATE) and reads it; nothing when it does not exist.
    static std::optional<Buyer> lock(core::Sql& sql, const std::string& id);
    /// One page (limit + 1 rows) of the filtered list.
    static std::vector<Buyer> list(core::Sql& sql, const BuyerFilter& filter,
                                   const core::PageRequest& page);
    static bool remove(core::Sql& sql, const std::string& id);
    /// The list sort key of a buyer (what the cursor carries).
    static std::string sortKey(const BuyerFilter& filter, const Buyer& buyer);

    // ---- members -----------------------------------------------------------------------------
    static QuotaMonth monthOf(core::Sql& sql, std::int64_t nowMs);
    /// Locks the member's users row so concurrent openings count one after another.
    static void lockMember(core::Sql& sql, const std::string& userId);
    /// Distinct buyers the member opened in the month.
    static std::int64_t usedIn(core::Sql& sql, const std::string& userId, const QuotaMonth& month);
    static bool unlockedIn(core::Sql& sql, const std::string& userId, const std::string& buyerId,
                           const QuotaMonth& month);
    static void recordView(core::Sql& sql, const std::string& buyerId, const std::string& userId,
                           std::int64_t nowMs);
    /// Member search (limit + 1 rows, newest first) with the member's own state.
    static std::vector<MemberBuyer> memberList(core::Sql& sql, const std::string& userId,
                                               const BuyerFilter& filter, const QuotaMonth& month,
                                               const core::PageRequest& page);
    static std::optional<MemberBuyer> memberOne(core::Sql& sql, const std::string& userId,
                                                const std::string& buyerId,
                                                const QuotaMonth& month);
    static std::vector<MemberBuyer> favorites(core::Sql& sql, const std::string& userId,
                                              const QuotaMonth& month,
                                              const core::PageRequest& page);
    static std::vector<MemberBuyer> history(core::Sql& sql, const std::string& userId,
                                            const QuotaMonth& month, const core::PageRequest& page);
    /// Buyers opened in the month, in company order, with the member's state.
    static void forEachUnlocked(core::Sql& sql, const std::string& userId, const QuotaMonth& month,
                                const std::function<void(const MemberBuyer&)>& row);
    /// True when the like was added (false: it existed).
    static bool like(core::Sql& sql, const std::string& userId, const std::string& buyerId,
                     std::int64_t nowMs);
    static void unlike(core::Sql& sql, const std::string& userId, const std::string& buyerId);

    // ---- reports, viewers, statistics (JSON shaped as the API answers) ------------------------
    /// The new report's id; nothing when the member already has an open report on this buyer.
    static std::optional<std::string> addReport(core::Sql& sql, const std::string& buyerId,
                                                const std::string& userId,
                                                const std::string& reason,
                                                const std::optional<std::string>& message,
                                                std::int64_t nowMs);
    static core::json::ObjectPtr reportById(core::Sql& sql, const std::string& id);
    /// Page of reports (limit + 1), newest first; `status` empty for all.
    static std::vector<core::json::ObjectPtr> reports(core::Sql& sql,
                                                      const std::optional<std::string>& status,
                                                      const core::PageRequest& page);
    /// Sets a report's outcome when it is still open; false when it was not open.
    static bool resolveReport(core::Sql& sql, const std::string& id, const std::string& status,
                              const std::optional<std::string>& note, const std::string& userId,
                              std::int64_t nowMs);
    static core::json::ArrayPtr viewers(core::Sql& sql, const std::string& buyerId);
    static core::json::ObjectPtr stats(core::Sql& sql, int weeks, std::int64_t nowMs);
};

} // namespace ey::directory
