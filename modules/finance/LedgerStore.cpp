// Ledger SQL.
#include "LedgerStore.h"

#include <stdexcept>

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

const char* const kEntryColumns =
    "e.id, e.kind, e.reference, e.memo, " EY_ISO("e.created_at") " AS created_at";

JournalEntry entryFrom(Sql& sql, const Row& row)
{
    JournalEntry entry;
    entry.id = row.str("id");
    entry.kind = row.str("kind");
    entry.reference = row.str("reference");
    entry.memo = row.str("memo");
    entry.createdAt = row.str("created_at");
    const auto postings =
        sql.exec("SELECT p.account_id, a.kind, a.role, p.amount"
                 " FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id"
                 " WHERE p.entry_id = $1 ORDER BY a.kind, a.role, p.account_id",
                 {entry.id});
    for (const auto& p : postings)
        entry.postings.push_back(
            {p.str("account_id"), p.str("kind"), p.optStr("role"), p.i64("amount")});
    return entry;
}

Wallet walletFrom(const Row& row)
{
    Wallet wallet;
    wallet.id = row.str("id");
    wallet.kind = row.str("kind");
    wallet.role = row.optStr("role");
    wallet.ownerId = row.optStr("owner_id");
    wallet.ownerName = row.optStr("full_name");
    wallet.ownerEmail = row.optStr("email");
    wallet.balance = row.i64("balance");
    wallet.held = row.i64("held");
    return wallet;
}

// A macro so each statement using it stays one compile-time literal.
#define EY_WALLET_SELECT                                                                           \
    "SELECT a.id, a.kind, a.role, a.owner_id, u.full_name, u.email::text AS email, a.balance,"     \
    " a.held FROM ledger_accounts a LEFT JOIN users u ON u.id = a.owner_id"

} // namespace

std::string LedgerStore::account(Sql& sql, const std::string& kind,
                                 const std::optional<std::string>& ownerId,
                                 const std::optional<std::string>& role)
{
    const auto inserted =
        sql.exec("INSERT INTO ledger_accounts (kind, owner_id, role) VALUES ($1, $2::uuid, $3)"
                 " ON CONFLICT ON CONSTRAINT ledger_accounts_identity DO NOTHING RETURNING id",
                 {kind, optional(ownerId), optional(role)});
    if (!inserted.empty())
        return inserted.front().str("id");
    const auto existing = sql.exec("SELECT id FROM ledger_accounts WHERE kind = $1"
                                   " AND owner_id IS NOT DISTINCT FROM $2::uuid"
                                   " AND role IS NOT DISTINCT FROM $3",
                                   {kind, optional(ownerId), optional(role)});
    if (existing.empty())
        throw std::logic_error("ledger account vanished after a conflict");
    return existing.front().str("id");
}

std::optional<std::string> LedgerStore::roleHolder(Sql& sql, const std::string& role)
{
    const auto rows = sql.exec("SELECT r.user_id FROM user_roles r JOIN users u ON u.id = r.user_id"
                               " WHERE r.role = $1 AND u.status = 'active'"
                               " ORDER BY r.granted_at, r.user_id LIMIT 1",
                               {role});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("user_id");
}

std::optional<std::string>
LedgerStore::insertEntry(Sql& sql, const std::string& kind, const std::string& reference,
                         const std::optional<std::string>& reverses, const std::string& memo,
                         const std::optional<std::string>& createdBy, std::int64_t nowMs)
{
    const auto rows = sql.exec(
        "INSERT INTO journal_entries (kind, reference, reverses, memo, created_by, created_at)"
        " VALUES ($1, $2, $3::uuid, $4, $5::uuid, " EY_NOW(
            "6") ")"
                 " ON CONFLICT ON CONSTRAINT journal_entries_event DO NOTHING RETURNING id",
        {kind, reference, optional(reverses), memo, optional(createdBy), nowMs});
    if (rows.empty())
        return std::nullopt;
    return rows.front().str("id");
}

void LedgerStore::insertPosting(Sql& sql, const std::string& entryId, const std::string& accountId,
                                Money amount)
{
    sql.exec("INSERT INTO ledger_postings (entry_id, account_id, amount) VALUES ($1, $2, $3)",
             {entryId, accountId, amount});
}

std::optional<JournalEntry> LedgerStore::entryByReference(Sql& sql, const std::string& kind,
                                                          const std::string& reference,
                                                          bool lockForUpdate)
{
    // Two complete statements rather than a suffix glued on, so each reads as it runs.
    const auto rows =
        lockForUpdate
            ? sql.exec("SELECT e.id, e.kind, e.reference, e.memo, " EY_ISO(
                           "e.created_at") " AS created_at FROM journal_entries e"
                                           " WHERE e.kind = $1 AND e.reference = $2 FOR UPDATE",
                       {kind, reference})
            : sql.exec("SELECT e.id, e.kind, e.reference, e.memo, " EY_ISO(
                           "e.created_at") " AS created_at FROM journal_entries e"
                                           " WHERE e.kind = $1 AND e.reference = $2",
                       {kind, reference});
    if (rows.empty())
        return std::nullopt;
    return entryFrom(sql, rows.front());
}

std::optional<JournalEntry> LedgerStore::entry(Sql& sql, const std::string& id)
{
    const auto rows = sql.exec(std::string("SELECT ") + kEntryColumns +
                                   " FROM journal_entries e WHERE e.id = $1::uuid",
                               {id});
    if (rows.empty())
        return std::nullopt;
    return entryFrom(sql, rows.front());
}

