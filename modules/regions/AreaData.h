// The idn-area CSV files carried inside the server binary.
#pragma once

#include <string_view>

namespace ey::regions {

/// The shipped CSV texts (header line included) and a checksum of all four, fixed at build time;
/// read-only, any thread.
struct AreaData
{
    std::string_view provinces;
    std::string_view regencies;
    std::string_view districts;
    std::string_view villages;
    /// SHA-256 over the four files, computed when the build was configured.
    std::string_view checksum;
    /// Where the data comes from, for the version row and attribution.
    std::string_view source;

    static const AreaData& shipped();
};

} // namespace ey::regions
