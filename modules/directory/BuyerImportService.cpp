// Buyer import rules and the worker (see BuyerImportService.h).
#include "BuyerImportService.h"

#include "BuyerImportStore.h"
#include "BuyerRules.h"
#include "BuyerService.h"
#include "BuyerStore.h"
#include "DirectoryText.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "Log.h"
#include "Problem.h"
#include "Xlsx.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace ey::directory {

namespace json = core::json;
using core::Problem;
using core::Text;

namespace {

constexpr std::size_t kSampleRows = 20;
constexpr std::size_t kMaxFileName = 255;
const std::string kValidationType = "https://eksporyuk.com/problems/validation";

Problem unreadable(Text detail)
{
    return Problem(422, kValidationType, {"Berkas belum bisa dibaca", "The file cannot be read"},
                   detail)
        .withFieldError("file", detail);
}

std::string trim(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

bool isBlank(const std::vector<std::string>& cells)
{
    return std::all_of(cells.begin(), cells.end(),
                       [](const std::string& cell) { return trim(cell).empty(); });
}

/// Every non-blank row of the file in order, the header first; `row` returns false to stop.
void readSheet(std::string_view bytes, const std::string& format,
               const std::function<bool(const std::vector<std::string>&)>& row)
{
    if (format == "xlsx") {
        core::XlsxReader reader(bytes);
        reader.forEachRow(
            [&](const std::vector<std::string>& cells) { return isBlank(cells) || row(cells); });
        return;
    }
    core::CsvReader reader(bytes);
    std::vector<std::string> cells;
    while (reader.next(cells)) {
        if (!isBlank(cells) && !row(cells))
            return;
    }
}

/// The file name a person gave, reduced to its last path part and a sane length.
std::string cleanFileName(const std::string& given, const std::string& format)
{
    std::string name = given;
    if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name = name.substr(slash + 1);
    name = trim(name);
    if (name.empty() || !core::CsvReader::looksLikeText(name) ||
        name.find_first_of("\r\n\t") != std::string::npos)
        name = "import." + format;
    if (name.size() > kMaxFileName) {
        std::size_t end = kMaxFileName;
        while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80)
            --end;
        name = name.substr(0, end);
    }
    return name;
}

json::ArrayPtr stringArray(const std::vector<std::string>& items)
{
    auto array = json::array();
    for (const auto& item : items)
        array->add(item);
    return array;
}

json::ObjectPtr mappingJson(const ColumnMapping& mapping)
{
    auto object = json::object();
    for (const auto& [field, column] : mapping)
        object->set(field, column);
    return object;
}

/// Header spellings (lower case, letters and digits only) that name each field.
const std::vector<std::pair<std::string, std::vector<std::string>>>& headerSynonyms()
{
    static const std::vector<std::pair<std::string, std::vector<std::string>>> synonyms = {
        {"company",
         {"company", "perusahaan", "namaperusahaan", "companyname", "buyer", "buyername", "pembeli",
          "namapembeli", "importir", "importer"}},
        {"contact_person",
         {"contactperson", "kontak", "namakontak", "contact", "contactname", "pic", "narahubung",
          "orangkontak"}},
        {"email", {"email", "surel", "emailaddress", "alamatemail", "surat elektronik", "e-mail"}},
        {"phone",
         {"phone", "telepon", "telp", "tel", "nomortelepon", "notelp", "notelepon", "hp", "nohp",
          "whatsapp", "wa", "phonenumber", "telephone", "mobile"}},
        {"country", {"country", "negara", "negaratujuan", "countryname"}},
        {"products", {"products", "product", "produk", "komoditas", "commodity", "commodities"}},
        {"hs_codes", {"hscodes", "hscode", "kodehs", "hs", "kodeshs", "hsnumber"}},
        {"business_scale",
         {"businessscale", "scale", "skala", "skalabisnis", "skalausaha", "ukuranbisnis"}},
        {"payment_terms",
         {"paymentterms", "paymentterm", "payment", "pembayaran", "termpembayaran",
          "syaratpembayaran", "carabayar"}},
        {"shipping_terms",
         {"shippingterms", "shippingterm", "shipping", "incoterms", "incoterm", "pengiriman",
          "termpengiriman", "syaratpengiriman"}},
        {"notes", {"notes", "note", "catatan", "keterangan", "remarks"}},
        {"verified", {"verified", "terverifikasi", "verifikasi", "sudahdiverifikasi"}},
        {"rating", {"rating", "nilai", "peringkat", "skor", "score"}},
        {"source", {"source", "sumber", "sumberdata"}},
    };
    return synonyms;
}

std::string headerKey(const std::string& header)
{
    std::string key;
    for (const char c : header)
        if (std::isalnum(static_cast<unsigned char>(c)))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

/// Decides what each row of an import becomes, remembering the rows before it so duplicates
/// inside the same file count as duplicates too. One judge per pass over a file.
///
/// A row is judged in two steps: parse() (the rules and the file's earlier rows, no SQL), then
/// decide() with the existing buyers holding the row's keys. judgeMany() looks those buyers up
/// for many rows in one statement; judge() for one row against the live table.
class RowJudge
{
public:
    enum class Kind
    {
        Insert,
        Update,
        Skip,
        Error
    };
    struct Verdict
    {
        Kind kind = Kind::Error;
        BuyerInput input;
        std::string existingId;
        std::vector<ImportIssue> issues;
    };
    /// What judging taught the judge, so a batch that rolls back can forget it again.
    struct Learnt
    {
        std::vector<std::string> keys, updatedIds;
    };

    RowJudge(ImportPlan plan, bool csv) : m_plan(std::move(plan)), m_csv(csv) {}

    /// One row, its duplicate check a query of its own (sees every write made before it).
    Verdict judge(core::Sql& sql, std::int64_t row, const std::vector<std::string>& cells,
                  Learnt* learnt)
    {
        Verdict verdict;
        if (parse(row, cells, verdict, learnt)) {
            const auto match = BuyerStore::findDuplicates(sql, {&verdict.input});
            decide(row, match.front(), verdict, learnt);
        }
        return verdict;
    }

    /// Many rows in file order with one duplicate query for all of them. Every row's verdict is
    /// the one judge() would give if the rows before it had been written one by one.
    std::vector<Verdict>
    judgeMany(core::Sql& sql,
              const std::vector<std::pair<std::int64_t, std::vector<std::string>>>& rows,
              Learnt* learnt)
    {
        std::vector<Verdict> verdicts(rows.size()); // never resized: `inputs` points into it
        std::vector<std::size_t> pending;
        std::vector<const BuyerInput*> inputs;
        for (std::size_t i = 0; i < rows.size(); ++i)
            if (parse(rows[i].first, rows[i].second, verdicts[i], learnt)) {
                pending.push_back(i);
                inputs.push_back(&verdicts[i].input);
            }
        auto matches = BuyerStore::findDuplicates(sql, inputs);
        for (std::size_t k = 0; k < pending.size(); ++k) {
            // A buyer an earlier row updated holds that row's keys now, not the ones the query
            // saw; this row shares none of them (or it would be a duplicate inside the file).
            auto& match = matches[k];
            if (match.byCompany && m_updated.count(match.byCompany->id))
                match.byCompany.reset();
            if (match.byEmail && m_updated.count(match.byEmail->id))
                match.byEmail.reset();
            decide(rows[pending[k]].first, match, verdicts[pending[k]], learnt);
        }
        return verdicts;
    }

    /// Remembers an already imported row's keys (resuming after a restart) without any SQL.
    void remember(std::int64_t row, const std::vector<std::string>& cells)
    {
        auto parsed = BuyerRules::fromCells(cellsOf(cells));
        const auto* input = std::get_if<BuyerInput>(&parsed);
        if (!input)
            return;
        const auto companyKey = "c:" + text::asciiLower(input->company) + "|" + input->country;
        const auto emailKey = input->email ? "e:" + text::asciiLower(*input->email) : std::string();
        if (m_seen.count(companyKey) || (!emailKey.empty() && m_seen.count(emailKey)))
            return;
        m_seen.emplace(companyKey, row);
        if (!emailKey.empty())
            m_seen.emplace(emailKey, row);
    }

    void forget(const Learnt& learnt)
    {
        for (const auto& key : learnt.keys)
            m_seen.erase(key);
        for (const auto& id : learnt.updatedIds)
            m_updated.erase(id);
    }

private:
    /// The rules and the file's earlier rows. True when the row is valid and new to the file:
    /// then `verdict.input` holds it and decide() must follow.
    bool parse(std::int64_t row, const std::vector<std::string>& cells, Verdict& verdict,
               Learnt* learnt)
    {
        auto parsed = BuyerRules::fromCells(cellsOf(cells));
        if (auto* problems = std::get_if<std::vector<FieldIssue>>(&parsed)) {
            verdict.kind = Kind::Error;
            for (auto& problem : *problems)
                verdict.issues.push_back({row, problem.field, "error", std::move(problem.reason)});
            return false;
        }
        verdict.input = std::get<BuyerInput>(std::move(parsed));
        const auto& input = verdict.input;

        const auto companyKey = "c:" + text::asciiLower(input.company) + "|" + input.country;
        const auto emailKey = input.email ? "e:" + text::asciiLower(*input.email) : std::string();
        for (const auto& [key, field] : {std::pair{companyKey, "company"}, {emailKey, "email"}}) {
            if (key.empty())
                continue;
            if (const auto seen = m_seen.find(key); seen != m_seen.end()) {
                const auto first = std::to_string(seen->second);
                verdict.kind = Kind::Skip;
                verdict.issues.push_back(
                    {row,
                     field,
                     "skipped_duplicate",
                     {"Sama dengan baris " + first + " di berkas ini; baris ini dilewati.",
                      "Same as row " + first + " of this file; this row was skipped."}});
                return false;
            }
        }
        for (const auto& key : {companyKey, emailKey}) {
            if (key.empty())
                continue;
            m_seen.emplace(key, row);
            if (learnt)
                learnt->keys.push_back(key);
        }
        return true;
    }

    /// The verdict of a parsed row given the existing buyers holding its keys.
    void decide(std::int64_t row, const DuplicateMatch& match, Verdict& verdict, Learnt* learnt)
    {
        const auto& input = verdict.input;
        // The company + country match first, as the one the row most likely means.
        const auto& other = match.byCompany ? match.byCompany : match.byEmail;
        if (!other) {
            verdict.kind = Kind::Insert;
            return;
        }
        const std::string name = other->company + " (" + other->country + ")";
        const bool sameCompany = text::asciiLower(other->company) == text::asciiLower(input.company) &&
                                 other->country == input.country;
        const std::string field = sameCompany ? "company" : "email";
        if (m_plan.onDuplicate != "update") {
            verdict.kind = Kind::Skip;
            verdict.issues.push_back(
                {row,
                 field,
                 "skipped_duplicate",
                 {sameCompany ? "Pembeli " + name + " sudah ada; baris ini dilewati."
                              : "Email ini sudah dipakai pembeli " + name + "; baris ini dilewati.",
                  sameCompany ? "Buyer " + name + " already exists; this row was skipped."
                              : "This email already belongs to buyer " + name +
                                    "; this row was skipped."}});
            return;
        }
        // Updating one buyer must not take the company or email of a second one.
        if (match.byCompany && match.byEmail && match.byCompany->id != match.byEmail->id) {
            verdict.kind = Kind::Error;
            verdict.issues.push_back(
                {row,
                 field,
                 "error",
                 {"Baris ini cocok dengan dua pembeli berbeda (nama+negara dan email); perbaiki "
                  "lalu impor ulang.",
                  "This row matches two different buyers (company+country and email); fix it and "
                  "import it again."}});
            return;
        }
        verdict.kind = Kind::Update;
        verdict.existingId = other->id;
        if (m_updated.insert(other->id).second && learnt)
            learnt->updatedIds.push_back(other->id);
        verdict.issues.push_back({row,
                                  field,
                                  "updated_duplicate",
                                  {"Pembeli " + name + " yang sudah ada diperbarui.",
                                   "Existing buyer " + name + " was updated."}});
    }

    std::map<std::string, std::string> cellsOf(const std::vector<std::string>& cells) const
    {
        std::map<std::string, std::string> mapped;
        for (const auto& [field, column] : m_plan.mapping) {
            auto text = static_cast<std::size_t>(column) < cells.size()
                            ? cells[static_cast<std::size_t>(column)]
                            : std::string();
            // CsvWriter puts an apostrophe before = + - @ so spreadsheets do not run the text
            // as a formula; our own exports come back without it ("+62..." is a phone).
            if (m_csv && text.size() > 1 && text.front() == '\'' &&
                std::string_view("=+-@").find(text[1]) != std::string_view::npos)
                text.erase(0, 1);
            mapped[field] = std::move(text);
        }
        return mapped;
    }

    ImportPlan m_plan;
    bool m_csv;
    std::unordered_map<std::string, std::int64_t> m_seen; // key -> first row holding it
    std::unordered_set<std::string> m_updated;           // buyers this import updated
};

core::AuditEntry auditOf(const std::string& actorId, const std::string& ip,
                         const std::string& action, const BuyerImport& import)
{
    auto after = json::object();
    after->set("file_name", import.fileName);
    after->set("format", import.format);
    after->set("status", import.status);
    after->set("total_rows", import.totalRows);
    after->set("processed_rows", import.processedRows);
    after->set("inserted_rows", import.insertedRows);
    after->set("updated_rows", import.updatedRows);
    after->set("skipped_rows", import.skippedRows);
    after->set("failed_rows", import.failedRows);
    if (import.onDuplicate)
        after->set("on_duplicate", *import.onDuplicate);
    if (import.failure)
        after->set("failure", *import.failure);
    return {actorId, action, "buyer_import", import.id, nullptr, after, ip};
}

Problem importNotFound()
{
    return Problem::notFound(
        {"Impor tidak ditemukan; muat ulang daftar impor.", "Import not found; reload the list."});
}

} // namespace

// ---- set-up ----------------------------------------------------------------------------------

BuyerImportService::BuyerImportService(core::Db& db, const core::Clock& clock,
                                       core::FileStore& files, const core::Config& config,
                                       std::shared_ptr<BuyerService> buyers,
                                       notify::NotifyService* notify)
    : m_db(db), m_clock(clock), m_files(files), m_buyers(std::move(buyers)), m_notify(notify),
      m_leaseSeconds(config.integer("directory.import_lease_seconds", 60, 5, 3600)),
      m_batchDelayMs(config.integer("directory.import_batch_delay_ms", 0, 0, 60000)),
      m_batchRows(static_cast<int>(
          config.integer("directory.import_batch_rows", kBatchRows, 50, kMaxBatchRows)))
{
    const auto poll = config.integer("directory.import_poll_seconds", 5, 1, 3600);
    m_worker = std::make_unique<core::PeriodicWorker>(
        "buyer imports",
        [this](const std::function<bool()>& stopping) { return runPending(stopping); },
        std::chrono::seconds(poll));
}

BuyerImportService::~BuyerImportService()
{
    m_worker.reset();
}

// ---- JSON ------------------------------------------------------------------------------------

json::ObjectPtr BuyerImportService::toJson(const BuyerImport& import)
{
    auto body = json::object();
    body->set("id", import.id);
    body->set("file_name", import.fileName);
    body->set("format", import.format);
    body->set("headers", stringArray(import.headers));
    body->set("total_rows", import.totalRows);
    auto samples = json::array();
    for (const auto& row : import.sampleRows)
        samples->add(stringArray(row));
    body->set("sample_rows", samples);
    body->set("suggested_mapping", mappingJson(suggestMapping(import.headers)));
    body->set("mapping", import.mapping ? Poco::Dynamic::Var(mappingJson(*import.mapping))
                                        : Poco::Dynamic::Var());
    body->set("on_duplicate", json::orNull(import.onDuplicate));
    body->set("status", import.status);
    body->set("cancel_requested", import.cancelRequested);
    body->set("processed_rows", import.processedRows);
    body->set("inserted_rows", import.insertedRows);
    body->set("updated_rows", import.updatedRows);
    body->set("skipped_rows", import.skippedRows);
    body->set("failed_rows", import.failedRows);
    body->set("created_by", import.createdBy);
    body->set("created_at", import.createdAt);
    body->set("started_at", json::orNull(import.startedAt));
    body->set("finished_at", json::orNull(import.finishedAt));
    body->set("failure", json::orNull(import.failure));
    return body;
}

json::ObjectPtr BuyerImportService::toJson(const ImportIssue& issue, core::Lang lang)
{
    auto body = json::object();
    body->set("row", issue.row);
    body->set("field", issue.field);
    body->set("outcome", issue.outcome);
    body->set("reason", issue.reason.in(lang));
    return body;
}

ColumnMapping BuyerImportService::suggestMapping(const std::vector<std::string>& headers)
{
    ColumnMapping mapping;
    std::vector<bool> used(headers.size(), false);
    for (const auto& [field, names] : headerSynonyms()) {
        for (std::size_t column = 0; column < headers.size(); ++column) {
            if (used[column])
                continue;
            const auto key = headerKey(headers[column]);
            const bool match = std::any_of(names.begin(), names.end(), [&](const std::string& n) {
                return headerKey(n) == key;
            });
            if (match && !key.empty()) {
                mapping[field] = static_cast<int>(column);
                used[column] = true;
                break;
            }
        }
    }
    return mapping;
}

// ---- requests --------------------------------------------------------------------------------

BuyerImport BuyerImportService::upload(const core::Actor& actor, const std::string& fileName,
                                       const std::string& bytes)
{
    if (bytes.empty())
        throw unreadable({"Berkasnya kosong. Pilih berkas CSV atau Excel (.xlsx) berisi data "
                          "pembeli.",
                          "The file is empty. Choose a CSV or Excel (.xlsx) file with buyer "
                          "data."});
    std::string format;
    const auto type = core::detectFileType(bytes);
    if (type && type->extension == "xlsx")
        format = "xlsx";
    else if (!type && core::CsvReader::looksLikeText(bytes))
        format = "csv";
    else
        throw Problem::unsupportedMedia(
            {"Hanya berkas CSV (teks UTF-8) atau Excel (.xlsx) yang bisa diimpor. Simpan ulang "
             "berkas dalam salah satu format itu.",
             "Only CSV (UTF-8 text) or Excel (.xlsx) files can be imported. Save the file again "
             "in one of those formats."});

    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> sample;
    std::int64_t total = 0;
    bool headerSeen = false;
    try {
        readSheet(bytes, format, [&](const std::vector<std::string>& cells) {
            if (!headerSeen) {
                headerSeen = true;
                for (const auto& cell : cells)
                    headers.push_back(trim(cell));
                while (!headers.empty() && headers.back().empty())
                    headers.pop_back();
                return true;
            }
            if (sample.size() < kSampleRows)
                sample.push_back(cells);
            ++total;
            return true;
        });
    } catch (const core::XlsxError& e) {
        core::log::server()->info("buyer import upload: unreadable workbook: {}", e.what());
        throw unreadable({"Berkas Excel ini rusak atau tidak berisi lembar kerja. Buka dan simpan "
                          "ulang di Excel, lalu unggah lagi.",
                          "This Excel file is damaged or has no worksheet. Open and save it again "
                          "in Excel, then upload it again."});
    }
    if (headers.empty())
        throw unreadable({"Baris pertama berkas harus berisi judul kolom (misalnya Perusahaan, "
                          "Negara).",
                          "The file's first row must hold the column titles (for example "
                          "Company, Country)."});
    if (total == 0)
        throw unreadable({"Berkas hanya berisi judul kolom; tidak ada baris data pembeli.",
                          "The file only holds column titles; there are no buyer rows."});

    auto samples = json::array();
    for (const auto& row : sample)
        samples->add(stringArray(row));
    const auto name = cleanFileName(fileName, format);
    const auto key = m_files.save(bytes);
    try {
        BuyerImport import;
        m_db.transaction([&](core::Tx& tx) {
            import = BuyerImportStore::insert(tx, actor.userId, key, name, format,
                                              json::stringify(stringArray(headers)),
                                              json::stringify(samples), total, m_clock.nowMs());
            core::audit(tx, auditOf(actor.userId, actor.ip, "buyer_import.upload", import));
        });
        return import;
    } catch (...) {
        m_files.remove(key);
        throw;
    }
}

void BuyerImportService::checkPlan(const BuyerImport& import, const ImportPlan& plan) const
{
    std::map<std::string, Text> errors;
    const auto& names = BuyerRules::fieldNames();
    for (const auto& [field, column] : plan.mapping) {
        if (std::find(names.begin(), names.end(), field) == names.end())
            errors["mapping." + field] = {"Kolom \"" + field + "\" tidak dikenal.",
                                          "Unknown field \"" + field + "\"."};
        else if (column < 0 || static_cast<std::size_t>(column) >= import.headers.size())
            errors["mapping." + field] = {
                "Pilih salah satu kolom berkas (0 sampai " +
                    std::to_string(static_cast<long>(import.headers.size()) - 1) + ").",
                "Choose one of the file's columns (0 to " +
                    std::to_string(static_cast<long>(import.headers.size()) - 1) + ")."};
    }
    for (const auto& required : {"company", "country"})
        if (!plan.mapping.count(required))
            errors["mapping." + std::string(required)] = {
                std::string("Tentukan kolom untuk ") +
                    (std::string(required) == "company" ? "nama perusahaan." : "negara."),
                std::string("Choose the column for the ") +
                    (std::string(required) == "company" ? "company name." : "country.")};
    if (plan.onDuplicate != "skip" && plan.onDuplicate != "update")
        errors["on_duplicate"] = {"Pilih skip atau update.", "Choose skip or update."};
    if (!errors.empty())
        throw Problem::validation(std::move(errors));
}

std::string BuyerImportService::fileOf(const BuyerImport& import) const
{
    auto bytes = m_files.read(import.fileKey);
    if (!bytes)
        throw Problem(410, "https://eksporyuk.com/problems/gone",
                      {"Berkas tidak ada lagi", "File no longer available"},
                      {"Berkas impor ini sudah tidak tersimpan di server; unggah ulang berkasnya.",
                       "This import's file is no longer stored on the server; upload it again."});
    return std::move(*bytes);
}

json::ObjectPtr BuyerImportService::preview(const std::string& id, const ImportPlan& plan,
                                            core::Lang lang)
{
    const auto import = get(id);
    checkPlan(import, plan);
    const auto bytes = fileOf(import);
    RowJudge judge(plan, import.format == "csv");
    std::int64_t total = 0, errors = 0, duplicates = 0;
    auto issues = json::array();
    // One read-only transaction: one connection and one snapshot for the whole file; the rows
    // are checked against the directory a batch at a time, like the import will.
    m_db.transaction([&](core::Tx& tx) {
        tx.exec("SET TRANSACTION READ ONLY");
        std::vector<std::pair<std::int64_t, std::vector<std::string>>> batch;
        const auto judgeBatch = [&] {
            for (const auto& verdict : judge.judgeMany(tx, batch, nullptr)) {
                if (verdict.kind == RowJudge::Kind::Error)
                    ++errors;
                else if (verdict.kind == RowJudge::Kind::Skip ||
                         verdict.kind == RowJudge::Kind::Update)
                    ++duplicates;
                for (const auto& issue : verdict.issues)
                    if (issues->size() < static_cast<std::size_t>(kPreviewIssues))
                        issues->add(toJson(issue, lang));
            }
            batch.clear();
        };
        bool headerSeen = false;
        readSheet(bytes, import.format, [&](const std::vector<std::string>& cells) {
            if (!headerSeen)
                return headerSeen = true;
            batch.emplace_back(++total, cells);
            if (static_cast<int>(batch.size()) >= m_batchRows)
                judgeBatch();
            return true;
        });
        if (!batch.empty())
            judgeBatch();
    });
    auto body = json::object();
    body->set("total_rows", total);
    body->set("valid_rows", total - errors);
    body->set("error_rows", errors);
    body->set("duplicate_rows", duplicates);
    body->set("issues", issues);
    return body;
}

BuyerImport BuyerImportService::start(const core::Actor& actor, const std::string& id,
                                      const ImportPlan& plan)
{
    BuyerImport import;
    m_db.transaction([&](core::Tx& tx) {
        auto current = BuyerImportStore::lock(tx, id);
        if (!current)
            throw importNotFound();
        if (current->status != "uploaded")
            throw Problem::conflict({"Impor ini sudah dimulai (status " + current->status +
                                         "); unggah berkas lagi untuk impor baru.",
                                     "This import has already been started (status " +
                                         current->status +
                                         "); upload the file again for a new "
                                         "import."});
        checkPlan(*current, plan);
        BuyerImportStore::queue(tx, id, json::stringify(mappingJson(plan.mapping)),
                                plan.onDuplicate);
        import = *BuyerImportStore::byId(tx, id);
        core::audit(tx, auditOf(actor.userId, actor.ip, "buyer_import.start", import));
    });
    m_worker->wake();
    return import;
}

BuyerImport BuyerImportService::cancel(const core::Actor& actor, const std::string& id)
{
    BuyerImport import;
    m_db.transaction([&](core::Tx& tx) {
        auto current = BuyerImportStore::lock(tx, id);
        if (!current)
            throw importNotFound();
        if (current->status == "uploaded" || current->status == "queued")
            BuyerImportStore::finish(tx, id, "cancelled", std::nullopt, m_clock.nowMs());
        else if (current->status == "running")
            BuyerImportStore::requestCancel(tx, id);
        else
            throw Problem::conflict(
                {"Impor ini sudah selesai (status " + current->status + ").",
                 "This import has already ended (status " + current->status + ")."});
        import = *BuyerImportStore::byId(tx, id);
        core::audit(tx, auditOf(actor.userId, actor.ip, "buyer_import.cancel", import));
    });
    return import;
}

BuyerImport BuyerImportService::get(const std::string& id)
{
    auto import = BuyerImportStore::byId(m_db, id);
    if (!import)
        throw importNotFound();
    return *import;
}

std::vector<BuyerImport> BuyerImportService::list(const core::PageRequest& page)
{
    return BuyerImportStore::list(m_db, page);
}

std::vector<ImportIssue> BuyerImportService::issues(const std::string& id,
                                                    const core::PageRequest& page)
{
    get(id);
    return BuyerImportStore::issues(m_db, id, page);
}

std::function<void(std::ostream&)> BuyerImportService::issuesCsv(const std::string& id,
                                                                 core::Lang lang)
{
    get(id);
    return [this, id, lang](std::ostream& out) {
        core::CsvWriter writer(out, {"row", "field", "outcome", "reason"});
        BuyerImportStore::forEachIssue(m_db, id, [&](const ImportIssue& issue) {
            writer.field(issue.row)
                .field(issue.field)
                .field(issue.outcome)
                .field(issue.reason.in(lang));
            writer.endRow();
        });
        out.flush();
    };
}

// ---- the worker ------------------------------------------------------------------------------

void BuyerImportService::publishProgress(core::Sql& tx, const std::string& id)
{
    if (!m_notify)
        return;
    const auto import = BuyerImportStore::byId(tx, id);
    if (!import)
        return;
    auto data = json::object();
    data->set("id", import->id);
    data->set("status", import->status);
    data->set("processed_rows", import->processedRows);
    data->set("total_rows", import->totalRows);
    m_notify->publish(tx, notify::Audience{{import->createdBy}, {}, false}, "buyer_import.progress",
                      data);
}

int BuyerImportService::runPending(const std::function<bool()>& stopping)
{
    int handled = 0;
    while (!stopping()) {
        bool resumed = false;
        std::optional<BuyerImport> claimed;
        m_db.transaction([&](core::Tx& tx) {
            claimed = BuyerImportStore::claimNext(tx, m_leaseSeconds, m_clock.nowMs(), resumed);
        });
        if (!claimed)
            break;
        if (resumed)
            core::log::server()->info("buyer import {}: resuming after row {}", claimed->id,
                                      claimed->processedRows);
        run(*claimed, stopping);
        ++handled;
    }
    return handled;
}

void BuyerImportService::run(const BuyerImport& import, const std::function<bool()>& stopping)
{
    const auto finish = [&](const std::string& status, const std::optional<std::string>& failure) {
        m_db.transaction([&](core::Tx& tx) {
            BuyerImportStore::finish(tx, import.id, status, failure, m_clock.nowMs());
            core::audit(
                tx, auditOf({}, {}, "buyer_import.finish", *BuyerImportStore::byId(tx, import.id)));
            publishProgress(tx, import.id);
        });
    };
    const auto bytes = m_files.read(import.fileKey);
    if (!bytes || !import.mapping) {
        finish("failed", std::string("the uploaded file is no longer stored"));
        return;
    }
    ImportPlan plan{*import.mapping, import.onDuplicate.value_or("skip")};
    RowJudge judge(plan, import.format == "csv");
    std::int64_t expected = import.processedRows; // what the row says we have done
    std::vector<std::pair<std::int64_t, std::vector<std::string>>> batch;
    enum class End
    {
        Running,
        Cancelled,
        Lost,
        Stopped
    };
    End end = End::Running;

    // One batch in one transaction: one duplicate query, one UPDATE and one INSERT for all its
    // rows. `careful`: row by row, each write in its own savepoint, so a row the database refuses
    // (a buyer added meanwhile by hand, say) becomes an error line, not a failed batch.
    const auto runBatch = [&](bool careful, RowJudge::Learnt& learnt) {
        m_db.transaction([&](core::Tx& tx) {
            // A retried transaction (deadlock) judges the batch again from the same start.
            judge.forget(learnt);
            learnt = {};
            const auto current = BuyerImportStore::lock(tx, import.id);
            if (!current || current->status != "running" || current->processedRows != expected) {
                end = End::Lost; // another server took it over after our heartbeat went stale
                return;
            }
            if (current->cancelRequested) {
                BuyerImportStore::finish(tx, import.id, "cancelled", std::nullopt, m_clock.nowMs());
                core::audit(tx, auditOf({}, {}, "buyer_import.finish",
                                        *BuyerImportStore::byId(tx, import.id)));
                publishProgress(tx, import.id);
                end = End::Cancelled;
                return;
            }
            const auto nowMs = m_clock.nowMs();
            ImportCounts counts;
            std::vector<ImportIssue> issues;
            const auto tally = [&](const RowJudge::Verdict& verdict) {
                ++counts.processed;
                switch (verdict.kind) {
                case RowJudge::Kind::Insert:
                    ++counts.inserted;
                    break;
                case RowJudge::Kind::Update:
                    ++counts.updated;
                    break;
                case RowJudge::Kind::Skip:
                    ++counts.skipped;
                    break;
                case RowJudge::Kind::Error:
                    ++counts.failed;
                    break;
                }
                issues.insert(issues.end(), verdict.issues.begin(), verdict.issues.end());
            };
            if (!careful) {
                const auto verdicts = judge.judgeMany(tx, batch, &learnt);
                std::vector<const BuyerInput*> inserts;
                std::vector<std::pair<std::string, const BuyerInput*>> updates;
                for (const auto& verdict : verdicts) {
                    if (verdict.kind == RowJudge::Kind::Insert)
                        inserts.push_back(&verdict.input);
                    else if (verdict.kind == RowJudge::Kind::Update)
                        updates.emplace_back(verdict.existingId, &verdict.input);
                    tally(verdict);
                }
                // Updates first: a buyer updated away from its old name or email frees it for
                // a later row of the batch.
                BuyerStore::replaceMany(tx, updates, nowMs);
                BuyerStore::insertMany(tx, inserts, import.createdBy, nowMs);
            } else {
                for (const auto& [row, cells] : batch) {
                    auto verdict = judge.judge(tx, row, cells, &learnt);
                    if (verdict.kind == RowJudge::Kind::Insert ||
                        verdict.kind == RowJudge::Kind::Update) {
                        tx.exec("SAVEPOINT import_row");
                        try {
                            if (verdict.kind == RowJudge::Kind::Insert)
                                BuyerStore::insert(tx, verdict.input, import.createdBy, nowMs);
                            else
                                BuyerStore::replace(tx, verdict.existingId, verdict.input, nowMs);
                            tx.exec("RELEASE SAVEPOINT import_row");
                        } catch (const core::DbError& e) {
                            tx.exec("ROLLBACK TO SAVEPOINT import_row");
                            core::log::server()->info("buyer import {} row {}: {}", import.id,
                                                      row, e.what());
                            verdict.kind = RowJudge::Kind::Error;
                            verdict.issues = {
                                {row,
                                 "company",
                                 "error",
                                 {"Baris ini bentrok dengan pembeli yang baru saja disimpan orang "
                                  "lain; periksa lalu impor ulang.",
                                  "This row clashes with a buyer someone else has just saved; "
                                  "check it and import it again."}}};
                        }
                    }
                    tally(verdict);
                }
            }
            BuyerImportStore::saveBatch(tx, import.id, counts, issues);
            publishProgress(tx, import.id);
        });
    };

    const auto flush = [&]() -> bool {
        if (stopping()) {
            end = End::Stopped;
            return false;
        }
        RowJudge::Learnt learnt;
        try {
            runBatch(false, learnt);
        } catch (const core::DbError& e) {
            if (e.isConnectionLost() || e.isRetryable())
                throw;
            // A constraint said no to one of the rows: do the batch again row by row (runBatch
            // forgets what the failed attempt learnt).
            core::log::server()->info("buyer import {}: batch after row {} again row by row: {}",
                                      import.id, expected, e.what());
            runBatch(true, learnt);
        }
        if (end != End::Running)
            return false;
        expected += static_cast<std::int64_t>(batch.size());
        batch.clear();
        // The slowed worker (tests, demos) still stops at once when the server does.
        for (std::int64_t waited = 0; waited < m_batchDelayMs && !stopping(); waited += 20)
            std::this_thread::sleep_for(
                std::chrono::milliseconds(std::min<std::int64_t>(20, m_batchDelayMs - waited)));
        return true;
    };

    try {
        std::int64_t row = 0;
        bool headerSeen = false;
        readSheet(*bytes, import.format, [&](const std::vector<std::string>& cells) {
            if (!headerSeen)
                return headerSeen = true;
            ++row;
            if (row <= import.processedRows) {
                judge.remember(row, cells); // done before a restart; only its keys matter
                return true;
            }
            batch.emplace_back(row, cells);
            return static_cast<int>(batch.size()) < m_batchRows || flush();
        });
        if (end == End::Running && !batch.empty())
            flush();
    } catch (const core::XlsxError& e) {
        finish("failed", std::string("the workbook could not be read: ") + e.what());
        return;
    }

    switch (end) {
    case End::Running:
        m_db.transaction([&](core::Tx& tx) {
            const auto current = BuyerImportStore::lock(tx, import.id);
            if (!current || current->status != "running" || current->processedRows != expected)
                return;
            BuyerImportStore::finish(tx, import.id, "done", std::nullopt, m_clock.nowMs());
            core::audit(
                tx, auditOf({}, {}, "buyer_import.finish", *BuyerImportStore::byId(tx, import.id)));
            publishProgress(tx, import.id);
        });
        break;
    case End::Stopped:
        m_db.transaction([&](core::Tx& tx) { BuyerImportStore::release(tx, import.id); });
        break;
    case End::Cancelled:
    case End::Lost:
        break;
    }
}

} // namespace ey::directory
