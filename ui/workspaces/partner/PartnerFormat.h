// Display texts and colours the partner pages share: money, dates, statuses, types.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ey::desk::partner {

/// Pure functions; UI thread (tr()).
class PartnerFormat
{
    Q_DECLARE_TR_FUNCTIONS(PartnerFormat)

public:
    /// "Rp 1.250.000".
    static QString money(qint64 rupiah);
    /// "23 Nov 2025" in local time; the input as-is when it is not an ISO date-time.
    static QString date(const QString& iso);
    static QString eventStatus(const QString& status);
    static QString partnerStatus(const QString& status);
    static QColor statusColour(const QString& status);
    static QString partnerType(const QString& type);
    static QString paymentModel(const QString& model);
};

} // namespace ey::desk::partner
