// Permission holders from the role tables (0002_identity.sql).
#include "PermissionHolders.h"

namespace ey::notify {

std::vector<std::string> permissionHolders(core::Sql& tx, const std::string& permission)
{
    std::vector<std::string> ids;
    for (const auto& row : tx.exec(
             "SELECT DISTINCT ur.user_id::text AS id FROM user_roles ur JOIN role_permissions rp"
             " ON rp.role = ur.role JOIN users u ON u.id = ur.user_id WHERE rp.permission = $1"
             " AND u.status = 'active' ORDER BY 1",
             {permission}))
        ids.push_back(row.str("id"));
    return ids;
}

} // namespace ey::notify
