// Buyer import SQL: the import rows, the worker's claim and batches, the per-row report.
#pragma once

#include "BuyerImport.h"

#include "Db.h"
#include "Paging.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Static SQL over the caller's Sql (pool or transaction); no rules here.
class BuyerImportStore
{
public:
    /// A new import in status uploaded; headers and sample rows as JSON arrays.
    static BuyerImport insert(core::Sql& sql, const std::string& createdBy,
                              const std::string& fileKey, const std::string& fileName,
                              const std::string& format, const std::string& headersJson,
                              const std::string& sampleJson, std::int64_t totalRows,
                              std::int64_t nowMs);
    static std::optional<BuyerImport> byId(core::Sql& sql, const std::string& id);
    /// Reads and locks the import row (FOR UPDATE) for a state change.
    static std::optional<BuyerImport> lock(core::Sql& sql, const std::string& id);
    /// One page (limit + 1 rows), newest first.
    static std::vector<BuyerImport> list(core::Sql& sql, const core::PageRequest& page);
    static std::string sortKey(const BuyerImport& import);

    /// Stores the plan and queues the import (from uploaded).
    static void queue(core::Sql& sql, const std::string& id, const std::string& mappingJson,
                      const std::string& onDuplicate);
    static void requestCancel(core::Sql& sql, const std::string& id);

    /// Claims the oldest queued import, or a running one whose worker stopped renewing its
    /// heartbeat for `leaseSeconds` (its server died): FOR UPDATE SKIP LOCKED, so two servers
    /// never take the same one. `resumed` tells whether it was already running.
    static std::optional<BuyerImport> claimNext(core::Sql& sql, std::int64_t leaseSeconds,
                                                std::int64_t nowMs, bool& resumed);
    /// Adds a batch's counters and issues, and renews the heartbeat.
    static void saveBatch(core::Sql& sql, const std::string& id, const ImportCounts& counts,
                          const std::vector<ImportIssue>& issues);
    /// Ends the import: done, cancelled or failed (with the reason).
    static void finish(core::Sql& sql, const std::string& id, const std::string& status,
                       const std::optional<std::string>& failure, std::int64_t nowMs);
    /// Gives the claim up (clean shutdown) so the next start resumes at once.
    static void release(core::Sql& sql, const std::string& id);

    /// One page (limit + 1 rows) of the report, by row then field.
    static std::vector<ImportIssue> issues(core::Sql& sql, const std::string& id,
                                           const core::PageRequest& page);
    /// The whole report in order, in keyset batches (never all in memory).
    static void forEachIssue(core::Sql& sql, const std::string& id,
                             const std::function<void(const ImportIssue&)>& issue);
};

} // namespace ey::directory
