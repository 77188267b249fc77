// The activity log row written with every admin action, inside the action's own transaction.
#pragma once

#include "Db.h"
#include "Json.h"

#include <string>

namespace ey::core {

/// Who performs an action: the signed-in user (empty for the system) and the address it came
/// from, for rules and the audit row. Every module's services take it.
struct Actor
{
    std::string userId;
    std::string ip;
};

struct AuditEntry
{
    std::string actorId; ///< empty for the system / CLI
    std::string action;  ///< "user.create", "branding.update"
    std::string entityType;
    std::string entityId;
    json::ObjectPtr before; ///< null when nothing existed
    json::ObjectPtr after;  ///< null when it was removed
    std::string ip;
};

void audit(Sql& tx, const AuditEntry& entry);

} // namespace ey::core
