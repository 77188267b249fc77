// One running server: database (embedded or by URL), migrations, modules, HTTP listener.
#pragma once

#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "EmbeddedPostgres.h"
#include "EventBus.h"
#include "Files.h"
#include "HttpServer.h"
#include "Router.h"

#include <map>
#include <memory>
#include <string>

namespace ey::identity {
class IdentityService;
}
namespace ey::notify {
class NotifyService;
}
namespace ey::support {
class TicketService;
}
namespace ey::finance {
class FinanceService;
}
namespace ey::catalog {
class CatalogService;
}
namespace ey::affiliate {
class AffiliateService;
}
namespace ey::followup {
class FollowUpService;
}
namespace ey::commerce {
class CommerceService;
}
namespace ey::partner {
class InvoiceService;
}

namespace ey::directory {
struct DirectoryWorkers;
}

namespace ey::app {

/// Owns every part of one server instance, in start order; tests run several side by side.
class ServerInstance
{
public:
    explicit ServerInstance(core::Config config, const core::Clock* clock = nullptr);
    ~ServerInstance();

    /// Database up and migrated, without serving HTTP (for the migrate / create-admin commands).
    void openDatabase();
    /// Everything, including the HTTP listener.
    void start();
    void stop();

    int port() const;
    std::string baseUrl() const;
    core::Db& db() { return *m_db; }
    core::Router& router() { return *m_router; }
    identity::IdentityService& identity() { return *m_identity; }
    notify::NotifyService& notify() { return *m_notify; }
    finance::FinanceService& finance() { return *m_finance; }
    catalog::CatalogService& catalog() { return *m_catalog; }
    commerce::CommerceService& commerce() { return *m_commerce; }
    affiliate::AffiliateService& affiliates() { return *m_affiliates; }
    followup::FollowUpService& followups() { return *m_followups; }
    const core::Config& config() const { return m_config; }
    /// Creates the demo accounts and records when the database has no users yet.
    bool loadDemoData();
    /// Settings --demo adds where none are configured (the demo's manual-transfer account).
    static std::map<std::string, std::string> demoSettings();

private:
    void registerModules();

    core::Config m_config;
    core::SystemClock m_systemClock;
    const core::Clock& m_clock;
    std::unique_ptr<core::EmbeddedPostgres> m_postgres;
    std::unique_ptr<core::Db> m_db;
    std::unique_ptr<core::FileStore> m_files;
    core::EventBus m_events;
    std::unique_ptr<core::Router> m_router;
    std::shared_ptr<identity::IdentityService> m_identity;
    std::shared_ptr<notify::NotifyService> m_notify;
    std::shared_ptr<support::TicketService> m_tickets;
    std::shared_ptr<finance::FinanceService> m_finance;
    std::shared_ptr<catalog::CatalogService> m_catalog;
    std::shared_ptr<commerce::CommerceService> m_commerce;
    std::shared_ptr<affiliate::AffiliateService> m_affiliates;
    std::shared_ptr<followup::FollowUpService> m_followups;
    std::shared_ptr<partner::InvoiceService> m_partnerInvoices;
    std::unique_ptr<directory::DirectoryWorkers> m_directory;
    std::unique_ptr<core::HttpServer> m_http;
};

} // namespace ey::app
