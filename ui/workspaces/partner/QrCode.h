// A QR code image for a share link, drawn from libqrencode with a quiet zone and crisp modules.
#pragma once

#include <QImage>
#include <QString>

namespace ey::desk::partner {

/// Pure functions; any thread.
class QrCode
{
public:
    /// The code as a 1-bit-per-module image (one pixel per module) with the 4-module quiet zone
    /// the standard asks for; a null image when the text cannot be encoded.
    static QImage modules(const QString& text);
    /// modules() scaled by a whole factor so no module blurs, at least `minSide` pixels square.
    static QImage image(const QString& text, int minSide);
};

} // namespace ey::desk::partner
