// Finance rules.
#include "FinanceService.h"

#include "LedgerStore.h"
#include "ReportStore.h"
#include "RevenueSplit.h"

#include "Audit.h"
#include "Problem.h"
#include "Strings.h"
#include "TransferProof.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace ey::finance {

using core::Problem;
using core::Text;

namespace {

const char* const kProblemBase = "https://eksporyuk.com/problems/";

// Products of two rupiah amounts can pass int64 for sales of a few billion rupiah.
__extension__ typedef __int128 Wide;

/// trunc(a × b / c) for c > 0, exact for any int64 inputs whose result fits.
Money mulDiv(Money a, Money b, Money c)
{
    return static_cast<Money>(static_cast<Wide>(a) * b / c);
}

Problem walletNotFound()
{
    return Problem::notFound({"Dompet tidak ditemukan atau bukan milik Anda.",
                              "The wallet does not exist or is not yours."});
}

Problem withdrawalNotFound()
{
    return Problem::notFound(
        {"Permintaan penarikan tidak ditemukan.", "The withdrawal request does not exist."});
}

Problem wrongStatus(const Withdrawal& w, const std::string& action, const std::string& allowed)
{
    return {409,
            std::string(kProblemBase) + "withdrawal-status",
            {"Status penarikan tidak sesuai", "Withdrawal in the wrong state"},
            {"Penarikan ini berstatus " + w.status + " sehingga tidak bisa di-" + action +
                 ". Hanya penarikan berstatus " + allowed + " yang bisa. Muat ulang antrean.",
             "This withdrawal is " + w.status + ", so it cannot be " + action +
                 "d. Only withdrawals that are " + allowed + " can. Reload the queue."}};
}

core::json::ObjectPtr statusJson(const Withdrawal& w)
{
    auto object = core::json::object();
    object->set("status", w.status);
    object->set("amount", w.amount);
    object->set("wallet_id", w.walletId);
    return object;
}
/// A real calendar date written YYYY-MM-DD, or nothing.
std::optional<std::chrono::sys_days> parseDate(const std::string& text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
        text.find_first_not_of("0123456789-") != std::string::npos)
        return std::nullopt;
    const std::chrono::year_month_day date{
        std::chrono::year(std::stoi(text.substr(0, 4))),
        std::chrono::month(static_cast<unsigned>(std::stoi(text.substr(5, 2)))),
        std::chrono::day(static_cast<unsigned>(std::stoi(text.substr(8, 2))))};
    if (!date.ok() || date.year() < std::chrono::year(2000) ||
        date.year() > std::chrono::year(2200))
        return std::nullopt;
    return std::chrono::sys_days(date);
}

std::string formatDate(std::chrono::sys_days days)
{
    const std::chrono::year_month_day date(days);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

} // namespace

FinanceService::FinanceService(core::Db& db, const core::Clock& clock,
                               notify::NotifyService* notify, core::FileStore* files)
    : m_db(db), m_clock(clock), m_notify(notify), m_files(files)
{
}

void FinanceService::publishWallet(core::Sql& tx, const std::string& walletId,
                                   const std::string& reason)
{
    if (!m_notify)
        return;
    const auto wallet = LedgerStore::wallet(tx, walletId);
    if (!wallet || wallet->kind != "wallet")
        return; // company accounts have no owner to tell; finance sees them through the report
    notify::Audience audience;
    if (wallet->ownerId)
        audience.userIds.push_back(*wallet->ownerId);
    audience.permission = "finance.read";
    auto data = core::json::object();
    data->set("wallet_id", wallet->id);
    data->set("reason", reason);
    data->set("balance", wallet->balance);
    data->set("held", wallet->held);
    data->set("available", wallet->available());
    m_notify->publish(tx, audience, "wallet.updated", data);
}

void FinanceService::publishEntry(core::Sql& tx, const JournalEntry& entry)
{
    for (const auto& posting : entry.postings)
        if (posting.accountKind == "wallet")
            publishWallet(tx, posting.accountId, entry.kind);
}

void FinanceService::publishWithdrawal(core::Sql& tx, const Withdrawal& withdrawal)
{
    if (!m_notify)
        return;
    notify::Audience audience;
    audience.userIds.push_back(withdrawal.ownerId);
    audience.permission = "finance.read";
    auto data = core::json::object();
    data->set("withdrawal_id", withdrawal.id);
    data->set("wallet_id", withdrawal.walletId);
    data->set("status", withdrawal.status);
    data->set("amount", withdrawal.amount);
    m_notify->publish(tx, audience, "withdrawal.updated", data);
}

