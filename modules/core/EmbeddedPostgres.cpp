// initdb / pg_ctl driving for the embedded cluster.
#include "EmbeddedPostgres.h"

#include "Db.h"
#include "Log.h"

#include <libpq-fe.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <grp.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ey::core {

namespace {

std::string findBinDir(const std::string& configured)
{
    auto hasTools = [](const fs::path& dir) {
        return fs::exists(dir / "initdb") && fs::exists(dir / "pg_ctl") &&
               fs::exists(dir / "postgres");
    };
    if (!configured.empty()) {
        if (!hasTools(configured))
            throw std::runtime_error("PostgreSQL tools (initdb, pg_ctl, postgres) not found in " +
                                     configured);
        return configured;
    }
    if (FILE* pipe = popen("pg_config --bindir 2>/dev/null", "r")) {
        std::array<char, 512> buffer{};
        std::string out;
        while (fgets(buffer.data(), buffer.size(), pipe))
            out += buffer.data();
        pclose(pipe);
        while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
            out.pop_back();
        if (!out.empty() && hasTools(out))
            return out;
    }
    // Debian keeps each major version in its own directory; prefer the newest.
    fs::path best;
    int bestVersion = -1;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        int version = std::atoi(entry.path().filename().c_str());
        if (version > bestVersion && hasTools(entry.path() / "bin")) {
            bestVersion = version;
            best = entry.path() / "bin";
        }
    }
    if (bestVersion < 0)
        throw std::runtime_error(
            "PostgreSQL server tools not found: install the 'postgresql' package "
            "or set EY_PG_BINDIR / --pg-bindir, or give --database-url");
    return best.string();
}

std::string quoteConnValue(const std::string& value)
{
    std::string quoted = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\')
            quoted += '\\';
        quoted += c;
    }
    return quoted + "'";
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options) : m_options(std::move(options))
{
    m_binDir = findBinDir(m_options.binDir);
    const auto root = fs::absolute(m_options.dataDir).lexically_normal();
    m_pgData = (root / "pg").string();
    m_socketDir = (root / "run").string();
    if ((fs::path(m_socketDir) / ".s.PGSQL.5432").string().size() >= 100)
        throw std::runtime_error("the data directory path is too long for a PostgreSQL socket: " +
                                 root.string());
    if (geteuid() == 0) {
        // initdb and postgres refuse to run as root: hand the cluster to an unprivileged user.
        const struct passwd* user = getpwnam(m_options.clusterUser.c_str());
        if (!user)
            throw std::runtime_error("running as root needs the system user '" +
                                     m_options.clusterUser +
                                     "' to own the embedded database; create it with "
                                     "installer/create-system-user.sh");
        m_switchUser = true;
        m_uid = user->pw_uid;
        m_gid = user->pw_gid;
    }
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    try {
        stop();
    } catch (const std::exception& e) {
        log::server()->error("stopping the embedded database failed: {}", e.what());
    }
}

std::string EmbeddedPostgres::logFile() const
{
    return (fs::path(m_options.dataDir) / "postgresql.log").string();
}

