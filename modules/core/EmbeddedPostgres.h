// A private PostgreSQL cluster inside the data directory: initdb on first use, Unix socket only,
// run as an unprivileged user when we are root, stopped cleanly on shutdown.
#pragma once

#include <string>
#include <vector>

namespace ey::core {

/// Owns the lifecycle of <dataDir>/pg. Not thread safe; used from start-up and shutdown only.
class EmbeddedPostgres
{
public:
    struct Options
    {
        std::string dataDir;
        std::string binDir; ///< empty: pg_config --bindir, then /usr/lib/postgresql/<newest>/bin
        std::string clusterUser; ///< used only when running as root
        std::string database = "eksporyuk";
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres();

    /// Creates the cluster if needed and starts it (or adopts one already running on our socket).
    void start();
    void stop();
    bool isRunning() const;
    /// libpq connection string for `database` (defaults to the product database).
    std::string connectionString(const std::string& database = {}) const;
    const std::string& binDir() const { return m_binDir; }
    std::string logFile() const;

private:
    int run(const std::string& program, const std::vector<std::string>& args,
            bool asClusterUser) const;
    void prepareDirectories();
    void ensureDatabase();
    Options m_options;
    std::string m_binDir;
    std::string m_pgData;
    std::string m_socketDir;
    bool m_startedByUs = false;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
    bool m_switchUser = false;
};

} // namespace ey::core
