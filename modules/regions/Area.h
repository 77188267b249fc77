// One administrative area as the lists show it.
#pragma once

#include <string>

namespace ey::regions {

/// A row of one of the area tables: `name` as the source writes it, `displayName` as people do.
struct Area
{
    std::string code;
    std::string parentCode; ///< empty for provinces
    std::string name;
    std::string displayName;
    std::string kind; ///< regencies: kabupaten/kota; villages: kelurahan/desa/desa_adat
};

} // namespace ey::regions
