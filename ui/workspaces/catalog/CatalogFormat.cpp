// CatalogFormat: the workspace's words, colours and formats.
#include "CatalogFormat.h"

#include <QJsonArray>
#include <QLocale>

namespace ey::desk::catalog {

QString CatalogFormat::money(qint64 rupiah)
{
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QString digits = indonesian.toString(rupiah < 0 ? -rupiah : rupiah);
    return (rupiah < 0 ? QStringLiteral("-Rp ") : QStringLiteral("Rp ")) + digits;
}

QString CatalogFormat::date(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy"));
}

QString CatalogFormat::dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString CatalogFormat::isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString CatalogFormat::slugify(const QString& title)
{
    // Accented letters fold to their base letter first ("Ékspor" → "ekspor").
    const QString folded = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(120);
}

QString CatalogFormat::planStatus(const QString& status)
{
    if (status == QStringLiteral("draft"))
        return tr("Draf");
    if (status == QStringLiteral("active"))
        return tr("Aktif");
    if (status == QStringLiteral("archived"))
        return tr("Diarsipkan");
    return status;
}

QString CatalogFormat::productStatus(const QString& status)
{
    if (status == QStringLiteral("draft"))
        return tr("Draf");
    if (status == QStringLiteral("publish"))
        return tr("Terbit");
    if (status == QStringLiteral("coming_soon"))
        return tr("Segera hadir");
    return status;
}

QString CatalogFormat::couponStatus(bool active)
{
    return active ? tr("Aktif") : tr("Nonaktif");
}

QColor CatalogFormat::statusColour(const QString& status)
{
    if (status == QStringLiteral("active") || status == QStringLiteral("publish"))
        return QColor(0x15, 0x80, 0x3D);
    if (status == QStringLiteral("coming_soon"))
        return QColor(0xB4, 0x53, 0x09);
    if (status == QStringLiteral("archived") || status == QStringLiteral("inactive"))
        return QColor(0x6B, 0x72, 0x80);
    return QColor(0x47, 0x55, 0x69); // draft
}

QString CatalogFormat::badge(const QString& badge)
{
    if (badge == QStringLiteral("paling_laris"))
        return tr("Paling Laris");
    if (badge == QStringLiteral("paling_murah"))
        return tr("Paling Murah");
    return tr("Tanpa lencana");
}

QString CatalogFormat::duration(const QString& duration)
{
    if (duration == QStringLiteral("1m"))
        return tr("1 bulan");
    if (duration == QStringLiteral("3m"))
        return tr("3 bulan");
    if (duration == QStringLiteral("6m"))
        return tr("6 bulan");
    if (duration == QStringLiteral("12m"))
        return tr("12 bulan");
    if (duration == QStringLiteral("lifetime"))
        return tr("Selamanya");
    return duration;
}

QString CatalogFormat::category(const QString& category)
{
    if (category == QStringLiteral("ebook"))
        return tr("E-book");
    if (category == QStringLiteral("kelas"))
        return tr("Kelas");
    if (category == QStringLiteral("webinar"))
        return tr("Webinar");
    if (category == QStringLiteral("template"))
        return tr("Template");
    if (category == QStringLiteral("jasa"))
        return tr("Jasa");
    if (category == QStringLiteral("event"))
        return tr("Event");
    if (category == QStringLiteral("tool"))
        return tr("Tool");
    if (category == QStringLiteral("lainnya"))
        return tr("Lainnya");
    return category;
}

QString CatalogFormat::pricingType(const QString& type)
{
    if (type == QStringLiteral("one_time"))
        return tr("Sekali bayar");
    if (type == QStringLiteral("subscription"))
        return tr("Langganan");
    if (type == QStringLiteral("free"))
        return tr("Gratis");
    return type;
}

QString CatalogFormat::accessLevel(const QString& level)
{
    if (level == QStringLiteral("public"))
        return tr("Umum");
    if (level == QStringLiteral("member"))
        return tr("Member");
    if (level == QStringLiteral("premium"))
        return tr("Premium");
    return level;
}

QString CatalogFormat::commissionType(const QString& type)
{
    if (type == QStringLiteral("fixed"))
        return tr("Nominal tetap (Rp)");
    if (type == QStringLiteral("percent"))
        return tr("Persen (%)");
    return type;
}

QString CatalogFormat::upgradeMode(const QString& mode)
{
    if (mode == QStringLiteral("accumulate"))
        return tr("Akumulasi (bayar selisih)");
    if (mode == QStringLiteral("full"))
        return tr("Bayar penuh");
    return mode;
}

QString CatalogFormat::couponScope(const QString& scope)
{
    if (scope == QStringLiteral("all"))
        return tr("Semua paket dan produk");
    if (scope == QStringLiteral("plans"))
        return tr("Paket membership");
    if (scope == QStringLiteral("products"))
        return tr("Produk");
    return scope;
}

QString CatalogFormat::grantKind(const QString& kind)
{
    if (kind == QStringLiteral("group"))
        return tr("Grup");
    if (kind == QStringLiteral("course"))
        return tr("Kursus");
    if (kind == QStringLiteral("product"))
        return tr("Produk");
    if (kind == QStringLiteral("feature"))
        return tr("Fitur");
    if (kind == QStringLiteral("event"))
        return tr("Event");
    if (kind == QStringLiteral("file"))
        return tr("File");
    return kind;
}

QString CatalogFormat::planFromPrice(const QJsonObject& plan)
{
    qint64 lowest = -1;
    for (const auto& value : plan.value(QStringLiteral("prices")).toArray()) {
        const qint64 price = value.toObject().value(QStringLiteral("price")).toInteger();
        if (lowest < 0 || price < lowest)
            lowest = price;
    }
    return lowest < 0 ? QStringLiteral("-") : money(lowest);
}

QString CatalogFormat::couponValue(const QJsonObject& coupon)
{
    const qint64 value = coupon.value(QStringLiteral("value")).toInteger();
    if (coupon.value(QStringLiteral("kind")).toString() == QStringLiteral("percent"))
        return QString::number(value) + QStringLiteral(" %");
    return money(value);
}

QString CatalogFormat::couponWindow(const QJsonObject& coupon)
{
    const QString starts = date(coupon.value(QStringLiteral("starts_at")).toString());
    const QString ends = date(coupon.value(QStringLiteral("ends_at")).toString());
    if (starts.isEmpty() && ends.isEmpty())
        return tr("Tanpa batas waktu");
    if (starts.isEmpty())
        return tr("s.d. %1").arg(ends);
    if (ends.isEmpty())
        return tr("mulai %1").arg(starts);
    return starts + QStringLiteral(" – ") + ends;
}

} // namespace ey::desk::catalog
