// SQL behind the finance reports: revenue per period, the wallets page, settings history.
#pragma once

#include "Finance.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::finance {

/// Static functions over core::Sql; read only. No rules here.
class ReportStore
{
public:
    /// One line per period from `from` to `to` (YYYY-MM-DD, inclusive, Asia/Jakarta), empty
    /// periods included, out of the sale and refund entries. `bucket` is day|week|month|year.
    static std::vector<RevenueLine> revenue(core::Sql& sql, const std::string& from,
                                            const std::string& to, const std::string& bucket);
    /// Today's date in Asia/Jakarta at `nowMs`, YYYY-MM-DD.
    static std::string jakartaDate(core::Sql& sql, std::int64_t nowMs);

    /// Accounts ordered wallets first, by owner name; `limit` rows after (afterKey, afterId).
    /// `search` matches owner name or email, case-insensitively.
    static std::vector<Wallet> walletsPage(core::Sql& sql, const std::optional<std::string>& search,
                                           const std::optional<std::string>& afterKey,
                                           const std::optional<std::string>& afterId, int limit);
    /// The account's postings oldest first, after position `afterSeq` (for exports).
    static std::vector<WalletEntry> entriesAscending(core::Sql& sql, const std::string& accountId,
                                                     std::int64_t afterSeq, int limit);

    /// Changes of finance_config, newest first, with ids below `beforeId`.
    static std::vector<ConfigChange> configHistory(core::Sql& sql,
                                                   std::optional<std::int64_t> beforeId, int limit);
};

} // namespace ey::finance
