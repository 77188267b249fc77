// Server configuration: defaults, then a config file, then EY_* environment variables, then
// options.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace ey::core {

/// Everything the server reads at start-up. Provider credentials live in `values` by dotted key.
struct Config
{
    std::string databaseUrl; ///< empty: run the embedded cluster in dataDir/pg
    std::string dataDir;     ///< cluster, uploaded files, logs
    std::string host = "127.0.0.1";
    int port = 8080;
    bool demo = false; ///< load demo data (users per role, tickets) when the database is empty
    int dbPoolSize = 8;
    int httpThreads = 48;
    std::string logLevel = "info";
    std::string accessLog; ///< empty: stdout
    std::string publicUrl; ///< how the outside world reaches us; derived from host:port when empty
    std::string pgBinDir;  ///< override for initdb/pg_ctl lookup
    std::string clusterUser =
        "eksporyuk"; ///< the system user that runs the cluster when we are root
    int sessionHours = 24 * 14;
    std::map<std::string, std::string> values;

    std::string value(const std::string& key, const std::string& fallback = {}) const;
    /// A whole-number setting kept within [min, max]; `fallback` when unset or not a number, so a
    /// mistyped value never stops the server.
    std::int64_t integer(const std::string& key, std::int64_t fallback, std::int64_t min,
                         std::int64_t max) const;
    /// The default data directory for this user (/var/lib/eksporyuk for root).
    static std::string defaultDataDir();
    /// Reads the EY_* environment variables over the current values.
    void applyEnvironment();
    std::string effectivePublicUrl() const;
};

} // namespace ey::core
