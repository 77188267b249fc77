// Plain records of the finance module: split settings, ledger accounts and entries, withdrawals.
#pragma once

#include "Audit.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::finance {

/// Rupiah, always whole; never floating point.
using Money = std::int64_t;

/// The admin-editable settings (one row). Shares are basis points: 1500 = 15 %.
struct FinanceConfig
{
    bool splitEnabled = true;
    int companyFeeBps = 1500;
    int founderBps = 6000;
    int cofounderBps = 4000;
    int mentorBps = 0;
    Money withdrawalMinimum = 50000;
    Money withdrawalFee = 0;
    std::string updatedAt;
};

/// An affiliate commission as a product or plan defines it.
struct Commission
{
    enum class Kind
    {
        Fixed,
        Percent
    };
    Kind kind = Kind::Percent;
    /// Rupiah for Fixed, basis points of the gross for Percent.
    std::int64_t value = 0;
};

/// Who takes part in one sale's split: the inputs of the pure split function.
struct SplitInput
{
    Money gross = 0;
    bool hasAffiliate = false;
    Commission commission;
    bool hasMentor = false;
    /// A product's own mentor share; the config's mentor_bps when absent.
    std::optional<int> mentorBps;
    Money gatewayFee = 0;
};

/// Where a sale's money goes, in rupiah; the parts always add up to the gross exactly.
struct SplitResult
{
    Money affiliate = 0;
    Money gatewayFee = 0;
    Money mentor = 0;
    Money companyFee = 0;
    Money founder = 0;
    Money cofounder = 0;
    /// What rounding down the personal shares left over; it goes to company operational.
    Money remainder = 0;

    Money company() const { return companyFee + remainder; }
    Money total() const
    {
        return affiliate + gatewayFee + mentor + companyFee + founder + cofounder + remainder;
    }
};

/// What the commerce step hands over when a payment succeeds.
struct Sale
{
    std::string reference; ///< the transaction id or invoice number; one entry per reference
    Money gross = 0;
    std::optional<std::string> affiliateId;
    Commission commission;
    std::optional<std::string> mentorId;
    std::optional<int> mentorBps;
    Money gatewayFee = 0;
    std::string memo;
};

/// One line of a journal entry.
struct Posting
{
    std::string accountId;
    std::string accountKind;
    std::optional<std::string> role;
    Money amount = 0;
};

struct JournalEntry
{
    std::string id;
    std::string kind;
    std::string reference;
    std::string memo;
    std::string createdAt;
    std::vector<Posting> postings;
    /// False when the reference had already posted and this is that first entry again.
    bool created = true;
};

struct Wallet
{
    std::string id;
    std::string kind;
    std::optional<std::string> role;
    std::optional<std::string> ownerId;
    std::optional<std::string> ownerName;
    std::optional<std::string> ownerEmail;
    Money balance = 0;
    Money held = 0;
    /// Where this wallet sits in the desk's paged list (opaque; for the next page's cursor).
    std::string sortKey;
    Money available() const { return balance - held; }
};

/// One posting seen from its account, with the balance right after it.
struct WalletEntry
{
    std::string postingId;
    std::int64_t seq = 0;
    std::string entryId;
    std::string entryKind;
    std::string reference;
    std::string memo;
    Money amount = 0;
    Money balanceAfter = 0;
    std::string createdAt;
};

struct BankAccount
{
    std::string id;
    std::string ownerId;
    std::string bank;
    std::string accountNumber;
    std::string holder;
    std::optional<std::string> npwp;
    std::string createdAt;
};

struct Withdrawal
{
    std::string id;
    std::string walletId;
    std::string walletRole;
    std::string ownerId;
    std::string ownerName;
    std::string ownerEmail;
    BankAccount bankAccount;
    Money amount = 0;
    Money fee = 0;
    std::string status;
    std::string requestedAt;
    std::optional<std::string> decidedBy;
    std::optional<std::string> decidedAt;
    std::optional<std::string> reason;
    std::optional<std::string> paidAt;
    std::optional<std::string> proofNote;
    /// Set once finance has uploaded the bank's transfer proof (required before paid).
    std::optional<std::string> proofMime;
    std::optional<std::string> proofUploadedAt;
    std::optional<std::string> entryId;
};

/// One period of the revenue report. The shares are net of refund reversals, so
/// gross - refunds = gateway + affiliate + mentor + company + founder + cofounder = net.
struct RevenueLine
{
    std::string start; ///< first day of the period, YYYY-MM-DD (Asia/Jakarta)
    std::string end;   ///< last day of the period, inclusive
    Money gross = 0;
    Money affiliate = 0;
    Money company = 0;
    Money founder = 0;
    Money cofounder = 0;
    Money mentor = 0;
    Money gateway = 0;
    Money refunds = 0;
    Money net = 0;

    void add(const RevenueLine& o)
    {
        gross += o.gross, affiliate += o.affiliate, company += o.company, founder += o.founder;
        cofounder += o.cofounder, mentor += o.mentor, gateway += o.gateway, refunds += o.refunds;
        net += o.net;
    }
};

struct RevenueReport
{
    std::string from;
    std::string to;
    std::string bucket; ///< day, week, month or year
    std::vector<RevenueLine> lines;
    RevenueLine totals;
};

/// One change of the finance settings, from the activity log.
struct ConfigChange
{
    std::int64_t id = 0;
    std::string at;
    std::optional<std::string> actorId;
    std::optional<std::string> actorName;
    std::optional<std::string> actorEmail;
    std::string beforeJson;
    std::string afterJson;
};

using Actor = core::Actor;

} // namespace ey::finance
