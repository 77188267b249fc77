// Partner payment rules: quota packages, top-ups, executive add-ons, manual proofs, admin
// confirmation and Xendit callbacks. Partner money never touches the finance ledger.
#pragma once

#include "Assessment.h"
#include "Partner.h"
#include "PaymentStore.h"

#include "CommerceService.h"
#include "NotifyService.h"

#include "Auth.h"
#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"
#include "Paging.h"
#include "TransferProof.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ey::partner {

/// One package priced for one event.
struct PricedPackage
{
    QuotaPackage package;
    std::int64_t amount = 0;
};

/// What a pre-paid partner may buy for one event, and how it can pay.
struct PackageOffer
{
    std::string eventId;
    std::int64_t unitPrice = 0;
    std::vector<PricedPackage> items;
    std::optional<commerce::BankInstructions> bank;
    bool xenditAvailable = false;
};

struct TopupRequest
{
    std::string eventId;
    std::optional<std::string> packageId;
    std::optional<std::int64_t> quota; ///< a custom amount when no package is named
    std::string method;                ///< manual | xendit
    std::optional<std::string> idempotencyKey;
};

/// Pre-paid: the transaction to pay. Post-paid: the clients activated on credit.
struct ExecutiveResult
{
    std::optional<PartnerTransaction> transaction;
    std::vector<std::string> activatedClientIds;
    std::int64_t creditAmount = 0;
};

/// Thread safe: every call runs its own transaction(s); Xendit is asked outside them.
class PaymentService
{
public:
    static constexpr std::size_t kMaxProofBytes = core::kMaxTransferProofBytes;
    /// external_id prefix of the Xendit invoices this service owns (the transaction number).
    static constexpr const char* kInvoicePrefix = "PT-";

    PaymentService(core::Db& db, const core::Clock& clock, const core::Config& config,
                   core::FileStore& files, notify::NotifyService& notify,
                   commerce::CommerceService& commerce)
        : m_db(db), m_clock(clock), m_config(config), m_files(files), m_notify(notify),
          m_commerce(commerce)
    {
    }

    std::vector<QuotaPackage> packages();
    QuotaPackage createPackage(const QuotaPackage& package, const Actor& actor);
    QuotaPackage updatePackage(const std::string& id, const PackageChanges& changes,
                               const Actor& actor);
    void deletePackage(const std::string& id, const Actor& actor);
    /// The active packages priced for the partner's event; 409 for a post-paid partner.
    PackageOffer offer(const std::string& partnerId, const std::string& eventId);

    /// A pending top-up; `created` is false when the idempotency key named an earlier one.
    std::pair<PartnerTransaction, bool> topup(const std::string& partnerId,
                                              const TopupRequest& request, const Actor& actor);
    ExecutiveResult executive(const std::string& partnerId,
                              const std::vector<std::string>& clientIds, const std::string& method,
                              const Actor& actor);

    std::vector<PartnerTransaction> list(const TransactionFilter& filter,
                                         const core::PageRequest& page);
    /// 404 for another partner's transaction.
    PartnerTransaction get(const std::optional<std::string>& partnerId, const std::string& id);
    PartnerTransaction cancel(const std::optional<std::string>& partnerId, const std::string& id,
                              const Actor& actor);
    PartnerTransaction uploadProof(const std::optional<std::string>& partnerId,
                                   const std::string& id, const std::string& bytes,
                                   const Actor& actor);
    /// The proof's bytes and MIME type; 404 when there is none.
    std::pair<std::string, std::string> proof(const std::optional<std::string>& partnerId,
                                              const std::string& id);
    PartnerTransaction confirm(const std::string& id, const std::optional<std::string>& note,
                               const Actor& actor);
    PartnerTransaction reject(const std::string& id, const std::string& reason, const Actor& actor);

    /// A Xendit callback for a PT- invoice, inside commerce's once-only transaction.
    commerce::OwnedInvoiceOutcome applyCallback(core::Sql& tx,
                                                const commerce::OwnedInvoiceCallback& callback);

    static core::json::ObjectPtr toJson(const PartnerTransaction& transaction);
    static core::json::ObjectPtr toJson(const QuotaPackage& package);

private:
    std::string now() const;
    /// The partner's event, when the partner pays in advance (404 / 409 otherwise).
    PartnerEvent prepaidEvent(const std::string& partnerId, const std::string& eventId);
    /// Manual payments past their deadline with no proof are cancelled when next looked at.
    void expireOverdue(const std::optional<std::string>& partnerId);
    /// A transaction just became paid inside `tx`: quota or summaries, log, notice. Returns the
    /// stored report files that are no longer wanted (removed once the transaction commits).
    std::vector<std::string> settlePaid(core::Sql& tx, const PartnerTransaction& t,
                                        const std::string& actorId);
    /// Tells the partner's owner (in-app and email) and publishes partner.payment_updated.
    void tell(core::Sql& tx, const PartnerTransaction& t, const std::string& status,
              const std::string& title, const std::string& message);
    void publish(core::Sql& tx, const PartnerTransaction& t, const std::string& status);
    void removeFiles(const std::vector<std::string>& keys);
    /// Opens the Xendit invoice of a stored pending transaction (502 and cancelled on failure).
    void openInvoice(const std::string& id);
    std::string payBefore() const;
    void requireMethod(const std::string& method) const;

    core::Db& m_db;
    const core::Clock& m_clock;
    const core::Config& m_config;
    core::FileStore& m_files;
    notify::NotifyService& m_notify;
    commerce::CommerceService& m_commerce;
};

} // namespace ey::partner
