// Buyer exports: the admin list's filtered set as CSV or .xlsx, streamed, with an audit row.
#pragma once

#include "Buyer.h"

#include "Audit.h"
#include "Db.h"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace ey::directory {

/// Writes the whole filtered set (never all in memory) in the field vocabulary's column order plus
/// date_added; lists joined with "; ". Thread safe.
class BuyerExport
{
public:
    /// `tempDir`: where the .xlsx is assembled before it is streamed.
    BuyerExport(core::Db& db, std::string tempDir);

    static std::vector<std::string> columns();

    /// The writers of the export; each writes its audit row (who, which filter, how many rows)
    /// once the last row is out.
    std::function<void(std::ostream&)> csv(const core::Actor& actor, const BuyerFilter& filter);
    std::function<void(std::ostream&)> xlsx(const core::Actor& actor, const BuyerFilter& filter);

private:
    void audit(const core::Actor& actor, const BuyerFilter& filter, const std::string& format,
               std::int64_t rows, bool complete);

    core::Db& m_db;
    std::string m_tempDir;
};

} // namespace ey::directory
