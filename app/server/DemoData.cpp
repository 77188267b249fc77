// Demo loader.
#include "DemoData.h"

#include "EmbeddedResources.h"
#include "IdentityService.h"
#include "Json.h"
#include "Log.h"

namespace ey::app {

bool DemoData::loadIfEmpty()
{
    if (m_db.exec("SELECT 1 FROM users LIMIT 1").size() > 0)
        return false;
    const auto document = core::json::parse(std::string(*resources::find("resources/demo/demo.json")))
                              .extract<core::json::ObjectPtr>();
    const auto password = document->getValue<std::string>("password");
    const auto users = document->getArray("users");
    for (std::size_t i = 0; i < users->size(); ++i) {
        const auto entry = users->getObject(static_cast<unsigned>(i));
        identity::NewUser user;
        user.email = entry->getValue<std::string>("email");
        user.fullName = entry->getValue<std::string>("full_name");
        user.whatsapp = entry->getValue<std::string>("whatsapp");
        user.password = password;
        const auto roles = entry->getArray("roles");
        for (std::size_t r = 0; r < roles->size(); ++r)
            user.roles.push_back(roles->getElement<std::string>(static_cast<unsigned>(r)));
        m_identity.createUser(user, {});
    }
    core::log::server()->info("demo data loaded: {} accounts", users->size());
    return true;
}

} // namespace ey::app
