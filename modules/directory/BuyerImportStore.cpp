// Buyer import SQL: parameters only ($1...), JSON for lists, times as ISO-8601 UTC text.
#include "BuyerImportStore.h"

#include "Json.h"

namespace ey::directory {

using core::Param;
namespace json = core::json;

namespace {

#define EY_IMPORT_ISO(column)                                                                      \
    "to_char(" column " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
#define EY_IMPORT_AT(param) "('epoch'::timestamptz + " param "::bigint * interval '1 millisecond')"
#define EY_IMPORT_UUID(param) "CASE WHEN " param " ~ '^[0-9a-fA-F-]{36}$' THEN " param "::uuid END"
#define EY_IMPORT_COLUMNS                                                                          \
    "i.id::text AS id, i.created_by::text AS created_by, i.file_key, i.file_name, i.format,"       \
    " i.headers::text AS headers, i.sample_rows::text AS sample_rows, i.total_rows,"               \
    " i.mapping::text AS mapping, i.on_duplicate, i.status, i.cancel_requested,"                   \
    " i.processed_rows, i.inserted_rows, i.updated_rows, i.skipped_rows, i.failed_rows,"           \
    " i.failure, i.created_at::text AS created_key, " EY_IMPORT_ISO(                               \
        "i.created_at") " AS created_at, " EY_IMPORT_ISO("i.started_at") " AS "                    \
                                                                         "started_at,"             \
                                                                         " " EY_IMPORT_ISO("i."    \
                                                                                           "finis" \
                                                                                           "hed_"  \
                                                                                           "at") " AS finished_at"

std::vector<std::string> stringsFrom(const Poco::Dynamic::Var& value)
{
    std::vector<std::string> items;
    if (value.isEmpty())
        return items;
    const auto array = value.extract<json::ArrayPtr>();
    for (unsigned i = 0; i < array->size(); ++i) {
        const auto item = array->get(i);
        items.push_back(item.isEmpty() ? std::string() : item.convert<std::string>());
    }
    return items;
}

BuyerImport importFrom(const core::Row& row)
{
    BuyerImport import;
    import.id = row.str("id");
    import.createdBy = row.str("created_by");
    import.fileKey = row.str("file_key");
    import.fileName = row.str("file_name");
    import.format = row.str("format");
    import.headers = stringsFrom(json::parse(row.str("headers")));
    const auto samples = json::parse(row.str("sample_rows")).extract<json::ArrayPtr>();
    for (unsigned i = 0; i < samples->size(); ++i)
        import.sampleRows.push_back(stringsFrom(samples->get(i)));
    import.totalRows = row.i64("total_rows");
    if (const auto mapping = row.optStr("mapping")) {
        ColumnMapping columns;
        const auto object = json::parse(*mapping).extract<json::ObjectPtr>();
        for (const auto& [field, column] : *object)
            columns[field] = column.convert<int>();
        import.mapping = std::move(columns);
    }
    import.onDuplicate = row.optStr("on_duplicate");
    import.status = row.str("status");
    import.cancelRequested = row.boolean("cancel_requested");
    import.processedRows = row.i64("processed_rows");
    import.insertedRows = row.i64("inserted_rows");
    import.updatedRows = row.i64("updated_rows");
    import.skippedRows = row.i64("skipped_rows");
    import.failedRows = row.i64("failed_rows");
    import.failure = row.optStr("failure");
    import.createdAt = row.str("created_at");
    import.startedAt = row.optStr("started_at");
    import.finishedAt = row.optStr("finished_at");
    return import;
}

ImportIssue issueFrom(const core::Row& row)
{
    return {row.i64("row_no"),
            row.str("field"),
            row.str("outcome"),
            {row.str("reason"), row.str("reason_en")}};
}

} // namespace

BuyerImport BuyerImportStore::insert(core::Sql& sql, const std::string& createdBy,
                                     const std::string& fileKey, const std::string& fileName,
                                     const std::string& format, const std::string& headersJson,
                                     const std::string& sampleJson, std::int64_t totalRows,
                                     std::int64_t nowMs)
{
    const auto id =
        sql.exec("INSERT INTO buyer_imports (created_by, file_key, file_name, format,"
                 " headers, sample_rows, total_rows, created_at)"
                 " VALUES ($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb, $7, " EY_IMPORT_AT(
                     "$8") ") RETURNING id::text AS id",
                 {createdBy, fileKey, fileName, format, headersJson, sampleJson, totalRows, nowMs})
            .front()
            .str("id");
    return *byId(sql, id);
}

std::optional<BuyerImport> BuyerImportStore::byId(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT " EY_IMPORT_COLUMNS " FROM buyer_imports i"
                               " WHERE i.id = " EY_IMPORT_UUID("$1"),
                               {id});
    if (rows.empty())
        return std::nullopt;
    return importFrom(rows.front());
}

std::optional<BuyerImport> BuyerImportStore::lock(core::Sql& sql, const std::string& id)
{
    const auto rows = sql.exec("SELECT " EY_IMPORT_COLUMNS " FROM buyer_imports i"
                               " WHERE i.id = " EY_IMPORT_UUID("$1") " FOR UPDATE",
                               {id});
    if (rows.empty())
        return std::nullopt;
    return importFrom(rows.front());
}

std::vector<BuyerImport> BuyerImportStore::list(core::Sql& sql, const core::PageRequest& page)
{
    std::vector<BuyerImport> items;
    for (const auto& row : sql.exec("SELECT " EY_IMPORT_COLUMNS " FROM buyer_imports i"
                                    " WHERE ($1::timestamptz IS NULL OR (i.created_at, i.id) < "
                                    "($1::timestamptz, " EY_IMPORT_UUID(
                                        "$2") "))"
                                              " ORDER BY i.created_at DESC, i.id DESC LIMIT $3",
                                    {page.afterKey, page.afterId.value_or(""), page.limit + 1}))
        items.push_back(importFrom(row));
    return items;
}

