// JSON shapes of the affiliate records (responses and activity-log snapshots share them).
#pragma once

#include "Affiliate.h"

#include "Json.h"

namespace ey::affiliate {

/// Converts affiliate records to their snake_case wire form.
class AffiliateJson
{
public:
    static core::json::ObjectPtr profile(const Profile& profile);
    static core::json::ObjectPtr overview(const AffiliateOverview& overview);
    static core::json::ObjectPtr conversion(const ConversionEntry& conversion);
    static core::json::ObjectPtr summary(const Summary& summary);
    static core::json::ObjectPtr agent(const Agent& agent);
    static core::json::ObjectPtr pricing(const AgentPricing& pricing);
    static core::json::ObjectPtr quote(const AgentQuote& quote);
};

} // namespace ey::affiliate
