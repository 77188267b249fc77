// Withdrawal and bank account SQL.
#include "WithdrawalStore.h"

namespace ey::finance {

using core::Param;
using core::Row;
using core::Sql;

#define EY_ISO(x) "to_char((" x ") AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_NOW(n) "to_timestamp($" n "::bigint / 1000.0)"

namespace {

Param optional(const std::optional<std::string>& value)
{
    return value ? Param(*value) : Param(std::nullopt);
}

const char* const kBankColumns =
    "b.id, b.owner_id, b.bank, b.account_number, b.holder, b.npwp, " EY_ISO(
        "b.created_at") " AS created_at";

BankAccount bankFrom(const Row& row)
{
    return {row.str("id"),     row.str("owner_id"), row.str("bank"),      row.str("account_number"),
            row.str("holder"), row.optStr("npwp"),  row.str("created_at")};
}

// A macro, not a constant, so that each statement below is one string literal.
// clang-format off
#define EY_WITHDRAWAL_SELECT                                                                       \
    "SELECT w.id, w.wallet_id, a.role AS wallet_role, w.owner_id, u.full_name,"                    \
    " u.email::text AS email, w.amount, w.fee, w.status,"                                          \
    " " EY_ISO("w.requested_at") " AS requested_at, w.decided_by,"                                 \
    " " EY_ISO("w.decided_at") " AS decided_at, w.reason, " EY_ISO("w.paid_at") " AS paid_at,"     \
    " w.proof_note, w.proof_mime, " EY_ISO("w.proof_uploaded_at") " AS proof_uploaded_at,"            \
    " w.entry_id, w.requested_at AS sort_at, b.id AS bank_id,"                                     \
    " b.owner_id AS bank_owner, b.bank, b.account_number, b.holder, b.npwp,"                       \
    " " EY_ISO("b.created_at") " AS bank_created_at"                                               \
    " FROM withdrawals w JOIN ledger_accounts a ON a.id = w.wallet_id"                             \
    " JOIN users u ON u.id = w.owner_id JOIN bank_accounts b ON b.id = w.bank_account_id"
// clang-format on

Withdrawal withdrawalFrom(const Row& row)
{
    Withdrawal w;
    w.id = row.str("id");
    w.walletId = row.str("wallet_id");
    w.walletRole = row.str("wallet_role");
    w.ownerId = row.str("owner_id");
    w.ownerName = row.str("full_name");
    w.ownerEmail = row.str("email");
    w.bankAccount = {row.str("bank_id"),        row.str("bank_owner"), row.str("bank"),
                     row.str("account_number"), row.str("holder"),     row.optStr("npwp"),
                     row.str("bank_created_at")};
    w.amount = row.i64("amount");
    w.fee = row.i64("fee");
    w.status = row.str("status");
    w.requestedAt = row.str("requested_at");
    w.decidedBy = row.optStr("decided_by");
    w.decidedAt = row.optStr("decided_at");
    w.reason = row.optStr("reason");
    w.paidAt = row.optStr("paid_at");
    w.proofNote = row.optStr("proof_note");
    w.proofMime = row.optStr("proof_mime");
    w.proofUploadedAt = row.optStr("proof_uploaded_at");
    w.entryId = row.optStr("entry_id");
    return w;
}

} // namespace

std::string WithdrawalStore::insertBankAccount(Sql& sql, const BankAccount& account,
                                               std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO bank_accounts (owner_id, bank, account_number, holder, npwp, created_at)"
              " VALUES ($1::uuid, $2, $3, $4, $5, " EY_NOW("6") ") RETURNING id",
              {account.ownerId, account.bank, account.accountNumber, account.holder,
               optional(account.npwp), nowMs})
        .front()
        .str("id");
}

std::optional<BankAccount> WithdrawalStore::bankAccount(Sql& sql, const std::string& ownerId,
                                                        const std::string& id)
{
    const auto rows = sql.exec(std::string("SELECT ") + kBankColumns +
                                   " FROM bank_accounts b WHERE b.id = $1::uuid"
                                   " AND b.owner_id = $2::uuid AND b.removed_at IS NULL",
                               {id, ownerId});
    if (rows.empty())
        return std::nullopt;
    return bankFrom(rows.front());
}

std::vector<BankAccount> WithdrawalStore::bankAccounts(Sql& sql, const std::string& ownerId)
{
    const auto rows = sql.exec(std::string("SELECT ") + kBankColumns +
                                   " FROM bank_accounts b WHERE b.owner_id = $1::uuid"
                                   " AND b.removed_at IS NULL ORDER BY b.created_at, b.id",
                               {ownerId});
    std::vector<BankAccount> result;
    for (const auto& row : rows)
        result.push_back(bankFrom(row));
    return result;
}

