// Follow-up rules (see FollowUpService.h).
#include "FollowUpService.h"

namespace ey::followup {

FollowUpService::FollowUpService(core::Db& db, const core::Clock& clock,
                                 notify::NotifyService& notify)
    : m_db(db), m_clock(clock), m_notify(notify)
{
}

void FollowUpService::schedule(core::Sql&, const PurchaseFacts&, const std::vector<FollowUpStep>&)
{
}

void FollowUpService::cancel(core::Sql&, const std::string&) {}

} // namespace ey::followup
