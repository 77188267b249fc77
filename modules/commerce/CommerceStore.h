// Commerce SQL: invoice numbers, transactions with items and history, payment events,
// memberships. No rules here.
#pragma once

#include "Commerce.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::commerce {

/// Static functions over core::Sql, so they run inside the caller's transaction.
class CommerceStore
{
public:
    /// The next invoice number ("INV001"); rolled back with the caller's transaction.
    static std::string nextInvoiceNumber(core::Sql& tx);
    /// `payBeforeMs`: a manual transfer's deadline. t.seatProductId: the seat checkout took.
    static std::string insertTransaction(core::Sql& tx, const Transaction& t, std::int64_t nowMs,
                                         std::optional<std::int64_t> payBeforeMs);
    /// Lets go of the order's seat: the product to give it back to, at most once per order.
    static std::optional<std::string> clearSeat(core::Sql& tx, const std::string& transactionId);
    /// PENDING manual transfers past their deadline with no proof uploaded, oldest first.
    static std::vector<std::string> overdueManualTransfers(core::Sql& sql, std::int64_t nowMs,
                                                           int limit);
    static void insertItem(core::Sql& tx, const std::string& transactionId,
                           const TransactionItem& item);
    static void insertHistory(core::Sql& tx, const std::string& transactionId,
                              const std::optional<std::string>& from, const std::string& to,
                              const std::optional<std::string>& payload,
                              const std::optional<std::string>& note, std::int64_t nowMs);
    static void setGatewayInvoice(core::Sql& tx, const std::string& id,
                                  const std::string& gatewayInvoiceId,
                                  const std::string& paymentUrl);
    static void setStatus(core::Sql& tx, const std::string& id, const std::string& status,
                          std::optional<std::int64_t> paidAtMs);
    static void setFailure(core::Sql& tx, const std::string& id, const std::string& reason);
    static void flag(core::Sql& tx, const std::string& id, const std::string& reason);

    static std::optional<Transaction> byInvoice(core::Sql& sql, const std::string& invoiceNumber,
                                                bool lock);
    static std::vector<TransactionItem> items(core::Sql& sql, const std::string& transactionId);
    static std::vector<StatusChange> history(core::Sql& sql, const std::string& transactionId);
    /// `limit + 1` rows at most, newest first.
    static std::vector<Transaction> list(core::Sql& sql, const TransactionFilter& filter,
                                         const std::optional<TransactionPosition>& after,
                                         int limit);

    /// Records a webhook delivery; false when this (provider, key) was already recorded.
    static std::optional<std::string> insertPaymentEvent(core::Sql& tx, const std::string& provider,
                                                         const std::string& eventKey,
                                                         const std::string& payload,
                                                         std::int64_t nowMs);
    static void markEvent(core::Sql& tx, const std::string& eventId,
                          const std::optional<std::string>& transactionId,
                          const std::optional<std::string>& flagReason);

    /// The row with status active; with `validAtMs`, only when it has not ended by then.
    static std::optional<Membership> activeMembership(core::Sql& sql, const std::string& userId,
                                                      std::optional<std::int64_t> validAtMs,
                                                      bool lock);
    /// Orders concurrent activations for one buyer (there may be no membership row to lock yet).
    static void lockBuyer(core::Sql& tx, const std::string& userId);
    /// Moves ends_at `months` further (from now when it already passed); lifetime stays lifetime.
    /// Both record what the renewal `transactionId` added (membership_extensions).
    static void extendMembership(core::Sql& tx, const std::string& id, int months,
                                 const std::string& transactionId, std::int64_t nowMs);
    static void makeLifetime(core::Sql& tx, const std::string& id,
                             const std::string& transactionId, std::int64_t nowMs);
    /// Takes back the time the renewal `transactionId` added; the membership it shortened.
    static std::optional<std::string> revertExtension(core::Sql& tx,
                                                      const std::string& transactionId,
                                                      std::int64_t nowMs);
    static void expireMembership(core::Sql& tx, const std::string& id, std::int64_t nowMs);
    /// months 0: lifetime. Returns the new row's id.
    static std::string insertMembership(core::Sql& tx, const std::string& userId,
                                        const std::string& planId, int months,
                                        const std::string& sourceTransactionId, std::int64_t nowMs);

