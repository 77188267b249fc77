// PaymentFormat: the texts behind the payment queue and its detail pane.
#include "PaymentFormat.h"

#include <QDateTime>
#include <QLocale>

namespace ey::desk::partner {

QString PaymentFormat::kind(const QString& kind)
{
    if (kind == QStringLiteral("topup"))
        return tr("Top up kuota");
    if (kind == QStringLiteral("executive"))
        return tr("Ringkasan eksekutif");
    if (kind == QStringLiteral("monthly_invoice"))
        return tr("Tagihan bulanan");
    return kind;
}

QString PaymentFormat::status(const QString& status)
{
    if (status == QStringLiteral("pending"))
        return tr("Menunggu pembayaran");
    if (status == QStringLiteral("awaiting_confirmation"))
        return tr("Perlu konfirmasi");
    if (status == QStringLiteral("paid"))
        return tr("Lunas");
    if (status == QStringLiteral("rejected"))
        return tr("Ditolak");
    if (status == QStringLiteral("cancelled"))
        return tr("Dibatalkan");
    return status;
}

QColor PaymentFormat::statusColour(const QString& status)
{
    if (status == QStringLiteral("awaiting_confirmation"))
        return QColor(QStringLiteral("#D97706"));
    if (status == QStringLiteral("pending"))
        return QColor(QStringLiteral("#2563EB"));
    if (status == QStringLiteral("paid"))
        return QColor(QStringLiteral("#16A34A"));
    if (status == QStringLiteral("rejected"))
        return QColor(QStringLiteral("#DC2626"));
    return QColor(QStringLiteral("#6B7280"));
}

QString PaymentFormat::method(const QString& method)
{
    if (method == QStringLiteral("manual"))
        return tr("Transfer bank (manual)");
    if (method == QStringLiteral("xendit"))
        return tr("Xendit (otomatis)");
    return method.isEmpty() ? QStringLiteral("\u2014") : method;
}

QStringList PaymentFormat::statuses()
{
    return {QStringLiteral("awaiting_confirmation"), QStringLiteral("pending"),
            QStringLiteral("paid"), QStringLiteral("rejected"), QStringLiteral("cancelled")};
}

QString PaymentFormat::dateTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso.isEmpty() ? QStringLiteral("\u2014") : iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace ey::desk::partner
