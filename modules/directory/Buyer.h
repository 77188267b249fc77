// Buyer records of the export buyer directory: the input every path validates, the stored row,
// filters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ey::directory {

/// A buyer as given (validated and normalised by BuyerRules): the field vocabulary of
/// buyers-api.md, shared by the JSON API, imports and exports.
struct BuyerInput
{
    std::string company;
    std::optional<std::string> contactPerson, email, phone;
    std::string country; ///< ISO 3166-1 alpha-2, upper case
    std::vector<std::string> products, hsCodes;
    std::optional<std::string> businessScale;
    std::vector<std::string> paymentTerms, shippingTerms;
    std::optional<std::string> notes;
    bool verified = false;
    std::optional<int> rating;
    std::optional<std::string> source;
};

/// A stored buyer with what members did with it (counts are over every member).
struct Buyer : BuyerInput
{
    std::string id, dateAdded, updatedAt;
    std::int64_t views = 0, viewers = 0, likes = 0, openReports = 0;
};

/// The admin list and export filters (all optional); sort is "newest" or "company".
struct BuyerFilter
{
    std::optional<std::string> q, country, product, paymentTerm, shippingTerm, businessScale,
        addedFrom, addedTo;
    std::optional<bool> verified;
    std::string sort = "newest";
};

/// A buyer as one member sees it: their own like, views and whether it is unlocked this month.
struct MemberBuyer
{
    Buyer buyer;
    bool liked = false;
    std::int64_t myViews = 0;
    bool unlocked = false;
    std::optional<std::string> likedAt, lastViewedAt; ///< favourites and history order
};

/// The Jakarta calendar month a quota counts in, as UTC instants.
struct QuotaMonth
{
    std::string start, next; ///< ISO-8601 UTC
};

} // namespace ey::directory
