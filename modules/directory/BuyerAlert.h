// Records of the weekly "new buyers in your product category" alert: a member's interests, the
// week being reported and what a digest recorded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// What a member asked to hear about (PUT /api/v1/buyers/alerts), validated: product words as
/// typed (2..60 characters), HS prefixes as digits (2..10), ISO country codes; at most 20 each.
struct BuyerAlertInput
{
    std::vector<std::string> products, hsCodes, countries;
    bool enabled = true;
    bool email = false;
};

/// A member's saved row, if any.
struct BuyerAlertSubscription : BuyerAlertInput
{
    std::string userId;
    std::string updatedAt; ///< ISO-8601 UTC
};

/// The interests a count uses: the saved ones, or those of the member's favourite buyers.
struct BuyerInterests
{
    std::string source; ///< "saved" | "favourites"
    std::vector<std::string> products, hsCodes;
    std::vector<std::string> countries; ///< empty: every country
    bool empty() const { return products.empty() && hsCodes.empty(); }
};

/// The week a pass reports at some instant: the Jakarta week that ended at the last Monday 00:00,
/// due once that Monday reaches 08:00 Jakarta.
struct AlertWeek
{
    std::string weekStart;   ///< YYYY-MM-DD, the Monday that starts the reported week
    std::int64_t fromMs = 0; ///< that Monday 00:00 Jakarta, Unix ms
    std::int64_t toMs = 0;   ///< the next Monday 00:00 Jakarta (exclusive)
    bool due = false;
};

/// A member the weekly pass has still to tell, with the saved row when there is one.
struct AlertCandidate
{
    std::string userId;
    std::optional<BuyerAlertSubscription> subscription;
};

/// One member's record for one week.
struct BuyerAlertDigest
{
    std::string weekStart;
    std::int64_t buyerCount = 0;
    std::string source;
    std::optional<std::string> sentAt;
};

/// A buyer as the preview lists it: what a member's search result shows, never contact fields.
struct AlertBuyer
{
    std::string id, company, country, dateAdded;
    std::vector<std::string> products, hsCodes;
    bool verified = false;
};

} // namespace ey::directory
