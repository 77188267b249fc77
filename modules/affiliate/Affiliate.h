// Plain records of the affiliate domain: attribution, conversions, agent (reseller) pricing.
#pragma once

#include "Audit.h"
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

/// An affiliate's referral code and standing.
struct Profile
{
    std::string userId;
    std::string code;
    std::string status = "active"; ///< active | suspended
    std::string createdAt;
    std::string updatedAt;
};

/// One affiliate in the admin list, with lifetime totals.
struct AffiliateOverview
{
    Profile profile;
    std::string fullName;
    std::string email;
    std::int64_t clicks = 0;
    std::int64_t conversions = 0; ///< not fully reversed
    std::int64_t commission = 0;  ///< net of reversals
};

struct AffiliateFilter
{
    std::optional<std::string> search; ///< code, name or e-mail
    std::optional<std::string> status;
};

/// A conversion as the affiliate sees it in their list.
struct ConversionEntry
{
    std::string id;
    std::string transactionId;
    std::string invoiceNumber;
    std::int64_t gross = 0;
    std::int64_t commission = 0;
    std::int64_t reversed = 0;
    std::string status; ///< recorded | partially_reversed | reversed
    std::string createdAt;
};

struct DayStats
{
    std::string date; ///< YYYY-MM-DD in Asia/Jakarta
    std::int64_t clicks = 0;
    std::int64_t conversions = 0;
    std::int64_t commission = 0;
};

/// An affiliate's figures over a date range (days in Asia/Jakarta, both ends included).
struct Summary
{
    std::string from;
    std::string to;
    std::int64_t clicks = 0;
    std::int64_t conversions = 0; ///< not fully reversed
    std::int64_t gross = 0;
    std::int64_t commission = 0; ///< net of reversals
    std::vector<DayStats> days;  ///< every day of the range, zeros included
};

/// A user holding the reseller role and who referred them (if anyone).
struct Agent
{
    std::string userId;
    std::string fullName;
    std::string email;
    std::optional<std::string> referredBy;
    std::optional<std::string> referredByName;
    std::optional<std::string> referredByCode;
    std::optional<std::string> updatedAt; ///< null until an admin assigned a referrer
    std::string userCreatedAt;            ///< list order
};

struct AgentPrice
{
    std::int64_t unitPrice = 0;
    std::int64_t feeAffiliate = 0;
    int minQuantity = 1;
};

/// A product's agent prices; a mode without a row cannot be bought by agents.
struct AgentPricing
{
    std::string productId;
    std::string productSlug;
    std::string productTitle;
    std::optional<AgentPrice> individual;
    std::optional<AgentPrice> bulk;
    std::string updatedAt;
    std::string productCreatedAt; ///< list order
};

using Actor = core::Actor;

} // namespace ey::affiliate
