// SQL for saved bank accounts and withdrawal requests. No rules here.
#pragma once

#include "Finance.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::finance {

/// Where a withdrawal list continues: after (requested_at, id), newest first.
struct WithdrawalPosition
{
    std::string requestedAt;
    std::string id;
};

struct WithdrawalFilter
{
    std::optional<std::string> ownerId;
    std::optional<std::string> status;
};

/// Static functions over core::Sql so they run inside the caller's transaction.
class WithdrawalStore
{
public:
    static std::string insertBankAccount(core::Sql& sql, const BankAccount& account,
                                         std::int64_t nowMs);
    /// The owner's saved account that is still in use.
    static std::optional<BankAccount> bankAccount(core::Sql& sql, const std::string& ownerId,
                                                  const std::string& id);
    static std::vector<BankAccount> bankAccounts(core::Sql& sql, const std::string& ownerId);
    /// Marks it removed (withdrawals keep pointing at it); false when not the owner's.
    static bool removeBankAccount(core::Sql& sql, const std::string& ownerId, const std::string& id,
                                  std::int64_t nowMs);

    static std::string insert(core::Sql& sql, const std::string& walletId,
                              const std::string& ownerId, const std::string& bankAccountId,
                              Money amount, Money fee, std::int64_t nowMs);
    static std::optional<Withdrawal> get(core::Sql& sql, const std::string& id,
                                         bool lockForUpdate = false);
    static std::vector<Withdrawal> list(core::Sql& sql, const WithdrawalFilter& filter,
                                        const std::optional<WithdrawalPosition>& after, int limit);

    static void decide(core::Sql& sql, const std::string& id, const std::string& status,
                       const std::string& actorId, const std::optional<std::string>& reason,
                       std::int64_t nowMs);
    static void markPaid(core::Sql& sql, const std::string& id, const std::string& actorId,
                         const std::optional<std::string>& proofNote, const std::string& entryId,
                         std::int64_t nowMs);
    /// Records the transfer proof's stored file; returns the key of the file it replaced, if any.
    static std::optional<std::string> setProof(core::Sql& sql, const std::string& id,
                                               const std::string& fileKey, const std::string& mime,
                                               std::int64_t nowMs);
    /// (file key, mime) of the withdrawal's transfer proof.
    static std::optional<std::pair<std::string, std::string>> proofFile(core::Sql& sql,
                                                                       const std::string& id);
};

} // namespace ey::finance
