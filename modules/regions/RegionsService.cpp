// Rules of the area look-ups.
#include "RegionsService.h"

#include "AreaNames.h"
#include "AreaStore.h"
#include "Problem.h"
#include "Random.h"

namespace ey::regions {

namespace {

core::Text levelWords(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Province:
        return {"Provinsi", "Province"};
    case AreaLevel::Regency:
        return {"Kabupaten/kota", "Regency or city"};
    case AreaLevel::District:
        return {"Kecamatan", "District"};
    case AreaLevel::Village:
        return {"Kelurahan/desa", "Village"};
    }
    return {"Wilayah", "Area"};
}

core::Problem badCode()
{
    return core::Problem::validation(
        {{"code",
          {"Kode wilayah tidak valid. Gunakan kode Kemendagri bertitik seperti 32, 32.73, "
           "32.73.01 atau 32.73.01.1001.",
           "Invalid area code. Use the dotted Ministry of Home Affairs code such as 32, 32.73, "
           "32.73.01 or 32.73.01.1001."}}});
}

core::Problem unknown(AreaLevel level, const std::string& code)
{
    const auto words = levelWords(level);
    return core::Problem::notFound(
        {words.id + " dengan kode " + code +
             " tidak ditemukan. Periksa kodenya atau cari wilayah berdasarkan nama.",
         words.en + " with code " + code +
             " was not found. Check the code or search for the area by name."});
}

} // namespace

RegionsService::RegionsService(core::Db& db) : m_db(db)
{
    m_etag = "\"areas-" + core::sha256Hex(AreaStore::loadedChecksum(db)).substr(0, 20) + "\"";
}

std::vector<Area> RegionsService::provinces()
{
    return AreaStore::provinces(m_db);
}

std::vector<Area> RegionsService::children(AreaLevel parentLevel, const std::string& parentCode)
{
    if (levelOfCode(parentCode) != parentLevel || parentLevel == AreaLevel::Village)
        throw badCode();
    auto areas = AreaStore::children(m_db, parentLevel, parentCode);
    // Every province, regency and district has areas below it; an empty list means no parent.
    if (areas.empty() && !AreaStore::exists(m_db, parentLevel, parentCode))
        throw unknown(parentLevel, parentCode);
    return areas;
}

AreaPath RegionsService::path(const std::string& code)
{
    const auto level = levelOfCode(code);
    if (!level)
        throw badCode();
    auto path = AreaStore::path(m_db, *level, code);
    if (!path)
        throw unknown(*level, code);
    return *path;
}

std::vector<AreaPath> RegionsService::search(const std::string& query,
                                             std::optional<AreaLevel> level, int limit)
{
    const auto key = AreaNames::searchKey(query);
    if (key.size() < kMinQueryLength)
        throw core::Problem::validation(
            {{"q",
              {"Ketik minimal 2 huruf atau angka dari nama wilayah.",
               "Type at least 2 letters or digits of the area's name."}}});
    return AreaStore::search(m_db, key, level, limit);
}

} // namespace ey::regions
