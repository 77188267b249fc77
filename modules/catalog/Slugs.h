// URL slugs for plans and products: generated from a title, checked when typed by hand.
#pragma once

#include <string>

namespace ey::catalog {

/// Slug rules: lowercase ASCII letters and digits in words joined by '-', at most kMaxLength.
class Slugs
{
public:
    static constexpr std::size_t kMaxLength = 100;

    /// "Paket Ekspor Pemula & Lanjut 2025" → "paket-ekspor-pemula-dan-lanjut-2025"; accented
    /// Latin letters lose their accents, other characters separate words. Empty → `fallback`.
    static std::string fromTitle(const std::string& title, const std::string& fallback);
    static bool isValid(const std::string& slug);
    /// The n-th candidate for a taken slug: base, base-2, base-3, ...
    static std::string candidate(const std::string& base, int n);
};

} // namespace ey::catalog
