// Loads the shipped administrative-area data into the database once, after the migrations.
#pragma once

#include "Db.h"

namespace ey::regions {

/// Imports the area tables when they are empty or older than the shipped data; cheap when current.
void ensureAreasImported(core::Db& db);

} // namespace ey::regions
