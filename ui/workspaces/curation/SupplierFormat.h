// How the supplier and forwarder pages name statuses, types, tiers, fields, services and money.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace ey::desk::curation {

/// Pure formatting of the suppliers-api and forwarders-api vocabularies; every text goes through
/// tr() so a language switch shows at once. Unknown codes are shown as they are.
class SupplierFormat
{
    Q_DECLARE_TR_FUNCTIONS(SupplierFormat)

public:
    static QStringList statuses();
    static QString status(const QString& code);
    static QColor statusColor(const QString& code);
    static QStringList types();
    static QString type(const QString& code);
    static QString tier(const QString& code);
    /// A premium plan code ("monthly") with its length: "Bulanan (1 bulan)".
    static QString premiumPlan(const QString& code, int months);
    /// A premium order status (pending, paid, expired, failed) and its pill colour.
    static QString premiumOrderStatus(const QString& code);
    static QColor premiumOrderStatusColor(const QString& code);
    static QString documentKind(const QString& code);
    static QString reviewAction(const QString& code);
    /// Profile tab ("identity") or audit section ("documents", "type") as a heading.
    static QString section(const QString& code);
    /// A profile field ("company_name") as a form label.
    static QString field(const QString& code);
    /// A JSON value as a line of text: strings as they are, objects as "name: value" lines,
    /// null as a dash.
    static QString value(const QJsonValue& value);

    static QStringList services();
    static QString service(const QString& code);
    static QStringList modes();
    static QString mode(const QString& code);
    static QStringList units();
    static QString unit(const QString& code);
    static QStringList currencies();
    /// "Rp 1.250.000" or "USD 1.250,00": price_minor in the currency's minor unit.
    static QString money(qint64 minor, const QString& currency);
    /// Parses what money() writes (or a plain number) back to minor units; -1 when not a number.
    static qint64 parseMoney(const QString& text, const QString& currency);
    /// "2026-12-31" as "31 Des 2026".
    static QString day(const QString& isoDate);
};

} // namespace ey::desk::curation