JournalEntry FinanceService::postSale(core::Sql& tx, const Sale& sale)
{
    if (sale.reference.empty() || sale.reference.size() > 200)
        throw std::invalid_argument("postSale: the reference must be 1..200 characters");
    if (sale.gross <= 0)
        throw std::invalid_argument("postSale: the gross must be positive");
    if (auto existing = LedgerStore::entryByReference(tx, "sale", sale.reference)) {
        existing->created = false;
        return *existing;
    }

    const auto config = LedgerStore::config(tx);
    SplitInput input;
    input.gross = sale.gross;
    input.hasAffiliate = sale.affiliateId.has_value();
    input.commission = sale.commission;
    input.hasMentor = sale.mentorId.has_value();
    input.mentorBps = sale.mentorBps;
    input.gatewayFee = sale.gatewayFee;
    const auto parts = split(input, config);

    const auto entryId = LedgerStore::insertEntry(tx, "sale", sale.reference, std::nullopt,
                                                  sale.memo, std::nullopt, m_clock.nowMs());
    if (!entryId) {
        // Another transaction posted the same reference and committed while we computed.
        auto existing = LedgerStore::entryByReference(tx, "sale", sale.reference);
        if (!existing)
            throw std::logic_error("postSale: conflicting entry not visible");
        existing->created = false;
        return *existing;
    }

    // Accounts in id order, so concurrent sales lock shared accounts in the same order.
    std::map<std::string, Money> lines;
    const auto add = [&](const std::string& kind, const std::optional<std::string>& owner,
                         const std::optional<std::string>& role, Money amount) {
        if (amount != 0)
            lines[LedgerStore::account(tx, kind, owner, role)] += amount;
    };
    add("customer_receivable", std::nullopt, std::nullopt, -sale.gross);
    add("gateway_fees", std::nullopt, std::nullopt, parts.gatewayFee);
    if (sale.affiliateId)
        add("wallet", sale.affiliateId, "affiliate", parts.affiliate);
    if (sale.mentorId)
        add("wallet", sale.mentorId, "mentor", parts.mentor);
    add("company_operational", std::nullopt, std::nullopt, parts.company());
    // With nobody holding the role yet, the share waits in an ownerless role wallet.
    if (parts.founder != 0)
        add("wallet", LedgerStore::roleHolder(tx, "founder"), "founder", parts.founder);
    if (parts.cofounder != 0)
        add("wallet", LedgerStore::roleHolder(tx, "cofounder"), "cofounder", parts.cofounder);

    Money sum = 0;
    for (const auto& [account, amount] : lines)
        sum += amount;
    if (sum != 0)
        throw std::logic_error("postSale: the split does not balance");
    for (const auto& [account, amount] : lines)
        if (amount != 0)
            LedgerStore::insertPosting(tx, *entryId, account, amount);
    auto posted = *LedgerStore::entry(tx, *entryId);
    publishEntry(tx, posted);
    return posted;
}

