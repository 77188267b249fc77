// Start-up order: data dir, database, migrations, modules, routes, listener.
#include "ServerInstance.h"

#include "DemoData.h"
#include "SystemRoutes.h"

#include "AffiliateModule.h"
#include "BrandingModule.h"
#include "CatalogModule.h"
#include "CommerceModule.h"
#include "DirectoryModule.h"
#include "FinanceModule.h"
#include "FollowUpModule.h"
#include "IdentityModule.h"
#include "Log.h"
#include "Migrator.h"
#include "ModuleContext.h"
#include "NotifyModule.h"
#include "PartnerModule.h"
#include "RegionsImport.h"
#include "RegionsModule.h"
#include "SalesModule.h"
#include "StorefrontModule.h"
#include "SupportModule.h"

#include <filesystem>

namespace ey::app {

ServerInstance::ServerInstance(core::Config config, const core::Clock* clock)
    : m_config(std::move(config)), m_clock(clock ? *clock : m_systemClock)
{
    if (m_config.dataDir.empty())
        m_config.dataDir = core::Config::defaultDataDir();
    if (m_config.demo)
        for (const auto& [key, value] : demoSettings())
            m_config.values.try_emplace(key, value);
}

std::map<std::string, std::string> ServerInstance::demoSettings()
{
    // The demo sales are paid by manual transfer (no payment gateway is reachable from a demo):
    // an obviously fictitious account, used only where none is configured.
    return {{"payments.manual_bank_name", "Bank Demo"},
            {"payments.manual_account_number", "0000000000"},
            {"payments.manual_account_holder", "PT EksporYuk (contoh, bukan rekening asli)"}};
}

ServerInstance::~ServerInstance()
{
    stop();
}

void ServerInstance::openDatabase()
{
    if (m_db)
        return;
    std::filesystem::create_directories(m_config.dataDir);
    std::string url = m_config.databaseUrl;
    if (url.empty()) {
        m_postgres = std::make_unique<core::EmbeddedPostgres>(core::EmbeddedPostgres::Options{
            m_config.dataDir, m_config.pgBinDir, m_config.clusterUser, "eksporyuk"});
        m_postgres->start();
        url = m_postgres->connectionString();
    }
    m_db = std::make_unique<core::Db>(url, m_config.dbPoolSize);
    core::Migrator(*m_db).migrate(core::Migrator::embedded());
    regions::ensureAreasImported(*m_db);
    m_files = std::make_unique<core::FileStore>(
        (std::filesystem::path(m_config.dataDir) / "files").string());
    registerModules();
}

void ServerInstance::registerModules()
{
    m_router = std::make_unique<core::Router>(m_clock);
    const core::ModuleContext context{*m_db, m_clock, m_events, m_config, *m_files};
    m_identity = identity::registerIdentity(*m_router, context);
    m_notify = notify::registerNotify(*m_router, context);
    branding::registerBranding(*m_router, context, *m_notify);
    m_tickets = support::registerSupport(*m_router, context, *m_notify);
    m_catalog = catalog::registerCatalog(*m_router, context);
    m_finance = finance::registerFinance(*m_router, context, *m_notify);
    m_affiliates = affiliate::registerAffiliate(*m_router, context);
    m_followups = followup::registerFollowUp(*m_router, context, *m_notify);
    m_commerce = commerce::registerCommerce(*m_router, context, *m_catalog, *m_finance, *m_notify,
                                            *m_affiliates, *m_followups);
    sales::registerSales(*m_router, context, *m_followups, *m_notify);
    storefront::registerStorefront(*m_router, context, *m_catalog, *m_affiliates);
    regions::registerRegions(*m_router, context);
    m_partnerInvoices =
        partner::registerPartner(*m_router, context, *m_notify, *m_identity, *m_commerce);
    m_directory = std::make_unique<directory::DirectoryWorkers>(
        directory::registerDirectory(*m_router, context, *m_notify, *m_identity, *m_commerce));
    addSystemRoutes(*m_router, *m_db);
    m_router->metrics().addGauge("ey_db_pool_size", "Connections the pool may open.",
                                 [this] { return static_cast<double>(m_db->size()); });
    m_router->metrics().addGauge("ey_db_pool_in_use", "Connections leased right now.",
                                 [this] { return static_cast<double>(m_db->inUse()); });
}

void ServerInstance::start()
{
    openDatabase();
    if (m_config.demo)
        loadDemoData();
    m_http = std::make_unique<core::HttpServer>(*m_router, m_config.host, m_config.port,
                                                m_config.httpThreads);
    m_config.port = m_http->port();
    m_http->start();
    core::log::server()->info("serving on {}", baseUrl());
}

void ServerInstance::stop()
{
    if (m_http) {
        m_http->stop();
        m_http.reset();
    }
    m_router.reset();
    m_directory.reset();
    m_partnerInvoices.reset();
    m_tickets.reset();
    m_finance.reset();
    m_commerce.reset();
    m_followups.reset();
    m_affiliates.reset();
    m_catalog.reset();
    m_notify.reset();
    m_identity.reset();
    m_db.reset();
    if (m_postgres) {
        m_postgres->stop();
        m_postgres.reset();
    }
}

int ServerInstance::port() const
{
    return m_config.port;
}

std::string ServerInstance::baseUrl() const
{
    return m_config.effectivePublicUrl();
}

bool ServerInstance::loadDemoData()
{
    openDatabase();
    return DemoData(*m_db, *m_router, *m_identity, *m_tickets).loadIfEmpty();
}

} // namespace ey::app
