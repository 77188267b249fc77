// Follow-up template rendering (see FollowUpTemplate.h).
#include "FollowUpTemplate.h"

#include <chrono>

namespace ey::followup {

namespace {

// Buyers read dates in WIB (UTC+7, no daylight saving), where most of them live.
constexpr std::int64_t kWibOffsetMs = 7LL * 60 * 60 * 1000;

} // namespace

std::string FollowUpTemplate::indonesianDate(std::int64_t unixMs)
{
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                          "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    const std::chrono::sys_days day{
        std::chrono::floor<std::chrono::days>(std::chrono::sys_time<std::chrono::milliseconds>(
            std::chrono::milliseconds(unixMs + kWibOffsetMs)))};
    const std::chrono::year_month_day date{day};
    return std::to_string(static_cast<unsigned>(date.day())) + " " +
           kMonths[static_cast<unsigned>(date.month()) - 1] + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string FollowUpTemplate::render(const std::string& templateText, const PurchaseFacts& purchase)
{
    const std::pair<const char*, std::string> values[] = {
        {"{nama}", purchase.buyerName},
        {"{produk}", purchase.productTitle},
        {"{invoice}", purchase.invoiceNumber},
        {"{tanggal}", indonesianDate(purchase.paidAtMs)}};
    // One pass from left to right: a value that itself contains "{nama}" is never expanded again.
    std::string out;
    out.reserve(templateText.size());
    std::size_t at = 0;
    while (at < templateText.size()) {
        bool replaced = false;
        if (templateText[at] == '{') {
            for (const auto& [placeholder, value] : values) {
                if (templateText.compare(at, std::char_traits<char>::length(placeholder),
                                         placeholder) == 0) {
                    out += value;
                    at += std::char_traits<char>::length(placeholder);
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            out += templateText[at++];
    }
    return out;
}

} // namespace ey::followup