JournalEntry FinanceService::postRefund(core::Sql& tx, const std::string& saleReference,
                                        Money amount, const std::string& refundReference)
{
    if (refundReference.empty() || refundReference.size() > 200)
        throw std::invalid_argument("postRefund: the refund reference must be 1..200 characters");
    if (amount <= 0)
        throw std::invalid_argument("postRefund: the amount must be positive");
    if (auto existing = LedgerStore::entryByReference(tx, "refund", refundReference)) {
        existing->created = false;
        return *existing;
    }
    // Locking the sale makes concurrent refunds of one sale take turns, so their total is
    // checked against the sale one at a time.
    const auto sale = LedgerStore::entryByReference(tx, "sale", saleReference, true);
    if (!sale)
        throw Problem::notFound({"Penjualan " + saleReference + " belum tercatat di buku besar.",
                                 "Sale " + saleReference + " is not in the ledger."});
    if (auto existing = LedgerStore::entryByReference(tx, "refund", refundReference)) {
        existing->created = false;
        return *existing;
    }

    Money gross = 0;
    for (const auto& p : sale->postings)
        if (p.accountKind == "customer_receivable")
            gross -= p.amount;
    std::map<std::string, Money> reversed; // per account, how much refunds took back so far
    Money refunded = 0;
    std::optional<std::string> refundsAccount;
    for (const auto& p : LedgerStore::refundedSoFar(tx, sale->id)) {
        if (p.accountKind == "refunds") {
            refunded += p.amount;
            refundsAccount = p.accountId;
        } else {
            reversed[p.accountId] = -p.amount;
        }
    }
    if (refunded + amount > gross)
        throw Problem(409, std::string(kProblemBase) + "refund-exceeds-sale",
                      {"Pengembalian melebihi penjualan", "Refund exceeds the sale"},
                      {"Penjualan " + saleReference + " bernilai " + core::formatRupiah(gross) +
                           " dan sudah dikembalikan " + core::formatRupiah(refunded) +
                           "; paling banyak " + core::formatRupiah(gross - refunded) +
                           " lagi yang bisa dikembalikan.",
                       "Sale " + saleReference + " was " + core::formatRupiah(gross) + " and " +
                           core::formatRupiah(refunded) + " has been refunded already; at most " +
                           core::formatRupiah(gross - refunded) + " more can be refunded."});

    const auto entryId =
        LedgerStore::insertEntry(tx, "refund", refundReference, sale->id, "Refund " + saleReference,
                                 std::nullopt, m_clock.nowMs());
    if (!entryId)
        throw std::logic_error("postRefund: refund reference raced despite the sale lock");

    const Money cumulative = refunded + amount;
    std::map<std::string, Money> lines;
    lines[refundsAccount ? *refundsAccount
                         : LedgerStore::account(tx, "refunds", std::nullopt, std::nullopt)] +=
        amount;
    std::string company;
    Money others = 0;
    for (const auto& p : sale->postings) {
        if (p.accountKind == "company_operational")
            company = p.accountId;
        if (p.accountKind == "customer_receivable" || p.accountKind == "gateway_fees" ||
            p.accountKind == "company_operational")
            continue;
        // Reversing toward the cumulative target, not this refund alone, keeps rounding from
        // piling up: once everything is refunded, each share is back to exactly zero.
        const Money target = mulDiv(p.amount, cumulative, gross);
        const Money line = -(target - reversed[p.accountId]);
        lines[p.accountId] += line;
        others += line;
    }
    if (company.empty())
        company = LedgerStore::account(tx, "company_operational", std::nullopt, std::nullopt);
    lines[company] += -amount - others;

    Money sum = 0;
    for (const auto& [account, value] : lines)
        sum += value;
    if (sum != 0)
        throw std::logic_error("postRefund: the reversal does not balance");
    for (const auto& [account, value] : lines)
        if (value != 0)
            LedgerStore::insertPosting(tx, *entryId, account, value);
    auto posted = *LedgerStore::entry(tx, *entryId);
    publishEntry(tx, posted);
    return posted;
}

FinanceConfig FinanceService::config()
{
    return LedgerStore::config(m_db);
}

void FinanceService::validate(const FinanceConfig& config)
{
    std::map<std::string, Text> errors;
    const auto bps = [&](const char* field, int value) {
        if (value < 0 || value > 10000)
            errors[field] = {"Harus antara 0 dan 10000 basis poin (0–100 %).",
                             "Must be between 0 and 10000 basis points (0–100 %)."};
    };
    bps("company_fee_bps", config.companyFeeBps);
    bps("founder_bps", config.founderBps);
    bps("cofounder_bps", config.cofounderBps);
    bps("mentor_bps", config.mentorBps);
    if (!errors.count("founder_bps") && !errors.count("cofounder_bps") &&
        config.founderBps + config.cofounderBps != 10000)
        errors["cofounder_bps"] = {
            "Bagian founder dan co-founder harus berjumlah 10000 basis poin (100 %), misalnya "
            "6000 dan 4000.",
            "The founder and co-founder shares must add up to 10000 basis points (100 %), for "
            "example 6000 and 4000."};
    if (config.withdrawalMinimum < 1 || config.withdrawalMinimum > 1'000'000'000'000)
        errors["withdrawal_minimum"] = {"Minimal penarikan harus antara Rp 1 dan Rp 1 triliun.",
                                        "The withdrawal minimum must be between Rp 1 and Rp 1 "
                                        "trillion."};
    if (config.withdrawalFee < 0)
        errors["withdrawal_fee"] = {"Biaya penarikan tidak boleh negatif.",
                                    "The withdrawal fee cannot be negative."};
    else if (config.withdrawalFee >= config.withdrawalMinimum)
        errors["withdrawal_fee"] = {
            "Biaya penarikan harus lebih kecil dari minimal penarikan, agar setiap penarikan "
            "masih menyisakan dana yang dikirim.",
            "The withdrawal fee must be below the withdrawal minimum, so every withdrawal still "
            "pays something out."};
    if (!errors.empty())
        throw Problem::validation(errors);
}