    /// What the member paid for the plan of this membership period (PAID transactions of the
    /// plan since it started, before refunds, upgrade credits counted as paid), and the period's
    /// length and what is left of it at `nowMs`, in milliseconds (0 and 0 for lifetime).
    struct MembershipValue
    {
        std::int64_t paid = 0;
        std::int64_t totalMs = 0;
        std::int64_t remainingMs = 0;
        bool lifetime = false;
    };
    static MembershipValue membershipValue(core::Sql& sql, const Membership& membership,
                                           std::int64_t nowMs);

    // Catalog facts read inside the activation transaction: going through CatalogService would
    // take a second pooled connection while this one is held (a deadlock under load).
    struct PlanFacts
    {
        std::string upgradeMode;
        std::vector<std::pair<std::string, std::string>> grants; ///< kind, ref
        std::vector<std::pair<int, std::string>> followups;      ///< delay days, template
    };
    static PlanFacts planFacts(core::Sql& sql, const std::string& planId);
    struct ProductFacts
    {
        std::optional<std::int64_t> accessDays;
        std::vector<std::string> bundleItemIds;
        /// kind, ref: the product's own grants and those of the products it bundles
        std::vector<std::pair<std::string, std::string>> grants;
        std::vector<std::pair<int, std::string>> followups; ///< delay days, template
    };
    static ProductFacts productFacts(core::Sql& sql, const std::string& productId);

    /// Grants (kind, ref) unless the same source already grants it unrevoked.
    static void grant(core::Sql& tx, const std::string& userId, const std::string& kind,
                      const std::string& ref, const std::optional<std::string>& membershipId,
                      const std::optional<std::string>& transactionId, std::int64_t nowMs,
                      std::optional<std::int64_t> endsAtMs);
    static void revokeByMembership(core::Sql& tx, const std::string& membershipId,
                                   std::int64_t nowMs);
    static void revokeByTransaction(core::Sql& tx, const std::string& transactionId,
                                    std::int64_t nowMs);
    /// Entitlements that let the user in at `nowMs`.
    static std::vector<Entitlement> activeEntitlements(core::Sql& sql, const std::string& userId,
                                                       std::int64_t nowMs);
    static AccessDecision access(core::Sql& sql, const std::string& userId, const std::string& kind,
                                 const std::string& ref, std::int64_t nowMs);
    /// Active memberships this transaction started (refunds take them back).
    static std::vector<std::string> membershipsStartedBy(core::Sql& sql,
                                                         const std::string& transactionId);

    static void insertUpgradeLog(core::Sql& tx, const std::string& userId,
                                 const Membership& oldMembership, const std::string& newPlanId,
                                 const std::string& newMembershipId, const std::string& mode,
                                 std::int64_t totalPaid, std::int64_t credit,
                                 const std::string& transactionId, std::int64_t nowMs);

    /// Adds `amount` to the refunded total unless it would pass the paid amount; the new total,
    /// or none when it would.
    static std::optional<std::int64_t> addRefunded(core::Sql& tx, const std::string& id,
                                                   std::int64_t amount);
    static int refundCount(core::Sql& sql, const std::string& transactionId);
    static void insertRefund(core::Sql& tx, const std::string& transactionId, int seq,
                             std::int64_t amount, const std::string& reason, bool revokeAccess,
                             const std::string& actorId, const std::string& journalReference,
                             std::int64_t nowMs);

    static void setProof(core::Sql& tx, const std::string& id, const std::string& key,
                         const std::string& mime, std::int64_t nowMs);
    /// The stored file key and type of the transaction's transfer proof.
    static std::optional<std::pair<std::string, std::string>>
    proof(core::Sql& sql, const std::string& invoiceNumber);
};

} // namespace ey::commerce
