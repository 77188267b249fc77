// FinanceLabels: the workspace's words, colours and formats.
#include "FinanceLabels.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

namespace ey::desk::finance {

QString FinanceLabels::money(qint64 rupiah)
{
    static const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    const QString digits = indonesian.toString(rupiah < 0 ? -rupiah : rupiah);
    return (rupiah < 0 ? QStringLiteral("-Rp ") : QStringLiteral("Rp ")) + digits;
}

QString FinanceLabels::date(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMM yyyy")) : iso;
    }
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy"));
}

QString FinanceLabels::dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString FinanceLabels::percent(qint64 bps)
{
    return QLocale().toString(static_cast<double>(bps) / 100.0, 'g', 6) + QStringLiteral(" %");
}

QString FinanceLabels::role(const QString& role)
{
    if (role == QStringLiteral("affiliate"))
        return tr("Affiliate");
    if (role == QStringLiteral("mentor"))
        return tr("Mentor");
    if (role == QStringLiteral("founder"))
        return tr("Founder");
    if (role == QStringLiteral("cofounder"))
        return tr("Co-founder");
    return role;
}

QString FinanceLabels::accountKind(const QString& kind)
{
    if (kind == QStringLiteral("wallet"))
        return tr("Dompet");
    if (kind == QStringLiteral("company_operational"))
        return tr("Operasional perusahaan");
    if (kind == QStringLiteral("gateway_fees"))
        return tr("Biaya gateway");
    if (kind == QStringLiteral("tax"))
        return tr("Pajak");
    if (kind == QStringLiteral("customer_receivable"))
        return tr("Piutang pelanggan");
    if (kind == QStringLiteral("refunds"))
        return tr("Pengembalian dana");
    if (kind == QStringLiteral("payouts"))
        return tr("Pembayaran keluar");
    return kind;
}

QString FinanceLabels::entryKind(const QString& kind)
{
    if (kind == QStringLiteral("sale"))
        return tr("Penjualan");
    if (kind == QStringLiteral("refund"))
        return tr("Refund");
    if (kind == QStringLiteral("withdrawal_paid"))
        return tr("Penarikan");
    if (kind == QStringLiteral("adjustment"))
        return tr("Penyesuaian");
    return kind;
}

QString FinanceLabels::withdrawalStatus(const QString& status)
{
    if (status == QStringLiteral("requested"))
        return tr("Diajukan");
    if (status == QStringLiteral("approved"))
        return tr("Disetujui");
    if (status == QStringLiteral("rejected"))
        return tr("Ditolak");
    if (status == QStringLiteral("paid"))
        return tr("Dibayar");
    return status;
}

QColor FinanceLabels::withdrawalStatusColor(const QString& status)
{
    if (status == QStringLiteral("requested"))
        return {0xD9, 0x77, 0x06};
    if (status == QStringLiteral("approved"))
        return {0x25, 0x63, 0xEB};
    if (status == QStringLiteral("rejected"))
        return {0xDC, 0x26, 0x26};
    if (status == QStringLiteral("paid"))
        return {0x16, 0xA3, 0x4A};
    return {0x6B, 0x72, 0x80};
}

QString FinanceLabels::configField(const QString& field)
{
    if (field == QStringLiteral("split_enabled"))
        return tr("Bagi hasil aktif");
    if (field == QStringLiteral("company_fee_bps"))
        return tr("Fee perusahaan");
    if (field == QStringLiteral("founder_bps"))
        return tr("Bagian founder");
    if (field == QStringLiteral("cofounder_bps"))
        return tr("Bagian co-founder");
    if (field == QStringLiteral("mentor_bps"))
        return tr("Bagian mentor");
    if (field == QStringLiteral("withdrawal_minimum"))
        return tr("Minimal penarikan");
    if (field == QStringLiteral("withdrawal_fee"))
        return tr("Biaya penarikan");
    return field;
}

QString FinanceLabels::configValue(const QString& field, const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? tr("ya") : tr("tidak");
    if (field.endsWith(QStringLiteral("_bps")))
        return percent(value.toInteger());
    if (field.startsWith(QStringLiteral("withdrawal_")))
        return money(value.toInteger());
    return value.toVariant().toString();
}

QString FinanceLabels::accountName(const QJsonObject& wallet)
{
    const QJsonObject owner = wallet.value(QStringLiteral("owner")).toObject();
    const QString name = owner.value(QStringLiteral("full_name")).toString();
    if (!name.isEmpty())
        return name;
    const QString kind = wallet.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("wallet"))
        return tr("(belum ada pemegang peran)");
    return accountKind(kind);
}

QStringList FinanceLabels::withdrawalStatuses()
{
    return {QStringLiteral("requested"), QStringLiteral("approved"), QStringLiteral("paid"),
            QStringLiteral("rejected")};
}

} // namespace ey::desk::finance