core::json::ObjectPtr FinanceService::configJson(const FinanceConfig& config)
{
    auto object = core::json::object();
    object->set("split_enabled", config.splitEnabled);
    object->set("company_fee_bps", config.companyFeeBps);
    object->set("founder_bps", config.founderBps);
    object->set("cofounder_bps", config.cofounderBps);
    object->set("mentor_bps", config.mentorBps);
    object->set("withdrawal_minimum", config.withdrawalMinimum);
    object->set("withdrawal_fee", config.withdrawalFee);
    return object;
}

FinanceConfig FinanceService::updateConfig(const Actor& actor, const FinanceConfig& config)
{
    validate(config);
    FinanceConfig result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = LedgerStore::config(tx, true);
        LedgerStore::saveConfig(tx, config, actor.userId, m_clock.nowMs());
        result = LedgerStore::config(tx);
        core::audit(tx, {actor.userId, "finance_config.update", "finance_config", std::string(),
                         configJson(before), configJson(result), actor.ip});
        if (m_notify) {
            auto data = core::json::object();
            data->set("updated_at", result.updatedAt);
            m_notify->publish(tx, {{}, "finance.read", false}, "finance.config.updated", data);
        }
    });
    return result;
}

std::vector<Wallet> FinanceService::wallets()
{
    return LedgerStore::wallets(m_db, std::nullopt, false);
}

std::vector<Wallet> FinanceService::walletsOf(const std::string& userId)
{
    return LedgerStore::wallets(m_db, userId, true);
}

std::vector<WalletEntry> FinanceService::entries(const std::string& walletId,
                                                 const std::optional<std::string>& ownerId,
                                                 std::optional<std::int64_t> beforeSeq, int limit)
{
    if (!core::isUuid(walletId))
        throw walletNotFound();
    const auto wallet = LedgerStore::wallet(m_db, walletId);
    if (!wallet || (ownerId && wallet->ownerId != ownerId))
        throw walletNotFound();
    return LedgerStore::entries(m_db, walletId, beforeSeq, limit + 1);
}

std::optional<JournalEntry> FinanceService::entry(const std::string& id)
{
    if (!core::isUuid(id))
        return std::nullopt;
    return LedgerStore::entry(m_db, id);
}

BankAccount FinanceService::addBankAccount(const std::string& userId, BankAccount account)
{
    account.ownerId = userId;
    std::map<std::string, Text> errors;
    if (account.bank.empty() || account.bank.size() > 100)
        errors["bank"] = {"Isi nama bank (maksimal 100 karakter).",
                          "Enter the bank name (at most 100 characters)."};
    if (account.accountNumber.size() < 5 || account.accountNumber.size() > 20 ||
        account.accountNumber.find_first_not_of("0123456789") != std::string::npos)
        errors["account_number"] = {"Nomor rekening harus 5–20 angka, tanpa spasi atau tanda.",
                                    "The account number must be 5–20 digits, no spaces or "
                                    "dashes."};
    if (account.holder.empty() || account.holder.size() > 200)
        errors["holder"] = {"Isi nama pemilik rekening sesuai buku tabungan.",
                            "Enter the account holder's name as the bank has it."};
    if (account.npwp) {
        std::string digits;
        for (char c : *account.npwp)
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c != '.' && c != '-' && c != ' ')
                digits = "x";
        if (digits.size() < 15 || digits.size() > 16)
            errors["npwp"] = {"NPWP harus 15 atau 16 angka (titik dan tanda hubung boleh).",
                              "The NPWP must be 15 or 16 digits (dots and dashes allowed)."};
        account.npwp = digits;
    }
    if (!errors.empty())
        throw Problem::validation(errors);
    std::optional<BankAccount> saved;
    m_db.transaction([&](core::Tx& tx) {
        const auto id = WithdrawalStore::insertBankAccount(tx, account, m_clock.nowMs());
        saved = WithdrawalStore::bankAccount(tx, userId, id);
    });
    return *saved;
}

