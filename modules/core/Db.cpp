// libpq pool, results and transactions.
#include "Db.h"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <sodium.h>
#include <thread>

namespace ey::core {

namespace {

DbError errorFrom(pg_conn* conn, pg_result* result)
{
    std::string state = "08006";
    std::string constraint;
    std::string message = conn ? PQerrorMessage(conn) : "no connection";
    if (result) {
        if (const char* s = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            state = s;
        if (const char* c = PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME))
            constraint = c;
        if (const char* m = PQresultErrorMessage(result); m && *m)
            message = m;
    }
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    return DbError(message, state, constraint);
}

} // namespace

Rows::Rows(pg_result* result) : m_result(result, PQclear)
{
    m_size = PQntuples(result);
    const char* tuples = PQcmdTuples(result);
    m_affected = (tuples && *tuples) ? std::stoll(tuples) : 0;
}

Row::Row(const Rows& rows, int index) : m_result(rows.shared()), m_index(index) {}

int Row::column(const char* name) const
{
    const int index = PQfnumber(m_result.get(), name);
    if (index < 0)
        throw std::logic_error(std::string("no column named ") + name);
    return index;
}

bool Row::isNull(const char* name) const
{
    return PQgetisnull(m_result.get(), m_index, column(name));
}

std::string Row::str(const char* name) const
{
    const int c = column(name);
    return std::string(PQgetvalue(m_result.get(), m_index, c),
                       static_cast<std::size_t>(PQgetlength(m_result.get(), m_index, c)));
}

std::optional<std::string> Row::optStr(const char* name) const
{
    if (isNull(name))
        return std::nullopt;
    return str(name);
}

std::int64_t Row::i64(const char* name) const
{
    return std::stoll(str(name));
}

std::optional<std::int64_t> Row::optI64(const char* name) const
{
    if (isNull(name))
        return std::nullopt;
    return i64(name);
}

double Row::f64(const char* name) const
{
    return std::stod(str(name));
}

bool Row::boolean(const char* name) const
{
    return str(name) == "t";
}

Connection::Connection(std::string url) : m_url(std::move(url))
{
    connect();
}

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

void Connection::connect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = PQconnectdb(m_url.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        auto error = errorFrom(m_conn, nullptr);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw error;
    }
    PQsetNoticeProcessor(
        m_conn, [](void*, const char*) {}, nullptr);
}

bool Connection::ensureHealthy()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    try {
        connect();
        return true;
    } catch (const DbError& e) {
        spdlog::warn("database reconnect failed: {}", e.what());
        return false;
    }
}

Rows Connection::exec(const std::string& sql, const Params& params)
{
    if (!m_conn)
        connect();
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p.value ? p.value->c_str() : nullptr);
    pg_result* result = PQexecParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                     values.data(), nullptr, nullptr, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Rows(result);
    auto error = errorFrom(m_conn, result);
    if (result)
        PQclear(result);
    throw error;
}

void Connection::script(const std::string& sql)
{
    if (!m_conn)
        connect();
    pg_result* result = PQexec(m_conn, sql.c_str());
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        PQclear(result);
        return;
    }
    auto error = errorFrom(m_conn, result);
    if (result)
        PQclear(result);
    throw error;
}

std::int64_t Connection::copyIn(const std::string& copyStatement, std::string_view data)
{
    if (!m_conn)
        connect();
    pg_result* start = PQexec(m_conn, copyStatement.c_str());
    if (!start || PQresultStatus(start) != PGRES_COPY_IN) {
        auto error = errorFrom(m_conn, start);
        if (start)
            PQclear(start);
        throw error;
    }
    PQclear(start);
    // PQputCopyData takes an int length: send large data in pieces.
    constexpr std::size_t piece = 1 << 20;
    const char* failure = nullptr;
    for (std::size_t offset = 0; offset < data.size() && !failure; offset += piece) {
        const auto chunk = data.substr(offset, piece);
        if (PQputCopyData(m_conn, chunk.data(), static_cast<int>(chunk.size())) != 1)
            failure = "sending COPY data failed";
    }
    if (PQputCopyEnd(m_conn, failure) != 1 && !failure)
        failure = "ending COPY failed";
    // Drain every result so the connection is usable again, keeping the first error.
    std::optional<DbError> error;
    std::int64_t copied = 0;
    while (pg_result* result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) == PGRES_COMMAND_OK) {
            const char* tuples = PQcmdTuples(result);
            copied = tuples && *tuples ? std::stoll(tuples) : 0;
        } else if (!error) {
            error = errorFrom(m_conn, result);
        }
        PQclear(result);
    }
    if (error)
        throw *error;
    if (failure)
        throw DbError(failure, "08006");
    return copied;
}

