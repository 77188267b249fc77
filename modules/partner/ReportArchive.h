// Streams a ZIP of report PDFs entry by entry while the reports are still being generated.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace ey::partner {

/// Writes a ZIP to `out` entry by entry as each PDF is produced, so the first bytes reach the
/// client before the last report is rendered. `next` yields (fileName, pdfBytes) or nullopt when
/// done; `cancelled` is polled before each call to `next`. Names are made safe (no folders, no
/// "..", no characters Windows refuses) and unique ("Siti Rahmawati.pdf", "Siti Rahmawati
/// (2).pdf"). Returns the entry names fully written, in order. When `cancelled` turns true the
/// central directory is NOT written: the archive is then clearly truncated (unzip refuses it)
/// rather than looking complete with reports missing. Throws std::runtime_error when `out` fails.
std::vector<std::string>
streamZip(std::ostream& out,
          const std::function<std::optional<std::pair<std::string, std::string>>()>& next,
          const std::function<bool()>& cancelled);

/// The entry name streamZip uses for `requested`, given the names already taken. `taken` holds
/// case-folded names (Windows and macOS compare names that way); the result is added to it.
std::string uniqueEntryName(const std::string& requested, std::unordered_set<std::string>& taken);

} // namespace ey::partner
