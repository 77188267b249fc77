// SQL over the area tables.
#include "AreaStore.h"

namespace ey::regions {

namespace {

std::vector<Area> areas(const core::Rows& rows)
{
    std::vector<Area> result;
    result.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto row : rows)
        result.push_back({row.str("code"), row.str("parent_code"), row.str("name"),
                          row.str("display_name"), row.str("kind")});
    return result;
}

std::optional<AreaRef> ref(const core::Row& row, const char* code, const char* name,
                           const char* kind)
{
    if (row.isNull(code))
        return std::nullopt;
    return AreaRef{row.str(code), row.str(name), kind ? row.optStr(kind).value_or("") : ""};
}

AreaPath pathFrom(const core::Row& row)
{
    AreaPath path;
    path.level = levelFromName(row.str("level")).value_or(AreaLevel::Province);
    path.code = row.str("code");
    path.province = {row.str("province_code"), row.str("province_name"), ""};
    path.regency = ref(row, "regency_code", "regency_name", "regency_kind");
    path.district = ref(row, "district_code", "district_name", nullptr);
    path.village = ref(row, "village_code", "village_name", "village_kind");
    return path;
}

} // namespace

std::vector<Area> AreaStore::provinces(core::Sql& sql)
{
    return areas(sql.exec("SELECT code, '' AS parent_code, name, display_name, '' AS kind "
                          "FROM area_provinces ORDER BY code"));
}

std::vector<Area> AreaStore::children(core::Sql& sql, AreaLevel parentLevel,
                                      const std::string& parentCode)
{
    switch (parentLevel) {
    case AreaLevel::Province:
        return areas(sql.exec("SELECT code, province_code AS parent_code, name, display_name, kind "
                              "FROM area_regencies WHERE province_code = $1 ORDER BY code",
                              {parentCode}));
    case AreaLevel::Regency:
        return areas(
            sql.exec("SELECT code, regency_code AS parent_code, name, display_name, "
                     "'' AS kind FROM area_districts WHERE regency_code = $1 ORDER BY code",
                     {parentCode}));
    case AreaLevel::District:
        return areas(sql.exec("SELECT code, district_code AS parent_code, name, display_name, kind "
                              "FROM area_villages WHERE district_code = $1 ORDER BY code",
                              {parentCode}));
    case AreaLevel::Village:
        break;
    }
    return {};
}

bool AreaStore::exists(core::Sql& sql, AreaLevel level, const std::string& code)
{
    switch (level) {
    case AreaLevel::Province:
        return !sql.exec("SELECT 1 FROM area_provinces WHERE code = $1", {code}).empty();
    case AreaLevel::Regency:
        return !sql.exec("SELECT 1 FROM area_regencies WHERE code = $1", {code}).empty();
    case AreaLevel::District:
        return !sql.exec("SELECT 1 FROM area_districts WHERE code = $1", {code}).empty();
    case AreaLevel::Village:
        return !sql.exec("SELECT 1 FROM area_villages WHERE code = $1", {code}).empty();
    }
    return false;
}

std::optional<AreaPath> AreaStore::path(core::Sql& sql, AreaLevel level, const std::string& code)
{
    const auto rows = sql.exec("SELECT * FROM area_paths WHERE level = $1 AND code = $2",
                               {std::string(levelName(level)), code});
    if (rows.empty())
        return std::nullopt;
    return pathFrom(rows.front());
}

std::vector<AreaPath> AreaStore::search(core::Sql& sql, const std::string& key,
                                        std::optional<AreaLevel> level, int limit)
{
    const auto rows =
        sql.exec("SELECT * FROM area_paths "
                 "WHERE ($2 = '' OR level = $2) AND search_key LIKE '%' || $1 || '%' "
                 "ORDER BY CASE WHEN bare_key = $1 OR search_key = $1 THEN 0 "
                 "              WHEN bare_key LIKE $1 || '%' OR search_key LIKE $1 || '%' THEN 1 "
                 "              WHEN ' ' || search_key LIKE '% ' || $1 || '%' THEN 2 "
                 "              ELSE 3 END, "
                 "         depth, length(display_name), display_name, code "
                 "LIMIT $3",
                 {key, level ? std::string(levelName(*level)) : std::string(), limit});
    std::vector<AreaPath> result;
    result.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto row : rows)
        result.push_back(pathFrom(row));
    return result;
}

std::string AreaStore::loadedChecksum(core::Sql& sql)
{
    const auto rows = sql.exec("SELECT checksum FROM area_data_version");
    return rows.empty() ? std::string() : rows.front().str("checksum");
}

} // namespace ey::regions