std::vector<BankAccount> FinanceService::bankAccounts(const std::string& userId)
{
    return WithdrawalStore::bankAccounts(m_db, userId);
}

void FinanceService::removeBankAccount(const std::string& userId, const std::string& id)
{
    if (!core::isUuid(id) || !WithdrawalStore::removeBankAccount(m_db, userId, id, m_clock.nowMs()))
        throw Problem::notFound(
            {"Rekening bank tidak ditemukan.", "The bank account does not exist."});
}

Withdrawal FinanceService::requestWithdrawal(const Actor& actor, const std::string& walletId,
                                             const std::string& bankAccountId, Money amount)
{
    std::optional<Withdrawal> result;
    m_db.transaction([&](core::Tx& tx) {
        const auto config = LedgerStore::config(tx);
        std::map<std::string, Text> errors;
        if (amount < config.withdrawalMinimum)
            errors["amount"] = {
                "Minimal penarikan adalah " + core::formatRupiah(config.withdrawalMinimum) + ".",
                "The minimum withdrawal is " + core::formatRupiah(config.withdrawalMinimum) + "."};
        if (!core::isUuid(bankAccountId) ||
            !WithdrawalStore::bankAccount(tx, actor.userId, bankAccountId))
            errors["bank_account_id"] = {
                "Pilih salah satu rekening bank yang tersimpan milik Anda.",
                "Choose one of your saved bank accounts."};
        if (!errors.empty())
            throw Problem::validation(errors);
        const auto wallet =
            core::isUuid(walletId) ? LedgerStore::wallet(tx, walletId) : std::optional<Wallet>();
        if (!wallet || wallet->kind != "wallet" || wallet->ownerId != actor.userId)
            throw walletNotFound();
        if (!LedgerStore::hold(tx, walletId, actor.userId, amount)) {
            const auto now = LedgerStore::wallet(tx, walletId);
            const Money available = now ? now->available() : 0;
            throw Problem(
                409, std::string(kProblemBase) + "insufficient-balance",
                {"Saldo tidak cukup", "Insufficient balance"},
                {"Saldo yang bisa ditarik hanya " + core::formatRupiah(available) +
                     " (saldo dikurangi penarikan yang sedang diproses). Kurangi jumlahnya.",
                 "Only " + core::formatRupiah(available) +
                     " can be withdrawn (balance minus withdrawals in progress). Lower "
                     "the amount."});
        }
        const auto id = WithdrawalStore::insert(tx, walletId, actor.userId, bankAccountId, amount,
                                                config.withdrawalFee, m_clock.nowMs());
        result = WithdrawalStore::get(tx, id);
        publishWithdrawal(tx, *result);
        publishWallet(tx, walletId, "withdrawal_requested");
    });
    return *result;
}

std::vector<Withdrawal> FinanceService::withdrawals(const WithdrawalFilter& filter,
                                                    const std::optional<WithdrawalPosition>& after,
                                                    int limit)
{
    return WithdrawalStore::list(m_db, filter, after, limit + 1);
}

Withdrawal FinanceService::requireWithdrawal(core::Sql& sql, const std::string& id, bool lock)
{
    if (!core::isUuid(id))
        throw withdrawalNotFound();
    auto found = WithdrawalStore::get(sql, id, lock);
    if (!found)
        throw withdrawalNotFound();
    return *found;
}

Withdrawal FinanceService::approve(const Actor& actor, const std::string& id)
{
    std::optional<Withdrawal> result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = requireWithdrawal(tx, id, true);
        if (before.status != "requested")
            throw wrongStatus(before, "approve", "requested");
        WithdrawalStore::decide(tx, id, "approved", actor.userId, std::nullopt, m_clock.nowMs());
        result = requireWithdrawal(tx, id, false);
        core::audit(tx, {actor.userId, "withdrawal.approve", "withdrawal", id, statusJson(before),
                         statusJson(*result), actor.ip});
        publishWithdrawal(tx, *result);
    });
    return *result;
}

