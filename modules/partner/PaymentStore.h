// SQL for partner payments: quota packages, partner transactions, their clients and proofs.
#pragma once

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// What a pre-paid partner can buy in one go (partner_quota_packages).
struct QuotaPackage
{
    std::string id;
    std::string name;
    std::int64_t quota = 0;
    std::int64_t discountPercent = 0;
    bool active = true;
    std::int64_t position = 0;
};

/// Changes to a package; absent fields stay as they are.
struct PackageChanges
{
    std::optional<std::string> name;
    std::optional<std::int64_t> quota;
    std::optional<std::int64_t> discountPercent;
    std::optional<bool> active;
    std::optional<std::int64_t> position;
};

/// One row of partner_transactions with what its JSON shows.
struct PartnerTransaction
{
    std::string id;
    std::string number;
    std::string partnerId;
    std::string partnerInstitution;
    std::string ownerUserId;
    std::string ownerEmail;
    std::string kind;   ///< topup | executive | monthly_invoice
    std::string status; ///< pending | awaiting_confirmation | paid | rejected | cancelled
    std::optional<std::string> method;
    std::int64_t amount = 0;
    std::int64_t quota = 0;
    std::optional<std::string> eventId;
    std::optional<std::string> eventReferenceCode;
    std::optional<std::string> eventTitle;
    std::optional<std::string> packageId;
    std::optional<std::string> packageName;
    std::int64_t clientCount = 0;
    std::optional<std::string> proofFileKey;
    std::optional<std::string> proofMime;
    std::optional<std::string> gatewayInvoiceId;
    std::optional<std::string> invoiceUrl;
    std::optional<std::string> payBefore;
    std::optional<std::string> periodStart;
    std::optional<std::string> periodEnd;
    std::optional<std::string> dueAt;
    std::optional<std::string> rejectionReason;
    std::optional<std::string> paidAt;
    std::optional<std::string> paidNote;
    std::string createdAt;
    std::string updatedAt;
    std::string sortKey; ///< created_at to the microsecond, for list cursors
};

struct NewTransaction
{
    std::string partnerId;
    std::optional<std::string> eventId;
    std::string kind;
    std::string method;
    std::int64_t amount = 0;
    std::int64_t quota = 0;
    std::optional<std::string> packageId;
    std::optional<std::string> payBefore;
    std::optional<std::string> idempotencyKey;
    std::string createdBy;
};

struct TransactionFilter
{
    std::optional<std::string> partnerId;
    std::optional<std::string> kind;
    std::optional<std::string> status;
};

class PaymentStore
{
public:
    static std::vector<QuotaPackage> packages(core::Sql& sql, bool activeOnly);
    static std::optional<QuotaPackage> package(core::Sql& sql, const std::string& id);
    static std::string insertPackage(core::Sql& sql, const QuotaPackage& package);
    static void updatePackage(core::Sql& sql, const QuotaPackage& package);
    static bool deletePackage(core::Sql& sql, const std::string& id);

    /// The new transaction's id, or nullopt when its idempotency key is taken already.
    static std::optional<std::string> insert(core::Sql& sql, const NewTransaction& transaction);
    /// The transaction when it belongs to `partnerId` (any partner when nullopt).
    static std::optional<PartnerTransaction> byId(core::Sql& sql, const std::string& id,
                                                  const std::optional<std::string>& partnerId);
    /// Locks the row until the transaction ends.
    static std::optional<PartnerTransaction> lock(core::Sql& sql, const std::string& id);
    static std::optional<PartnerTransaction> lockByNumber(core::Sql& sql,
                                                          const std::string& number);
    static std::optional<std::string> byIdempotencyKey(core::Sql& sql, const std::string& partnerId,
                                                       const std::string& key);
    /// Newest first, `limit + 1` at most.
    static std::vector<PartnerTransaction> list(core::Sql& sql, const TransactionFilter& filter,
                                                const core::PageRequest& page);

    static void setGatewayInvoice(core::Sql& sql, const std::string& id,
                                  const std::string& invoiceId, const std::string& url);
    /// Guarded: only from pending or awaiting_confirmation; false when another change won.
    static bool markPaid(core::Sql& sql, const std::string& id,
                         const std::optional<std::string>& confirmedBy,
                         const std::optional<std::string>& note, const std::string& at);
    static bool reject(core::Sql& sql, const std::string& id, const std::string& rejectedBy,
                       const std::string& reason, const std::string& at);
    /// Guarded: only from pending.
    static bool cancel(core::Sql& sql, const std::string& id);
    /// Stores the proof and moves to awaiting_confirmation (guarded like markPaid).
    static bool setProof(core::Sql& sql, const std::string& id, const std::string& fileKey,
                         const std::string& mime);
    /// Manual payments still pending without a proof past their deadline, locked (skipping
    /// rows others hold) for cancelling.
    static std::vector<std::string> overdueManual(core::Sql& sql,
                                                  const std::optional<std::string>& partnerId,
                                                  const std::string& now);

    /// Adds quota to the event (creating its row if needed); the balance after.
    static std::int64_t addQuota(core::Sql& sql, const std::string& eventId, std::int64_t quota);
    static void logTopup(core::Sql& sql, const std::string& eventId, std::int64_t delta,
                         std::int64_t balanceAfter, const std::string& actorId,
                         const std::string& transactionId, const std::string& note);

    /// The partner's executive-summary price for the assessment, if set.
    static std::optional<std::int64_t> executivePrice(core::Sql& sql, const std::string& partnerId,
                                                      const std::string& assessmentId);
    /// The number of the open (pending / awaiting) executive transaction holding the client.
    static std::optional<std::string> executiveReservation(core::Sql& sql,
                                                           const std::string& clientId);
    static void addClient(core::Sql& sql, const std::string& transactionId,
                          const std::string& clientId, std::int64_t amount);
    /// The clients an executive transaction covers (ids).
    static std::vector<std::string> clients(core::Sql& sql, const std::string& transactionId);
    static void reserveClient(core::Sql& sql, const std::string& clientId,
                              const std::string& transactionId);
    /// Clients held by the transaction go free again.
    static void releaseClients(core::Sql& sql, const std::string& transactionId);
    /// The summary is available and the stored report forgotten (the next download renders
    /// it with the summary); the forgotten file key, if there was one.
    static std::optional<std::string> activateExecutive(core::Sql& sql,
                                                        const std::string& clientId);

};

} // namespace ey::partner
