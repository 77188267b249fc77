// Affiliate rules: referral codes and clicks, who is credited for a sale, conversions, agent
// (reseller) pricing with its affiliate fee. No HTTP here.
#pragma once

#include "Affiliate.h"

#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "Paging.h"

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
    /// active affiliate (only then does the web page set the cookie). At most one click per
    /// (code, address) is counted per 30 minutes; a repeat answers the same but records nothing.
    bool recordClick(const std::string& code, const std::string& path, const std::string& clientIp);

    /// How many days the referral cookie lives (affiliate.cookie_days, default 30).
    int cookieDays() const;

    /// True for 3..20 letters, digits, '_' or '-' (what a referral code may be).
    static bool isValidCode(const std::string& code);

    // --- What the affiliate module's own routes call (each runs its own transaction). ---

    /// The user's own profile; 404 problem when they have no code yet.
    Profile profile(const std::string& userId);
    /// Creates or changes the user's code; `created` tells which. 409 when another affiliate
    /// holds it, 422 when malformed, 409 while suspended.
    Profile setCode(const std::string& userId, const std::string& code, const Actor& actor,
                    bool& created);
    /// Figures from `from` to `to` (YYYY-MM-DD, Jakarta days; defaults: the last 30 days).
    Summary summary(const std::string& userId, const std::optional<std::string>& from,
                    const std::optional<std::string>& to);
    std::vector<ConversionEntry> conversions(const std::string& userId,
                                             const core::PageRequest& page);

    std::vector<AffiliateOverview> affiliates(const AffiliateFilter& filter,
                                              const core::PageRequest& page);
    /// Suspends or reinstates an affiliate (audited).
    AffiliateOverview setStatus(const std::string& userId, const std::string& status,
                                const Actor& actor);

    std::vector<Agent> agents(const std::optional<std::string>& search,
                              const core::PageRequest& page);
    /// Sets who referred an agent (audited). The user must hold the reseller role; the referrer
    /// must be an affiliate (have a code) and not the agent.
    Agent assignAgent(const std::string& userId, const std::optional<std::string>& referredBy,
                      const Actor& actor);

    std::vector<AgentPricing> pricings(const core::PageRequest& page);
    /// Replaces both modes of a product's agent pricing (a missing mode is removed; audited).
    AgentPricing setPricing(const std::string& productId,
                            const std::optional<AgentPrice>& individual,
                            const std::optional<AgentPrice>& bulk, const Actor& actor);

    /// agentQuote() for lines naming products by slug (the preview route, mobile and desktop).
    /// `slugs[i]` replaces `lines[i].productId`; an unknown slug is a 422 naming the line.
    AgentQuote quoteBySlug(const std::string& agentUserId, std::vector<AgentLine> lines,
                           const std::vector<std::string>& slugs);

private:
    core::Db& m_db;
    const core::Clock& m_clock;
    const core::Config& m_config;
};

} // namespace ey::affiliate