Withdrawal FinanceService::reject(const Actor& actor, const std::string& id,
                                  const std::string& reason)
{
    std::optional<Withdrawal> result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = requireWithdrawal(tx, id, true);
        if (before.status != "requested" && before.status != "approved")
            throw wrongStatus(before, "reject", "requested / approved");
        WithdrawalStore::decide(tx, id, "rejected", actor.userId, reason, m_clock.nowMs());
        LedgerStore::release(tx, before.walletId, before.amount);
        result = requireWithdrawal(tx, id, false);
        auto after = statusJson(*result);
        after->set("reason", reason);
        core::audit(tx, {actor.userId, "withdrawal.reject", "withdrawal", id, statusJson(before),
                         after, actor.ip});
        publishWithdrawal(tx, *result);
        publishWallet(tx, before.walletId, "withdrawal_rejected");
    });
    return *result;
}

Withdrawal FinanceService::uploadProof(const Actor& actor, const std::string& id,
                                       const std::string& bytes)
{
    if (!m_files)
        throw std::logic_error("uploadProof: the finance service was built without a file store");
    const auto type = core::requireTransferProof(bytes);
    {
        // Refuse before writing the file, so a refused upload leaves nothing behind.
        const auto found = requireWithdrawal(m_db, id, false);
        if (found.status != "approved")
            throw wrongStatus(found, "upload proof for", "approved");
    }
    const auto key = m_files->save(bytes);
    std::optional<Withdrawal> result;
    std::optional<std::string> replaced;
    try {
        m_db.transaction([&](core::Tx& tx) {
            const auto before = requireWithdrawal(tx, id, true);
            if (before.status != "approved")
                throw wrongStatus(before, "upload proof for", "approved");
            replaced = WithdrawalStore::setProof(tx, id, key, type.mime, m_clock.nowMs());
            result = requireWithdrawal(tx, id, false);
            auto after = statusJson(*result);
            after->set("proof_mime", type.mime);
            after->set("proof_bytes", static_cast<std::int64_t>(bytes.size()));
            core::audit(tx, {actor.userId, "withdrawal.proof", "withdrawal", id,
                             statusJson(before), after, actor.ip});
            publishWithdrawal(tx, *result);
        });
    } catch (...) {
        m_files->remove(key);
        throw;
    }
    if (replaced)
        m_files->remove(*replaced);
    return *result;
}

std::pair<std::string, std::string> FinanceService::proof(const std::string& id,
                                                          const std::optional<std::string>& ownerId)
{
    const auto found = requireWithdrawal(m_db, id, false);
    if (ownerId && found.ownerId != *ownerId)
        throw withdrawalNotFound();
    const auto stored = WithdrawalStore::proofFile(m_db, id);
    const auto bytes = stored && m_files ? m_files->read(stored->first) : std::nullopt;
    if (!bytes)
        throw Problem::notFound({"Bukti transfer penarikan ini belum diunggah.",
                                 "The transfer proof of this withdrawal has not been uploaded."});
    return {*bytes, stored->second};
}

Withdrawal FinanceService::markPaid(const Actor& actor, const std::string& id,
                                    const std::optional<std::string>& proofNote)
{
    std::optional<Withdrawal> result;
    m_db.transaction([&](core::Tx& tx) {
        const auto before = requireWithdrawal(tx, id, true);
        if (before.status != "approved")
            throw wrongStatus(before, "pay", "approved");
        if (!before.proofMime)
            throw Problem{409,
                          std::string(kProblemBase) + "withdrawal-proof-missing",
                          {"Bukti transfer belum diunggah", "Transfer proof missing"},
                          {"Unggah bukti transfer dari bank (foto atau PDF) sebelum menandai "
                           "penarikan ini dibayar.",
                           "Upload the bank's transfer proof (photo or PDF) before marking this "
                           "withdrawal paid."}};
        const auto entryId = LedgerStore::insertEntry(tx, "withdrawal_paid", id, std::nullopt,
                                                      "Penarikan ke " + before.bankAccount.bank +
                                                          " " + before.bankAccount.accountNumber,
                                                      actor.userId, m_clock.nowMs());
        if (!entryId)
            throw std::logic_error("markPaid: payout already posted for a withdrawal not paid");
        std::map<std::string, Money> lines;
        lines[before.walletId] -= before.amount;
        lines[LedgerStore::account(tx, "payouts", std::nullopt, std::nullopt)] +=
            before.amount - before.fee;
        if (before.fee > 0)
            lines[LedgerStore::account(tx, "company_operational", std::nullopt, std::nullopt)] +=
                before.fee;
        for (const auto& [account, amount] : lines)
            LedgerStore::insertPosting(tx, *entryId, account, amount);
        LedgerStore::release(tx, before.walletId, before.amount);
        WithdrawalStore::markPaid(tx, id, actor.userId, proofNote, *entryId, m_clock.nowMs());
        result = requireWithdrawal(tx, id, false);
        auto after = statusJson(*result);
        after->set("proof_note", core::json::orNull(proofNote));
        after->set("entry_id", *entryId);
        core::audit(tx, {actor.userId, "withdrawal.paid", "withdrawal", id, statusJson(before),
                         after, actor.ip});
        publishWithdrawal(tx, *result);
        publishWallet(tx, before.walletId, "withdrawal_paid");
    });
    return *result;
}