int EmbeddedPostgres::run(const std::string& program, const std::vector<std::string>& args,
                          bool asClusterUser) const
{
    const std::string path = (fs::path(m_binDir) / program).string();
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(path.c_str()));
    for (const auto& arg : args)
        argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    const std::string log = logFile();
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
    if (pid == 0) {
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0640);
        if (fd >= 0) {
            dup2(fd, STDOUT_FILENO);
            dup2(fd, STDERR_FILENO);
            close(fd);
        }
        const int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            dup2(devnull, STDIN_FILENO);
        if (asClusterUser && m_switchUser) {
            const struct passwd* user = getpwuid(m_uid);
            if (setgid(m_gid) != 0 || (user && initgroups(user->pw_name, m_gid) != 0) ||
                setuid(m_uid) != 0)
                _exit(126);
            if (user)
                setenv("HOME", user->pw_dir, 1);
        }
        execv(path.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void EmbeddedPostgres::prepareDirectories()
{
    fs::create_directories(m_options.dataDir);
    fs::create_directories(m_socketDir);
    if (!fs::exists(m_pgData))
        fs::create_directories(m_pgData);
    // The socket directory is the only door: 0700 and owned by the cluster's user, trust auth
    // behind it.
    chmod(m_socketDir.c_str(), 0700);
    chmod(m_pgData.c_str(), 0700);
    if (m_switchUser) {
        for (const auto& path : {m_pgData, m_socketDir}) {
            if (chown(path.c_str(), m_uid, m_gid) != 0)
                throw std::runtime_error("cannot hand " + path +
                                         " to the cluster user: " + std::strerror(errno));
        }
        std::error_code ec;
        for (const auto& entry : fs::recursive_directory_iterator(m_pgData, ec)) {
            if (lchown(entry.path().c_str(), m_uid, m_gid) != 0)
                break;
        }
        const auto log = logFile();
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0640);
        if (fd >= 0) {
            if (fchown(fd, m_uid, m_gid) != 0)
                log::server()->warn("cannot hand {} to the cluster user", log);
            close(fd);
        }
    }
}

bool EmbeddedPostgres::isRunning() const
{
    if (!fs::exists(fs::path(m_pgData) / "postmaster.pid"))
        return false;
    return run("pg_ctl", {"-D", m_pgData, "status"}, true) == 0;
}

void EmbeddedPostgres::start()
{
    prepareDirectories();
    if (!fs::exists(fs::path(m_pgData) / "PG_VERSION")) {
        log::server()->info("creating the embedded database cluster in {}", m_pgData);
        const int rc = run("initdb",
                           {"-D", m_pgData, "-U", "eksporyuk", "--auth=trust", "--encoding=UTF8",
                            "--locale=C", "--no-instructions"},
                           true);
        if (rc != 0)
            throw std::runtime_error("initdb failed (exit " + std::to_string(rc) + "); see " +
                                     logFile());
    }
    if (isRunning()) {
        // A previous server died without stopping it: adopt it rather than fight over the lock.
        log::server()->warn("the embedded database was still running; reusing it");
    } else {
        const std::string options = "-c listen_addresses='' -c unix_socket_directories='" +
                                    m_socketDir + "' -c max_connections=200 -c shared_buffers=64MB";
        const int rc =
            run("pg_ctl",
                {"-D", m_pgData, "-l", logFile(), "-w", "-t", "60", "-o", options, "start"}, true);
        if (rc != 0)
            throw std::runtime_error("the embedded PostgreSQL did not start (exit " +
                                     std::to_string(rc) + "); see " + logFile());
        m_startedByUs = true;
    }
    m_startedByUs = true;
    ensureDatabase();
}

void EmbeddedPostgres::stop()
{
    if (!m_startedByUs)
        return;
    m_startedByUs = false;
    if (run("pg_ctl", {"-D", m_pgData, "-m", "fast", "-w", "-t", "60", "stop"}, true) != 0)
        log::server()->warn("pg_ctl stop did not finish cleanly; see {}", logFile());
}

std::string EmbeddedPostgres::connectionString(const std::string& database) const
{
    return "host=" + quoteConnValue(m_socketDir) + " user=eksporyuk dbname=" +
           quoteConnValue(database.empty() ? m_options.database : database);
}

void EmbeddedPostgres::ensureDatabase()
{
    Connection admin(connectionString("postgres"));
    const auto found =
        admin.exec("SELECT 1 FROM pg_database WHERE datname = $1", {m_options.database});
    if (found.empty()) {
        // CREATE DATABASE takes no parameters; the name is an identifier we quote ourselves.
        std::string ident = "\"";
        for (char c : m_options.database)
            ident += c == '"' ? std::string("\"\"") : std::string(1, c);
        admin.exec("CREATE DATABASE " + ident + "\"", {});
    }
}

} // namespace ey::core
