// WCAG 2.x contrast arithmetic on the client, so the admin sees a failing pair before saving.
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace ey::desk::branding {

/// The ratio WCAG 2.x level AA asks of normal-size text (the server refuses anything lower).
inline constexpr double kMinimumContrast = 4.5;

/// One foreground/background pair the server checks, with the words a person reads. The label is
/// a QT_TRANSLATE_NOOP source in the "ey::desk::branding::ColourContrast" context.
struct ContrastPair
{
    const char* foreground; ///< wire path, "components.button_primary_text"
    const char* background; ///< wire path, "components.button_primary_bg"
    const char* label;      ///< "teks tombol utama terhadap latar"
};

/// The same eight pairs, in the same order, as the server's contrast rules.
const std::array<ContrastPair, 8>& contrastPairs();

/// Pure functions; the same formulas as the server (sRGB, 0.03928 threshold) so both agree.
class ColourContrast
{
public:
    /// "#RGB" or "#RRGGBB" in any case, '#' optional -> "#RRGGBB" upper case; nullopt otherwise.
    static std::optional<QString> normalise(const QString& text);
    /// Relative luminance of a normalised colour, 0 (black) to 1 (white).
    static double relativeLuminance(const QString& hexColour);
    /// (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21.
    static double ratio(const QString& first, const QString& second);
    /// One decimal, rounded down like the server, so a failing 4.48 never reads as "4.5".
    static QString format(double ratio);
    /// The pair's label in the current UI language.
    static QString label(const ContrastPair& pair);
};

} // namespace ey::desk::branding