std::vector<Wallet> FinanceService::walletsPage(const std::optional<std::string>& search,
                                                const std::optional<std::string>& afterKey,
                                                const std::optional<std::string>& afterId,
                                                int limit)
{
    return ReportStore::walletsPage(m_db, search, afterKey, afterId, limit + 1);
}

void FinanceService::forEachEntry(const std::string& walletId, int pageSize,
                                  const std::function<void(const std::vector<WalletEntry>&)>& each)
{
    if (!core::isUuid(walletId) || !LedgerStore::wallet(m_db, walletId))
        throw walletNotFound();
    std::int64_t after = 0;
    for (;;) {
        const auto page = ReportStore::entriesAscending(m_db, walletId, after, pageSize);
        if (page.empty())
            return;
        each(page);
        after = page.back().seq;
        if (static_cast<int>(page.size()) < pageSize)
            return;
    }
}

RevenueReport FinanceService::revenue(std::optional<std::string> from,
                                      std::optional<std::string> to, const std::string& bucket)
{
    using namespace std::chrono;
    std::map<std::string, Text> errors;
    if (bucket != "day" && bucket != "week" && bucket != "month" && bucket != "year")
        errors["bucket"] = {"Pilih salah satu: day, week, month atau year.",
                            "Choose one of: day, week, month or year."};
    const auto badDate = Text{"Tanggal harus berformat YYYY-MM-DD, misalnya 2025-11-23.",
                              "The date must look like YYYY-MM-DD, for example 2025-11-23."};
    std::optional<sys_days> first;
    std::optional<sys_days> last;
    if (from && !(first = parseDate(*from)))
        errors["from"] = badDate;
    if (to && !(last = parseDate(*to)))
        errors["to"] = badDate;
    if (!errors.empty())
        throw Problem::validation(errors);

    if (!last)
        last = *parseDate(ReportStore::jakartaDate(m_db, m_clock.nowMs()));
    if (!first) {
        const year_month_day end(*last);
        if (bucket == "day")
            first = *last - days(29);
        else if (bucket == "week")
            first = *last - days(7 * 12 - 1);
        else if (bucket == "month")
            first = sys_days((end.year() / end.month() / 1) - months(11));
        else
            first = sys_days((end.year() - years(4)) / January / 1);
    }
    if (*first > *last)
        throw Problem::validation({{"to",
                                    {"Tanggal akhir tidak boleh sebelum tanggal awal.",
                                     "The end date cannot be before the start date."}}});
    // Enough for two years of days or a century of years; a bigger table helps nobody.
    const auto span = (*last - *first).count() + 1;
    const std::map<std::string, long> limits = {
        {"day", 731}, {"week", 7 * 520}, {"month", 31 * 600}, {"year", 366 * 100}};
    if (span > limits.at(bucket))
        throw Problem::validation(
            {{"from",
              {"Rentang terlalu panjang untuk periode ini; persempit rentang atau pilih periode "
               "yang lebih besar (misalnya bulanan).",
               "The range is too long for this period; narrow it or choose a larger period (for "
               "example monthly)."}}});

    RevenueReport report;
    report.from = formatDate(*first);
    report.to = formatDate(*last);
    report.bucket = bucket;
    report.lines = ReportStore::revenue(m_db, report.from, report.to, bucket);
    for (const auto& line : report.lines)
        report.totals.add(line);
    report.totals.start = report.from;
    report.totals.end = report.to;
    return report;
}

std::vector<ConfigChange> FinanceService::configHistory(std::optional<std::int64_t> beforeId,
                                                        int limit)
{
    return ReportStore::configHistory(m_db, beforeId, limit + 1);
}

} // namespace ey::finance
