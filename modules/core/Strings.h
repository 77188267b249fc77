// Small text helpers shared by the stores and routes (lists packed by SQL, id checks).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ey::core {

/// Splits "a,b,c" (as string_agg/array_to_string return it) into items; "" gives no items.
std::vector<std::string> splitList(const std::string& text, char separator = ',');
std::string joinList(const std::vector<std::string>& items, char separator = ',');
/// True for the canonical 36-character form of a UUID (what our ids look like).
bool isUuid(const std::string& text);
/// "Rp 1.250.000" ("-Rp 5.000"): rupiah with Indonesian thousands separators, as people read it.
std::string formatRupiah(std::int64_t amount);

} // namespace ey::core
