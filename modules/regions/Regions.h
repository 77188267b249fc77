// The look-up other modules use for addresses: an area code resolved to its whole chain of names.
#pragma once

#include "Db.h"

#include <optional>
#include <string>
#include <string_view>

namespace ey::regions {

enum class AreaLevel
{
    Province,
    Regency,
    District,
    Village
};

/// "province", "regency", "district", "village" (the API's spelling).
std::string_view levelName(AreaLevel level);
std::optional<AreaLevel> levelFromName(std::string_view name);
/// The level a code's format belongs to ("32" province, "32.73" regency, "32.73.01" district,
/// "32.73.01.1001" village); nullopt when it is not an area code at all. Says nothing about
/// whether the area exists.
std::optional<AreaLevel> levelOfCode(std::string_view code);

/// One area in a chain: its code, display name and kind ("kabupaten"/"kota" for regencies,
/// "kelurahan"/"desa"/"desa_adat" for villages, empty otherwise).
struct AreaRef
{
    std::string code;
    std::string name;
    std::string kind;
};

/// An area with all the areas above it; regency/district/village are set down to `level`.
struct AreaPath
{
    AreaLevel level = AreaLevel::Province;
    std::string code;
    AreaRef province;
    std::optional<AreaRef> regency;
    std::optional<AreaRef> district;
    std::optional<AreaRef> village;

    /// The area itself (the deepest part of the chain).
    const AreaRef& area() const;
    /// One line as addresses are written: "Desa Cibiru Wetan, Kec. Cileunyi, Kab. Bandung,
    /// Jawa Barat"; "Kelurahan ..." for kelurahan, "Kota ..." for cities.
    std::string label() const;
};

/// The area with this code and everything above it, or nullopt when the code is malformed or
/// unknown. Runs in the caller's transaction when given a core::Tx.
std::optional<AreaPath> resolveArea(core::Sql& sql, const std::string& code);

} // namespace ey::regions
