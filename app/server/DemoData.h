// Demo records for the quick start: one account per role and some work to look at.
#pragma once

#include "Db.h"
#include "Router.h"

#include <map>
#include <string>

namespace ey::identity {
class IdentityService;
}
namespace ey::support {
class TicketService;
}

namespace ey::app {

class DemoData
{
public:
    DemoData(core::Db& db, core::Router& router, identity::IdentityService& identity,
             support::TicketService& tickets)
        : m_db(db), m_router(router), m_identity(identity), m_tickets(tickets)
    {
    }
    /// Loads resources/demo/demo.json when the database has no users; returns whether it did.
    bool loadIfEmpty();

private:
    core::Db& m_db;
    core::Router& m_router;
    void loadTickets(const std::map<std::string, std::string>& userIds);
    void spreadSalesOverRecentWeeks();
    void spreadBuyersOverRecentWeeks();
    void addSupplierPremiumHistory();
    identity::IdentityService& m_identity;
    support::TicketService& m_tickets;
};

} // namespace ey::app
