// Translated labels, badge colours and number/date formats of the "Keuangan" workspace.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace ey::desk::finance {

/// Wire spellings (as the server sends them) mapped to what a person reads. Stateless; any thread.
class FinanceLabels
{
    Q_DECLARE_TR_FUNCTIONS(ey::desk::finance::FinanceLabels)

public:
    /// "Rp 1.250.000" / "-Rp 30.000": Indonesian grouping whatever the UI language, because
    /// rupiah are always written that way.
    static QString money(qint64 rupiah);
    /// "23 Nov 2025" in local time.
    static QString date(const QString& iso);
    /// "23 Nov 2025 14:05" in local time.
    static QString dateTime(const QString& iso);
    /// Basis points as a percentage: 1500 → "15 %", 1250 → "12,5 %".
    static QString percent(qint64 bps);

    static QString role(const QString& role);
    static QString accountKind(const QString& kind);
    static QString entryKind(const QString& kind);
    static QString withdrawalStatus(const QString& status);
    static QColor withdrawalStatusColor(const QString& status);
    /// A finance_config field name as the settings form calls it.
    static QString configField(const QString& field);
    /// A finance_config value as the settings form shows it.
    static QString configValue(const QString& field, const QJsonValue& value);
    /// Who a wallet belongs to: the owner's name, or what the company account is for.
    static QString accountName(const QJsonObject& wallet);

    /// The statuses of the queue filter, in workflow order.
    static QStringList withdrawalStatuses();
};

} // namespace ey::desk::finance
