// How area names are shown and searched: display forms of the source's upper-case names and the
// folded keys search compares.
#pragma once

#include <string>
#include <string_view>

namespace ey::regions {

/// Pure text rules over area names; no state, any thread.
class AreaNames
{
public:
    /// "KABUPATEN ACEH SELATAN" → "Kabupaten Aceh Selatan", "DKI JAKARTA" → "DKI Jakarta",
    /// "KABUPATEN PANGKAJENE DAN KEPULAUAN" → "Kabupaten Pangkajene dan Kepulauan". Names that
    /// already mix cases (districts, villages: "STM Hilir", "O'o'u") are kept as they are.
    static std::string displayName(std::string_view sourceName);

    /// Lower-case ASCII words separated by one space: accents folded ("é" → "e"), apostrophes and
    /// quotes dropped ("Ra\"as", "Ra'as", "Ra’as" → "raas"), other punctuation a word break. The
    /// same folding is applied to stored names and to what a person types, so search ignores case,
    /// accents and punctuation. The result never holds LIKE wildcards.
    static std::string searchKey(std::string_view text);

    /// The search key without the kind words a regency's name starts with ("kota bandung" →
    /// "bandung", "kabupaten administrasi kepulauan seribu" → "kepulauan seribu").
    static std::string bareKey(std::string_view searchKey);

    /// "kota" for names starting with KOTA, otherwise "kabupaten".
    static std::string regencyKind(std::string_view sourceName);

    /// From the first digit of the village part of its code: 1 kelurahan, 2 desa, 3 desa adat;
    /// empty for anything else.
    static std::string villageKind(std::string_view villageCode);

    /// The short form used in one-line addresses: "Kabupaten Bandung" → "Kab. Bandung",
    /// "Kota Administrasi Jakarta Pusat" → "Kota Adm. Jakarta Pusat", "Kota Bandung" unchanged.
    static std::string shortRegencyName(std::string_view displayName);
};

} // namespace ey::regions
