// WCAG 2.x colour arithmetic shared by the save rules and the contrast endpoint.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ey::branding {

/// The ratio WCAG 2.x level AA asks of normal-size text.
inline constexpr double kMinimumContrast = 4.5;

/// "#RGB" or "#RRGGBB" in any case (the '#' may be left out, as in a URL query) -> "#RRGGBB"
/// upper case; nullopt when it is not a hex colour.
std::optional<std::string> normaliseHexColour(std::string_view text);

/// Relative luminance of a normalised colour, 0 (black) to 1 (white).
double relativeLuminance(const std::string& hexColour);

/// (L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: 1 to 21, order of arguments irrelevant.
double contrastRatio(const std::string& first, const std::string& second);

/// One decimal, rounded down, so a failing 4.48 never reads as "4.5" next to "minimal 4.5".
std::string formatRatio(double ratio);

} // namespace ey::branding
