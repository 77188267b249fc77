// SQL for partner events (partner_assessments) and their quota rows. No rules here.
#pragma once

#include "Partner.h"

#include "Db.h"
#include "Paging.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::partner {

class EventStore
{
public:
    /// Inserts the event and its (empty) quota row; a taken code raises the unique violation.
    static std::string insert(core::Sql& sql, const std::string& partnerId, const NewEvent& event,
                              const std::string& referenceCode, const std::string& createdBy);
    /// The event when it belongs to `partnerId` (any partner when nullopt).
    static std::optional<PartnerEvent> byId(core::Sql& sql, const std::string& id,
                                            const std::optional<std::string>& partnerId);
    static std::optional<PartnerEvent> lock(core::Sql& sql, const std::string& id,
                                            const std::optional<std::string>& partnerId);
    /// Case-insensitive look-up of a reference code.
    static std::optional<PartnerEvent> byCode(core::Sql& sql, const std::string& code);
    static bool codeTaken(core::Sql& sql, const std::string& code);
    static std::vector<PartnerEvent> list(core::Sql& sql, const std::string& partnerId,
                                          const EventFilter& filter, const core::PageRequest& page);
    static void update(core::Sql& sql, const PartnerEvent& event);
    /// The assessment's status ("draft"/"published"), or nullopt when there is none.
    static std::optional<std::string> assessmentStatus(core::Sql& sql, const std::string& id);
};

} // namespace ey::partner
