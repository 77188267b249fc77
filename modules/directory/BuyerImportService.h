// Buyer imports: upload a CSV or .xlsx, map its columns, preview, then a background worker imports
// it in batches that can be cancelled and survive a server restart.
#pragma once

#include "BuyerImport.h"

#include "Audit.h"
#include "Clock.h"
#include "Config.h"
#include "Db.h"
#include "Files.h"
#include "Json.h"
#include "NotifyService.h"
#include "Paging.h"
#include "PeriodicWorker.h"
#include "Text.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace ey::directory {

class BuyerService;

/// The rules of an import and the worker that runs them. Thread safe: request threads call the
/// public functions while the worker thread runs imports; every state lives in the database.
class BuyerImportService
{
public:
    /// Rows per transaction (the contract's batch), unless directory.import_batch_rows says
    /// otherwise (50 to kMaxBatchRows). Cancel takes effect between batches.
    static constexpr int kBatchRows = 500;
    static constexpr int kMaxBatchRows = 5000;
    /// The preview lists at most this many issues (it counts them all).
    static constexpr int kPreviewIssues = 500;

    /// Starts the worker (config directory.import_poll_seconds, default 5;
    /// directory.import_lease_seconds, default 60; directory.import_batch_rows, default
    /// kBatchRows; directory.import_batch_delay_ms, default 0, slows the worker down for tests
    /// and demos).
    /// `notify` (may be null): where "buyer_import.progress" events go.
    BuyerImportService(core::Db& db, const core::Clock& clock, core::FileStore& files,
                       const core::Config& config, std::shared_ptr<BuyerService> buyers,
                       notify::NotifyService* notify = nullptr);
    ~BuyerImportService();
    BuyerImportService(const BuyerImportService&) = delete;
    BuyerImportService& operator=(const BuyerImportService&) = delete;

    /// Checks the file by content (CSV text or .xlsx: 415 otherwise; no header or no data rows:
    /// 422), stores it and records the import with its headers, row count and first rows.
    BuyerImport upload(const core::Actor& actor, const std::string& fileName,
                       const std::string& bytes);
    /// What the import would do with `plan`, writing nothing; issue reasons in `lang`.
    core::json::ObjectPtr preview(const std::string& id, const ImportPlan& plan, core::Lang lang);
    /// Queues the import with `plan` and wakes the worker (only from status uploaded: 409).
    BuyerImport start(const core::Actor& actor, const std::string& id, const ImportPlan& plan);
    /// Cancels a queued import at once, or asks the worker to stop before its next batch.
    BuyerImport cancel(const core::Actor& actor, const std::string& id);
    BuyerImport get(const std::string& id);
    std::vector<BuyerImport> list(const core::PageRequest& page);
    std::vector<ImportIssue> issues(const std::string& id, const core::PageRequest& page);
    /// The writer of the report as CSV (row, field, outcome, reason) in `lang`; 404 before
    /// anything is streamed when the import does not exist.
    std::function<void(std::ostream&)> issuesCsv(const std::string& id, core::Lang lang);

    /// The BuyerImport JSON of the API, suggested mapping included.
    static core::json::ObjectPtr toJson(const BuyerImport& import);
    static core::json::ObjectPtr toJson(const ImportIssue& issue, core::Lang lang);
    /// Header names matched to fields, in Indonesian or English, case and punctuation ignored.
    static ColumnMapping suggestMapping(const std::vector<std::string>& headers);

    /// The worker's pass: runs queued imports (and resumes abandoned ones) until none is left or
    /// `stopping` says so. Returns how many imports it worked on.
    int runPending(const std::function<bool()>& stopping);

private:
    void checkPlan(const BuyerImport& import, const ImportPlan& plan) const;
    std::string fileOf(const BuyerImport& import) const;
    void run(const BuyerImport& import, const std::function<bool()>& stopping);
    /// Tells the importing admin's desk how far the import is, in the caller's transaction.
    void publishProgress(core::Sql& tx, const std::string& id);

    core::Db& m_db;
    const core::Clock& m_clock;
    core::FileStore& m_files;
    std::shared_ptr<BuyerService> m_buyers;
    notify::NotifyService* m_notify;
    std::int64_t m_leaseSeconds;
    std::int64_t m_batchDelayMs;
    int m_batchRows;
    std::unique_ptr<core::PeriodicWorker> m_worker; // last: stopped before the rest goes
};

} // namespace ey::directory
