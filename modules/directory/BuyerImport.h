// Buyer import records: an uploaded spreadsheet, how its columns map to buyer fields, its progress.
#pragma once

#include "Text.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// Field vocabulary name -> zero-based column of the file.
using ColumnMapping = std::map<std::string, int>;

/// What an admin chose on the mapping screen: the columns and what to do with duplicates.
struct ImportPlan
{
    ColumnMapping mapping;
    std::string onDuplicate = "skip"; ///< "skip" or "update"
};

/// One row of buyer_imports. Status: uploaded | queued | running | done | cancelled | failed.
struct BuyerImport
{
    std::string id, createdBy, fileKey, fileName, format;
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> sampleRows;
    std::int64_t totalRows = 0;
    std::optional<ColumnMapping> mapping;
    std::optional<std::string> onDuplicate;
    std::string status;
    bool cancelRequested = false;
    std::int64_t processedRows = 0, insertedRows = 0, updatedRows = 0, skippedRows = 0,
                 failedRows = 0;
    std::optional<std::string> failure;
    std::string createdAt;
    std::optional<std::string> startedAt, finishedAt;
};

/// One line of an import's report: row is the 1-based data row (the header not counted).
/// outcome: error | skipped_duplicate | updated_duplicate.
struct ImportIssue
{
    std::int64_t row = 0;
    std::string field, outcome;
    core::Text reason;
};

/// What one batch did, added to the import's counters in the batch's transaction.
struct ImportCounts
{
    std::int64_t processed = 0, inserted = 0, updated = 0, skipped = 0, failed = 0;
};

} // namespace ey::directory
