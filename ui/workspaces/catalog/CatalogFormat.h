// The catalog workspace's words, colours and formats (money, dates, status names, slugs).
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace ey::desk::catalog {

/// Stateless; every label is asked again after a language switch.
class CatalogFormat
{
    Q_DECLARE_TR_FUNCTIONS(ey::desk::catalog::CatalogFormat)

public:
    /// "Rp 1.250.000" whatever the UI language: rupiah are always written the Indonesian way.
    static QString money(qint64 rupiah);
    /// "23 Nov 2025" in local time; empty for an empty or unreadable value.
    static QString date(const QString& iso);
    static QString dateTime(const QString& iso);
    /// What the server accepts: ISO-8601 in UTC ("2026-05-01T00:00:00Z").
    static QString isoUtc(const QDateTime& time);

    /// A slug like the server makes: lowercase ASCII letters, digits and single dashes.
    static QString slugify(const QString& title);

    static QString planStatus(const QString& status);
    static QString productStatus(const QString& status);
    static QString couponStatus(bool active);
    static QColor statusColour(const QString& status);

    static QString badge(const QString& badge);
    static QString duration(const QString& duration);
    static QString category(const QString& category);
    static QString pricingType(const QString& type);
    static QString accessLevel(const QString& level);
    static QString commissionType(const QString& type);
    static QString upgradeMode(const QString& mode);
    static QString couponScope(const QString& scope);
    static QString grantKind(const QString& kind);

    /// The lowest price of a plan ("mulai Rp 99.000"), or "-" when it has none.
    static QString planFromPrice(const QJsonObject& plan);
    /// "25 %" or "Rp 50.000" for a coupon.
    static QString couponValue(const QJsonObject& coupon);
    /// "1 Mei 2026 – 31 Mei 2026", open ends shown as such.
    static QString couponWindow(const QJsonObject& coupon);
};

} // namespace ey::desk::catalog
