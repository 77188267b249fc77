// Translated labels and badge colours for the ticket desk's value sets, and its time formats.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QStringList>

namespace ey::desk::tickets {

/// Wire spellings (as the server sends them) mapped to what a person reads. Stateless; any thread.
class TicketLabels
{
    Q_DECLARE_TR_FUNCTIONS(ey::desk::tickets::TicketLabels)

public:
    static QStringList statuses();
    static QStringList priorities();
    static QStringList categories();
    /// The roles a ticket owner can have, in the order the server ranks them.
    static QStringList roles();

    static QString status(const QString& status);
    static QString priority(const QString& priority);
    static QString category(const QString& category);
    static QString role(const QString& role);

    static QColor statusColor(const QString& status);
    static QColor priorityColor(const QString& priority);
    static QColor breachedColor() { return {0xDC, 0x26, 0x26}; }
    static QColor onTrackColor() { return {0x16, 0xA3, 0x4A}; }

    /// Minutes as "2 j 15 m" (or "45 m", "3 h 4 j" past a day).
    static QString duration(double minutes);
    /// An ISO-8601 time from the server shown in the user's local time ("21 Nov 2025 14:05").
    static QString localTime(const QString& iso);
    static QString fileSize(qint64 bytes);

    /// Status changes the server's workflow allows from `from` (TicketService::transitionAllowed).
    static QStringList transitionsFrom(const QString& from);
};

} // namespace ey::desk::tickets
