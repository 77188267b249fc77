// Activity log writer.
#include "Audit.h"

namespace ey::core {

void audit(Sql& tx, const AuditEntry& entry)
{
    tx.exec("INSERT INTO activity_log (actor_id, action, entity_type, entity_id, before, after, ip)"
            " VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb, $7)",
            {entry.actorId.empty() ? Param(std::nullopt) : Param(entry.actorId), entry.action,
             entry.entityType, entry.entityId.empty() ? Param(std::nullopt) : Param(entry.entityId),
             entry.before ? Param(json::stringify(entry.before)) : Param(std::nullopt),
             entry.after ? Param(json::stringify(entry.after)) : Param(std::nullopt),
             entry.ip.empty() ? Param(std::nullopt) : Param(entry.ip)});
}

} // namespace ey::core
