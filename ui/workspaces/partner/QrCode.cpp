// QrCode: libqrencode's module matrix turned into a QImage.
#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace ey::desk::partner {

namespace {
constexpr int kQuietZone = 4;
}

QImage QrCode::modules(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // Medium error correction: survives a smudged print without making the code much denser.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    const int width = code->width;
    const int side = width + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < width; ++y)
        for (int x = 0; x < width; ++x)
            if (code->data[y * width + x] & 1) // bit 0 is "dark module"
                image.setPixel(x + kQuietZone, y + kQuietZone, qRgb(0, 0, 0));
    return image;
}

QImage QrCode::image(const QString& text, int minSide)
{
    const QImage raw = modules(text);
    if (raw.isNull())
        return raw;
    const int factor = std::max(1, (minSide + raw.width() - 1) / raw.width());
    // FastTransformation keeps hard edges: smooth scaling would grey the module borders.
    return raw.scaled(raw.width() * factor, raw.height() * factor, Qt::IgnoreAspectRatio,
                      Qt::FastTransformation);
}

} // namespace ey::desk::partner
