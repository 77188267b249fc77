// Renders a follow-up template with the purchase's facts.
#pragma once

#include "FollowUp.h"

#include <cstdint>
#include <string>

namespace ey::followup {

/// Pure functions, thread safe.
class FollowUpTemplate
{
public:
    /// Replaces {nama}, {produk}, {invoice} and {tanggal} (the paid date); any other {word} is
    /// left as written, so a typo shows in the message instead of vanishing.
    static std::string render(const std::string& templateText, const PurchaseFacts& purchase);
    /// The date in Western Indonesian Time as Indonesians write it: "23 Nov 2025", "5 Agu 2026".
    static std::string indonesianDate(std::int64_t unixMs);
};

} // namespace ey::followup
