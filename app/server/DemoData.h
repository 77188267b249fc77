// Demo records for the quick start: one account per role and some work to look at.
#pragma once

#include "Db.h"

namespace ey::identity {
class IdentityService;
}

namespace ey::app {

class DemoData
{
public:
    DemoData(core::Db& db, identity::IdentityService& identity) : m_db(db), m_identity(identity) {}
    /// Loads resources/demo/demo.json when the database has no users; returns whether it did.
    bool loadIfEmpty();

private:
    core::Db& m_db;
    identity::IdentityService& m_identity;
};

} // namespace ey::app
