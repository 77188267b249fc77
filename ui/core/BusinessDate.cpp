// "Today" as the business counts it: the server reads report and filter dates as Jakarta dates.
#include "BusinessDate.h"

#include <QDateTime>
#include <QTimeZone>

namespace ey::desk {

QDate businessToday()
{
    static const QTimeZone jakarta(QByteArrayLiteral("Asia/Jakarta"));
    const auto now = QDateTime::currentDateTimeUtc();
    // Without zone data (a stripped system) Jakarta is still UTC+7 all year: no daylight saving.
    return jakarta.isValid() ? now.toTimeZone(jakarta).date() : now.addSecs(7 * 3600).date();
}

} // namespace ey::desk
