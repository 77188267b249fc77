// Affiliate SQL: profiles, clicks, conversions, agents and agent pricing. No rules here.
#pragma once

#include "Affiliate.h"

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::affiliate {

/// A product as an agent line sees it, with the pricing row of the asked mode (if any).
struct PricedProduct
{
    std::string id;
    std::string title;
    std::string status;
    std::optional<AgentPrice> price;
};

/// Who referred an agent, and whether that affiliate may earn now.
struct AgentReferral
{
    std::optional<std::string> referredBy;
    bool referrerActive = false;
};

/// Static SQL helpers taking core::Sql&, so they run inside the caller's transaction.
class AffiliateStore
{
public:
    static std::optional<Profile> profileByUser(core::Sql& sql, const std::string& userId);
    /// Case-insensitive (citext), whatever the status.
    static std::optional<Profile> profileByCode(core::Sql& sql, const std::string& code);
    /// Creates the profile or changes its code; throws DbError (unique violation) when taken.
    static Profile saveCode(core::Sql& sql, const std::string& userId, const std::string& code,
                            std::int64_t nowMs);
    static std::optional<Profile> setStatus(core::Sql& sql, const std::string& userId,
                                            const std::string& status, std::int64_t nowMs);
    /// True when the user exists, is active and is not a suspended affiliate.
    static bool mayEarn(core::Sql& sql, const std::string& userId);

    static std::optional<AffiliateOverview> overview(core::Sql& sql, const std::string& userId);
    /// `page.limit + 1` rows at most, newest first.
    static std::vector<AffiliateOverview> overviews(core::Sql& sql, const AffiliateFilter& filter,
                                                    const core::PageRequest& page);

    /// Records a click unless this code already has one from the same address hash within the
    /// `windowMs` before `nowMs`; true when it recorded. Run it in a transaction: it takes a
    /// transaction-scoped lock so two simultaneous repeats cannot both count.
    static bool insertClickUnlessRecent(core::Sql& sql, const std::string& affiliateId,
                                        const std::string& code, const std::string& path,
                                        const std::string& ipHash, std::int64_t nowMs,
                                        std::int64_t windowMs);

    /// False when the transaction already has its conversion.
    static bool insertConversion(core::Sql& sql, const Conversion& conversion, std::int64_t nowMs);
    /// Adds `amount` to reversed (capped at the commission) and moves the status along.
    static void reverseConversion(core::Sql& sql, const std::string& transactionId,
                                  std::int64_t amount, std::int64_t nowMs);
    /// `page.limit + 1` rows at most, newest first.
    static std::vector<ConversionEntry> conversions(core::Sql& sql, const std::string& affiliateId,
                                                    const core::PageRequest& page);
    /// One row per day from `from` to `to` (YYYY-MM-DD, Asia/Jakarta days).
    static std::vector<DayStats> days(core::Sql& sql, const std::string& affiliateId,
                                      const std::string& from, const std::string& to);

    /// The agent, only when the user holds the reseller role.
    static std::optional<Agent> agent(core::Sql& sql, const std::string& userId);
    /// `page.limit + 1` rows at most, newest users first.
    static std::vector<Agent> agents(core::Sql& sql, const std::optional<std::string>& search,
                                     const core::PageRequest& page);
    static void saveAgent(core::Sql& sql, const std::string& userId,
                          const std::optional<std::string>& referredBy, std::int64_t nowMs);
    static AgentReferral referral(core::Sql& sql, const std::string& agentUserId);

    static std::optional<std::string> productIdBySlug(core::Sql& sql, const std::string& slug);
    static std::optional<PricedProduct> pricedProduct(core::Sql& sql, const std::string& productId,
                                                      const std::string& mode);
    /// The product's agent pricing (both modes optional); nullopt for an unknown product.
    static std::optional<AgentPricing> pricing(core::Sql& sql, const std::string& productId);
    /// Products with at least one agent price; `page.limit + 1` at most, newest products first.
    static std::vector<AgentPricing> pricings(core::Sql& sql, const core::PageRequest& page);
    /// Sets one mode's row, or removes it when `price` is empty.
    static void savePrice(core::Sql& sql, const std::string& productId, const std::string& mode,
                          const std::optional<AgentPrice>& price, std::int64_t nowMs);
};

} // namespace ey::affiliate
