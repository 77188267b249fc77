// Commerce rules: checkout with a price snapshot (upgrades, referrals, manual transfer, agents),
// the one activation path (ledger, entitlements, conversions, follow-ups, notification),
// refunds, memberships and the access check the whole server uses. No HTTP here.
#pragma once

#include "Commerce.h"
#include "XenditAdapter.h"

#include "AffiliateService.h"
#include "CatalogService.h"
#include "FinanceService.h"
#include "FollowUpService.h"
#include "NotifyService.h"

#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "Files.h"
#include "PeriodicWorker.h"

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::commerce {

/// One Xendit invoice callback for an invoice another module owns (see registerInvoiceOwner).
struct OwnedInvoiceCallback
{
    std::string invoiceId;  ///< Xendit's invoice id
    std::string externalId; ///< the owner's number, starting with its prefix
    std::string status;     ///< PAID, SETTLED, EXPIRED, ...
    double amount = 0;
    std::string currency;
    std::string payload; ///< the callback as received
    std::int64_t nowMs = 0;
};

/// What the owner made of a callback: result "paid" | "expired" | "ignored" | "flagged", and
/// the reason when the callback does not fit the owner's invoice (recorded on the event).
struct OwnedInvoiceOutcome
{
    std::string result;
    std::optional<std::string> flagReason;
};

/// Applies one callback inside commerce's transaction (the once-only gate already passed).
using InvoiceOwner =
    std::function<OwnedInvoiceOutcome(core::Sql& tx, const OwnedInvoiceCallback& callback)>;

/// Thread safe: every call runs its own transaction(s); the Xendit call happens outside them.
class CommerceService
{
public:
    CommerceService(core::Db& db, const core::Clock& clock, const core::Config& config,
                    core::FileStore& files, XenditAdapter xendit, catalog::CatalogService& catalog,
                    finance::FinanceService& finance, notify::NotifyService& notify,
                    affiliate::AffiliateService& affiliates, followup::FollowUpService& followups);

    /// What a checkout would cost the buyer now: price, coupon, upgrade credit. Nothing stored.
    CheckoutQuote quote(const std::string& buyerId, const CheckoutRequest& request);

    /// Creates the PENDING transaction (items, price snapshot, affiliate, history). Xendit: then
    /// the Xendit invoice; 503 when Xendit is not configured (nothing created), 502 when it
    /// fails (kept as FAILED). Manual: no gateway call; 503 when no bank account is configured.
    Transaction checkout(const std::string& buyerId, const CheckoutRequest& request);

    /// An agent's (reseller's) order priced by the affiliate module (seed 004): the affiliate fee
    /// is a fixed commission credited only when the order is paid.
    Transaction agentCheckout(const std::string& agentId, const std::vector<AgentOrderLine>& lines,
                              const std::string& paymentMethod);

    /// The bank account for manual transfers; 503 when payments.manual_* are not configured.
    BankInstructions bankInstructions() const;

    /// Applies one Xendit invoice callback whose token was already checked. Acts once per
    /// (invoice id, status), however often and however concurrently it is delivered.
    CallbackOutcome handleXenditCallback(const std::string& rawBody);
    bool callbackTokenMatches(const std::string& token) const;

    /// Lets another module own the Xendit invoices whose external_id starts with `prefix`: a
    /// callback for such an invoice (not a commerce one) goes to `owner` inside the same
    /// once-only gate, so a repeated callback never reaches it twice. Register at start-up.
    void registerInvoiceOwner(const std::string& prefix, InvoiceOwner owner);
    /// Xendit's keys are set, so createGatewayInvoice() can be asked.
    bool gatewayConfigured() const;
    /// Creates a Xendit invoice through commerce's configured client for another module's
    /// payment; throws XenditError when the provider cannot be reached or refuses.
    XenditInvoice createGatewayInvoice(const InvoiceRequest& request) const;

    /// The buyer's proof of a manual transfer (JPEG, PNG or PDF by content, ≤ 5 MiB): stored,
    /// noted in the history; staff with sales.manage are told.
    Transaction uploadProof(const std::string& buyerId, const std::string& invoiceNumber,
                            const std::string& bytes);
    /// The stored proof: bytes and MIME type (404 when there is none).
    std::pair<std::string, std::string> proof(const std::string& invoiceNumber);
    /// Staff confirm a manual transfer: PAID through the same activation as a Xendit payment.
    Transaction confirmManual(const Actor& actor, const std::string& invoiceNumber);
    /// Expires manual transfers still unpaid (no proof uploaded) past their deadline, giving back
    /// their seats and telling the buyers; returns how many. Run by the module's sweeper.
    int expireOverdueManualTransfers(const std::function<bool()>& stopping);
    /// Starts the sweeper thread (a pass now, then every `interval`).
    void startSweeper(std::chrono::milliseconds interval);
    /// Staff reject a manual transfer: FAILED, the buyer is told why.
    Transaction rejectManual(const Actor& actor, const std::string& invoiceNumber,
                             const std::string& reason);

    /// Refunds part or the rest of a PAID transaction in one database transaction (ledger,
    /// conversion, history, audit, notification). 409 when not PAID; 422 when the amount is more
    /// than is left to refund.
    Transaction refund(const Actor& actor, const std::string& invoiceNumber,
                       const RefundRequest& request);

    /// The user's active membership now, if any (an end date in the past does not count).
    std::optional<Membership> activeMembership(const std::string& userId);

    /// THE access check of the whole server: may `userId` open (kind, ref) now? kind is group,
    /// course, product or feature; ref is that thing's id. Every module that gates content calls
    /// this (or access() for the reason) instead of looking at memberships or purchases itself.
    /// Expired or revoked grants deny access but are never deleted.
    bool hasAccess(const std::string& userId, const std::string& kind, const std::string& ref);
    /// hasAccess() with the reason: membership | purchase, or expired | revoked | none.
    AccessDecision access(const std::string& userId, const std::string& kind,
                          const std::string& ref);
    /// The entitlements that let the user in now.
    std::vector<Entitlement> entitlements(const std::string& userId);

    Transaction transaction(const std::string& invoiceNumber,
                            const std::optional<std::string>& buyerId);
    /// `limit + 1` at most, newest first.
    std::vector<Transaction> transactions(const TransactionFilter& filter,
                                          const std::optional<TransactionPosition>& after,
                                          int limit);

    /// floor(paid × remaining / total), the unused value of a membership period; 0 when the
    /// period is empty.
    static std::int64_t unusedValue(std::int64_t paid, std::int64_t remainingMs,
                                    std::int64_t totalMs);

private:
    struct Priced
    {
        Transaction t;
        TransactionItem item;
        std::optional<std::string> seatProductId;
        CheckoutQuote quote;
    };
    Priced price(const std::string& buyerId, const CheckoutRequest& request, std::int64_t now);
    /// Stores the PENDING transaction, then asks the gateway (Xendit) for its invoice.
    Transaction open(Transaction t, const std::vector<TransactionItem>& items,
                     const std::optional<std::string>& seatProductId,
                     const std::optional<std::string>& referralCode, bool attribute);
    /// PENDING → PAID and everything a payment sets off, inside `tx`.
    void markPaid(core::Sql& tx, const Transaction& t, const std::optional<std::string>& payload,
                  const std::optional<std::string>& note, std::int64_t now);
    void activate(core::Sql& tx, const Transaction& t, const std::vector<TransactionItem>& items,
                  std::int64_t now);
    Transaction requireManualPending(core::Sql& tx, const std::string& invoiceNumber);
    /// PENDING → EXPIRED or FAILED: the order's seat goes back.
    void releaseSeat(core::Sql& tx, const Transaction& t);
    /// The registered owner of an external_id's prefix, or an empty function.
    InvoiceOwner invoiceOwner(const std::string& externalId) const;
    /// Hours a buyer has to pay a manual transfer (payments.manual_pay_hours, default 24).
    std::int64_t manualPayWindowMs() const;

    core::Db& m_db;
    const core::Clock& m_clock;
    const core::Config& m_config;
    core::FileStore& m_files;
    XenditAdapter m_xendit;
    catalog::CatalogService& m_catalog;
    finance::FinanceService& m_finance;
    notify::NotifyService& m_notify;
    affiliate::AffiliateService& m_affiliates;
    followup::FollowUpService& m_followups;
    mutable std::mutex m_ownersMutex;
    std::vector<std::pair<std::string, InvoiceOwner>> m_invoiceOwners; // (prefix, owner)
    std::unique_ptr<core::PeriodicWorker> m_sweeper; // last: stopped before anything it uses goes
};

} // namespace ey::commerce
