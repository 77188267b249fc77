// Who holds a permission right now: the staff a module tells about work waiting for them.
#pragma once

#include "Db.h"

#include <string>
#include <vector>

namespace ey::notify {

/// Ids of the active users whose roles grant `permission`, in a stable order. Runs in the
/// caller's transaction, so the list matches the change being announced.
std::vector<std::string> permissionHolders(core::Sql& tx, const std::string& permission);

} // namespace ey::notify
