// Sales SQL over commerce, finance, follow-up and identity tables; parameterized only, no rules.
#pragma once

#include "Sales.h"

#include "Db.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::sales {

/// Stateless; every function runs on the Sql it is given (the pool or the caller's transaction).
class SalesStore
{
public:
    /// One page in the filter's order after `after`; `limit` rows at most, one query.
    static std::vector<SaleRow> list(core::Sql& sql, const SalesFilter& filter,
                                     const std::optional<SalesPosition>& after, int limit);
    static std::optional<SaleDetail> detail(core::Sql& sql, const std::string& invoiceNumber);
    /// Paid revenue per bucket between two Jakarta days (inclusive), empty buckets as 0.
    static RevenueSummary summary(core::Sql& sql, const std::string& fromDate,
                                  const std::string& toDate, const std::string& bucket,
                                  int topProducts);
    /// Every affiliate credited on a transaction, by name, with how many transactions.
    static std::vector<SalesAffiliate> affiliates(core::Sql& sql);
    /// Every plan and product on a transaction item: plans first, each by title.
    static std::vector<SalesProduct> products(core::Sql& sql);

    /// What a resend needs to know about one transaction (locked for the caller's transaction).
    struct ResendTarget
    {
        std::string id;
        std::string invoiceNumber;
        std::string status;
        std::string buyerId;
        std::int64_t amount = 0;
        std::optional<std::string> paymentUrl;
        std::string title; ///< the first item's title
    };
    static std::optional<ResendTarget> resendTarget(core::Sql& sql,
                                                    const std::string& invoiceNumber);
};

} // namespace ey::sales
