// Plain records of the commerce domain: transactions, their items and history, memberships.
#pragma once

#include "Audit.h"
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::commerce {

/// Wire spellings of a transaction's status (the CHECK in 0009_commerce.sql uses the same words).
inline const std::vector<std::string> kTransactionStatuses = {"PENDING", "PAID", "EXPIRED",
                                                              "FAILED", "REFUNDED"};

struct TransactionItem
{
    std::string kind; ///< plan | product
    std::string ref;  ///< the plan's or product's id
    std::string title;
    std::optional<std::string> duration; ///< plans only
    std::int64_t unitPrice = 0;
    int quantity = 1;
    std::int64_t discount = 0;
};

struct StatusChange
{
    std::optional<std::string> from;
    std::string to;
    std::optional<std::string> payload; ///< raw gateway JSON
    std::optional<std::string> note;
    std::string createdAt;
};

struct Transaction
{
    std::string id;
    std::string invoiceNumber;
    std::string buyerId;
    std::string buyerName;
    std::string buyerEmail;
    std::string status;
    std::int64_t amount = 0;
    std::string currency = "IDR";
    std::optional<std::string> couponId;
    std::optional<std::string> affiliateId;
    std::string commissionKind = "percent"; ///< fixed | percent
    std::int64_t commissionValue = 0;       ///< rupiah (fixed) or basis points (percent)
    std::optional<std::string> mentorId;
    std::string gateway = "xendit";
    std::optional<std::string> gatewayInvoiceId;
    std::optional<std::string> paymentUrl;
    std::optional<std::string> failureReason;
    bool flagged = false;
    std::optional<std::string> flagReason;
    std::string createdAt;
    std::optional<std::string> paidAt;
    /// The membership this checkout upgrades from (snapshot at checkout) and how it was priced.
    std::optional<std::string> upgradeFromMembershipId;
    std::optional<std::string> upgradeMode; ///< accumulate | full
    std::int64_t upgradeCredit = 0;         ///< rupiah taken off for the old membership
    std::int64_t feeAffiliate = 0;          ///< agent checkout: the fixed affiliate fee (seed 004)
    std::int64_t refundedAmount = 0;
    std::optional<std::string> proofMime; ///< manual transfer: the buyer's uploaded proof
    std::optional<std::string> proofUploadedAt;
    std::optional<std::string> payBefore; ///< manual transfer: expires unpaid after this
    std::optional<std::string> seatProductId; ///< the product whose seat the order still holds
    std::vector<TransactionItem> items;
    std::vector<StatusChange> history;
};

struct Membership
{
    std::string id;
    std::string userId;
    std::string planId;
    std::string planTitle;
    std::string planSlug;
    std::string status;
    std::string startsAt;
    std::optional<std::string> endsAt; ///< none: lifetime
    std::optional<std::string> sourceTransactionId;
    /// 1m, 3m, 6m, 12m or lifetime: what the member last bought (the directories' quota tier).
    std::string duration;
};

/// What a buyer asks for at checkout (already validated for shape).
struct CheckoutRequest
{
    std::optional<std::string> planSlug;
    std::optional<std::string> duration;
    std::optional<std::string> productSlug;
    std::optional<std::string> couponCode;
    std::optional<std::string> referralCode; ///< body referral_code, else the ey_ref cookie
    std::string paymentMethod = "xendit";    ///< xendit | manual
};

/// The upgrade part of a quote: what the buyer moves from.
struct UpgradeQuote
{
    std::string fromMembershipId;
    std::string fromPlanId;
    std::string fromPlanSlug;
    std::string fromPlanTitle;
    std::string mode;               ///< accumulate | full (the new plan's setting)
    std::int64_t remainingDays = 0; ///< none for lifetime memberships
    bool fromLifetime = false;
};

/// What a checkout would cost now, before any transaction exists.
struct CheckoutQuote
{
    std::int64_t subtotal = 0;
    std::int64_t couponDiscount = 0;
    std::int64_t upgradeCredit = 0; ///< what was taken off (never more than what was left to pay)
    std::int64_t total = 0;
    std::optional<UpgradeQuote> upgrade;
};

/// Bank details a buyer transfers to when paying manually (from configuration).
struct BankInstructions
{
    std::string bankName;
    std::string accountNumber;
    std::string accountHolder;
};

/// One thing a user may open (or could, before it ended).
struct Entitlement
{
    std::string id;
    std::string kind; ///< group | course | product | feature
    std::string ref;
    std::optional<std::string> membershipId;
    std::optional<std::string> transactionId;
    std::string startsAt;
    std::optional<std::string> endsAt; ///< for membership grants: the membership's end
};

/// The answer of the one access check.
struct AccessDecision
{
    bool allowed = false;
    /// membership | purchase when allowed; expired | revoked | none otherwise.
    std::string reason = "none";
};

/// An admin's refund of a PAID transaction (amount none: whatever is left).
struct RefundRequest
{
    std::optional<std::int64_t> amount;
    std::string reason;
    bool revokeAccess = true;
};

/// An agent's (reseller's) order line as it arrives: a product by slug.
struct AgentOrderLine
{
    std::string productSlug;
    std::string mode = "individual"; ///< individual | bulk
    int quantity = 1;
};

using Actor = core::Actor;

/// The sales list's filters and keyset position.
struct TransactionFilter
{
    std::optional<std::string> status;
    std::optional<std::string> search; ///< invoice number or buyer email
    std::optional<std::string> buyerId;
};

struct TransactionPosition
{
    std::string createdAt;
    std::string id;
};

/// What the webhook handler answers (always 200 unless the token is wrong).
struct CallbackOutcome
{
    bool duplicate = false;
    bool flagged = false;
    std::string result; ///< "paid", "expired", "duplicate", "ignored", "flagged"
};

} // namespace ey::commerce
