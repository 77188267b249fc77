// How the curation workspace writes dates, scales, ratings, tiers, statuses and field names.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QJsonValue;

namespace ey::desk::curation {

/// Pure formatting; every text goes through tr() so a language switch shows at once.
class CurationFormat
{
    Q_DECLARE_TR_FUNCTIONS(CurationFormat)

public:
    /// The buyer fields in the API's one vocabulary (bodies, import mapping, export columns).
    static QStringList buyerFields();
    static QStringList paymentTerms();
    static QStringList shippingTerms();
    static QStringList scales();
    static QStringList tiers();

    /// "23 Nov 2025" in local time.
    static QString date(const QString& iso);
    /// "23 Nov 2025 14:05" in local time.
    static QString dateTime(const QString& iso);
    static QString number(qint64 value);
    static QString fieldLabel(const QString& field);
    static QString scale(const QString& code);
    /// "★★★★☆", or a dash when unrated.
    static QString stars(const QJsonValue& rating);
    static QString paymentTermHint(const QString& code);
    static QString tier(const QString& code);
    static QString reportReason(const QString& code);
    static QString reportStatus(const QString& code);
    static QColor reportStatusColor(const QString& code);
    static QString importStatus(const QString& code);
    static QString issueOutcome(const QString& code);
    /// A JSON array of strings joined with ", ".
    static QString joined(const QJsonValue& array, const QString& separator = QStringLiteral(", "));
};

} // namespace ey::desk::curation
