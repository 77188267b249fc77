// Plain records of the sales read model: list filters, list rows, the detail view, revenue buckets.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::sales {

/// Orders the list can be sorted by; each has its own keyset index.
enum class SortKey
{
    CreatedAt,
    Amount,
    Invoice
};

/// What the admin narrowed the list to. Dates are Asia/Jakarta calendar days, both inclusive.
struct SalesFilter
{
    std::optional<std::string> fromDate; ///< "2026-11-01"
    std::optional<std::string> toDate;
    std::optional<std::string> status;
    std::optional<std::string> productId; ///< a plan or product id (transaction_items.ref)
    std::optional<std::string> affiliateId;
    std::optional<std::string> search; ///< invoice, buyer name or email, any case, anywhere
    SortKey sort = SortKey::CreatedAt;
    bool descending = true;
};

/// The last row of a page: its sort key (as text) and id.
struct SalesPosition
{
    std::string key;
    std::string id;
};

/// One row of the admin sales table.
struct SaleRow
{
    std::string id;
    std::string invoiceNumber;
    std::string createdAt;    ///< ISO-8601 UTC
    std::string createdLocal; ///< "2026-11-21 14:05" in Asia/Jakarta, for the CSV
    std::string buyerId;
    std::string buyerName;
    std::string buyerEmail;
    std::string productTitle;
    std::string productKind;                    ///< "plan" | "product"
    std::optional<std::string> productCategory; ///< products.category for a product
    std::optional<std::string> productDuration; ///< "1m".."lifetime" for a plan
    std::int64_t itemCount = 0;
    std::int64_t amount = 0;
    std::string status;
    std::string gateway;
    std::optional<std::string> affiliateId;
    std::optional<std::string> affiliateName;
    /// The affiliate's posting in the sale's journal entry; empty until the sale is posted.
    std::optional<std::int64_t> commission;
    std::int64_t followupsSent = 0;
    std::int64_t followupsTotal = 0;
    bool flagged = false;
    std::string sortKey; ///< the cursor key of this row in the list's order
};

struct SaleItem
{
    std::string kind;
    std::string ref;
    std::string title;
    std::optional<std::string> duration;
    std::optional<std::string> category;
    std::int64_t unitPrice = 0;
    std::int64_t quantity = 1;
    std::int64_t discount = 0;
};

struct StatusChange
{
    std::optional<std::string> from;
    std::string to;
    std::optional<std::string> payload; ///< the raw gateway JSON, when a gateway caused it
    std::optional<std::string> note;
    std::string createdAt;
};

struct PaymentEvent
{
    std::string provider;
    std::string eventKey;
    std::string payload; ///< JSON text
    bool flagged = false;
    std::optional<std::string> flagReason;
    std::string receivedAt;
};

struct FollowUpLine
{
    std::int64_t step = 0;
    std::string status;
    std::string dueAt;
    std::optional<std::string> sentAt;
    std::int64_t attempts = 0;
    std::optional<std::string> error;
    std::string body;
};

struct Posting
{
    std::string accountKind;
    std::optional<std::string> role;
    std::optional<std::string> ownerName;
    std::int64_t amount = 0;
};

struct LedgerEntry
{
    std::string id;
    std::string kind;
    std::string memo;
    std::string createdAt;
    std::vector<Posting> postings;
};

struct BuyerProfile
{
    std::string id;
    std::string fullName;
    std::string email;
    std::optional<std::string> whatsapp;
    std::string joinedAt;
    std::vector<std::string> roles;
    std::optional<std::string> membershipPlan;   ///< the active membership's plan title
    std::optional<std::string> membershipEndsAt; ///< empty with a plan: lifetime
};

/// Everything the detail pane shows about one sale.
struct SaleDetail
{
    SaleRow row;
    BuyerProfile buyer;
    std::optional<std::string> affiliateEmail;
    std::optional<std::string> affiliateCode; ///< affiliate_profiles.code when that table exists
    std::optional<std::string> paidAt;
    std::optional<std::string> paymentUrl;
    std::optional<std::string> gatewayInvoiceId;
    std::optional<std::string> failureReason;
    std::optional<std::string> flagReason;
    std::vector<SaleItem> items;
    std::vector<StatusChange> history;
    std::vector<PaymentEvent> paymentEvents;
    std::vector<FollowUpLine> followups;
    /// transaction_refunds rows as JSON objects (that table belongs to commerce).
    std::vector<std::string> refunds;
    std::vector<LedgerEntry> ledger;
};

/// Paid revenue in one bucket (day, week, month or year starting at `start`, Asia/Jakarta).
struct RevenueBucket
{
    std::string start; ///< "2026-11-01"
    std::int64_t gross = 0;
    std::int64_t count = 0;
};

struct ProductRevenue
{
    std::string kind;
    std::string ref;
    std::string title;
    std::int64_t revenue = 0;
    std::int64_t count = 0;
};

struct RevenueSummary
{
    std::vector<RevenueBucket> buckets;
    std::vector<ProductRevenue> topProducts;
    std::int64_t gross = 0;
    std::int64_t count = 0;
};

/// An affiliate credited on at least one transaction: a choice for the list's affiliate filter.
struct SalesAffiliate
{
    std::string id;
    std::string fullName;
    std::int64_t salesCount = 0; ///< transactions of any status credited to them
};

/// A plan or product sold at least once: a choice for the list's product filter.
struct SalesProduct
{
    std::string kind; ///< "plan" | "product"
    std::string ref;  ///< the plan or product id, what the list's `product` filter takes
    std::string title;
};

} // namespace ey::sales
