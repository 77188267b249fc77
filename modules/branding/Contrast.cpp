// Relative luminance and contrast ratio as defined by WCAG 2.x (sRGB, 0.03928 threshold).
#include "Contrast.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace ey::branding {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

double channel(const std::string& hex, std::size_t at)
{
    const double value = (hexDigit(hex[at]) * 16 + hexDigit(hex[at + 1])) / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

std::optional<std::string> normaliseHexColour(std::string_view text)
{
    if (!text.empty() && text.front() == '#')
        text.remove_prefix(1);
    if (text.size() != 3 && text.size() != 6)
        return std::nullopt;
    std::string out = "#";
    for (char c : text) {
        if (hexDigit(c) < 0)
            return std::nullopt;
        const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        out += upper;
        if (text.size() == 3)
            out += upper;
    }
    return out;
}

double relativeLuminance(const std::string& hexColour)
{
    return 0.2126 * channel(hexColour, 1) + 0.7152 * channel(hexColour, 3) +
           0.0722 * channel(hexColour, 5);
}

double contrastRatio(const std::string& first, const std::string& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

std::string formatRatio(double ratio)
{
    // The small epsilon keeps exact figures such as 21.0 from printing as 20.9.
    const double floored = std::floor(ratio * 10.0 + 1e-9) / 10.0;
    char text[16];
    std::snprintf(text, sizeof text, "%.1f", floored);
    return text;
}

} // namespace ey::branding
