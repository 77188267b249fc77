// Sales rules: which page of the read model to return, revenue buckets, and resending a purchase's
// notice to its buyer. No HTTP here.
#pragma once

#include "Sales.h"

#include "Clock.h"
#include "Db.h"
#include "NotifyService.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ey::sales {

/// What a resend did: which notice went out, to which channels.
struct ResendOutcome
{
    std::string invoiceNumber;
    std::string notice; ///< "confirmation" | "payment_link"
    std::vector<std::string> channels;
};

/// Thread safe; holds no state between calls.
class SalesService
{
public:
    SalesService(core::Db& db, const core::Clock& clock, notify::NotifyService& notify);

    /// At most `limit` rows after `after`.
    std::vector<SaleRow> list(const SalesFilter& filter, const std::optional<SalesPosition>& after,
                              int limit);
    /// Calls `batch` with consecutive pages of every row the filter matches until it returns
    /// false or the rows run out (CSV export).
    void forEachBatch(const SalesFilter& filter, int batchSize,
                      const std::function<bool(const std::vector<SaleRow>&)>& batch);
    /// 404 problem when no such invoice.
    SaleDetail detail(const std::string& invoiceNumber);
    /// `bucket` is day|week|month|year; dates are validated by the caller.
    RevenueSummary summary(const std::string& fromDate, const std::string& toDate,
                           const std::string& bucket);
    /// The choices of the list's affiliate and product filters (only what appears on sales).
    std::vector<SalesAffiliate> affiliates();
    std::vector<SalesProduct> products();
    /// PAID: purchase confirmation again; PENDING: the payment link again; otherwise a 409.
    ResendOutcome resend(const std::string& invoiceNumber, const std::string& actorId,
                         const std::string& ip);

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    notify::NotifyService& m_notify;
};

} // namespace ey::sales
