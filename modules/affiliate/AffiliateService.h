// Affiliate rules: referral codes and clicks, who is credited for a sale, conversions, agent
// (reseller) pricing with its affiliate fee. No HTTP here.
#pragma once

#include "Affiliate.h"

#include "Clock.h"
#include "Config.h"
#include "Db.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::affiliate {

/// Thread safe. The functions taking core::Sql& run inside the caller's transaction (commerce
/// calls them while it writes the transaction or its activation).
class AffiliateService
{
public:
    AffiliateService(core::Db& db, const core::Clock& clock, const core::Config& config);

    /// A coupon owned by an affiliate overrides the referral code; a buyer never refers
    /// themselves; unknown or suspended codes are ignored (the sale simply has no affiliate).
    Attribution attribute(core::Sql& sql, const std::string& buyerId,
                          const std::optional<std::string>& referralCode,
                          const std::optional<std::string>& couponOwnerId);

    /// Prices an agent's order (seed 004). Throws core::Problem for unknown products or lines
    /// without agent pricing.
    AgentQuote agentQuote(core::Sql& sql, const std::string& agentUserId,
                          const std::vector<AgentLine>& lines);

    /// On payment success, inside the activation transaction; a repeat is a no-op.
    void recordConversion(core::Sql& sql, const Conversion& conversion);
    /// On refund: takes `commissionReversed` off the transaction's conversion (all of it on a
    /// full refund); a transaction without a conversion is a no-op.
    void reverseConversion(core::Sql& sql, const std::string& transactionId,
                           std::int64_t commissionReversed);

    /// A visit with ?ref=CODE: records the click and answers whether the code belongs to an
    /// active affiliate (only then does the web page set the cookie).
    bool recordClick(const std::string& code, const std::string& path, const std::string& clientIp);

    /// How many days the referral cookie lives (affiliate.cookie_days, default 30).
    int cookieDays() const;

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    const core::Config& m_config;
};

} // namespace ey::affiliate
