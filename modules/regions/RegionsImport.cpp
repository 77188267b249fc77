// Loads the shipped administrative-area data into the database once, after the migrations.
#include "RegionsImport.h"

#include "AreaData.h"
#include "AreaNames.h"
#include "AreaStore.h"
#include "Log.h"
#include "Regions.h"

#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ey::regions {

namespace {

/// Bump when the display or search rules in AreaNames change, so existing databases re-import.
constexpr std::string_view kImportRules = "rules-1";

/// Appends one field in COPY's text format (backslash escapes; no field holds a tab or newline,
/// but the format must not depend on that).
void appendField(std::string& out, std::string_view value)
{
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

/// The name column: the shipped files quote no field, and a '"' inside a name is the source's
/// apostrophe ("Soka\"an"); a field that is quoted as a whole (RFC 4180) is unquoted.
std::string unquote(std::string_view field)
{
    if (field.size() < 2 || field.front() != '"' || field.back() != '"')
        return std::string(field);
    std::string value;
    for (std::size_t i = 1; i + 1 < field.size(); ++i) {
        value += field[i];
        if (field[i] == '"' && field[i + 1] == '"')
            ++i;
    }
    return value;
}

/// One shipped file turned into COPY rows for the staging table of `level`:
/// code, [parent], [kind], name, display_name, search_key, bare_key (the table's column order).
std::string copyRows(std::string_view csv, AreaLevel level, std::string_view file)
{
    std::string out;
    out.reserve(csv.size() * 2);
    std::size_t lineNumber = 0;
    std::size_t start = 0;
    while (start < csv.size()) {
        auto end = csv.find('\n', start);
        if (end == std::string_view::npos)
            end = csv.size();
        auto line = csv.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNumber == 1 || line.empty())
            continue; // the header
        const auto malformed = [&] {
            return std::runtime_error("shipped area data " + std::string(file) + " line " +
                                      std::to_string(lineNumber) + " is malformed");
        };
        const auto first = line.find(',');
        if (first == std::string_view::npos)
            throw malformed();
        const auto code = line.substr(0, first);
        std::string_view parent;
        std::string_view rest = line.substr(first + 1);
        if (level != AreaLevel::Province) {
            const auto second = rest.find(',');
            if (second == std::string_view::npos)
                throw malformed();
            parent = rest.substr(0, second);
            rest = rest.substr(second + 1);
            if (!code.starts_with(parent) || code.size() <= parent.size() ||
                code[parent.size()] != '.')
                throw malformed();
        }
        if (levelOfCode(code) != level)
            throw malformed();
        const auto name = unquote(rest);
        const auto display = AreaNames::displayName(name);
        const auto key = AreaNames::searchKey(display);
        const auto bare = AreaNames::bareKey(key);
        out += code;
        if (level != AreaLevel::Province) {
            out += '\t';
            out += parent;
        }
        if (level == AreaLevel::Regency) {
            out += '\t';
            out += AreaNames::regencyKind(name);
        } else if (level == AreaLevel::Village) {
            out += '\t';
            out += AreaNames::villageKind(code);
        }
        for (const auto& value : {std::string_view(name), std::string_view(display),
                                  std::string_view(key), std::string_view(bare)}) {
            out += '\t';
            appendField(out, value);
        }
        out += '\n';
    }
    return out;
}

/// Brings tables that already hold areas to exactly the shipped content: stage the rows, update
/// in place (codes referenced elsewhere stay valid), insert the new, remove the retired.
void replaceContent(core::Tx& tx, AreaImport& result, const std::string& provinces,
                    const std::string& regencies, const std::string& districts,
                    const std::string& villages)
{
    tx.exec("CREATE TEMP TABLE stage_provinces (LIKE area_provinces) ON COMMIT DROP");
    tx.exec("CREATE TEMP TABLE stage_regencies (LIKE area_regencies) ON COMMIT DROP");
    tx.exec("CREATE TEMP TABLE stage_districts (LIKE area_districts) ON COMMIT DROP");
    tx.exec("CREATE TEMP TABLE stage_villages (LIKE area_villages) ON COMMIT DROP");
    result.provinces = tx.copyIn("COPY stage_provinces FROM STDIN", provinces);
    result.regencies = tx.copyIn("COPY stage_regencies FROM STDIN", regencies);
    result.districts = tx.copyIn("COPY stage_districts FROM STDIN", districts);
    result.villages = tx.copyIn("COPY stage_villages FROM STDIN", villages);

    tx.exec("INSERT INTO area_provinces SELECT * FROM stage_provinces "
            "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
            "display_name = EXCLUDED.display_name, search_key = EXCLUDED.search_key, "
            "bare_key = EXCLUDED.bare_key "
            "WHERE (area_provinces.*) IS DISTINCT FROM (EXCLUDED.*)");
    tx.exec("INSERT INTO area_regencies SELECT * FROM stage_regencies "
            "ON CONFLICT (code) DO UPDATE SET province_code = EXCLUDED.province_code, "
            "kind = EXCLUDED.kind, name = EXCLUDED.name, display_name = EXCLUDED.display_name, "
            "search_key = EXCLUDED.search_key, bare_key = EXCLUDED.bare_key "
            "WHERE (area_regencies.*) IS DISTINCT FROM (EXCLUDED.*)");
    tx.exec("INSERT INTO area_districts SELECT * FROM stage_districts "
            "ON CONFLICT (code) DO UPDATE SET regency_code = EXCLUDED.regency_code, "
            "name = EXCLUDED.name, display_name = EXCLUDED.display_name, "
            "search_key = EXCLUDED.search_key, bare_key = EXCLUDED.bare_key "
            "WHERE (area_districts.*) IS DISTINCT FROM (EXCLUDED.*)");
    tx.exec("INSERT INTO area_villages SELECT * FROM stage_villages "
            "ON CONFLICT (code) DO UPDATE SET district_code = EXCLUDED.district_code, "
            "kind = EXCLUDED.kind, name = EXCLUDED.name, display_name = EXCLUDED.display_name, "
            "search_key = EXCLUDED.search_key, bare_key = EXCLUDED.bare_key "
            "WHERE (area_villages.*) IS DISTINCT FROM (EXCLUDED.*)");
    tx.exec("DELETE FROM area_villages a WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_villages s WHERE s.code = a.code)");
    tx.exec("DELETE FROM area_districts a WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_districts s WHERE s.code = a.code)");
    tx.exec("DELETE FROM area_regencies a WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_regencies s WHERE s.code = a.code)");
    tx.exec("DELETE FROM area_provinces a WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_provinces s WHERE s.code = a.code)");
}

std::string expectedChecksum()
{
    return std::string(AreaData::shipped().checksum) + "/" + std::string(kImportRules);
}

} // namespace

