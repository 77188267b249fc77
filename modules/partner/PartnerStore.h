// SQL for partners, their operators, pricing, totals and the partner log. No rules here.
#pragma once

#include "Partner.h"

#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

class PartnerStore
{
public:
    static std::string insert(core::Sql& sql, const NewPartner& partner,
                              const std::string& ownerUserId);
    static std::optional<Partner> byId(core::Sql& sql, const std::string& id);
    /// Locks the partner row until the transaction ends.
    static std::optional<Partner> lock(core::Sql& sql, const std::string& id);
    static std::vector<Partner> list(core::Sql& sql, const PartnerFilter& filter,
                                     const core::PageRequest& page);
    /// Writes every mutable column from `partner`.
    static void update(core::Sql& sql, const Partner& partner);
    /// The partner a user acts for: the one they own, or the one they operate for.
    static std::optional<std::string> partnerOfUser(core::Sql& sql, const std::string& userId);
    static bool ownsAPartner(core::Sql& sql, const std::string& userId);

    static std::vector<PartnerOperator> operators(core::Sql& sql, const std::string& partnerId);
    static std::optional<std::string> operatorPartner(core::Sql& sql, const std::string& userId);
    static void addOperator(core::Sql& sql, const std::string& partnerId, const std::string& userId,
                            const std::string& addedBy);
    static bool removeOperator(core::Sql& sql, const std::string& partnerId,
                               const std::string& userId);

    static std::vector<PartnerPricing> pricings(core::Sql& sql, const std::string& partnerId);
    static void upsertPricing(core::Sql& sql, const std::string& partnerId,
                              const std::string& assessmentId, std::int64_t price,
                              std::optional<std::int64_t> executivePrice);
    static bool removePricing(core::Sql& sql, const std::string& partnerId,
                              const std::string& assessmentId);

    static std::vector<AvailableAssessment> publishedAssessments(core::Sql& sql);
    static PartnerTotals totals(core::Sql& sql, const std::string& partnerId);
    static std::vector<PartnerLogEntry> logs(core::Sql& sql, const std::string& partnerId,
                                             const core::PageRequest& page);
    static void log(core::Sql& sql, const std::string& partnerId, const std::string& actorId,
                    const std::string& action, const core::json::ObjectPtr& details);
};

} // namespace ey::partner
