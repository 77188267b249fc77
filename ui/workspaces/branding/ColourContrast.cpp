// ColourContrast: hex parsing, relative luminance and the contrast ratio (WCAG 2.x).
#include "ColourContrast.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ey::desk::branding {

namespace {

double channel(const QString& hex, int at)
{
    const double value = hex.mid(at, 2).toInt(nullptr, 16) / 255.0;
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

const std::array<ContrastPair, 8>& contrastPairs()
{
    static const std::array<ContrastPair, 8> pairs{{
        {"colors.text_on_primary", "colors.primary",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks di atas warna primer terhadap warna primer")},
        {"colors.text_on_secondary", "colors.secondary",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks di atas warna sekunder terhadap warna sekunder")},
        {"colors.text", "colors.background",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast", "teks terhadap latar halaman")},
        {"components.button_primary_text", "components.button_primary_bg",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks tombol utama terhadap latar")},
        {"components.button_secondary_text", "components.button_secondary_bg",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks tombol sekunder terhadap latar")},
        {"components.sidebar_text", "components.sidebar_bg",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks sidebar terhadap latar sidebar")},
        {"components.sidebar_active_text", "components.sidebar_active_bg",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks menu aktif sidebar terhadap latar menu aktif")},
        {"components.card_text", "components.card_bg",
         QT_TRANSLATE_NOOP("ey::desk::branding::ColourContrast",
                           "teks kartu terhadap latar kartu")},
    }};
    return pairs;
}

std::optional<QString> ColourContrast::normalise(const QString& input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    if (text.size() != 3 && text.size() != 6)
        return std::nullopt;
    QString out = QStringLiteral("#");
    for (const QChar c : text) {
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                         (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                         (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hex)
            return std::nullopt;
        out += c.toUpper();
        if (text.size() == 3)
            out += c.toUpper();
    }
    return out;
}

double ColourContrast::relativeLuminance(const QString& hexColour)
{
    return 0.2126 * channel(hexColour, 1) + 0.7152 * channel(hexColour, 3) +
           0.0722 * channel(hexColour, 5);
}

double ColourContrast::ratio(const QString& first, const QString& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QString ColourContrast::format(double ratio)
{
    // The small epsilon keeps exact figures such as 21.0 from printing as 20.9 (as on the server).
    const double floored = std::floor(ratio * 10.0 + 1e-9) / 10.0;
    return QString::number(floored, 'f', 1);
}

QString ColourContrast::label(const ContrastPair& pair)
{
    return QCoreApplication::translate("ey::desk::branding::ColourContrast", pair.label);
}

} // namespace ey::desk::branding
