// Replays resources/demo/demo.json's "script": demo records created through the server's own
// routes, as the demo users, so they pass the same validation, rules and audit as real ones.
#pragma once

#include "IdentityService.h"

#include "Json.h"
#include "Router.h"

#include <map>
#include <string>

namespace ey::app {

class DemoScript
{
public:
    DemoScript(core::Router& router, identity::IdentityService& identity, std::string password)
        : m_router(router), m_identity(identity), m_password(std::move(password))
    {
    }

    /// Runs each step in order; a step that fails stops the script with a log line naming it
    /// (demo data is a convenience, never a reason not to start). Returns the steps that ran.
    int run(const core::json::ArrayPtr& steps);

private:
    std::string tokenFor(const std::string& who);
    /// "${name.field}" → the field of the response saved as `name`.
    std::string substitute(const std::string& text) const;
    Poco::Dynamic::Var substituteValue(const Poco::Dynamic::Var& value) const;

    core::Router& m_router;
    identity::IdentityService& m_identity;
    std::string m_password;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, core::json::ObjectPtr> m_saved;
};

} // namespace ey::app
