// "Today" as the business counts it: the server reads report and filter dates as Jakarta dates.
#pragma once

#include <QDate>

namespace ey::desk {

/// The calendar date in Asia/Jakarta now. Range filters sent to the server use it for their
/// defaults, so a desk whose clock runs in another zone (or UTC, late in the day) still includes
/// what happened "today" in Jakarta.
QDate businessToday();

} // namespace ey::desk
