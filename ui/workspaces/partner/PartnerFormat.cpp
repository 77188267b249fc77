// PartnerFormat: the texts behind the partner tables and editors.
#include "PartnerFormat.h"

#include <QDateTime>
#include <QLocale>

namespace ey::desk::partner {

QString PartnerFormat::money(qint64 rupiah)
{
    return QStringLiteral("Rp ") +
           QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(rupiah);
}

QString PartnerFormat::date(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy"));
}

QString PartnerFormat::eventStatus(const QString& status)
{
    if (status == QStringLiteral("active"))
        return tr("Aktif");
    if (status == QStringLiteral("inactive"))
        return tr("Nonaktif");
    return status;
}

QString PartnerFormat::partnerStatus(const QString& status)
{
    if (status == QStringLiteral("active"))
        return tr("Aktif");
    if (status == QStringLiteral("suspended"))
        return tr("Ditangguhkan");
    return status;
}

QColor PartnerFormat::statusColour(const QString& status)
{
    if (status == QStringLiteral("active"))
        return QColor(QStringLiteral("#16A34A"));
    if (status == QStringLiteral("suspended"))
        return QColor(QStringLiteral("#DC2626"));
    // Client progress: finished and paid for, waiting for the partner, still answering.
    if (status == QStringLiteral("complete"))
        return QColor(QStringLiteral("#16A34A"));
    if (status == QStringLiteral("pending_download"))
        return QColor(QStringLiteral("#D97706"));
    if (status == QStringLiteral("in_progress"))
        return QColor(QStringLiteral("#2563EB"));
    return QColor(QStringLiteral("#6B7280"));
}

QString PartnerFormat::partnerType(const QString& type)
{
    if (type == QStringLiteral("corporate"))
        return tr("Korporat");
    if (type == QStringLiteral("school"))
        return tr("Sekolah");
    if (type == QStringLiteral("reseller"))
        return tr("Reseller");
    return type;
}

QString PartnerFormat::paymentModel(const QString& model)
{
    if (model == QStringLiteral("after_payment"))
        return tr("Bayar di muka (kuota)");
    if (model == QStringLiteral("before_payment"))
        return tr("Bayar belakangan (kredit)");
    return model;
}

} // namespace ey::desk::partner
