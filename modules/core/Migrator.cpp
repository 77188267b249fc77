// Migration runner.
#include "Migrator.h"

#include "EmbeddedResources.h"
#include "Log.h"
#include "Random.h"

#include <stdexcept>

namespace ey::core {

namespace {
// Any constant works; it only has to be the same for every server sharing the database.
constexpr std::int64_t kMigrationLock = 0x45594d4947;
} // namespace

std::vector<Migration> Migrator::embedded()
{
    std::vector<Migration> migrations;
    for (const auto& resource : resources::under("sqlmigrations/")) {
        Migration migration;
        migration.name =
            std::string(resource.name.substr(std::string_view("sqlmigrations/").size()));
        migration.version = migration.name.substr(0, migration.name.find('_'));
        migration.sql = std::string(resource.data);
        migration.checksum = sha256Hex(migration.sql);
        migrations.push_back(std::move(migration));
    }
    return migrations;
}

std::vector<std::string> Migrator::migrate(const std::vector<Migration>& migrations)
{
    m_db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
              " version text PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
              " applied_at timestamptz NOT NULL DEFAULT now())");
    std::vector<std::string> applied;
    for (const auto& migration : migrations) {
        m_db.transaction([&](Tx& tx) {
            tx.exec("SELECT pg_advisory_xact_lock($1)", {kMigrationLock});
            const auto existing =
                tx.exec("SELECT name, checksum FROM schema_migrations WHERE version = $1",
                        {migration.version});
            if (!existing.empty()) {
                if (existing.front().str("checksum") != migration.checksum)
                    throw std::runtime_error(
                        "migration " + migration.name +
                        " was edited after it was applied to this database; migrations are forward "
                        "only: restore its original text and put the change in a new migration");
                return;
            }
            // A migration file holds several statements; the simple-query path runs them all at
            // once.
            tx.script(migration.sql);
            tx.exec("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                    {migration.version, migration.name, migration.checksum});
            applied.push_back(migration.name);
            log::server()->info("applied migration {}", migration.name);
        });
    }
    return applied;
}

} // namespace ey::core
