// TicketLabels: the ticket desk's words and colours.
#include "TicketLabels.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace ey::desk::tickets {

QStringList TicketLabels::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting_user"),
            QStringLiteral("resolved"), QStringLiteral("closed")};
}

QStringList TicketLabels::priorities()
{
    return {QStringLiteral("urgent"), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")};
}

QStringList TicketLabels::categories()
{
    return {QStringLiteral("akun_login"),     QStringLiteral("membership_pembayaran"), QStringLiteral("kelas"),
            QStringLiteral("affiliate"),      QStringLiteral("iklan_tracking"),        QStringLiteral("bug_sistem"),
            QStringLiteral("lainnya")};
}

QStringList TicketLabels::roles()
{
    return {QStringLiteral("admin"),          QStringLiteral("founder"),        QStringLiteral("cofounder"),
            QStringLiteral("finance"),        QStringLiteral("support"),        QStringLiteral("mentor"),
            QStringLiteral("affiliate"),      QStringLiteral("member_premium"), QStringLiteral("member_free"),
            QStringLiteral("supplier"),       QStringLiteral("partner"),        QStringLiteral("partner_operator")};
}

QString TicketLabels::status(const QString& status)
{
    if (status == QStringLiteral("open"))
        return tr("Terbuka");
    if (status == QStringLiteral("in_progress"))
        return tr("Sedang Ditangani");
    if (status == QStringLiteral("waiting_user"))
        return tr("Menunggu Pengguna");
    if (status == QStringLiteral("resolved"))
        return tr("Selesai");
    if (status == QStringLiteral("closed"))
        return tr("Ditutup");
    return status;
}

QString TicketLabels::priority(const QString& priority)
{
    if (priority == QStringLiteral("urgent"))
        return tr("Mendesak");
    if (priority == QStringLiteral("high"))
        return tr("Tinggi");
    if (priority == QStringLiteral("medium"))
        return tr("Sedang");
    if (priority == QStringLiteral("low"))
        return tr("Rendah");
    return priority;
}

QString TicketLabels::category(const QString& category)
{
    if (category == QStringLiteral("akun_login"))
        return tr("Akun & Login");
    if (category == QStringLiteral("membership_pembayaran"))
        return tr("Membership & Pembayaran");
    if (category == QStringLiteral("kelas"))
        return tr("Kelas");
    if (category == QStringLiteral("affiliate"))
        return tr("Affiliate");
    if (category == QStringLiteral("iklan_tracking"))
        return tr("Iklan & Tracking");
    if (category == QStringLiteral("bug_sistem"))
        return tr("Bug Sistem");
    if (category == QStringLiteral("lainnya"))
        return tr("Lainnya");
    return category;
}

QString TicketLabels::role(const QString& role)
{
    if (role == QStringLiteral("admin"))
        return tr("Admin");
    if (role == QStringLiteral("founder"))
        return tr("Founder");
    if (role == QStringLiteral("cofounder"))
        return tr("Co-Founder");
    if (role == QStringLiteral("finance"))
        return tr("Keuangan");
    if (role == QStringLiteral("support"))
        return tr("Support");
    if (role == QStringLiteral("mentor"))
        return tr("Mentor");
    if (role == QStringLiteral("affiliate"))
        return tr("Affiliate");
    if (role == QStringLiteral("member_premium"))
        return tr("Member Premium");
    if (role == QStringLiteral("member_free"))
        return tr("Member Free");
    if (role == QStringLiteral("supplier"))
        return tr("Supplier");
    if (role == QStringLiteral("partner"))
        return tr("Partner");
    if (role == QStringLiteral("partner_operator"))
        return tr("Operator Partner");
    return role;
}

QColor TicketLabels::statusColor(const QString& status)
{
    static const QHash<QString, QColor> colors{{QStringLiteral("open"), QColor(0x25, 0x63, 0xEB)},
                                               {QStringLiteral("in_progress"), QColor(0x7C, 0x3A, 0xED)},
                                               {QStringLiteral("waiting_user"), QColor(0xF5, 0x9E, 0x0B)},
                                               {QStringLiteral("resolved"), QColor(0x16, 0xA3, 0x4A)},
                                               {QStringLiteral("closed"), QColor(0x6B, 0x72, 0x80)}};
    return colors.value(status, QColor(0x9C, 0xA3, 0xAF));
}

QColor TicketLabels::priorityColor(const QString& priority)
{
    static const QHash<QString, QColor> colors{{QStringLiteral("urgent"), QColor(0xDC, 0x26, 0x26)},
                                               {QStringLiteral("high"), QColor(0xEA, 0x58, 0x0C)},
                                               {QStringLiteral("medium"), QColor(0xFA, 0xCC, 0x15)},
                                               {QStringLiteral("low"), QColor(0xCB, 0xD5, 0xE1)}};
    return colors.value(priority, QColor(0x9C, 0xA3, 0xAF));
}

QString TicketLabels::duration(double minutes)
{
    const qint64 total = qRound64(minutes);
    const qint64 days = total / (24 * 60);
    const qint64 hours = (total / 60) % 24;
    const qint64 mins = total % 60;
    if (days > 0)
        return tr("%1 h %2 j").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 j %2 m").arg(hours).arg(mins);
    return tr("%1 m").arg(mins);
}

QString TicketLabels::localTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
}

QString TicketLabels::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QStringList TicketLabels::transitionsFrom(const QString& from)
{
    static const QHash<QString, QStringList> allowed{
        {QStringLiteral("open"),
         {QStringLiteral("in_progress"), QStringLiteral("waiting_user"), QStringLiteral("resolved"),
          QStringLiteral("closed")}},
        {QStringLiteral("in_progress"),
         {QStringLiteral("waiting_user"), QStringLiteral("resolved"), QStringLiteral("closed")}},
        {QStringLiteral("waiting_user"),
         {QStringLiteral("in_progress"), QStringLiteral("resolved"), QStringLiteral("closed")}},
        {QStringLiteral("resolved"), {QStringLiteral("closed"), QStringLiteral("in_progress")}},
        {QStringLiteral("closed"), {QStringLiteral("in_progress")}}};
    return allowed.value(from);
}

} // namespace ey::desk::tickets