bool WithdrawalStore::removeBankAccount(Sql& sql, const std::string& ownerId, const std::string& id,
                                        std::int64_t nowMs)
{
    return !sql.exec("UPDATE bank_accounts SET removed_at = " EY_NOW(
                         "3") " WHERE id = $1::uuid"
                              " AND owner_id = $2::uuid AND removed_at IS NULL RETURNING id",
                     {id, ownerId, nowMs})
                .empty();
}

std::string WithdrawalStore::insert(Sql& sql, const std::string& walletId,
                                    const std::string& ownerId, const std::string& bankAccountId,
                                    Money amount, Money fee, std::int64_t nowMs)
{
    return sql
        .exec("INSERT INTO withdrawals (wallet_id, owner_id, bank_account_id, amount, fee,"
              " requested_at) VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, " EY_NOW(
                  "6") ")"
                       " RETURNING id",
              {walletId, ownerId, bankAccountId, amount, fee, nowMs})
        .front()
        .str("id");
}

std::optional<Withdrawal> WithdrawalStore::get(Sql& sql, const std::string& id, bool lockForUpdate)
{
    const auto rows =
        lockForUpdate
            ? sql.exec(EY_WITHDRAWAL_SELECT " WHERE w.id = $1::uuid FOR UPDATE OF w", {id})
            : sql.exec(EY_WITHDRAWAL_SELECT " WHERE w.id = $1::uuid", {id});
    if (rows.empty())
        return std::nullopt;
    return withdrawalFrom(rows.front());
}

std::vector<Withdrawal> WithdrawalStore::list(Sql& sql, const WithdrawalFilter& filter,
                                              const std::optional<WithdrawalPosition>& after,
                                              int limit)
{
    const auto rows = sql.exec(
        EY_WITHDRAWAL_SELECT
        " WHERE ($1::uuid IS NULL OR w.owner_id = $1::uuid) AND ($2::text IS NULL OR w.status "
        "= $2)"
        " AND ($3::timestamptz IS NULL OR (w.requested_at, w.id) < ($3::timestamptz, $4::uuid))"
        " ORDER BY w.requested_at DESC, w.id DESC LIMIT $5",
        {optional(filter.ownerId), optional(filter.status),
         after ? Param(after->requestedAt) : Param(std::nullopt),
         after ? Param(after->id) : Param(std::nullopt), limit});
    std::vector<Withdrawal> result;
    for (const auto& row : rows)
        result.push_back(withdrawalFrom(row));
    return result;
}

void WithdrawalStore::decide(Sql& sql, const std::string& id, const std::string& status,
                             const std::string& actorId, const std::optional<std::string>& reason,
                             std::int64_t nowMs)
{
    sql.exec("UPDATE withdrawals SET status = $2, decided_by = $3::uuid, reason = $4,"
             " decided_at = " EY_NOW("5") " WHERE id = $1::uuid",
             {id, status, actorId, optional(reason), nowMs});
}

void WithdrawalStore::markPaid(Sql& sql, const std::string& id, const std::string& actorId,
                               const std::optional<std::string>& proofNote,
                               const std::string& entryId, std::int64_t nowMs)
{
    sql.exec("UPDATE withdrawals SET status = 'paid', paid_by = $2::uuid, proof_note = $3,"
             " entry_id = $4::uuid, paid_at = " EY_NOW("5") " WHERE id = $1::uuid",
             {id, actorId, optional(proofNote), entryId, nowMs});
}

std::optional<std::string> WithdrawalStore::setProof(Sql& sql, const std::string& id,
                                                     const std::string& fileKey,
                                                     const std::string& mime, std::int64_t nowMs)
{
    // The old key comes back so the caller can delete the file it replaces after the commit.
    const auto rows = sql.exec(
        "UPDATE withdrawals w SET proof_file_key = $2, proof_mime = $3,"
        " proof_uploaded_at = " EY_NOW("4") " FROM withdrawals old"
        " WHERE w.id = $1::uuid AND old.id = w.id RETURNING old.proof_file_key",
        {id, fileKey, mime, nowMs});
    return rows.empty() ? std::nullopt : rows[0].optStr("proof_file_key");
}

std::optional<std::pair<std::string, std::string>> WithdrawalStore::proofFile(Sql& sql,
                                                                              const std::string& id)
{
    const auto rows = sql.exec("SELECT proof_file_key, proof_mime FROM withdrawals"
                               " WHERE id = $1::uuid AND proof_file_key IS NOT NULL",
                               {id});
    if (rows.empty())
        return std::nullopt;
    return std::make_pair(rows[0].str("proof_file_key"), rows[0].str("proof_mime"));
}

} // namespace ey::finance