AreaImport ensureAreasImported(core::Db& db)
{
    const auto checksum = expectedChecksum();
    AreaImport result;
    if (AreaStore::loadedChecksum(db) == checksum)
        return result;

    const auto started = std::chrono::steady_clock::now();
    const auto& data = AreaData::shipped();
    // Parse before opening the transaction: a broken build fails here without touching anything.
    const auto provinces = copyRows(data.provinces, AreaLevel::Province, "provinces.csv");
    const auto regencies = copyRows(data.regencies, AreaLevel::Regency, "regencies.csv");
    const auto districts = copyRows(data.districts, AreaLevel::District, "districts.csv");
    const auto villages = copyRows(data.villages, AreaLevel::Village, "villages.csv");
    const auto parsed = std::chrono::steady_clock::now();

    db.transaction([&](core::Tx& tx) {
        result = {};
        tx.exec("SELECT pg_advisory_xact_lock(hashtext('ey.regions.import'))");
        if (AreaStore::loadedChecksum(tx) == checksum)
            return; // another server loaded it while this one waited for the lock

        if (tx.exec("SELECT 1 FROM area_provinces LIMIT 1").empty()) {
            // A new database (every test template, every first start): load straight into the
            // tables; staging would only write everything twice.
            result.provinces = tx.copyIn("COPY area_provinces FROM STDIN", provinces);
            result.regencies = tx.copyIn("COPY area_regencies FROM STDIN", regencies);
            result.districts = tx.copyIn("COPY area_districts FROM STDIN", districts);
            result.villages = tx.copyIn("COPY area_villages FROM STDIN", villages);
        } else {
            replaceContent(tx, result, provinces, regencies, districts, villages);
        }

        tx.exec("INSERT INTO area_data_version (source, checksum, provinces, regencies, districts, "
                "villages) VALUES ($1, $2, $3, $4, $5, $6) "
                "ON CONFLICT (singleton) DO UPDATE SET source = EXCLUDED.source, "
                "checksum = EXCLUDED.checksum, provinces = EXCLUDED.provinces, "
                "regencies = EXCLUDED.regencies, districts = EXCLUDED.districts, "
                "villages = EXCLUDED.villages, imported_at = now()",
                {std::string(data.source), checksum, result.provinces, result.regencies,
                 result.districts, result.villages});
        // Fresh statistics, so the first searches already plan with the trigram indexes.
        tx.exec("ANALYZE area_provinces, area_regencies, area_districts, area_villages");
        result.imported = true;
    });

    const auto finished = std::chrono::steady_clock::now();
    const auto ms = [](auto duration) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();
    };
    result.milliseconds = ms(finished - started);
    if (result.imported)
        core::log::server()->info(
            "imported administrative areas: {} provinces, {} regencies, {} districts, {} villages "
            "in {} ms ({} ms preparing the rows, {} ms in the database)",
            result.provinces, result.regencies, result.districts, result.villages,
            result.milliseconds, ms(parsed - started), ms(finished - parsed));
    return result;
}

} // namespace ey::regions
