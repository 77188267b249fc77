// Partner event rules: reference codes, status and pricing, the share link, the public check.
#pragma once

#include "Assessment.h"
#include "Partner.h"

#include "Config.h"
#include "Db.h"
#include "Json.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

/// Thread safe. Every call is already scoped to one partner (PartnerService::scope).
class EventService
{
public:
    /// The share links use the configured public URL as it is when asked (the port of a server
    /// started on port 0 is known only once it listens); `config` must outlive the service.
    EventService(core::Db& db, const core::Config& config);

    PartnerEvent create(const std::string& partnerId, NewEvent event, const Actor& actor);
    std::vector<PartnerEvent> list(const std::string& partnerId, const EventFilter& filter,
                                   const core::PageRequest& page);
    /// 404 when the event belongs to another partner, so ids never leak across partners;
    /// `partnerId` nullopt (an admin naming no partner) reaches any partner's event.
    PartnerEvent get(const std::optional<std::string>& partnerId, const std::string& id);
    PartnerEvent update(const std::optional<std::string>& partnerId, const std::string& id,
                        const EventChanges& changes, const Actor& actor);
    /// The event behind a code a client typed, if it can be taken now; a 404 problem otherwise.
    PartnerEvent openEvent(const std::string& code);

    /// 8 characters without look-alikes (no 0/O, 1/I/L), e.g. "K7MQ2XWD".
    static std::string generateCode();
    static bool isValidCode(const std::string& code);
    std::string shareUrl(const std::string& code) const;
    core::json::ObjectPtr toJson(const PartnerEvent& event) const;
    /// What the public check shows: no prices, quota or partner ids.
    static core::json::ObjectPtr publicJson(const PartnerEvent& event);

    static constexpr const char* kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

private:
    void checkPricing(const PartnerEvent& event) const;

    core::Db& m_db;
    const core::Config& m_config;
};

} // namespace ey::partner