std::string BuyerImportStore::sortKey(const BuyerImport& import)
{
    // The ISO text carries microseconds, so it orders and compares exactly like the column.
    return import.createdAt;
}

void BuyerImportStore::queue(core::Sql& sql, const std::string& id, const std::string& mappingJson,
                             const std::string& onDuplicate)
{
    sql.exec("UPDATE buyer_imports SET status = 'queued', mapping = $2::jsonb, on_duplicate = $3"
             " WHERE id = $1::uuid",
             {id, mappingJson, onDuplicate});
}

void BuyerImportStore::requestCancel(core::Sql& sql, const std::string& id)
{
    sql.exec("UPDATE buyer_imports SET cancel_requested = true WHERE id = $1::uuid", {id});
}

std::optional<BuyerImport> BuyerImportStore::claimNext(core::Sql& sql, std::int64_t leaseSeconds,
                                                       std::int64_t nowMs, bool& resumed)
{
    // The heartbeat is the database's own time: it only ever meets other heartbeats, and a
    // lease must not depend on one server's clock.
    const auto rows =
        sql.exec("WITH c AS (SELECT id, status AS was FROM buyer_imports"
                 " WHERE status = 'queued' OR (status = 'running' AND (heartbeat_at IS NULL"
                 " OR heartbeat_at < now() - $1::bigint * interval '1 second'))"
                 " ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                 " UPDATE buyer_imports i SET status = 'running', heartbeat_at = now(),"
                 " started_at = coalesce(i.started_at, " EY_IMPORT_AT(
                     "$2") ")"
                           " FROM c WHERE i.id = c.id RETURNING " EY_IMPORT_COLUMNS ", c.was",
                 {leaseSeconds, nowMs});
    if (rows.empty())
        return std::nullopt;
    resumed = rows.front().str("was") == "running";
    return importFrom(rows.front());
}

void BuyerImportStore::saveBatch(core::Sql& sql, const std::string& id, const ImportCounts& counts,
                                 const std::vector<ImportIssue>& issues)
{
    if (!issues.empty()) {
        auto array = json::array();
        for (const auto& issue : issues) {
            auto item = json::object();
            item->set("row_no", issue.row);
            item->set("field", issue.field);
            item->set("outcome", issue.outcome);
            item->set("reason", issue.reason.id);
            item->set("reason_en", issue.reason.en);
            array->add(item);
        }
        // One statement for the batch's report; a second issue on the same field of a row adds
        // nothing a person needs.
        sql.exec("INSERT INTO buyer_import_issues (import_id, row_no, field, outcome, reason,"
                 " reason_en) SELECT $1::uuid, t.row_no, t.field, t.outcome, t.reason, t.reason_en"
                 " FROM json_to_recordset($2::json) AS t(row_no int, field text, outcome text,"
                 " reason text, reason_en text) ON CONFLICT DO NOTHING",
                 {id, json::stringify(array)});
    }
    sql.exec(
        "UPDATE buyer_imports SET processed_rows = processed_rows + $2,"
        " inserted_rows = inserted_rows + $3, updated_rows = updated_rows + $4,"
        " skipped_rows = skipped_rows + $5, failed_rows = failed_rows + $6,"
        " heartbeat_at = now() WHERE id = $1::uuid",
        {id, counts.processed, counts.inserted, counts.updated, counts.skipped, counts.failed});
}

void BuyerImportStore::finish(core::Sql& sql, const std::string& id, const std::string& status,
                              const std::optional<std::string>& failure, std::int64_t nowMs)
{
    sql.exec("UPDATE buyer_imports SET status = $2, failure = $3, heartbeat_at = NULL,"
             " finished_at = " EY_IMPORT_AT("$4") " WHERE id = $1::uuid",
             {id, status, failure, nowMs});
}

void BuyerImportStore::release(core::Sql& sql, const std::string& id)
{
    sql.exec("UPDATE buyer_imports SET heartbeat_at = NULL WHERE id = $1::uuid AND status ="
             " 'running'",
             {id});
}

std::vector<ImportIssue> BuyerImportStore::issues(core::Sql& sql, const std::string& id,
                                                  const core::PageRequest& page)
{
    std::optional<std::string> afterRow;
    if (page.afterKey && page.afterKey->find_first_not_of("0123456789") == std::string::npos &&
        page.afterKey->size() < 10)
        afterRow = page.afterKey;
    std::vector<ImportIssue> items;
    for (const auto& row :
         sql.exec("SELECT row_no, field, outcome, reason, reason_en FROM buyer_import_issues"
                  " WHERE import_id = $1::uuid AND ($2::int IS NULL OR (row_no, field) >"
                  " ($2::int, $3::text)) ORDER BY row_no, field LIMIT $4",
                  {id, afterRow, page.afterId.value_or(""), page.limit + 1}))
        items.push_back(issueFrom(row));
    return items;
}

void BuyerImportStore::forEachIssue(core::Sql& sql, const std::string& id,
                                    const std::function<void(const ImportIssue&)>& issue)
{
    core::PageRequest page;
    page.limit = 1000;
    for (;;) {
        auto batch = issues(sql, id, page);
        const bool more = static_cast<int>(batch.size()) > page.limit;
        if (more)
            batch.resize(static_cast<std::size_t>(page.limit));
        for (const auto& item : batch)
            issue(item);
        if (!more || batch.empty())
            return;
        page.afterKey = std::to_string(batch.back().row);
        page.afterId = batch.back().field;
    }
}

} // namespace ey::directory
