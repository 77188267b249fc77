// Plain records of the commerce domain: transactions, their items and history, memberships.
#pragma once

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
};

/// What a buyer asks for at checkout (already validated for shape).
struct CheckoutRequest
{
    std::optional<std::string> planSlug;
    std::optional<std::string> duration;
    std::optional<std::string> productSlug;
    std::optional<std::string> couponCode;
};

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
