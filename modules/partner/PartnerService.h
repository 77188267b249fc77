// Partner account rules: owners and operators, profile and terms, pricing, whose partner a
// caller acts for.
#pragma once

#include "Assessment.h"
#include "Partner.h"

#include "Auth.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"
#include "IdentityService.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// Thread safe: every call runs its own statements or transaction.
class PartnerService
{
public:
    /// Owner and operator accounts are made and given their roles through `identity` (which
    /// must outlive the service), inside the partner's own transaction.
    PartnerService(core::Db& db, identity::IdentityService& identity)
        : m_db(db), m_identity(identity)
    {
    }

    /// Creates the partner and links (or creates) its owner, who gets the partner role.
    Partner create(const NewPartner& partner, const Actor& actor);
    std::vector<Partner> list(const PartnerFilter& filter, const core::PageRequest& page);
    Partner get(const std::string& id);
    Partner update(const std::string& id, const PartnerProfile& profile, const PartnerTerms& terms,
                   const Actor& actor);

    /// The partner id the caller acts for. Admins (partner.manage) name one with `requested`
    /// (or act for their own); an owner or operator always gets their own, and naming another
    /// partner is a 404 so ids of other partners cannot be probed.
    std::string scope(const core::AuthContext& caller, const std::optional<std::string>& requested);
    /// Like scope(), but an admin naming no partner may reach any partner's item (nullopt).
    std::optional<std::string> itemScope(const core::AuthContext& caller,
                                         const std::optional<std::string>& requested);
    /// "owner", "operator" or "admin": how the caller relates to `partnerId`.
    std::string relation(const core::AuthContext& caller, const std::string& partnerId);

    std::vector<PartnerOperator> operators(const std::string& partnerId);
    /// Links (or creates) a user as operator of this partner, with the partner_operator role.
    PartnerOperator addOperator(const std::string& partnerId, const NewOwner& user,
                                const Actor& actor);
    void removeOperator(const std::string& partnerId, const std::string& userId,
                        const Actor& actor);

    std::vector<PartnerPricing> pricings(const std::string& partnerId);
    PartnerPricing setPricing(const std::string& partnerId, const std::string& assessmentId,
                              std::int64_t price, std::optional<std::int64_t> executivePrice,
                              const Actor& actor);
    void removePricing(const std::string& partnerId, const std::string& assessmentId,
                       const Actor& actor);
    PartnerTotals totals(const std::string& partnerId);
    std::vector<AvailableAssessment> publishedAssessments();
    std::vector<PartnerLogEntry> logs(const std::string& partnerId, const core::PageRequest& page);

    /// The partner as JSON, with its area resolved to names ("Kota Bandung, Jawa Barat").
    core::json::ObjectPtr toJson(const Partner& partner);
    static core::json::ObjectPtr toJson(const PartnerOperator& item);
    static core::json::ObjectPtr toJson(const PartnerPricing& item);
    static core::json::ObjectPtr toJson(const PartnerTotals& totals);
    static core::json::ObjectPtr toJson(const AvailableAssessment& item);
    static core::json::ObjectPtr toJson(const PartnerLogEntry& entry);

private:
    /// Inside a transaction the area is resolved on the transaction's own connection, so a
    /// busy pool can never leave a transaction waiting for a second connection.
    core::json::ObjectPtr toJson(core::Sql& sql, const Partner& partner);
    /// The user a NewOwner names (existing by id or email, or a new account), given `role`.
    std::string ensureUser(core::Sql& sql, const NewOwner& user, const std::string& role,
                           const Actor& actor);
    void checkArea(core::Sql& sql, const std::optional<std::optional<std::string>>& areaCode);

    core::Db& m_db;
    identity::IdentityService& m_identity;
};

} // namespace ey::partner