std::vector<Posting> LedgerStore::refundedSoFar(Sql& sql, const std::string& saleId)
{
    const auto rows =
        sql.exec("SELECT p.account_id, a.kind, a.role, sum(p.amount)::bigint AS amount"
                 " FROM journal_entries e"
                 " JOIN ledger_postings p ON p.entry_id = e.id"
                 " JOIN ledger_accounts a ON a.id = p.account_id"
                 " WHERE e.kind = 'refund' AND e.reverses = $1::uuid"
                 " GROUP BY p.account_id, a.kind, a.role",
                 {saleId});
    std::vector<Posting> result;
    for (const auto& row : rows)
        result.push_back(
            {row.str("account_id"), row.str("kind"), row.optStr("role"), row.i64("amount")});
    return result;
}

FinanceConfig LedgerStore::config(Sql& sql, bool lockForUpdate)
{
#define EY_CONFIG_SELECT                                                                           \
    "SELECT split_enabled, company_fee_bps, founder_bps, cofounder_bps, mentor_bps,"               \
    " withdrawal_minimum, withdrawal_fee, " EY_ISO(                                                \
        "updated_at") " AS updated_at FROM finance_config"
    const auto rows =
        lockForUpdate ? sql.exec(EY_CONFIG_SELECT " FOR UPDATE") : sql.exec(EY_CONFIG_SELECT);
#undef EY_CONFIG_SELECT
    const auto row = rows.front();
    FinanceConfig config;
    config.splitEnabled = row.boolean("split_enabled");
    config.companyFeeBps = static_cast<int>(row.i64("company_fee_bps"));
    config.founderBps = static_cast<int>(row.i64("founder_bps"));
    config.cofounderBps = static_cast<int>(row.i64("cofounder_bps"));
    config.mentorBps = static_cast<int>(row.i64("mentor_bps"));
    config.withdrawalMinimum = row.i64("withdrawal_minimum");
    config.withdrawalFee = row.i64("withdrawal_fee");
    config.updatedAt = row.str("updated_at");
    return config;
}

void LedgerStore::saveConfig(Sql& sql, const FinanceConfig& config, const std::string& updatedBy,
                             std::int64_t nowMs)
{
    sql.exec("UPDATE finance_config SET split_enabled = $1, company_fee_bps = $2, founder_bps = $3,"
             " cofounder_bps = $4, mentor_bps = $5, withdrawal_minimum = $6, withdrawal_fee = $7,"
             " updated_by = $8::uuid, updated_at = " EY_NOW("9"),
             {config.splitEnabled, config.companyFeeBps, config.founderBps, config.cofounderBps,
              config.mentorBps, config.withdrawalMinimum, config.withdrawalFee, updatedBy, nowMs});
}

std::vector<Wallet> LedgerStore::wallets(Sql& sql, const std::optional<std::string>& ownerId,
                                         bool walletsOnly)
{
    const auto rows =
        sql.exec(EY_WALLET_SELECT " WHERE ($1::uuid IS NULL OR a.owner_id = $1::uuid)"
                                  " AND (NOT $2::boolean OR a.kind = 'wallet')"
                                  " ORDER BY a.kind = 'wallet' DESC, u.full_name NULLS LAST,"
                                  " a.kind, a.role, a.id",
                 {optional(ownerId), walletsOnly});
    std::vector<Wallet> result;
    for (const auto& row : rows)
        result.push_back(walletFrom(row));
    return result;
}

std::optional<Wallet> LedgerStore::wallet(Sql& sql, const std::string& id)
{
    const auto rows = sql.exec(EY_WALLET_SELECT " WHERE a.id = $1::uuid", {id});
    if (rows.empty())
        return std::nullopt;
    return walletFrom(rows.front());
}

std::vector<WalletEntry> LedgerStore::entries(Sql& sql, const std::string& accountId,
                                              std::optional<std::int64_t> beforeSeq, int limit)
{
    const auto rows = sql.exec(
        "SELECT p.id, p.account_seq, p.amount, p.balance_after, e.id AS entry_id, e.kind,"
        " e.reference, e.memo, " EY_ISO(
            "e.created_at") " AS created_at"
                            " FROM ledger_postings p JOIN journal_entries e ON e.id = p.entry_id"
                            " WHERE p.account_id = $1::uuid AND ($2::bigint IS NULL OR "
                            "p.account_seq < $2::bigint)"
                            " ORDER BY p.account_seq DESC LIMIT $3",
        {accountId, beforeSeq, limit});
    std::vector<WalletEntry> result;
    for (const auto& row : rows)
        result.push_back({row.str("id"), row.i64("account_seq"), row.str("entry_id"),
                          row.str("kind"), row.str("reference"), row.str("memo"), row.i64("amount"),
                          row.i64("balance_after"), row.str("created_at")});
    return result;
}

bool LedgerStore::hold(Sql& sql, const std::string& walletId, const std::string& ownerId,
                       Money amount)
{
    const auto rows = sql.exec("UPDATE ledger_accounts SET held = held + $3"
                               " WHERE id = $1::uuid AND owner_id = $2::uuid AND kind = 'wallet'"
                               " AND balance - held >= $3 RETURNING id",
                               {walletId, ownerId, amount});
    return !rows.empty();
}

void LedgerStore::release(Sql& sql, const std::string& walletId, Money amount)
{
    sql.exec("UPDATE ledger_accounts SET held = held - $2 WHERE id = $1::uuid", {walletId, amount});
}

} // namespace ey::finance
