// Finance rules: posting sales and refunds to the ledger, split settings, wallets, withdrawals.
// No HTTP here.
#pragma once

#include "Finance.h"
#include "WithdrawalStore.h"

#include "Clock.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"
#include "NotifyService.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ey::finance {

/// Thread safe: every call runs its own transaction, except postSale/postRefund, which run in
/// the caller's so the money moves together with the payment's status change.
class FinanceService
{
public:
    /// With `notify` (it must outlive the service), wallet and withdrawal changes are published
    /// in the same transaction that makes them, so clients never hear of a rolled-back change.
    /// `files` (outliving the service too) keeps the payout transfer proofs; without it proofs
    /// cannot be uploaded.
    FinanceService(core::Db& db, const core::Clock& clock, notify::NotifyService* notify = nullptr,
                   core::FileStore* files = nullptr);

    /// Writes the sale's journal entry (customer receivable against gateway fee, affiliate,
    /// mentor, company, founder and co-founder) inside `tx`. The same reference twice is a no-op
    /// that returns the first entry (with created = false). Throws std::invalid_argument for a
    /// malformed sale (the caller's bug, not the customer's).
    JournalEntry postSale(core::Sql& tx, const Sale& sale);
    /// Reverses `amount` of the sale proportionally (partial refunds allowed, never more than
    /// the sale in total) as one entry named `refundReference`; a repeat is a no-op. The gateway
    /// fee is not reversed: gateways keep it, so the company account bears it. The rupiah that
    /// rounding leaves over go to company operational, and the last refund that reaches the
    /// full amount reverses every share exactly.
    JournalEntry postRefund(core::Sql& tx, const std::string& saleReference, Money amount,
                            const std::string& refundReference);

    FinanceConfig config();
    FinanceConfig updateConfig(const Actor& actor, const FinanceConfig& config);
    /// A 422 problem naming every field that breaks the rules.
    static void validate(const FinanceConfig& config);
    static core::json::ObjectPtr configJson(const FinanceConfig& config);

    /// Every ledger account (wallets first) for the finance desk.
    std::vector<Wallet> wallets();
    std::vector<Wallet> walletsOf(const std::string& userId);
    /// The account's postings newest first, before position `beforeSeq`; `limit + 1` at most so
    /// the caller can tell whether another page follows. With `ownerId`, only that owner's
    /// wallet (404 otherwise).
    std::vector<WalletEntry> entries(const std::string& walletId,
                                     const std::optional<std::string>& ownerId,
                                     std::optional<std::int64_t> beforeSeq, int limit);
    std::optional<JournalEntry> entry(const std::string& id);

    /// Accounts for the desk's paged table, wallets first; `limit + 1` at most.
    std::vector<Wallet> walletsPage(const std::optional<std::string>& search,
                                    const std::optional<std::string>& afterKey,
                                    const std::optional<std::string>& afterId, int limit);
    /// Every posting of the account oldest first, `pageSize` rows per call of `each`, for
    /// exports that stream; 404 for an unknown account.
    void forEachEntry(const std::string& walletId, int pageSize,
                      const std::function<void(const std::vector<WalletEntry>&)>& each);

    /// Revenue per period from the ledger. `from`/`to` are YYYY-MM-DD (Asia/Jakarta, inclusive);
    /// left out, the range ends today and covers 30 days, 12 weeks, 12 months or 5 years.
    /// 422 for a malformed date, a reversed range or more periods than a screen can use.
    RevenueReport revenue(std::optional<std::string> from, std::optional<std::string> to,
                          const std::string& bucket);
    /// Changes of the split, minimum and fee settings, newest first; `limit + 1` at most.
    std::vector<ConfigChange> configHistory(std::optional<std::int64_t> beforeId, int limit);

    BankAccount addBankAccount(const std::string& userId, BankAccount account);
    std::vector<BankAccount> bankAccounts(const std::string& userId);
    void removeBankAccount(const std::string& userId, const std::string& id);

    /// Holds `amount` on the caller's wallet at once (never more than is available, whatever
    /// runs at the same time) and queues the request for finance.
    Withdrawal requestWithdrawal(const Actor& actor, const std::string& walletId,
                                 const std::string& bankAccountId, Money amount);
    /// `limit + 1` at most, newest first.
    std::vector<Withdrawal> withdrawals(const WithdrawalFilter& filter,
                                        const std::optional<WithdrawalPosition>& after, int limit);
    Withdrawal approve(const Actor& actor, const std::string& id);
    /// Releases the hold.
    Withdrawal reject(const Actor& actor, const std::string& id, const std::string& reason);
    /// Keeps the bank's transfer proof (JPEG, PNG or PDF, judged by content) for an approved
    /// withdrawal; a second upload replaces the first.
    Withdrawal uploadProof(const Actor& actor, const std::string& id, const std::string& bytes);
    /// The proof's bytes and type; with `ownerId`, only for that owner's withdrawal (404 otherwise).
    std::pair<std::string, std::string> proof(const std::string& id,
                                              const std::optional<std::string>& ownerId);
    /// Posts the payout (wallet → payouts, the withdrawal fee → company) and releases the hold.
    /// Refused (409) until the transfer proof is uploaded; the note is the bank reference.
    Withdrawal markPaid(const Actor& actor, const std::string& id,
                        const std::optional<std::string>& proofNote);

private:
    Withdrawal requireWithdrawal(core::Sql& sql, const std::string& id, bool lock);
    /// "wallet.updated" for every wallet the entry posted to.
    void publishEntry(core::Sql& tx, const JournalEntry& entry);
    void publishWallet(core::Sql& tx, const std::string& walletId, const std::string& reason);
    void publishWithdrawal(core::Sql& tx, const Withdrawal& withdrawal);

    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService* m_notify;
    core::FileStore* m_files;
};

} // namespace ey::finance
