// How the sales workspace writes money, dates, statuses, product kinds and follow-up counts.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QJsonObject;

namespace ey::desk::sales {

/// Pure formatting; every text goes through tr() so a language switch shows at once.
class SalesFormat
{
    Q_DECLARE_TR_FUNCTIONS(SalesFormat)

public:
    /// "Rp 1.250.000" (Indonesian grouping whatever the UI language: it is rupiah).
    static QString money(qint64 rupiah);
    /// "23 Nov 2025" in local time.
    static QString date(const QString& iso);
    /// "23 Nov 2025 14:05" in local time.
    static QString dateTime(const QString& iso);
    static QString status(const QString& status);
    static QColor statusColor(const QString& status);
    /// "Paket · 12 bulan", "Kelas", "Produk · Ebook" from a row's product object.
    static QString productKind(const QJsonObject& product);
    static QString duration(const QString& code);
    static QString category(const QString& code);
    /// "3/5 terkirim", or a dash when the purchase has no follow-up sequence.
    static QString followups(const QJsonObject& followups);
    static QString role(const QString& role);
};

} // namespace ey::desk::sales