Rows Tx::exec(const std::string& sql, const Params& params)
{
    return m_connection.exec(sql, params);
}

Db::Db(std::string url, int size) : m_url(std::move(url)), m_size(size < 1 ? 1 : size)
{
    // Open one connection eagerly so a wrong URL fails at start, not at the first request.
    m_idle.push_back(std::make_unique<Connection>(m_url));
    m_created = 1;
}

Db::~Db() = default;

Db::Lease::Lease(Db& db, std::unique_ptr<Connection> connection)
    : m_db(&db), m_connection(std::move(connection))
{
}

Db::Lease::~Lease()
{
    if (m_connection)
        m_db->giveBack(std::move(m_connection));
}

Db::Lease Db::lease()
{
    std::unique_ptr<Connection> connection;
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [&] { return !m_idle.empty() || m_created < m_size; });
        if (!m_idle.empty()) {
            connection = std::move(m_idle.back());
            m_idle.pop_back();
        } else {
            ++m_created;
        }
        ++m_leased;
    }
    try {
        if (!connection)
            connection = std::make_unique<Connection>(m_url);
        else
            connection->ensureHealthy();
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_created;
        --m_leased;
        m_available.notify_one();
        throw;
    }
    return Lease(*this, std::move(connection));
}

void Db::giveBack(std::unique_ptr<Connection> connection)
{
    std::lock_guard lock(m_mutex);
    --m_leased;
    if (connection->raw() && PQstatus(connection->raw()) == CONNECTION_OK &&
        PQtransactionStatus(connection->raw()) == PQTRANS_IDLE) {
        m_idle.push_back(std::move(connection));
    } else {
        --m_created; // a broken or mid-transaction connection is dropped, not reused
    }
    m_available.notify_one();
}

int Db::inUse() const
{
    std::lock_guard lock(m_mutex);
    return m_leased;
}

Rows Db::exec(const std::string& sql, const Params& params)
{
    // A statement outside a transaction is retried once on a fresh connection when the old one
    // died (PostgreSQL restarted): it never committed, so running it again is safe.
    for (int attempt = 0;; ++attempt) {
        auto connection = lease();
        try {
            return connection->exec(sql, params);
        } catch (const DbError& e) {
            if (attempt == 0 && PQstatus(connection->raw()) != CONNECTION_OK)
                continue;
            throw;
        }
    }
}

void Db::transaction(const std::function<void(Tx&)>& work, Isolation isolation)
{
    const char* begin = isolation == Isolation::Serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
                        : isolation == Isolation::RepeatableRead
                            ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
                            : "BEGIN";
    constexpr int kAttempts = 25;
    for (int attempt = 1;; ++attempt) {
        auto connection = lease();
        try {
            connection->exec(begin, {});
        } catch (const DbError&) {
            // A pooled connection that died with a PostgreSQL restart fails its first command;
            // it is dropped on return and the next lease opens a fresh one.
            if (attempt < kAttempts && PQstatus(connection->raw()) != CONNECTION_OK)
                continue;
            throw;
        }
        Tx tx(*connection);
        try {
            work(tx);
            connection->exec("COMMIT", {});
            return;
        } catch (const DbError& e) {
            if (PQstatus(connection->raw()) == CONNECTION_OK)
                PQclear(PQexec(connection->raw(), "ROLLBACK"));
            if (e.isRetryable() && attempt < kAttempts) {
                // Jittered backoff so colliding transactions do not collide again in lockstep.
                const auto ceilingMs = 2 + 3 * std::min(attempt, 16);
                std::this_thread::sleep_for(std::chrono::milliseconds(
                    1 + randombytes_uniform(static_cast<std::uint32_t>(ceilingMs))));
                continue;
            }
            throw;
        } catch (...) {
            if (PQstatus(connection->raw()) == CONNECTION_OK)
                PQclear(PQexec(connection->raw(), "ROLLBACK"));
            throw;
        }
    }
}

bool Db::ping()
{
    try {
        exec("SELECT 1");
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace ey::core
