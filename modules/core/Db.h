// PostgreSQL access through libpq: a health-checked connection pool, parameterized queries only,
// and a transaction helper that retries serialization failures and deadlocks.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ey::core {

/// One query parameter, sent as text; std::nullopt is SQL NULL.
struct Param
{
    std::optional<std::string> value;

    Param(std::nullopt_t) {}
    Param(std::string text) : value(std::move(text)) {}
    Param(std::string_view text) : value(std::string(text)) {}
    Param(const char* text) : value(std::string(text)) {}
    Param(std::int64_t number) : value(std::to_string(number)) {}
    Param(int number) : value(std::to_string(number)) {}
    Param(bool flag) : value(flag ? "true" : "false") {}
    Param(std::optional<std::string> text) : value(std::move(text)) {}
    Param(std::optional<std::int64_t> number)
    {
        if (number)
            value = std::to_string(*number);
    }
};

using Params = std::vector<Param>;

/// A failed statement, with its SQLSTATE so callers can tell a unique violation from a bug.
class DbError : public std::runtime_error
{
public:
    DbError(const std::string& message, std::string sqlState, std::string constraint = {})
        : std::runtime_error(message), m_sqlState(std::move(sqlState)),
          m_constraint(std::move(constraint))
    {
    }
    const std::string& sqlState() const { return m_sqlState; }
    const std::string& constraint() const { return m_constraint; }
    bool isUniqueViolation() const { return m_sqlState == "23505"; }
    bool isCheckViolation() const { return m_sqlState == "23514"; }
    bool isForeignKeyViolation() const { return m_sqlState == "23503"; }
    bool isRetryable() const { return m_sqlState == "40001" || m_sqlState == "40P01"; }
    bool isConnectionLost() const { return m_sqlState.starts_with("08") || m_sqlState == "57P01"; }

private:
    std::string m_sqlState;
    std::string m_constraint;
};

class Rows;

/// One row of a result; columns are read by name. A row shares the result it came from, so
/// `const auto row = sql.exec(...).front();` stays valid after the Rows temporary is gone.
class Row
{
public:
    Row(const Rows& rows, int index);
    bool isNull(const char* column) const;
    std::string str(const char* column) const;
    std::optional<std::string> optStr(const char* column) const;
    std::int64_t i64(const char* column) const;
    std::optional<std::int64_t> optI64(const char* column) const;
    double f64(const char* column) const;
    bool boolean(const char* column) const;

private:
    int column(const char* name) const;
    std::shared_ptr<pg_result> m_result;
    int m_index;
};

/// The rows a statement returned (owns the PGresult).
class Rows
{
public:
    explicit Rows(pg_result* result);
    int size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    Row operator[](int index) const { return Row(*this, index); }
    Row front() const { return Row(*this, 0); }
    std::int64_t affected() const { return m_affected; }
    pg_result* raw() const { return m_result.get(); }
    const std::shared_ptr<pg_result>& shared() const { return m_result; }

    class Iterator
    {
    public:
        Iterator(const Rows& rows, int index) : m_rows(rows), m_index(index) {}
        Row operator*() const { return Row(m_rows, m_index); }
        Iterator& operator++()
        {
            ++m_index;
            return *this;
        }
        bool operator!=(const Iterator& other) const { return m_index != other.m_index; }

    private:
        const Rows& m_rows;
        int m_index;
    };
    Iterator begin() const { return {*this, 0}; }
    Iterator end() const { return {*this, m_size}; }

private:
    std::shared_ptr<pg_result> m_result;
    int m_size = 0;
    std::int64_t m_affected = 0;
};

/// Anything that runs SQL: the pool (one statement, autocommit) or an open transaction.
class Sql
{
public:
    virtual ~Sql() = default;
    virtual Rows exec(const std::string& sql, const Params& params = {}) = 0;
};

/// One libpq connection. Owned by the pool; not thread safe.
class Connection
{
public:
    explicit Connection(std::string url);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Rows exec(const std::string& sql, const Params& params);
    /// Runs several statements at once without parameters (migration files only).
    void script(const std::string& sql);
    /// Runs one `COPY ... FROM STDIN` statement and streams `data` (in the statement's format) into
    /// it; returns the number of rows copied. For bulk loads of shipped data.
    std::int64_t copyIn(const std::string& copyStatement, std::string_view data);
    /// Reconnects when the server went away (after a PostgreSQL restart, say).
    bool ensureHealthy();
    pg_conn* raw() const { return m_conn; }

private:
    void connect();
    std::string m_url;
    pg_conn* m_conn = nullptr;
};

class Db;

/// An open transaction on one leased connection; commit by returning from Db::transaction.
class Tx : public Sql
{
public:
    explicit Tx(Connection& connection) : m_connection(connection) {}
    Rows exec(const std::string& sql, const Params& params = {}) override;
    void script(const std::string& sql) { m_connection.script(sql); }
    std::int64_t copyIn(const std::string& copyStatement, std::string_view data)
    {
        return m_connection.copyIn(copyStatement, data);
    }

private:
    Connection& m_connection;
};

enum class Isolation
{
    ReadCommitted,
    RepeatableRead,
    Serializable
};

/// The connection pool; thread safe. Every statement is parameterized ($1, $2, ...).
class Db : public Sql
{
public:
    Db(std::string url, int size);
    ~Db() override;

    Rows exec(const std::string& sql, const Params& params = {}) override;

    /// Runs `work` inside BEGIN/COMMIT, rolling back on any exception; retries the whole
    /// function on serialization failure or deadlock (so `work` must not have outside effects).
    void transaction(const std::function<void(Tx&)>& work,
                     Isolation isolation = Isolation::ReadCommitted);

    /// RAII lease of one connection (LISTEN/NOTIFY, COPY); returns it to the pool when destroyed.
    class Lease
    {
    public:
        Lease(Db& db, std::unique_ptr<Connection> connection);
        ~Lease();
        Lease(Lease&&) = default;
        Connection& operator*() { return *m_connection; }
        Connection* operator->() { return m_connection.get(); }

    private:
        Db* m_db;
        std::unique_ptr<Connection> m_connection;
    };
    Lease lease();

    const std::string& url() const { return m_url; }
    int size() const { return m_size; }
    int inUse() const;
    /// True when a fresh statement reaches the server now.
    bool ping();

private:
    void giveBack(std::unique_ptr<Connection> connection);
    std::string m_url;
    int m_size;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Connection>> m_idle;
    int m_created = 0;
    int m_leased = 0;
};

} // namespace ey::core
