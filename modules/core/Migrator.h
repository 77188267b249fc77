// Forward-only schema migrations from the embedded sqlmigrations/ folder.
#pragma once

#include "Db.h"

#include <string>
#include <vector>

namespace ey::core {

struct Migration
{
    std::string version; ///< "0002"
    std::string name;    ///< "0002_identity.sql"
    std::string sql;
    std::string checksum;
};

/// Applies migrations in order, each in its own transaction with its checksum recorded; refuses
/// (throws) when an applied migration's text was edited. Safe for several servers starting at once.
class Migrator
{
public:
    explicit Migrator(Db& db) : m_db(db) {}
    /// The migrations compiled into this binary.
    static std::vector<Migration> embedded();
    /// Returns the names of the migrations applied by this call.
    std::vector<std::string> migrate(const std::vector<Migration>& migrations);

private:
    Db& m_db;
};

} // namespace ey::core
