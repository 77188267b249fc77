// SalesFormat: labels and colours of the sales workspace.
#include "SalesFormat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace ey::desk::sales {

QString SalesFormat::money(qint64 rupiah)
{
    return QStringLiteral("Rp ") +
           QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(rupiah);
}

QString SalesFormat::date(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy"));
}

QString SalesFormat::dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString SalesFormat::status(const QString& status)
{
    if (status == QStringLiteral("PAID"))
        return tr("Lunas");
    if (status == QStringLiteral("PENDING"))
        return tr("Menunggu");
    if (status == QStringLiteral("EXPIRED"))
        return tr("Kedaluwarsa");
    if (status == QStringLiteral("FAILED"))
        return tr("Gagal");
    if (status == QStringLiteral("REFUNDED"))
        return tr("Dikembalikan");
    return status;
}

QColor SalesFormat::statusColor(const QString& status)
{
    if (status == QStringLiteral("PAID"))
        return QColor(0x16, 0xA3, 0x4A);
    if (status == QStringLiteral("PENDING"))
        return QColor(0xF5, 0x9E, 0x0B);
    if (status == QStringLiteral("EXPIRED"))
        return QColor(0x9C, 0xA3, 0xAF);
    if (status == QStringLiteral("FAILED"))
        return QColor(0xDC, 0x26, 0x26);
    if (status == QStringLiteral("REFUNDED"))
        return QColor(0x7C, 0x3A, 0xED);
    return QColor(0x6B, 0x72, 0x80);
}

QString SalesFormat::duration(const QString& code)
{
    if (code == QStringLiteral("1m"))
        return tr("1 bulan");
    if (code == QStringLiteral("3m"))
        return tr("3 bulan");
    if (code == QStringLiteral("6m"))
        return tr("6 bulan");
    if (code == QStringLiteral("12m"))
        return tr("12 bulan");
    if (code == QStringLiteral("lifetime"))
        return tr("Seumur hidup");
    return code;
}

QString SalesFormat::category(const QString& code)
{
    if (code == QStringLiteral("ebook"))
        return tr("Ebook");
    if (code == QStringLiteral("kelas"))
        return tr("Kelas");
    if (code == QStringLiteral("webinar"))
        return tr("Webinar");
    if (code == QStringLiteral("template"))
        return tr("Template");
    if (code == QStringLiteral("jasa"))
        return tr("Jasa");
    if (code == QStringLiteral("event"))
        return tr("Event");
    if (code == QStringLiteral("tool"))
        return tr("Tool");
    if (code == QStringLiteral("lainnya"))
        return tr("Lainnya");
    return code;
}

QString SalesFormat::productKind(const QJsonObject& product)
{
    const QString kind = product.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("plan")) {
        const QString duration = product.value(QStringLiteral("duration")).toString();
        return duration.isEmpty() ? tr("Paket")
                                  : tr("Paket · %1").arg(SalesFormat::duration(duration));
    }
    if (kind == QStringLiteral("product")) {
        const QString category = product.value(QStringLiteral("category")).toString();
        // The seed names classes as their own kind ("Paket/Produk/Kelas").
        if (category == QStringLiteral("kelas"))
            return tr("Kelas");
        return category.isEmpty() ? tr("Produk")
                                  : tr("Produk · %1").arg(SalesFormat::category(category));
    }
    return QString();
}

QString SalesFormat::followups(const QJsonObject& followups)
{
    const int total = followups.value(QStringLiteral("total")).toInt();
    if (total == 0)
        return QStringLiteral("\u2014");
    return tr("%1/%2 terkirim").arg(followups.value(QStringLiteral("sent")).toInt()).arg(total);
}

QString SalesFormat::role(const QString& role)
{
    if (role == QStringLiteral("member_free"))
        return tr("Member Free");
    if (role == QStringLiteral("member_premium"))
        return tr("Member Premium");
    if (role == QStringLiteral("affiliate"))
        return tr("Affiliate");
    if (role == QStringLiteral("admin"))
        return tr("Admin");
    return role;
}

} // namespace ey::desk::sales
