// Plain records of the affiliate domain: attribution, conversions, agent (reseller) pricing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::affiliate {

/// Who earns the commission on a checkout, and why.
struct Attribution
{
    std::optional<std::string> affiliateId;
    std::string source = "none"; ///< coupon | referral | agent | none
};

/// A paid transaction credited to an affiliate (recorded with the activation).
struct Conversion
{
    std::string transactionId;
    std::string affiliateId;
    std::int64_t gross = 0;      ///< what the buyer paid
    std::int64_t commission = 0; ///< what the ledger credited to the affiliate
};

/// One line an agent (reseller) asks to buy: individual ("mandiri") or bulk pricing.
struct AgentLine
{
    std::string productId;
    std::string mode = "individual"; ///< individual | bulk
    int quantity = 1;
};

struct AgentQuoteLine
{
    std::string productId;
    std::string title;
    std::string mode;
    int quantity = 1;
    std::int64_t unitPrice = 0;
    std::int64_t unitFeeAffiliate = 0;
};

/// Seed 004: fee_affiliate is the sum of the items' fees only when the agent has a referring
/// affiliate; otherwise 0.
struct AgentQuote
{
    std::vector<AgentQuoteLine> lines;
    std::int64_t total = 0;
    std::int64_t totalFeeAffiliate = 0; ///< sum over the lines, whoever the agent is
    std::int64_t feeAffiliate = 0;      ///< what the affiliate is credited on success
    std::optional<std::string> affiliateId;
};

} // namespace ey::affiliate
