// Loads the shipped administrative-area data into the database once, after the migrations.
#pragma once

#include "Db.h"

#include <cstdint>

namespace ey::regions {

/// What one call did: whether it loaded anything, how many rows each table holds, how long it took.
struct AreaImport
{
    bool imported = false;
    std::int64_t provinces = 0;
    std::int64_t regencies = 0;
    std::int64_t districts = 0;
    std::int64_t villages = 0;
    std::int64_t milliseconds = 0;
};

/// Imports the area tables when they are empty or older than the shipped data; cheap when current
/// (one indexed read). Safe when several servers start at once (an advisory lock serializes them).
/// A new data release updates names in place and removes areas that no longer exist, so codes
/// other tables point at stay valid unless the release really retired them.
AreaImport ensureAreasImported(core::Db& db);

} // namespace ey::regions
