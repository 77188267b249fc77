// Commerce SQL: invoice numbers, transactions with items and history, payment events,
// memberships. No rules here.
#pragma once

#include "Commerce.h"

#include "Db.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::commerce {

/// Static functions over core::Sql, so they run inside the caller's transaction.
class CommerceStore
{
public:
    /// The next invoice number ("INV001"); rolled back with the caller's transaction.
    static std::string nextInvoiceNumber(core::Sql& tx);
    static std::string insertTransaction(core::Sql& tx, const Transaction& t, std::int64_t nowMs);
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
    static void extendMembership(core::Sql& tx, const std::string& id, int months,
                                 std::int64_t nowMs);
    static void makeLifetime(core::Sql& tx, const std::string& id, std::int64_t nowMs);
    static void expireMembership(core::Sql& tx, const std::string& id, std::int64_t nowMs);
    /// months 0: lifetime.
    static void insertMembership(core::Sql& tx, const std::string& userId,
                                 const std::string& planId, int months,
                                 const std::string& sourceTransactionId, std::int64_t nowMs);
};

} // namespace ey::commerce
