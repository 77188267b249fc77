// SQL for ledger accounts, journal entries, postings and the finance settings. No rules here.
#pragma once

#include "Finance.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::finance {

/// Static functions over core::Sql so they run inside the caller's transaction.
class LedgerStore
{
public:
    /// The account's id, creating the account on first use (safe under concurrency).
    static std::string account(core::Sql& sql, const std::string& kind,
                               const std::optional<std::string>& ownerId,
                               const std::optional<std::string>& role);
    /// The user who holds `role` longest, if anyone does.
    static std::optional<std::string> roleHolder(core::Sql& sql, const std::string& role);

    /// The new entry's id, or nothing when (kind, reference) has already posted.
    static std::optional<std::string>
    insertEntry(core::Sql& sql, const std::string& kind, const std::string& reference,
                const std::optional<std::string>& reverses, const std::string& memo,
                const std::optional<std::string>& createdBy, std::int64_t nowMs);
    static void insertPosting(core::Sql& sql, const std::string& entryId,
                              const std::string& accountId, Money amount);
    static std::optional<JournalEntry> entryByReference(core::Sql& sql, const std::string& kind,
                                                        const std::string& reference,
                                                        bool lockForUpdate = false);
    static std::optional<JournalEntry> entry(core::Sql& sql, const std::string& id);
    /// Per account, what the refunds of `saleId` have posted so far.
    static std::vector<Posting> refundedSoFar(core::Sql& sql, const std::string& saleId);

    static FinanceConfig config(core::Sql& sql, bool lockForUpdate = false);
    static void saveConfig(core::Sql& sql, const FinanceConfig& config,
                           const std::string& updatedBy, std::int64_t nowMs);

    /// Every account of kind `wallet` (or all accounts), owner name first.
    static std::vector<Wallet> wallets(core::Sql& sql, const std::optional<std::string>& ownerId,
                                       bool walletsOnly);
    static std::optional<Wallet> wallet(core::Sql& sql, const std::string& id);
    /// Up to `limit` postings of the account before position `beforeSeq`, newest first.
    static std::vector<WalletEntry> entries(core::Sql& sql, const std::string& accountId,
                                            std::optional<std::int64_t> beforeSeq, int limit);

    /// Moves `amount` into the held part only if that much is available: one guarded statement,
    /// so concurrent requests can never hold more than the balance. False when not enough.
    static bool hold(core::Sql& sql, const std::string& walletId, const std::string& ownerId,
                     Money amount);
    static void release(core::Sql& sql, const std::string& walletId, Money amount);
};

} // namespace ey::finance
