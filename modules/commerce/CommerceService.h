// Commerce rules: checkout with a price snapshot, the Xendit callback (activation, ledger,
// notification), memberships and the access check the whole server uses. No HTTP here.
#pragma once

#include "Commerce.h"
#include "XenditAdapter.h"

#include "CatalogService.h"
#include "FinanceService.h"
#include "NotifyService.h"

#include "Clock.h"
#include "Db.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::commerce {

/// Thread safe: every call runs its own transaction(s); the Xendit call happens outside them.
class CommerceService
{
public:
    CommerceService(core::Db& db, const core::Clock& clock, XenditAdapter xendit,
                    catalog::CatalogService& catalog, finance::FinanceService& finance,
                    notify::NotifyService& notify);

    /// Creates the PENDING transaction (items, price snapshot, history), then the Xendit invoice.
    /// 503 when Xendit is not configured (nothing created), 502 when it fails (the transaction
    /// is kept as FAILED with the reason).
    Transaction checkout(const std::string& buyerId, const CheckoutRequest& request);

    /// Applies one Xendit invoice callback whose token was already checked. Acts once per
    /// (invoice id, status), however often and however concurrently it is delivered.
    CallbackOutcome handleXenditCallback(const std::string& rawBody);
    bool callbackTokenMatches(const std::string& token) const;

    /// The user's active membership now, if any (an end date in the past does not count).
    std::optional<Membership> activeMembership(const std::string& userId);

    Transaction transaction(const std::string& invoiceNumber,
                            const std::optional<std::string>& buyerId);
    /// `limit + 1` at most, newest first.
    std::vector<Transaction> transactions(const TransactionFilter& filter,
                                          const std::optional<TransactionPosition>& after,
                                          int limit);

private:
    void activate(core::Tx& tx, const Transaction& t, const std::vector<TransactionItem>& items,
                  std::int64_t now);

    core::Db& m_db;
    const core::Clock& m_clock;
    XenditAdapter m_xendit;
    catalog::CatalogService& m_catalog;
    finance::FinanceService& m_finance;
    notify::NotifyService& m_notify;
};

} // namespace ey::commerce
