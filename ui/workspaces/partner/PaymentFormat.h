// Display texts and colours of partner transactions: kinds, statuses, methods.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ey::desk::partner {

/// Pure functions; UI thread (tr()). Wire spellings as billing-api.md gives them.
class PaymentFormat
{
    Q_DECLARE_TR_FUNCTIONS(PaymentFormat)

public:
    /// "topup" → "Top up kuota", "executive" → "Ringkasan eksekutif", "monthly_invoice" → ….
    static QString kind(const QString& kind);
    static QString status(const QString& status);
    /// Waiting for someone: amber; paid: green; rejected: red; cancelled/pending: grey or blue.
    static QColor statusColour(const QString& status);
    static QString method(const QString& method);
    /// The statuses in workflow order (for filters).
    static QStringList statuses();
    /// "23 Nov 2025 14:05" in local time; "—" when empty.
    static QString dateTime(const QString& iso);
};

} // namespace ey::desk::partner
