// Affiliate rules (see AffiliateService.h).
#include "AffiliateService.h"

namespace ey::affiliate {

AffiliateService::AffiliateService(core::Db& db, const core::Clock& clock,
                                   const core::Config& config)
    : m_db(db), m_clock(clock), m_config(config)
{
}

Attribution AffiliateService::attribute(core::Sql&, const std::string&,
                                        const std::optional<std::string>&,
                                        const std::optional<std::string>& couponOwnerId)
{
    Attribution attribution;
    if (couponOwnerId) {
        attribution.affiliateId = couponOwnerId;
        attribution.source = "coupon";
    }
    return attribution;
}

AgentQuote AffiliateService::agentQuote(core::Sql&, const std::string&,
                                        const std::vector<AgentLine>&)
{
    return {};
}

void AffiliateService::recordConversion(core::Sql&, const Conversion&) {}

void AffiliateService::reverseConversion(core::Sql&, const std::string&, std::int64_t) {}

bool AffiliateService::recordClick(const std::string&, const std::string&, const std::string&)
{
    return false;
}

int AffiliateService::cookieDays() const
{
    return 30;
}

} // namespace ey::affiliate
