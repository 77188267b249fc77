// Rules of the area look-ups: which codes exist, what a search may ask for.
#pragma once

#include "Area.h"
#include "Regions.h"

#include <optional>
#include <string>
#include <vector>

namespace ey::regions {

/// Read-only over the imported areas; thread safe (the data changes only with a release).
class RegionsService
{
public:
    static constexpr int kDefaultSearchLimit = 20;
    static constexpr int kMaxSearchLimit = 50;
    static constexpr std::size_t kMinQueryLength = 2;

    explicit RegionsService(core::Db& db);

    std::vector<Area> provinces();
    /// The areas directly below `parentCode` (a province's regencies, a regency's districts, a
    /// district's villages): 422 for a malformed code or a village, 404 for an unknown one.
    std::vector<Area> children(AreaLevel parentLevel, const std::string& parentCode);
    /// The area and its chain: 422 for a malformed code, 404 for an unknown one.
    AreaPath path(const std::string& code);
    /// Ranked matches for what a person typed; 422 when it has fewer than two letters or digits.
    std::vector<AreaPath> search(const std::string& query, std::optional<AreaLevel> level,
                                 int limit);

    /// Identifies the loaded data (an HTTP entity tag, quotes included): it changes only when a
    /// new release imports different areas.
    const std::string& etag() const { return m_etag; }

private:
    core::Db& m_db;
    std::string m_etag;
};

} // namespace ey::regions
