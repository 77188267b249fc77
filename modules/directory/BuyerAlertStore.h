// Buyer alert SQL: members' interests, the week being reported, matching buyers, digests.
#pragma once

#include "BuyerAlert.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Static functions over core::Sql so they run inside the caller's transaction. No rules here:
/// which interests apply and when a week is due are decided by BuyerAlertService.
class BuyerAlertStore
{
public:
    /// The Jakarta week reported at `nowMs` (see AlertWeek), with its bounds as Unix ms.
    static AlertWeek weekAt(core::Sql& sql, std::int64_t nowMs);

    static std::optional<BuyerAlertSubscription> find(core::Sql& sql, const std::string& userId);
    static void save(core::Sql& sql, const std::string& userId, const BuyerAlertInput& input,
                     std::int64_t nowMs);
    /// Products (lower-case) and HS codes of the member's most recently liked buyers, each
    /// without repeats and at most `maxItems` long.
    static BuyerInterests favouriteInterests(core::Sql& sql, const std::string& userId,
                                             std::size_t maxItems);

    /// Buyers added in [fromMs, toMs) matching any product word (anywhere in product_text) or
    /// HS prefix, in one of the countries (all when none).
    static std::int64_t countAdded(core::Sql& sql, const BuyerInterests& interests,
                                   std::int64_t fromMs, std::int64_t toMs);
    /// The newest `limit` of those.
    static std::vector<AlertBuyer> newestAdded(core::Sql& sql, const BuyerInterests& interests,
                                               std::int64_t fromMs, std::int64_t toMs, int limit);

    /// Active holders of `permission` after `afterUserId` (by id) who may have something to hear
    /// (saved interests, or favourites and no saved ones), alerts not switched off, and no digest
    /// for `weekStart` yet.
    static std::vector<AlertCandidate> candidates(core::Sql& sql, const std::string& permission,
                                                  const std::string& weekStart,
                                                  const std::optional<std::string>& afterUserId,
                                                  int limit);
    /// Records the member's digest for the week; false when one exists already (another pass or
    /// server got there first), in which case the caller must not notify.
    static bool recordDigest(core::Sql& sql, const std::string& userId,
                             const std::string& weekStart, std::int64_t buyerCount,
                             const std::string& source, std::int64_t nowMs);
    static std::optional<BuyerAlertDigest> lastDigest(core::Sql& sql, const std::string& userId);
};

} // namespace ey::directory
